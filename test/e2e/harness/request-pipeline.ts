// One request through the fake, in GitHub's order: injected fault, authentication, body parsing,
// then GraphQL (schema-validated) or REST (route, request contract, repository, handler, GitHub's
// rules, response contract). Every request is logged; everything GitHub would reject — and
// anything the fake itself got wrong — becomes a violation.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FakeContext } from './fake-context.js';
import { faultResponse, type FaultInjector, type FaultRule } from './fault-injection.js';
import { githubError, invalidRequest, notFound, unauthorized, type RouteResponse } from './github-errors.js';
import { answerGraphQL } from './graphql-endpoint.js';
import { parseJsonBody, readBody, sendReply } from './http-exchange.js';
import { githubInvalidRequestMessage, type RestContract } from './rest-contract.js';
import { matchRoute, type MatchedRoute } from './rest-router.js';

export interface RecordedRequest {
  seq: number;
  method: string;
  /** The API path as sent (without the GHES `/api/v3` prefix and the query); `/graphql` for GraphQL. */
  path: string;
  query: Record<string, string>;
  headers: IncomingMessage['headers'];
  body: unknown;
  status: number | 'reset' | 'timeout' | 'pending';
  /** The OpenAPI template the request matched, `graphql` or `graphql-mutation`. */
  route: string | undefined;
  /** The template's path parameters, decoded (`params.path` of a contents request is `a/b.json`). */
  params: Record<string, string>;
  fault: FaultRule | undefined;
  /** `Date.now()` when the request arrived (to check retry delays). */
  receivedAt: number;
}

export type ViolationKind =
  'unknown-operation' | 'request-schema' | 'response-schema' | 'github-rule' | 'graphql' | 'fake-error';

export interface ContractViolation {
  kind: ViolationKind;
  method: string;
  path: string;
  status: number;
  details: string[];
}

export interface PipelineParts {
  context: FakeContext;
  contract: RestContract;
  faults: FaultInjector;
  requests: RecordedRequest[];
  violations: ContractViolation[];
  /** `''` on github.com, `/api/v3` on GHES. */
  restPrefix: string;
  graphqlPath: string;
  origin(): string;
}

export function requestHandler(parts: PipelineParts): (req: IncomingMessage, res: ServerResponse) => void {
  let rateLimitUsed = 0;
  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      const details = [error instanceof Error ? (error.stack ?? error.message) : String(error)];
      parts.violations.push({
        kind: 'fake-error',
        method: req.method ?? '',
        path: req.url ?? '',
        status: 500,
        details,
      });
      if (!res.headersSent)
        sendReply(res, { status: 500, body: { message: `fake GitHub failed: ${String(error)}` } }, 0, 0);
    });
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawBody = await readBody(req);
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', parts.origin());
    const isGraphQL = url.pathname === parts.graphqlPath;
    const path = isGraphQL ? '/graphql' : url.pathname.replace(new RegExp(`^${parts.restPrefix}(?=/)`), '');
    const record: RecordedRequest = {
      seq: parts.requests.length + 1,
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: parseJsonBody(rawBody),
      status: 'pending',
      route: isGraphQL ? 'graphql' : undefined,
      params: {},
      fault: undefined,
      receivedAt: Date.now(),
    };
    parts.requests.push(record);
    const reply = (response: RouteResponse): void => {
      record.status = response.status;
      rateLimitUsed += 1;
      sendReply(res, response, record.seq, rateLimitUsed);
    };

    const fault = parts.faults.take(method, path, record.body);
    if (fault) {
      record.fault = fault;
      if (fault.delayMs) await sleep(fault.delayMs);
      if (fault.until) await fault.until.catch(() => undefined);
      if (fault.status === 'reset') {
        record.status = 'reset';
        req.socket.destroy();
        return;
      }
      if (fault.status === 'timeout') {
        record.status = 'timeout';
        return; // never answered; close() drops the connection
      }
      if (typeof fault.status === 'number') return reply(faultResponse(fault, fault.status));
    }

    const credentials = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!credentials) return reply(unauthorized('Requires authentication'));
    if (credentials !== parts.context.settings.token) return reply(unauthorized('Bad credentials'));
    if (rawBody.length > 0 && record.body === undefined)
      return reply(githubError(400, 'Problems parsing JSON'));
    return reply(isGraphQL ? await answerGraphQLRequest(record) : await answerRestRequest(record, url, req));
  }

  async function answerGraphQLRequest(record: RecordedRequest): Promise<RouteResponse> {
    if (record.method !== 'POST') return notFound();
    const answer = await answerGraphQL(parts.context, record.body);
    if (answer.operation === 'mutation') record.route = 'graphql-mutation';
    if (answer.problems.length > 0) violate(record, 'graphql', answer.status, answer.problems);
    return { status: answer.status, body: answer.body, headers: { 'x-ratelimit-resource': 'graphql' } };
  }

  async function answerRestRequest(
    record: RecordedRequest,
    url: URL,
    req: IncomingMessage,
  ): Promise<RouteResponse> {
    const { method, path } = record;
    const matched = matchRoute(method, path);
    const operationId = parts.contract.operationFor(method, path);
    if (!matched || !operationId) {
      violate(record, 'unknown-operation', 404, ['not an operation in rest-subset.json']);
      return notFound();
    }
    record.route = matched.route.template;
    record.params = matched.params;
    const requestErrors = parts.contract.validateRequest({
      method,
      path,
      query: record.query,
      headers: req.headers as Record<string, string | string[]>,
      body: record.body,
    });
    if (requestErrors.length > 0) {
      violate(
        record,
        'request-schema',
        422,
        requestErrors.map((error) => `${error.at} ${error.message}`),
      );
      return invalidRequest(githubInvalidRequestMessage(requestErrors, record.body));
    }
    if (!isTheRepository(parts.context, matched)) return notFound();
    const response = await matched.route.handler(parts.context, {
      method,
      params: matched.params,
      url,
      body: record.body,
      headers: req.headers,
    });
    if (response.status === 422) violate(record, 'github-rule', 422, errorMessages(response.body));
    const isJson =
      response.rawBody === undefined && (response.contentType ?? 'application/json') === 'application/json';
    const responseErrors = isJson
      ? parts.contract.validateResponse(operationId, response.status, response.body)
      : [];
    if (responseErrors.length > 0) {
      violate(
        record,
        'response-schema',
        response.status,
        responseErrors.map((error) => `${error.at} ${error.message}`),
      );
    }
    return response;
  }

  function violate(record: RecordedRequest, kind: ViolationKind, status: number, details: string[]): void {
    parts.violations.push({ kind, method: record.method, path: record.path, status, details });
  }
}

/** Owner and repository names are case-insensitive on GitHub; any other repository is a 404. */
function isTheRepository(context: FakeContext, matched: MatchedRoute): boolean {
  const { owner, repo } = matched.params;
  if (owner === undefined) return true;
  return (
    owner.toLowerCase() === context.repo.owner.toLowerCase() &&
    repo?.toLowerCase() === context.repo.name.toLowerCase()
  );
}

function errorMessages(body: unknown): string[] {
  const { message, errors } = (body ?? {}) as { message?: string; errors?: Array<{ message?: string }> };
  return [message ?? '', ...(errors ?? []).map((error) => error.message ?? '')].filter(Boolean);
}
