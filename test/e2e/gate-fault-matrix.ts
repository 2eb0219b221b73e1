// The API fault matrix of issue 6, item 1, as data: every endpoint the action calls on a pull
// request run × every fault GitHub (or the network) can throw at it × transient/persistent, with
// the outcome the code must produce. `gate-fault-matrix.test.ts` runs it against the real bundle;
// this module only describes it, so the counts are explicit and can be printed or published.
import {
  CREATE_CHECK_RUN,
  CREATE_COMMENT,
  GET_PULL,
  GET_TREE,
  LIST_COMMENTS,
  LIST_PULL_FILES,
  LIST_REVIEWS,
  READ_FILES,
  READ_SETTINGS,
  REREAD_CHECK_RUNS,
  REREAD_PULL_REQUEST,
  TEAM_MEMBERSHIP,
  UPDATE_CHECK_RUN,
  UPDATE_COMMENT,
} from './gate-scenario.js';
import type { FaultRule } from './harness/fault-injection.js';

export { TEAM_MEMBERSHIP };

/** The per-request deadline the matrix runs the action with (POLICY_GATE_REQUEST_TIMEOUT_MS). */
// Long enough that a fake answering on a loaded machine is never late (a late answer would be a
// retry the matrix does not expect), short enough that a persistent timeout costs 4 × 8 s.
export const MATRIX_REQUEST_TIMEOUT_MS = 8000;
/** The unit of plugin-retry's backoff (POLICY_GATE_RETRY_BASE_DELAY_MS): waits of 10, 40, 90 ms. */
export const MATRIX_RETRY_BASE_DELAY_MS = 10;

/**
 * The fault-free runs the endpoints are exercised in. `plain`: a docs-only PR (unchanged);
 * `sticky`: the same PR with the token's comment from an older head (get PR, then update it);
 * `annotations`: 120 findings (three check-run requests); `reviews`: a re-proposed attestation
 * approved by the acceptor `alice`; `team`: the same, approved by `bob` of `octo-org/acceptors`.
 */
export type SetupName = 'plain' | 'sticky' | 'annotations' | 'reviews' | 'team';

/** What every pull request run reads before it decides (issue 12): settings, files, two trees. */
const READS = [READ_SETTINGS, READ_FILES, GET_TREE, GET_TREE];

export interface Baseline {
  verdict: string;
  exitCode: number;
  /** Requests that decide the verdict (`requestKinds` names). */
  decide: readonly string[];
  /** Requests only a pass makes before publishing: the pull request (and the approvals) again. */
  confirm: readonly string[];
  /** Requests that publish the result, whatever it is. */
  publish: readonly string[];
  /** Requests only a pass makes after creating its check run: the commit's check runs again. */
  recheck: readonly string[];
}

/** Every request of a baseline run, in order. */
export function baselineKinds(baseline: Baseline): string[] {
  return [...baseline.decide, ...baseline.confirm, ...baseline.publish, ...baseline.recheck];
}

const COMMENT_AND_CHECK_RUN = [LIST_COMMENTS, CREATE_COMMENT, CREATE_CHECK_RUN];

