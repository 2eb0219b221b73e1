// The HTTP surface of the governance sidecar: routing, client checks, body limits, and the
// protocol's two calls. Every answer of /api/v1/execute carries an explicit `action`. A request
// from an authorised client that cannot be evaluated (too large, malformed, too slow, a failure
// of our own) is answered `200` with `action: "deny"` and a reason code: OpenClaw.NET takes any
// non-2xx answer for "sidecar unavailable", and with `FailOpenReadOnlyLowRisk` it then runs
// low-risk tools anyway, so a model padding its arguments past the limit must get a deny, not an
// outage. Requests that are not from an authorised client (no or a wrong token; without a token,
// a non-loopback Host, a browser origin, a non-JSON body) keep their 4xx.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AuditLog } from './audit-log.js';
import { auditRecordFrom } from './audit-record.js';
import type { BearerAuth } from './bearer-auth.js';
import { rememberedFrom, type RecentDecisions } from './call-decisions.js';
import { callIdentityOf, parseExecuteRequest, type CallIdentity } from './execute-request.js';
import type { GovernanceAction, GovernanceDecision } from './govern-tool-call.js';
import { browserPostRefusal, loopbackHostRefusal, type ClientRefusal } from './loopback-client.js';
import { readRequestBody, type BodyResult } from './read-request-body.js';
import { RULE_ADDRESS, type ReasonCode } from './reason-codes.js';
import type { WorkspaceMonitor } from './workspace-monitor.js';

