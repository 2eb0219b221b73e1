// What went wrong in a call to GitHub, read off the error Octokit throws: its status, headers and
// message (RequestError), its `errors` (GraphqlResponseError), or its cause (timeouts and network
// failures come back as a RequestError with status 500 and no response). Duck-typed, so errors
// from any copy of @octokit/request-error are understood.
import { GitHubRequestTimeout } from './request-timeout.js';
import { GitHubResponseTooLarge } from './response-size.js';
import { redactTokenShapes } from './secret-redaction.js';

export type FailureKind =
  | { kind: 'timeout'; timeoutMs: number }
  | { kind: 'too-large'; bytes: number; limit: number; declared: boolean }
  | { kind: 'network'; detail: string }
  | { kind: 'secondary-rate-limit'; retryAfterSeconds: number | undefined }
  | { kind: 'primary-rate-limit'; resetsAt: Date | undefined }
  | { kind: 'bad-credentials'; detail: string }
  | { kind: 'forbidden'; detail: string }
  | { kind: 'not-found'; detail: string; write: boolean }
  | { kind: 'server-error'; status: number; detail: string }
  | { kind: 'rejected'; status: number; detail: string }
  | { kind: 'graphql'; type: string | undefined; detail: string }
  | { kind: 'unexpected'; detail: string };

interface HttpErrorShape {
  status: number;
  message: string;
  request?: { method?: string; url?: string };
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
  cause?: unknown;
}

interface GraphqlErrorShape {
  name: 'GraphqlResponseError';
  errors?: Array<{ type?: string; message?: string }>;
}

export function classifyFailure(error: unknown): FailureKind {
  const timeout = findTimeout(error);
  if (timeout) return { kind: 'timeout', timeoutMs: timeout.timeoutMs };
  const tooLarge = findCause(error, GitHubResponseTooLarge);
  if (tooLarge)
    return { kind: 'too-large', bytes: tooLarge.bytes, limit: tooLarge.limit, declared: tooLarge.declared };
  if (isGraphqlError(error)) return classifyGraphqlError(error);
  if (!isHttpError(error)) {
    return {
      kind: 'unexpected',
      detail: shortDetail(error instanceof Error ? error.message : String(error)),
    };
  }
  if (!error.response) return { kind: 'network', detail: networkDetail(error) };
  const { status } = error;
  const headers = error.response.headers ?? {};
  const detail = responseMessage(error);
  if (status === 403 || status === 429) {
    if (String(headers['x-ratelimit-remaining']) === '0') {
      const reset = Number(headers['x-ratelimit-reset']);
      return {
        kind: 'primary-rate-limit',
        resetsAt: Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : undefined,
      };
    }
    if (/\bsecondary rate\b/i.test(error.message) || headers['retry-after'] !== undefined || status === 429) {
      const retryAfter = Number(headers['retry-after']);
      return {
        kind: 'secondary-rate-limit',
        retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : undefined,
      };
    }
    return { kind: 'forbidden', detail };
  }
  if (status === 401) return { kind: 'bad-credentials', detail };
  if (status === 404) return { kind: 'not-found', detail, write: isWriteRequest(error) };
  if (status >= 500) return { kind: 'server-error', status, detail };
  return { kind: 'rejected', status, detail };
}

/** A REST call that changes something (GraphQL queries are POSTs that do not). */
export function isWriteRequest(error: HttpErrorShape): boolean {
  const method = (error.request?.method ?? 'GET').toUpperCase();
  if (method === 'GET' || method === 'HEAD') return false;
  return !/\/graphql\/?$/.test(pathOf(error.request?.url ?? ''));
}

function pathOf(url: string): string {
  try {
    return new URL(url, 'http://github.invalid').pathname;
  } catch {
    return url; // not a URL at all: look at it as a path
  }
}

function classifyGraphqlError(error: GraphqlErrorShape): FailureKind {
  const errors = error.errors ?? [];
  const types = errors.map((entry) => entry.type);
  const detail = shortDetail(
    errors
      .map((entry) => entry.message ?? '')
      .filter(Boolean)
      .join('; '),
  );
  if (types.includes('RATE_LIMITED')) return { kind: 'primary-rate-limit', resetsAt: undefined };
  const type =
    types.find((candidate) => candidate === 'FORBIDDEN') ??
    types.find((candidate) => candidate === 'NOT_FOUND') ??
    types[0];
  return { kind: 'graphql', type, detail };
}

export function isHttpError(error: unknown): error is HttpErrorShape {
  return error instanceof Error && typeof (error as { status?: unknown }).status === 'number';
}

export function isGraphqlError(error: unknown): error is GraphqlErrorShape {
  return error instanceof Error && error.name === 'GraphqlResponseError';
}

function findCause<T extends Error>(error: unknown, type: new (...args: never[]) => T): T | undefined {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth += 1) {
    if (current instanceof type) return current;
    current = current.cause;
  }
  return undefined;
}

function findTimeout(error: unknown): GitHubRequestTimeout | undefined {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth += 1) {
    if (current instanceof GitHubRequestTimeout) return current;
    current = current.cause;
  }
  return undefined;
}

function responseMessage(error: HttpErrorShape): string {
  const data = error.response?.data as { message?: unknown } | undefined;
  const message = typeof data?.message === 'string' ? data.message : error.message;
  return shortDetail(message);
}

function networkDetail(error: HttpErrorShape): string {
  const cause = error.cause as { code?: unknown; cause?: { code?: unknown } } | undefined;
  const code = cause?.code ?? cause?.cause?.code;
  const detail = shortDetail(error.message);
  return typeof code === 'string' && !detail.includes(code) ? `${detail}, ${code}` : detail;
}

/** The first line, without Octokit's " - <documentation url>" tail, at most 200 characters. */
export function shortDetail(message: string): string {
  const firstLine = (message.split('\n')[0] ?? '').replace(/ - https?:\/\/\S+$/, '').trim();
  const short = firstLine.length > 200 ? `${firstLine.slice(0, 199)}…` : firstLine;
  return redactTokenShapes(short);
}