export const BASELINES: Record<SetupName, Baseline> = {
  plain: {
    verdict: 'unchanged',
    exitCode: 0,
    decide: READS,
    confirm: [REREAD_PULL_REQUEST],
    publish: COMMENT_AND_CHECK_RUN,
    recheck: [REREAD_CHECK_RUNS],
  },
  sticky: {
    verdict: 'unchanged',
    exitCode: 0,
    decide: READS,
    confirm: [REREAD_PULL_REQUEST],
    publish: [LIST_COMMENTS, GET_PULL, UPDATE_COMMENT, CREATE_CHECK_RUN],
    recheck: [REREAD_CHECK_RUNS],
  },
  annotations: {
    verdict: 'findings',
    exitCode: 1,
    decide: READS,
    confirm: [],
    publish: [...COMMENT_AND_CHECK_RUN, UPDATE_CHECK_RUN, UPDATE_CHECK_RUN],
    recheck: [],
  },
  // `acceptors` is an input (from the workflow): the pull request's files are listed to see that it
  // does not change the workflow.
  reviews: {
    verdict: 'reaccepted',
    exitCode: 0,
    decide: [...READS, LIST_REVIEWS, LIST_PULL_FILES],
    confirm: [REREAD_PULL_REQUEST, LIST_REVIEWS],
    publish: COMMENT_AND_CHECK_RUN,
    recheck: [REREAD_CHECK_RUNS],
  },
  team: {
    verdict: 'reaccepted',
    exitCode: 0,
    decide: [...READS, LIST_REVIEWS, TEAM_MEMBERSHIP, LIST_PULL_FILES],
    confirm: [REREAD_PULL_REQUEST, LIST_REVIEWS, TEAM_MEMBERSHIP],
    publish: COMMENT_AND_CHECK_RUN,
    recheck: [REREAD_CHECK_RUNS],
  },
};

/**
 * `decides`: a read the verdict depends on (a failure is an `error` verdict); `confirms`: a re-read
 * right before a pass is published (a failure turns the pass into an `error`); `rechecks`: the
 * re-read after a passing check run is created (a failure withdraws the pass); `publish-read` and
 * `publish-write`: calls made after the verdict, to publish it (a failure never changes it).
 */
export type EndpointRole = 'decides' | 'confirms' | 'rechecks' | 'publish-read' | 'publish-write';

export interface Endpoint {
  id: string;
  /** The request kind (`requestKinds`); a GraphQL kind is picked out of `/graphql` by its body. */
  kind: string;
  method: string;
  pathPattern: string;
  /** Which request of the kind in the baseline run the fault hits (0: the first; earlier ones pass). */
  occurrence?: number;
  setup: SetupName;
  role: EndpointRole;
  /** How `describeGitHubFailure` completes "Could not …" for it. */
  doing: string;
  /** The permission its 403/404 message names. */
  grant: string;
  /** What the error verdict's reason says before "Could not …". */
  reasonPrefix?: string;
}

const UNCONFIRMED =
  'policy-gate could not confirm, right before passing, that the pull request still is what it evaluated: ';

