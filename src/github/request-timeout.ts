// Octokit has no request timeout of its own: a GitHub that accepts the connection and never answers
// would hang the job until the runner kills it. Every fetch gets its own deadline, which covers the
// whole body too (a reply that stalls half-way is as stuck as one that never starts), so each
// retry of plugin-retry starts with a fresh one. The body is also read with a size limit
// (response-size.ts), so a hostile answer ends as an error, not in the JSON parser.
import { MAX_RESPONSE_BYTES, readBodyWithin } from './response-size.js';

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** A request to GitHub that got no complete answer within its deadline. */
export class GitHubRequestTimeout extends Error {
  override readonly name = 'GitHubRequestTimeout';

  constructor(
    readonly timeoutMs: number,
    readonly method: string,
    options?: { cause?: unknown },
  ) {
    super(`GitHub did not answer a ${method} request within ${formatSeconds(timeoutMs)}`, options);
  }
}

export function formatSeconds(milliseconds: number): string {
  const seconds = milliseconds / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

// Statuses whose responses have no body; `new Response(body)` refuses a body for them.
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

export function fetchWithTimeout(
  timeoutMs: number,
  baseFetch: typeof fetch = globalThis.fetch,
  maxResponseBytes: number = MAX_RESPONSE_BYTES,
): typeof fetch {
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new RangeError(`requestTimeoutMs must be a positive number of milliseconds, got ${timeoutMs}`);
  }
  return async (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    const method = init?.method ?? 'GET';
    try {
      const response = await baseFetch(input, { ...init, signal });
      // Read the body under the same deadline, then hand Octokit a response that is already complete.
      const body = NULL_BODY_STATUSES.has(response.status)
        ? null
        : await readBodyWithin(response, maxResponseBytes, method);
      return new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } catch (error) {
      if (deadline.aborted) throw new GitHubRequestTimeout(timeoutMs, method, { cause: error });
      throw error;
    }
  };
}
