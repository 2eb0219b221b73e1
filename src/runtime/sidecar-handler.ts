// The HTTP surface of the governance sidecar: routing, authentication, body limits, and the
// protocol's two calls. Every answer of /api/v1/execute carries an explicit `action`; anything
// that is not a decision (a bad request, an error) still says `action: "deny"`.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { auditRecordFrom } from './audit-record.js';
import type { AuditLog } from './audit-log.js';
import type { BearerAuth } from './bearer-auth.js';
import { parseExecuteRequest } from './execute-request.js';
import type { GovernanceAction } from './govern-tool-call.js';
import { readRequestBody } from './read-request-body.js';
import type { WorkspaceMonitor } from './workspace-monitor.js';

export interface HandlerContext {
  monitor: WorkspaceMonitor;
  /** Undefined only when serving unauthenticated on loopback (`--insecure-loopback`). */
  auth: BearerAuth | undefined;
  auditLog: AuditLog;
  maxBodyBytes: number;
  bodyTimeoutMs: number;
  /** How long a decision may wait for a changed workspace to settle. */
  holdMs: number;
  date: () => Date;
  /** True once shutdown began: answers close their connection. */
  closing: () => boolean;
}

interface Route {
  method: 'GET' | 'POST';
  authenticated: boolean;
  handle: (
    context: HandlerContext,
    request: IncomingMessage,
    response: ServerResponse,
  ) => Promise<void> | void;
}

const EXPLICIT_ACTIONS: readonly GovernanceAction[] = ['allow', 'deny', 'require_approval', 'audit_only'];

const ROUTES: Record<string, Route> = {
  '/healthz': {
    method: 'GET',
    authenticated: false,
    handle: (_context, _request, response) => sendJson(response, 200, { status: 'ok' }),
  },
  '/readyz': { method: 'GET', authenticated: false, handle: readiness },
  '/api/v1/execute': { method: 'POST', authenticated: true, handle: execute },
  '/api/v1/result': { method: 'POST', authenticated: true, handle: result },
};

export async function handleSidecarRequest(
  context: HandlerContext,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (context.closing()) response.setHeader('Connection', 'close');
  const pathname = (request.url ?? '/').split('?', 1)[0]!;
  const route = Object.hasOwn(ROUTES, pathname) ? ROUTES[pathname]! : undefined;
  const isExecute = pathname === '/api/v1/execute';
  try {
    if (route === undefined)
      return refuse(
        response,
        404,
        'not_found',
        `No route ${pathname}: use POST /api/v1/execute, POST /api/v1/result, GET /healthz or GET /readyz.`,
        false,
      );
    if (request.method !== route.method) {
      response.setHeader('Allow', route.method);
      return refuse(
        response,
        405,
        'method_not_allowed',
        `${pathname} accepts ${route.method} only, not ${request.method ?? 'no method'}.`,
        isExecute,
      );
    }
    if (
      route.authenticated &&
      context.auth !== undefined &&
      !context.auth.accepts(request.headers.authorization)
    ) {
      response.setHeader('WWW-Authenticate', 'Bearer realm="policy-gate"');
      return refuse(
        response,
        401,
        'unauthorized',
        'A valid "Authorization: Bearer <token>" header is required.',
        isExecute,
      );
    }
    await route.handle(context, request, response);
  } catch (error) {
    if (!response.headersSent) {
      refuse(
        response,
        500,
        'internal_error',
        `The sidecar failed closed: ${error instanceof Error ? error.message : String(error)}`,
        isExecute,
      );
    } else {
      response.destroy();
    }
  }
}

function readiness(context: HandlerContext, _request: IncomingMessage, response: ServerResponse): void {
  const { readiness } = context.monitor.current();
  sendJson(response, readiness.ready ? 200 : 503, readiness);
}

async function execute(
  context: HandlerContext,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const body = await jsonBody(context, request, response, true);
  if (body === undefined) return;
  const parsed = parseExecuteRequest(body.value);
  if (!parsed.ok) return refuse(response, 400, 'bad_request', parsed.reason, true);
  const answer = await context.monitor.answer(parsed.value, context.holdMs);
  // Belt and braces: a 2xx without one of the four actions must never leave this process.
  if (!EXPLICIT_ACTIONS.includes(answer.decision.action))
    throw new Error(`decision without an explicit action (${String(answer.decision.action)})`);
  sendText(response, 200, answer.json);
}

async function result(
  context: HandlerContext,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const body = await jsonBody(context, request, response, false);
  if (body === undefined) return;
  const { attestation } = context.monitor.current().readiness;
  const record = auditRecordFrom(body.value, { recordedAt: context.date().toISOString(), attestation });
  if (!record.ok) return refuse(response, 400, 'bad_request', record.reason, false);
  try {
    await context.auditLog.append(record.value);
  } catch (error) {
    return refuse(
      response,
      500,
      'audit_write_failed',
      `The audit record could not be written to ${context.auditLog.file}: ${error instanceof Error ? error.message : String(error)}`,
      false,
    );
  }
  sendJson(response, 202, { recorded: true });
}

/** The parsed JSON body, or undefined after answering 400/408/413. */
async function jsonBody(
  context: HandlerContext,
  request: IncomingMessage,
  response: ServerResponse,
  isExecute: boolean,
): Promise<{ value: unknown } | undefined> {
  const body = await readRequestBody(request, {
    maxBytes: context.maxBodyBytes,
    timeoutMs: context.bodyTimeoutMs,
  });
  switch (body.kind) {
    case 'too-large':
      response.setHeader('Connection', 'close');
      refuse(
        response,
        413,
        'payload_too_large',
        `The request body is over the ${context.maxBodyBytes}-byte limit.`,
        isExecute,
      );
      return undefined;
    case 'timeout':
      response.setHeader('Connection', 'close');
      refuse(
        response,
        408,
        'request_timeout',
        `The request body did not arrive within ${context.bodyTimeoutMs} ms.`,
        isExecute,
      );
      return undefined;
    case 'invalid-utf8':
      refuse(response, 400, 'bad_request', 'The request body is not valid UTF-8.', isExecute);
      return undefined;
    case 'aborted':
      response.destroy();
      return undefined;
    case 'body':
      try {
        return { value: JSON.parse(body.text) as unknown };
      } catch (error) {
        refuse(
          response,
          400,
          'bad_request',
          `The request body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
          isExecute,
        );
        return undefined;
      }
  }
}

/** An error answer; on the decision route it is also an explicit deny. */
function refuse(
  response: ServerResponse,
  status: number,
  error: string,
  reason: string,
  isExecute: boolean,
): void {
  sendJson(
    response,
    status,
    isExecute ? { action: 'deny', allowed: false, error, reason } : { error, reason },
  );
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  sendText(response, status, JSON.stringify(body));
}

function sendText(response: ServerResponse, status: number, json: string): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
    'Cache-Control': 'no-store',
  });
  response.end(json);
}