export const ENDPOINTS: readonly Endpoint[] = [
  {
    id: 'settings read',
    kind: READ_SETTINGS,
    method: 'POST',
    pathPattern: '/graphql',
    setup: 'plain',
    role: 'decides',
    doing: 'read files from the repository',
    grant: '`contents: read`',
  },
  {
    id: 'files read',
    kind: READ_FILES,
    method: 'POST',
    pathPattern: '/graphql',
    setup: 'plain',
    role: 'decides',
    doing: 'read files from the repository',
    grant: '`contents: read`',
  },
  {
    id: 'git tree',
    kind: GET_TREE,
    method: 'GET',
    pathPattern: '/repos/*/*/git/trees/*',
    setup: 'plain',
    role: 'decides',
    doing: 'read files from the repository',
    grant: '`contents: read`',
  },
  {
    id: 're-read pull request',
    kind: REREAD_PULL_REQUEST,
    method: 'POST',
    pathPattern: '/graphql',
    setup: 'plain',
    role: 'confirms',
    doing: 'read the pull request',
    grant: '`pull-requests: read`',
    reasonPrefix: UNCONFIRMED,
  },
  {
    id: 'list comments',
    kind: LIST_COMMENTS,
    method: 'GET',
    pathPattern: '/repos/*/*/issues/*/comments',
    setup: 'plain',
    role: 'publish-read',
    doing: "list the pull request's comments",
    grant: '`pull-requests: read`',
  },
  {
    id: 'create comment',
    kind: CREATE_COMMENT,
    method: 'POST',
    pathPattern: '/repos/*/*/issues/*/comments',
    setup: 'plain',
    role: 'publish-write',
    doing: 'write the pull request comment',
    grant: '`pull-requests: write`',
  },
  {
    id: 'update comment',
    kind: UPDATE_COMMENT,
    method: 'PATCH',
    pathPattern: '/repos/*/*/issues/comments/*',
    setup: 'sticky',
    role: 'publish-write',
    doing: 'write the pull request comment',
    grant: '`pull-requests: write`',
  },
  {
    id: 'get pull request',
    kind: GET_PULL,
    method: 'GET',
    pathPattern: '/repos/*/*/pulls/*',
    setup: 'sticky',
    role: 'publish-read',
    doing: 'read the pull request',
    grant: '`pull-requests: read`',
  },
  {
    id: 'create check run',
    kind: CREATE_CHECK_RUN,
    method: 'POST',
    pathPattern: '/repos/*/*/check-runs',
    setup: 'plain',
    role: 'publish-write',
    doing: 'create the check run',
    grant: '`checks: write`',
  },
  {
    id: 're-read check runs',
    kind: REREAD_CHECK_RUNS,
    method: 'POST',
    pathPattern: '/graphql',
    setup: 'plain',
    role: 'rechecks',
    doing: "list the commit's check runs",
    grant: '`checks: read`',
  },
  {
    id: 'update check run',
    kind: UPDATE_CHECK_RUN,
    method: 'PATCH',
    pathPattern: '/repos/*/*/check-runs/*',
    setup: 'annotations',
    role: 'publish-write',
    doing: 'add annotations to the check run',
    grant: '`checks: write`',
  },
  {
    id: 'list reviews',
    kind: LIST_REVIEWS,
    method: 'GET',
    pathPattern: '/repos/*/*/pulls/*/reviews',
    setup: 'reviews',
    role: 'decides',
    doing: "list the pull request's reviews",
    grant: '`pull-requests: read`',
  },
  {
    id: 'list pull request files',
    kind: LIST_PULL_FILES,
    method: 'GET',
    pathPattern: '/repos/*/*/pulls/*/files',
    setup: 'reviews',
    role: 'decides',
    doing: "list the pull request's files",
    grant: '`pull-requests: read`',
    reasonPrefix:
      'policy-gate could not tell whether this pull request changes the workflow that sets `acceptors` or `mode`: ',
  },
  {
    id: 're-list reviews',
    kind: LIST_REVIEWS,
    method: 'GET',
    pathPattern: '/repos/*/*/pulls/*/reviews',
    occurrence: 1,
    setup: 'reviews',
    role: 'confirms',
    doing: "list the pull request's reviews",
    grant: '`pull-requests: read`',
    reasonPrefix: UNCONFIRMED,
  },
  {
    id: 'team membership',
    kind: TEAM_MEMBERSHIP,
    method: 'GET',
    pathPattern: '/orgs/*/teams/*/memberships/*',
    setup: 'team',
    role: 'decides',
    doing: 'read team membership',
    grant: 'Members: read',
  },
];

export type FaultName = '500' | '502' | 'timeout' | 'reset' | '403 secondary' | '403' | '404' | '422';

export interface Fault {
  name: FaultName;
  rule: Pick<FaultRule, 'status' | 'retryAfter'>;
  /** Retried by design; the others (GitHub refused the request itself) are sent exactly once. */
  retried: boolean;
  /** Requests a persistent fault of this kind costs: 1 + plugin-retry's 3, or 1 + throttling's 2. */
  attempts: number;
}

export const FAULTS: readonly Fault[] = [
  { name: '500', rule: { status: 500 }, retried: true, attempts: 4 },
  { name: '502', rule: { status: 502 }, retried: true, attempts: 4 },
  { name: 'timeout', rule: { status: 'timeout' }, retried: true, attempts: 4 },
  { name: 'reset', rule: { status: 'reset' }, retried: true, attempts: 4 },
  { name: '403 secondary', rule: { status: 403, retryAfter: 1 }, retried: true, attempts: 3 },
  { name: '403', rule: { status: 403 }, retried: false, attempts: 1 },
  { name: '404', rule: { status: 404 }, retried: false, attempts: 1 },
  { name: '422', rule: { status: 422 }, retried: false, attempts: 1 },
];

