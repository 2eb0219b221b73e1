// The one Octokit client of the action: retries for 5xx, resets and timeouts (plugin-retry),
// waits for primary and secondary rate limits (plugin-throttling), a deadline on every request,
// and GitHub Enterprise Server URLs. Everything else in src/github takes this client as a parameter.
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { DEFAULT_REQUEST_TIMEOUT_MS, fetchWithTimeout, formatSeconds } from './request-timeout.js';
import { redactError, redactSecret } from './secret-redaction.js';

const GatedOctokit = Octokit.plugin(retry, throttling);

export type GitHubClient = InstanceType<typeof GatedOctokit>;

export interface GitHubClientLog {
  warning(message: string): void;
  debug?(message: string): void;
}

export interface GitHubClientOptions {
  token: string;
  /** REST root: `https://api.github.com`, or `https://ghe.example.com/api/v3` on GHES. Default: GITHUB_API_URL. */
  apiUrl?: string;
  /** Default: derived from `apiUrl` (`…/api/v3` → `…/api/graphql`, else `${apiUrl}/graphql`). */
  graphqlUrl?: string;
  /** Retries after a 5xx, a reset connection or a timeout (default 3; waits (n+1)² × retryBaseDelayMs). */
  retries?: number;
  /** Unit of plugin-retry's waits (default 1000 ms; tests make it small). */
  retryBaseDelayMs?: number;
  /** Deadline for each request, body included (default 30 s). */
  requestTimeoutMs?: number;
  /** plugin-throttling spaces writes per id across the whole process; one id per token is right. */
  throttleId?: string;
  log?: GitHubClientLog;
  /** For tests: the fetch the deadline wraps. */
  fetch?: typeof fetch;
  /** An answer this large or larger is refused (default MAX_RESPONSE_BYTES, 10 MB). */
  maxResponseBytes?: number;
}

/** How many times a rate-limited request is retried, and the longest wait accepted for one. */
export const RATE_LIMIT_RETRIES = 2;
export const RATE_LIMIT_MAX_WAIT_SECONDS = 60;

// plugin-retry would retry a 429 as well; leave rate limits to plugin-throttling, which waits as
// long as GitHub asks.
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { token } = options;
  if (token.trim() === '') {
    throw new Error('The GitHub token is empty: set the `token` input (default `${{ github.token }}`).');
  }
  // An unset variable can reach us as '' (an empty `env:` entry), so empty means "not given".
  const apiUrl = withoutTrailingSlash(
    options.apiUrl || process.env.GITHUB_API_URL || 'https://api.github.com',
  );
  const graphqlUrl = options.graphqlUrl || graphqlUrlFor(apiUrl);
  const warn = (message: string) => options.log?.warning(redactSecret(message, token));
  const debug = (message: string) => options.log?.debug?.(redactSecret(message, token));

  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const route = `${request.method} ${request.url}`;
      if (retryCount >= RATE_LIMIT_RETRIES || retryAfter > RATE_LIMIT_MAX_WAIT_SECONDS) {
        warn(
          `GitHub's ${kind} stopped ${route}; not waiting ${retryAfter} s more (tried ${retryCount + 1} times).`,
        );
        return false;
      }
      warn(
        `GitHub's ${kind} hit ${route}; retrying in ${retryAfter} s (retry ${retryCount + 1} of ${RATE_LIMIT_RETRIES}).`,
      );
      return true;
    };

  const client = new GatedOctokit({
    auth: token,
    baseUrl: apiUrl,
    userAgent: 'policy-gate',
    // plugin-request-log reports every request at info and every failed one at error, retried or
    // not; the failures that matter reach the caller as errors, so both stay at debug.
    log: {
      debug: (message: string) => debug(message),
      info: (message: string) => debug(message),
      warn: (message: string) => warn(message),
      error: (message: string) => debug(message),
    },
    request: {
      fetch: fetchWithTimeout(
        options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
        options.fetch,
        options.maxResponseBytes,
      ),
    },
    retry: {
      retries: options.retries ?? 3,
      retryAfterBaseValue: options.retryBaseDelayMs ?? 1000,
      doNotRetry: DO_NOT_RETRY,
    },
    throttle: {
      id: options.throttleId ?? 'policy-gate',
      onRateLimit: onLimit('primary rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
    },
  });
  // An absolute `url` wins over `baseUrl`; the GraphQL base is set too, so that @octokit/graphql's
  // own `/api/v3` rewrite cannot override an explicit graphqlUrl.
  client.graphql = client.graphql.defaults({ baseUrl: graphqlUrl, url: graphqlUrl });
  client.hook.error('request', (error) => {
    throw redactError(error, token);
  });
  debug(
    `GitHub API at ${apiUrl}, GraphQL at ${graphqlUrl}, request timeout ${formatSeconds(options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS)}`,
  );
  return client;
}

export function graphqlUrlFor(apiUrl: string): string {
  const base = withoutTrailingSlash(apiUrl);
  return /\/api\/v3$/.test(base) ? base.replace(/\/api\/v3$/, '/api/graphql') : `${base}/graphql`;
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
