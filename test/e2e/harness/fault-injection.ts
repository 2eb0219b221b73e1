// Per-route faults: the next `times` matching requests get an error status, a reset connection,
// no reply at all, or a slow reply. Rules are consumed in the order they were added.
import {
  defaultErrorFor,
  githubError,
  PRIMARY_RATE_LIMIT_DOCS,
  PRIMARY_RATE_LIMIT_MESSAGE,
  SECONDARY_RATE_LIMIT_DOCS,
  SECONDARY_RATE_LIMIT_MESSAGE,
  type RouteResponse,
} from './github-errors.js';

export interface FaultRule {
  /** HTTP method to match; any method when omitted. */
  method?: string;
  /**
   * The request path (without query) to match: a RegExp, or a string where `*` matches one path
   * segment and `**` any number of them (e.g. `/repos/*\/*\/issues/*\/comments`, `/graphql`).
   */
  pathPattern: string | RegExp;
  /**
   * Only requests whose JSON body this accepts (GraphQL requests all share one path: a rule can
   * pick one of them by its query or variables).
   */
  bodyMatches?: (body: unknown) => boolean;
  /** An HTTP status to answer with, `'reset'` to destroy the socket, `'timeout'` never to answer. */
  status?: number | 'reset' | 'timeout';
  /** How many matching requests it applies to (default 1; `Infinity` for all). */
  times?: number;
  /** Let this many matching requests through untouched first (a fault on a later one of a kind). */
  skip?: number;
  /** Seconds for `retry-after`; with 403/429 and no body this is GitHub's secondary rate limit. */
  retryAfter?: number;
  /** `primary`: 403 with `x-ratelimit-remaining: 0` and a reset `retryAfter` seconds away. */
  rateLimit?: 'primary' | 'secondary';
  /** Reply body (JSON) instead of GitHub's default for the status. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Wait this long before answering (a slow reply); with no `status`, the normal answer follows. */
  delayMs?: number;
  /**
   * Hold the request until this settles (after `delayMs`), then answer: a test can let another
   * run go first, change the fake's state, and release it (issue 12: runs that overlap).
   */
  until?: Promise<unknown>;
}

export interface ActiveFault {
  rule: FaultRule;
  remaining: number;
  /** Matching requests still to let through before the rule applies. */
  toSkip: number;
}

export class FaultInjector {
  private readonly active: ActiveFault[] = [];

  add(rule: FaultRule): void {
    if (rule.status === undefined && rule.delayMs === undefined && rule.until === undefined) {
      throw new Error('a fault needs a status, "reset", "timeout", a delayMs or an until');
    }
    this.active.push({ rule, remaining: rule.times ?? 1, toSkip: rule.skip ?? 0 });
  }

  clear(): void {
    this.active.length = 0;
  }

  /** The first rule that matches, consuming one of its uses. */
  take(method: string, path: string, body?: unknown): FaultRule | undefined {
    const fault = this.active.find(
      (candidate) => candidate.remaining > 0 && matches(candidate.rule, method, path, body),
    );
    if (!fault) return undefined;
    if (fault.toSkip > 0) {
      fault.toSkip -= 1;
      return undefined;
    }
    fault.remaining -= 1;
    return fault.rule;
  }

  /** Rules with uses left (a test can assert every injected fault was hit). */
  pending(): ActiveFault[] {
    return this.active.filter((fault) => fault.remaining > 0);
  }
}

function matches(rule: FaultRule, method: string, path: string, body: unknown): boolean {
  if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) return false;
  if (rule.bodyMatches && !rule.bodyMatches(body)) return false;
  if (rule.pathPattern instanceof RegExp) return rule.pathPattern.test(path);
  return patternToRegExp(rule.pathPattern).test(path);
}

function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split('/')
    .map((segment) => {
      if (segment === '**') return '.*';
      return segment
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*');
    })
    .join('/');
  return new RegExp(`^${source}$`);
}

/** The reply for a fault with a numeric status: the rule's body, or what GitHub sends for it. */
export function faultResponse(rule: FaultRule, status: number): RouteResponse {
  const headers: Record<string, string> = { ...rule.headers };
  if (rule.retryAfter !== undefined && rule.rateLimit !== 'primary')
    headers['retry-after'] = String(rule.retryAfter);
  const rateLimited = status === 403 || status === 429;
  const kind = rule.rateLimit ?? (rateLimited && rule.retryAfter !== undefined ? 'secondary' : undefined);
  if (kind === 'primary') {
    headers['x-ratelimit-remaining'] = '0';
    headers['x-ratelimit-reset'] = String(Math.ceil(Date.now() / 1000 + (rule.retryAfter ?? 60)));
  }
  if (rule.body !== undefined) return { status, body: rule.body, headers };
  if (kind === 'secondary')
    return { ...githubError(status, SECONDARY_RATE_LIMIT_MESSAGE, SECONDARY_RATE_LIMIT_DOCS), headers };
  if (kind === 'primary')
    return { ...githubError(status, PRIMARY_RATE_LIMIT_MESSAGE, PRIMARY_RATE_LIMIT_DOCS), headers };
  return { ...defaultErrorFor(status), headers };
}