/**
 * `as-baseline`: retried and succeeded — the verdict, exit code and writes of the fault-free run.
 * `error-verdict`: the gate could not read what it decides on, or could not confirm a pass right
 * before publishing it — verdict `error`, exit 1, the reason in the failure message, the summary,
 * the comment and a failing check run.
 * `withdrawn`: a pass was published but could not be checked against newer runs afterwards — its
 * check run is turned into a failure; the verdict output stays, and the job fails saying why.
 * `publish-failure`: the verdict stands (outputs, summary) but the job fails, saying why.
 * `degraded`: the token may not do it (403, or 404 on a write) — one warning naming the permission;
 * the job's exit code is the verdict's, and nothing more is written to the PR.
 * `not-a-member`: a 404 on team membership means "not a member" — the approval does not count and
 * the gate fails awaiting acceptance.
 */
export type Outcome =
  'as-baseline' | 'error-verdict' | 'withdrawn' | 'publish-failure' | 'degraded' | 'not-a-member';

export type Variant = 'transient' | 'persistent' | 'once';

export interface MatrixCase {
  endpoint: Endpoint;
  fault: Fault;
  /** `transient`: times 1 of a retried fault; `persistent`: times Infinity; `once`: times 1 of a fault that is not retried. */
  variant: Variant;
  times: number;
  outcome: Outcome;
  /** Requests to the endpoint in the run. */
  attempts: number;
  /** Every request of the run, in order. */
  kinds: string[];
  /** The sentence the failure or warning must contain (what failed, and what to do). */
  message: RegExp | undefined;
}

