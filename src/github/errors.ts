// One actionable sentence for every way a call to GitHub can fail, naming the `permissions:` key
// to add when a permission is missing, and a way to tell "this token may not write here" (fork
// pull requests, read-only default tokens) from real failures, so the action can fall back to the
// job summary for the first and fail for the second.
import { classifyFailure, type FailureKind } from './failure-classification.js';
import { formatSeconds } from './request-timeout.js';

export type GitHubOperation =
  | 'read-files'
  | 'list-comments'
  | 'write-comment'
  | 'create-check-run'
  | 'update-check-run'
  | 'list-reviews'
  | 'read-team-membership'
  | 'read-pull-request'
  | 'list-check-runs'
  | 'list-pull-request-files';

interface OperationFacts {
  /** Completes "Could not …". */
  doing: string;
  /** What to grant when GitHub says the token may not do this. */
  grant: string;
  writes: boolean;
}

const TEAM_READER =
  "a token that can read the org's teams (a GitHub App or fine-grained token with Members: read — GITHUB_TOKEN cannot)";

const OPERATIONS: Record<GitHubOperation, OperationFacts> = {
  'read-files': {
    doing: 'read files from the repository',
    grant: 'add `contents: read` to `permissions:`',
    writes: false,
  },
  'list-comments': {
    doing: "list the pull request's comments",
    grant: 'add `pull-requests: read` to `permissions:`',
    writes: false,
  },
  'write-comment': {
    doing: 'write the pull request comment',
    grant:
      'add `pull-requests: write` to `permissions:` (issue comments on a pull request need `pull-requests: write` or `issues: write`)',
    writes: true,
  },
  'create-check-run': {
    doing: 'create the check run',
    grant: 'add `checks: write` to `permissions:`',
    writes: true,
  },
  'update-check-run': {
    doing: 'add annotations to the check run',
    grant: 'add `checks: write` to `permissions:`',
    writes: true,
  },
  'list-reviews': {
    doing: "list the pull request's reviews",
    grant: 'add `pull-requests: read` to `permissions:`',
    writes: false,
  },
  'read-team-membership': { doing: 'read team membership', grant: `use ${TEAM_READER}`, writes: false },
  'read-pull-request': {
    doing: 'read the pull request',
    grant: 'add `pull-requests: read` to `permissions:`',
    writes: false,
  },
  'list-pull-request-files': {
    doing: "list the pull request's files",
    grant: 'add `pull-requests: read` to `permissions:`',
    writes: false,
  },
  'list-check-runs': {
    doing: "list the commit's check runs",
    grant: 'add `checks: read` to `permissions:`',
    writes: false,
  },
};

const FORK_NOTE =
  '; on a pull request from a fork the token is read-only, so the result is in the job summary only';

/** A GitHub call that failed, with the operation it was part of; the message is already the sentence to show. */
export class GitHubOperationFailure extends Error {
  override readonly name = 'GitHubOperationFailure';

  constructor(
    readonly operation: GitHubOperation,
    cause: unknown,
  ) {
    super(describeGitHubFailure(cause, operation), { cause });
  }
}

/** Runs `call`, turning any failure into a GitHubOperationFailure for `operation`. */
export async function during<T>(operation: GitHubOperation, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw error instanceof GitHubOperationFailure ? error : new GitHubOperationFailure(operation, error);
  }
}

export function describeGitHubFailure(error: unknown, operation: GitHubOperation): string {
  if (error instanceof GitHubOperationFailure) return error.message;
  const facts = OPERATIONS[operation];
  return `Could not ${facts.doing}: ${explain(classifyFailure(error), facts)}.`;
}

function explain(failure: FailureKind, facts: OperationFacts): string {
  switch (failure.kind) {
    case 'timeout':
      return `GitHub did not answer within ${formatSeconds(failure.timeoutMs)}, even after retrying; re-run the job, and if it keeps happening check https://www.githubstatus.com or raise the request timeout`;
    case 'too-large':
      return `GitHub's answer ${failure.declared ? 'declared' : 'reached'} ${formatMegabytes(failure.bytes)}, and policy-gate refuses any answer of ${formatMegabytes(failure.limit)} or more rather than parse it; the files the gate reads must be smaller than that — if they are, check that GITHUB_API_URL reaches GitHub itself (not a proxy that alters answers), re-run the job, and report it if it persists`;
    case 'network':
      return `the GitHub API could not be reached (${failure.detail}), even after retrying; check the runner's network or proxy and GITHUB_API_URL`;
    case 'secondary-rate-limit':
      return `GitHub's secondary rate limit refused the request${failure.retryAfterSeconds === undefined ? '' : ` (retry-after ${failure.retryAfterSeconds} s)`} after waiting and retrying; re-run the job in a few minutes, and avoid many jobs writing with the same token at once`;
    case 'primary-rate-limit':
      return `the token's API rate limit is used up${failure.resetsAt ? ` until ${failure.resetsAt.toISOString()}` : ''}; re-run the job after that, or use a token with a higher limit`;
    case 'bad-credentials':
      return `GitHub rejected the token (401 ${failure.detail}); check the \`token\` input — it may be expired, revoked or for another GitHub host`;
    case 'forbidden':
      return `GitHub answered 403 (${failure.detail}); ${facts.grant}${facts.writes ? FORK_NOTE : ''}`;
    case 'not-found':
      return facts.writes || failure.write
        ? `GitHub answered 404 (${failure.detail}), which it also answers when the token may not write here; ${facts.grant}${facts.writes ? FORK_NOTE : ''}`
        : `GitHub answered 404 (${failure.detail}): it does not exist or the token cannot see it; check the repository and number, and ${facts.grant} if it is missing`;
    case 'server-error':
      return `GitHub answered ${failure.status} (${failure.detail}) even after retrying; this is on GitHub's side — re-run the job later (https://www.githubstatus.com)`;
    case 'rejected':
      return `GitHub rejected the request with ${failure.status} (${failure.detail}); this is a bug in policy-gate or an input it did not validate — please report it`;
    case 'graphql':
      if (failure.type === 'FORBIDDEN')
        return `GitHub's GraphQL API refused it (${failure.detail}); ${facts.grant}`;
      if (failure.type === 'NOT_FOUND')
        return `GitHub's GraphQL API could not find it (${failure.detail}); check the repository name, and ${facts.grant} if it is missing`;
      return `GitHub's GraphQL API answered with an error (${failure.detail}); re-run the job, and report it if it persists`;
    case 'unexpected':
      return `${failure.detail || 'an unexpected error'}; re-run the job, and report it if it persists`;
  }
}

function formatMegabytes(bytes: number): string {
  const megabytes = bytes / 1_000_000;
  return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
}

/**
 * A refusal that comes from what the token may do, not from GitHub failing: a 403 that is not a
 * rate limit, a 404 from an endpoint that writes, or a GraphQL FORBIDDEN. Callers degrade to the
 * job summary for these (a fork's read-only token) instead of failing the run.
 */
export function isPermissionFailure(error: unknown): boolean {
  const cause = error instanceof GitHubOperationFailure ? error.cause : error;
  const failure = classifyFailure(cause);
  if (failure.kind === 'forbidden') return true;
  if (failure.kind === 'graphql') return failure.type === 'FORBIDDEN';
  return failure.kind === 'not-found' && failure.write;
}