export interface HandlerContext {
  monitor: WorkspaceMonitor;
  /** Undefined only when serving unauthenticated on loopback (`--insecure-loopback`). */
  auth: BearerAuth | undefined;
  auditLog: AuditLog;
  /** The sidecar's own decisions, until their result audits arrive. */
  decisions: RecentDecisions;
  /** The largest decision request evaluated. */
  maxBodyBytes: number;
  /** The largest result audit recorded (results carry metadata only). */
  maxResultBodyBytes: number;
  /** Up to how many bytes an over-large body is read and discarded so its sender gets the answer. */
  drainBytes: number;
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

/** A deny for a request the sidecar could not evaluate. */
type UnevaluatedCode = Extract<
  ReasonCode,
  'request_too_large' | 'request_malformed' | 'request_timeout' | 'decision_error'
>;

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
    if (context.auth === undefined) {
      const refusal = loopbackHostRefusal(request);
      if (refusal !== undefined) return refuseClient(response, refusal, isExecute);
    }
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
    if (route.authenticated && context.auth === undefined) {
      const refusal = browserPostRefusal(request);
      if (refusal !== undefined) return refuseClient(response, refusal, isExecute);
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
    if (response.headersSent) {
      response.destroy();
      return;
    }
    const message = `The sidecar failed closed: ${error instanceof Error ? error.message : String(error)}`;
    if (isExecute) unevaluated(context, response, 'decision_error', message);
    else refuse(response, 500, 'internal_error', message, false);
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
  const body = await readRequestBody(request, {
    maxBytes: context.maxBodyBytes,
    drainBytes: context.drainBytes,
    timeoutMs: context.bodyTimeoutMs,
  });
  const json = jsonOf(body);
  switch (json.kind) {
    case 'aborted':
      response.destroy();
      return;
    case 'refused': {
      if (json.closeConnection) response.setHeader('Connection', 'close');
      const code: UnevaluatedCode =
        json.problem === 'too-large'
          ? 'request_too_large'
          : json.problem === 'timeout'
            ? 'request_timeout'
            : 'request_malformed';
      const reasons: Record<typeof json.problem, string> = {
        'too-large': `The request body is over the ${context.maxBodyBytes}-byte limit, so the call was not evaluated.`,
        timeout: `The request body did not arrive within ${context.bodyTimeoutMs} ms, so the call was not evaluated.`,
        malformed: json.reason,
      };
      return unevaluated(context, response, code, reasons[json.problem]);
    }
    case 'json':
      break;
  }
  const parsed = parseExecuteRequest(json.value);
  if (!parsed.ok)
    return unevaluated(
      context,
      response,
      'request_malformed',
      `The request is not a decision request: ${parsed.reason}`,
      callIdentityOf(json.value),
    );
  const answer = await context.monitor.answer(parsed.value, context.holdMs);
  // Belt and braces: a 2xx without one of the four actions must never leave this process.
  if (!EXPLICIT_ACTIONS.includes(answer.decision.action))
    throw new Error(`decision without an explicit action (${String(answer.decision.action)})`);
  context.decisions.remember(
    parsed.value.identity,
    rememberedFrom(answer.decision, context.date().toISOString()),
  );
  sendText(response, 200, answer.json);
}

async function result(
  context: HandlerContext,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const body = await readRequestBody(request, {
    maxBytes: context.maxResultBodyBytes,
    drainBytes: context.drainBytes,
    timeoutMs: context.bodyTimeoutMs,
  });
  const json = jsonOf(body);
  switch (json.kind) {
    case 'aborted':
      response.destroy();
      return;
    case 'refused': {
      // The answer to a result audit changes nothing for the call (it already ran): plain HTTP.
      if (json.closeConnection) response.setHeader('Connection', 'close');
      if (json.problem === 'too-large')
        return refuse(
          response,
          413,
          'payload_too_large',
          `The result audit is over the ${context.maxResultBodyBytes}-byte limit.`,
          false,
        );
      if (json.problem === 'timeout')
        return refuse(
          response,
          408,
          'request_timeout',
          `The request body did not arrive within ${context.bodyTimeoutMs} ms.`,
          false,
        );
      return refuse(response, 400, 'bad_request', json.reason, false);
    }
    case 'json':
      break;
  }
  const { attestation } = context.monitor.current().readiness;
  const record = auditRecordFrom(json.value, {
    recordedAt: context.date().toISOString(),
    attestation,
    decisionFor: (identity) => context.decisions.take(identity),
  });
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

type JsonBody =
  | { kind: 'json'; value: unknown }
  | { kind: 'aborted' }
  | {
      kind: 'refused';
      problem: 'too-large' | 'timeout' | 'malformed';
      reason: string;
      /** The rest of the body was not read: the connection cannot carry another request. */
      closeConnection: boolean;
    };

function jsonOf(body: BodyResult): JsonBody {
  switch (body.kind) {
    case 'aborted':
      return body;
    case 'too-large':
      return { kind: 'refused', problem: 'too-large', reason: '', closeConnection: !body.drained };
    case 'timeout':
      return { kind: 'refused', problem: 'timeout', reason: '', closeConnection: true };
    case 'invalid-utf8':
      return {
        kind: 'refused',
        problem: 'malformed',
        reason: 'The request body is not valid UTF-8.',
        closeConnection: false,
      };
    case 'body':
      try {
        return { kind: 'json', value: JSON.parse(body.text) as unknown };
      } catch (error) {
        return {
          kind: 'refused',
          problem: 'malformed',
          reason: `The request body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
          closeConnection: false,
        };
      }
  }
}

/**
 * `200` and an explicit deny for a decision request that could not be evaluated; remembered for
 * the call's result audit when the request names its call.
 */
function unevaluated(
  context: HandlerContext,
  response: ServerResponse,
  code: UnevaluatedCode,
  reason: string,
  identity?: CallIdentity,
): void {
  const decision: Omit<GovernanceDecision, 'tool'> & { tool?: string } = {
    action: 'deny',
    allowed: false,
    code,
    reason,
    ...(identity === undefined ? {} : { tool: identity.toolName }),
    policyId: 'oc://policy',
    ruleId: RULE_ADDRESS.request,
    attestation: currentAttestation(context),
  };
  if (identity !== undefined)
    context.decisions.remember(identity, rememberedFrom(decision, context.date().toISOString()));
  sendJson(response, 200, decision);
}

/** The attestation hashes of the current snapshot, if there is one (this path must not throw). */
function currentAttestation(context: HandlerContext): GovernanceDecision['attestation'] {
  try {
    return context.monitor.current().readiness.attestation;
  } catch {
    return {};
  }
}

function refuseClient(response: ServerResponse, refusal: ClientRefusal, isExecute: boolean): void {
  // The request was not read: do not offer the connection for another one.
  response.setHeader('Connection', 'close');
  refuse(response, refusal.status, refusal.error, refusal.reason, isExecute);
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