export function outcomeFor(endpoint: Endpoint, fault: Fault, variant: Variant): Outcome {
  if (variant === 'transient') return 'as-baseline';
  if (endpoint.role === 'decides') {
    return fault.name === '404' && endpoint.kind === TEAM_MEMBERSHIP ? 'not-a-member' : 'error-verdict';
  }
  // A read that only confirms a pass: not being able to confirm it is never a pass.
  if (endpoint.role === 'confirms') return 'error-verdict';
  if (endpoint.role === 'rechecks') return 'withdrawn';
  if (fault.name === '403') return 'degraded';
  if (fault.name === '404' && endpoint.role === 'publish-write') return 'degraded';
  return 'publish-failure';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What `describeGitHubFailure` says about this endpoint and fault. */
export function messageFor(endpoint: Endpoint, fault: Fault): RegExp {
  const grant = escapeRegExp(endpoint.grant);
  const what: Record<FaultName, string> = {
    '500':
      "GitHub answered 500 \\(Server Error\\) even after retrying; this is on GitHub's side — re-run the job later",
    '502':
      "GitHub answered 502 \\(Server Error\\) even after retrying; this is on GitHub's side — re-run the job later",
    timeout: `GitHub did not answer within ${MATRIX_REQUEST_TIMEOUT_MS / 1000} s, even after retrying; re-run the job`,
    reset:
      "the GitHub API could not be reached \\(.+\\), even after retrying; check the runner's network or proxy and GITHUB_API_URL",
    '403 secondary':
      "GitHub's secondary rate limit refused the request \\(retry-after 1 s\\) after waiting and retrying; re-run the job in a few minutes",
    '403': `GitHub answered 403 \\(Resource not accessible by integration\\); [^.]*${grant}`,
    '404':
      endpoint.role === 'publish-write'
        ? `GitHub answered 404 \\(Not Found\\), which it also answers when the token may not write here; add ${grant}`
        : `GitHub answered 404 \\(Not Found\\): it does not exist or the token cannot see it; check the repository and number, and add ${grant}`,
    '422':
      'GitHub rejected the request with 422 \\(Validation Failed\\); this is a bug in policy-gate or an input it did not validate — please report it',
  };
  return new RegExp(`Could not ${escapeRegExp(endpoint.doing)}: ${what[fault.name]}`);
}

/** Where the endpoint's faulted request is in `kinds`: its `occurrence`-th request of the kind. */
function positionIn(kinds: readonly string[], endpoint: Endpoint): number {
  let seen = -1;
  const at = kinds.findIndex((kind) => kind === endpoint.kind && ++seen === (endpoint.occurrence ?? 0));
  if (at < 0) throw new Error(`${endpoint.id}: no request ${endpoint.kind} in its baseline`);
  return at;
}

/** The requests of a run: the baseline's up to the faulted request, its attempts, then what follows. */
function kindsFor(endpoint: Endpoint, outcome: Outcome, attempts: number): string[] {
  const baseline = BASELINES[endpoint.setup];
  const all = baselineKinds(baseline);
  const at = positionIn(all, endpoint);
  const before = all.slice(0, at);
  const tries = Array<string>(attempts).fill(endpoint.kind);
  switch (outcome) {
    case 'as-baseline': // one more attempt of the faulted request
      return [...before, endpoint.kind, ...all.slice(at)];
    case 'error-verdict': // the error is published as any failure: no confirmation, no re-check
      return [...before, ...tries, ...baseline.publish];
    case 'not-a-member': {
      // The rest of the decision still happens; then the failure is published.
      const decidedAfter = baseline.decide.slice(at + 1);
      return [...before, ...tries, ...decidedAfter, ...baseline.publish];
    }
    case 'withdrawn': // the check run just created is turned into a failure
      return [...before, ...tries, UPDATE_CHECK_RUN];
    case 'publish-failure': // nothing is sent after a failed write
    case 'degraded': // the token may not write: the check run (or the rest of it) is not attempted
      return [...before, ...tries];
  }
}

export function buildMatrix(): MatrixCase[] {
  const cases: MatrixCase[] = [];
  for (const endpoint of ENDPOINTS) {
    for (const fault of FAULTS) {
      const variants: Variant[] = fault.retried ? ['transient', 'persistent'] : ['once'];
      for (const variant of variants) {
        const outcome = outcomeFor(endpoint, fault, variant);
        const attempts = variant === 'persistent' ? fault.attempts : variant === 'transient' ? 2 : 1;
        const kinds = kindsFor(endpoint, outcome, attempts);
        cases.push({
          endpoint,
          fault,
          variant,
          times: variant === 'persistent' ? Infinity : 1,
          outcome,
          attempts: kinds.filter((kind) => kind === endpoint.kind).length,
          kinds,
          message: outcome === 'as-baseline' ? undefined : messageFor(endpoint, fault),
        });
      }
    }
  }
  return cases;
}

export const MATRIX: readonly MatrixCase[] = buildMatrix();

/** Cases by outcome, and in all. */
export function matrixCounts(cases: readonly MatrixCase[] = MATRIX): Record<Outcome | 'total', number> {
  const counts: Record<Outcome | 'total', number> = {
    total: cases.length,
    'as-baseline': 0,
    'error-verdict': 0,
    withdrawn: 0,
    'publish-failure': 0,
    degraded: 0,
    'not-a-member': 0,
  };
  for (const matrixCase of cases) counts[matrixCase.outcome] += 1;
  return counts;
}

/** Endpoint rows × fault columns; each cell the outcome of its transient / persistent (or once) case. */
export function matrixTable(cases: readonly MatrixCase[] = MATRIX): string {
  const short: Record<Outcome, string> = {
    'as-baseline': 'ok',
    'error-verdict': 'error',
    withdrawn: 'withdrawn',
    'publish-failure': 'fail',
    degraded: 'warn',
    'not-a-member': 'non-member',
  };
  const header = `| endpoint | ${FAULTS.map((fault) => fault.name).join(' | ')} |`;
  const rule = `| --- |${FAULTS.map(() => ' --- |').join('')}`;
  const rows = ENDPOINTS.map((endpoint) => {
    const cells = FAULTS.map((fault) =>
      cases
        .filter((c) => c.endpoint === endpoint && c.fault === fault)
        .map((c) => short[c.outcome])
        .join(' / '),
    );
    return `| ${endpoint.id} | ${cells.join(' | ')} |`;
  });
  return [header, rule, ...rows].join('\n');
}
