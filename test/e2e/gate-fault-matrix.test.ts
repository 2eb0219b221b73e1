// Issue 6, item 1: the API fault matrix. Every endpoint the action calls on a pull request run ×
// {500, 502, timeout, connection reset, 403 secondary rate limit with retry-after, 403, 404, 422},
// transient (once, then GitHub recovers) and persistent, run against the real bundle and the fake
// GitHub. Each case is retried and succeeds exactly as the fault-free run, or fails closed with
// one message that says what to do; never a passing gate on a state it could not read or confirm
// (issue 12: the settings file, the trees, the re-reads before and after a pass). The table of
// cases is `gate-fault-matrix.ts`; its counts are printed after the run.
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BASELINES,
  baselineKinds,
  ENDPOINTS,
  FAULTS,
  MATRIX,
  MATRIX_REQUEST_TIMEOUT_MS,
  MATRIX_RETRY_BASE_DELAY_MS,
  matrixCounts,
  matrixTable,
  type MatrixCase,
  type SetupName,
} from './gate-fault-matrix.js';
import { actionDir, exampleStates, graphqlKindOf, requestKinds, withAttestation } from './gate-scenario.js';
import { pullRequestEvent } from './harness/event-payloads.js';
import { startFakeGitHub, type FakeGitHub } from './harness/fake-github.js';
import { githubGraphQLSchema } from './harness/graphql-endpoint.js';
import { createGitRepo, type CreateGitRepoOptions, type GitRepo } from './harness/git-repo.js';
import { runAction, type ActionRunResult } from './harness/run-action.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  const counts = matrixCounts();
  console.log(
    `API fault matrix: ${counts.total} cases (${ENDPOINTS.length} endpoints × ${FAULTS.length} faults, ` +
      `transient and persistent where retried) — ${counts['as-baseline']} retried and succeeded, ` +
      `${counts['error-verdict']} error verdict, ${counts.withdrawn} pass withdrawn, ` +
      `${counts['publish-failure']} failed publishing, ` +
      `${counts.degraded} degraded to a warning, ${counts['not-a-member']} not a member; ` +
      `+ ${Object.keys(BASELINES).length} fault-free baselines\n${matrixTable()}`,
  );
});

// ---- the fault-free set-ups, one git repository each, shared by every case's own fake GitHub ----

const { base: BASE, repropose: REPROPOSE } = await exampleStates();
const MANY_FINDINGS = {
  'policy.jsonc': '{ "tools": { "requireMetadata": ["risk"] } }\n',
  'openclaw.json': '{ "plugins": { "entries": { "policy": { "enabled": true } } } }\n',
  'AGENTS.md': `# Agents\n\n## Tools\n\n${Array.from({ length: 120 }, (_, i) => `### tool_${String(i).padStart(3, '0')}\nDoes thing ${i}.\n`).join('\n')}`,
};

const REPOS: Record<'docs' | 'findings' | 'repropose', () => Promise<CreateGitRepoOptions>> = {
  docs: async () => ({ baseFiles: BASE, headChanges: { 'README.md': 'docs only\n' } }),
  findings: async () => ({
    baseFiles: await withAttestation(MANY_FINDINGS),
    headChanges: { 'README.md': 'docs only\n' },
  }),
  repropose: async () => ({ baseFiles: BASE, headChanges: REPROPOSE }),
};

interface Setup {
  repo: keyof typeof REPOS;
  acceptors?: string;
  prepare?(fake: FakeGitHub, repo: GitRepo): void;
}

const SETUPS: Record<SetupName, Setup> = {
  plain: { repo: 'docs' },
  sticky: {
    repo: 'docs',
    // The comment an earlier run wrote for an older head: this run reads the PR, then updates it.
    prepare: (fake, repo) =>
      fake.seedComments(1, {
        authors: ['github-actions[bot]'],
        body: () =>
          `<!-- policy-gate:v1 workspace=. head=${repo.baseSha} -->\n❌ **drift** — written for an older head\n`,
      }),
  },
  annotations: { repo: 'findings' },
  reviews: {
    repo: 'repropose',
    acceptors: 'alice',
    prepare: (fake, repo) => fake.addReview({ user: 'alice', state: 'APPROVED', commitId: repo.headSha }),
  },
  team: {
    repo: 'repropose',
    acceptors: 'octo-org/acceptors',
    prepare: (fake, repo) => fake.addReview({ user: 'bob', state: 'APPROVED', commitId: repo.headSha }),
  },
};

const repos = new Map<keyof typeof REPOS, GitRepo>();
for (const name of Object.keys(REPOS) as (keyof typeof REPOS)[]) {
  const repo = createGitRepo(await REPOS[name]());
  cleanups.push(() => repo.cleanup());
  repos.set(name, repo);
}
// The fake builds GitHub's GraphQL schema on its first query; build it now, before the runs start
// their request deadlines, so that the first GraphQL answer is not late.
githubGraphQLSchema();

interface CaseRun {
  fake: FakeGitHub;
  run: ActionRunResult;
}

/** A fresh fake GitHub for the set-up, `matrixCase`'s fault injected, and one run of the bundle. */
async function runCase(setupName: SetupName, matrixCase?: MatrixCase): Promise<CaseRun> {
  const setup = SETUPS[setupName];
  const repo = repos.get(setup.repo);
  if (!repo) throw new Error(`no repository ${setup.repo}`);
  const fake = await startFakeGitHub({ repo, teams: { 'octo-org/acceptors': ['bob'] } });
  cleanups.push(() => fake.close());
  setup.prepare?.(fake, repo);
  if (matrixCase) {
    const { endpoint } = matrixCase;
    fake.injectFault({
      method: endpoint.method,
      pathPattern: endpoint.pathPattern,
      // Every GraphQL request goes to /graphql: the fault picks the one read by its body.
      ...(endpoint.pathPattern === '/graphql'
        ? { bodyMatches: (body: unknown) => graphqlKindOf(body) === endpoint.kind }
        : {}),
      skip: endpoint.occurrence ?? 0,
      ...matrixCase.fault.rule,
      times: matrixCase.times,
    });
  }
  const run = await runAction({
    nodeBinary: 'node24',
    actionDir,
    workspaceDir: repo.dir,
    ...pullRequestEvent({ repo }),
    inputs: setup.acceptors ? { acceptors: setup.acceptors } : undefined,
    apiUrl: fake.apiUrl,
    token: fake.token,
    extraEnv: {
      POLICY_GATE_RETRY_BASE_DELAY_MS: String(MATRIX_RETRY_BASE_DELAY_MS),
      POLICY_GATE_REQUEST_TIMEOUT_MS: String(MATRIX_REQUEST_TIMEOUT_MS),
    },
    timeoutMs: 60_000,
  });
  cleanups.push(() => run.cleanup());
  expect(run.timedOut).toBe(false);
  return { fake, run };
}

/** `::error::` / `::warning::` lines that are not file annotations. */
function messages(run: ActionRunResult, command: 'error' | 'warning'): string[] {
  return run.workflowCommands
    .filter((c) => c.command === command && c.properties.file === undefined)
    .map((c) => c.message);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Markdown text as it reads: `\\x` is `x`. */
function unescapeMarkdown(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1');
}

/** What holds in every run, fault or not: the gate never claims a pass it could not establish. */
function expectFailClosedInvariants(label: string, { fake, run }: CaseRun, passed: boolean): void {
  // Outputs and the job summary are written whatever happened to the API calls.
  expect(run.outputs.verdict, label).toBeTruthy();
  expect(existsSync(run.outputs.report ?? ''), label).toBe(true);
  expect(run.summary, label).toContain(`**${run.outputs.verdict}**`);
  // A check run, when there is one, concludes what the verdict established.
  for (const check of fake.state.checkRuns) {
    expect(check.conclusion, label).toBe(passed ? 'success' : 'failure');
  }
  // The outputs name what was written, also when publishing failed part-way.
  const checkRuns = fake.state.checkRuns;
  expect(run.outputs['check-run-id'], `${label}: check-run-id`).toBe(
    checkRuns.length === 1 ? String(checkRuns[0]?.id) : '',
  );
  const wroteComment = fake.requests.some(
    (r) =>
      ['POST', 'PATCH'].includes(r.method) &&
      r.path.includes('/comments') &&
      typeof r.status === 'number' &&
      r.status < 300,
  );
  const own = fake.state.comments.filter((c) => c.user.login === 'github-actions[bot]');
  expect(own.length, label).toBeLessThanOrEqual(1);
  expect(run.outputs['comment-id'], `${label}: comment-id`).toBe(wroteComment ? String(own[0]?.id) : '');
  if (run.exitCode === 0) expect(passed, `${label}: exit 0 only for a passing verdict`).toBe(true);
  expect(run.stderr, label).toBe('');
  expect(fake.violations, label).toEqual([]);
}

function check(matrixCase: MatrixCase, result: CaseRun): void {
  const { endpoint, fault, variant, outcome } = matrixCase;
  const label = `${endpoint.id} × ${fault.name} (${variant})`;
  const { fake, run } = result;
  const baseline = BASELINES[endpoint.setup];
  const kinds = requestKinds(fake.requests);
  expect(kinds.filter((kind) => kind === endpoint.kind).length, `${label}: requests to the endpoint`).toBe(
    matrixCase.attempts,
  );
  expect(kinds, `${label}: requests`).toEqual(matrixCase.kinds);
  if (variant !== 'persistent') expect(fake.pendingFaults(), `${label}: fault used`).toEqual([]);
  const errors = messages(run, 'error');
  const warned = messages(run, 'warning');

  switch (outcome) {
    case 'as-baseline': {
      expect(run.outputs.verdict, label).toBe(baseline.verdict);
      expect(run.exitCode, label).toBe(baseline.exitCode);
      expect(run.outputs['comment-id'], label).toMatch(/^\d+$/);
      expect(run.outputs['check-run-id'], label).toMatch(/^\d+$/);
      expect(
        warned.filter((w) => w.startsWith('policy-gate')),
        label,
      ).toEqual([]);
      expectFailClosedInvariants(label, result, baseline.exitCode === 0);
      return;
    }
    case 'error-verdict': {
      expect(run.outputs.verdict, label).toBe('error');
      expect(run.exitCode, label).toBe(1);
      expect(errors, label).toHaveLength(1);
      expect(errors[0], label).toMatch(
        new RegExp(
          `^policy-gate failed: \\.: error \\(${escapeRegExp(endpoint.reasonPrefix ?? '')}Could not `,
        ),
      );
      expect(errors[0], label).toMatch(matrixCase.message ?? /./);
      // The same reason reaches the summary and the comment, which is written and says error.
      const reason = /^policy-gate failed: \.: error \((.*)\)$/s.exec(errors[0] ?? '')?.[1] ?? '';
      expect(unescapeMarkdown(run.summary), label).toContain(reason);
      const comment = fake.state.comments.find((c) => c.user.login === 'github-actions[bot]');
      expect(comment?.body.split('\n')[1], label).toMatch(/\*\*error\*\*/);
      expect(unescapeMarkdown(comment?.body ?? ''), label).toContain(reason);
      expect(
        fake.state.checkRuns.map((c) => c.conclusion),
        label,
      ).toEqual(['failure']);
      expectFailClosedInvariants(label, result, false);
      return;
    }
    case 'withdrawn': {
      // The pass was published, then could not be checked against newer runs: it is withdrawn.
      expect(run.outputs.verdict, label).toBe(baseline.verdict);
      expect(run.exitCode, label).toBe(1);
      expect(errors, label).toHaveLength(1);
      expect(errors[0], label).toMatch(
        /^policy-gate does not pass this run: policy-gate could not confirm that no newer run on this commit failed \(Could not /,
      );
      expect(errors[0], label).toMatch(matrixCase.message ?? /./);
      expect(errors[0], label).toMatch(/\), so this run's pass is withdrawn\.$/);
      const [checkRun] = fake.state.checkRuns;
      expect(checkRun?.conclusion, label).toBe('failure');
      expect(checkRun?.output.summary, label).toBe(
        /^policy-gate does not pass this run: (.*)$/s.exec(errors[0] ?? '')?.[1],
      );
      expect(run.summary, label).toContain('Not passed: policy-gate could not confirm that no newer run');
      expect(
        warned.filter((w) => w.startsWith('policy-gate')),
        label,
      ).toEqual([]);
      expectFailClosedInvariants(label, result, false);
      return;
    }
    case 'not-a-member': {
      expect(run.outputs.verdict, label).toBe('awaiting-acceptance');
      expect(run.exitCode, label).toBe(1);
      expect(errors, label).toHaveLength(1);
      expect(errors[0], label).toMatch(/^policy-gate failed: \.: awaiting-acceptance/);
      expect(
        fake.state.checkRuns.map((c) => c.conclusion),
        label,
      ).toEqual(['failure']);
      expectFailClosedInvariants(label, result, false);
      return;
    }
    case 'publish-failure': {
      // The verdict was established; publishing it was not, so the job fails and says why.
      expect(run.outputs.verdict, label).toBe(baseline.verdict);
      expect(run.exitCode, label).toBe(1);
      expect(errors, label).toHaveLength(1);
      expect(errors[0], label).toMatch(
        new RegExp(
          `^policy-gate decided '${baseline.verdict}' but could not publish the result, so the job fails: `,
        ),
      );
      expect(errors[0], label).toMatch(matrixCase.message ?? /./);
      expectFailClosedInvariants(label, result, baseline.exitCode === 0);
      return;
    }
    case 'degraded': {
      // The token may not write: one warning naming the permission; the exit code is the verdict's.
      expect(run.outputs.verdict, label).toBe(baseline.verdict);
      expect(run.exitCode, label).toBe(baseline.exitCode);
      const own = warned.filter((w) => w.startsWith('policy-gate'));
      expect(own, label).toHaveLength(1);
      expect(own[0], label).toMatch(/^policy-gate could not write to the pull request \(/);
      expect(own[0], label).toMatch(matrixCase.message ?? /./);
      if (baseline.exitCode === 0) expect(errors, label).toEqual([]);
      else expect(errors, label).toEqual([expect.stringMatching(/^policy-gate failed: \.: /)]);
      expectFailClosedInvariants(label, result, baseline.exitCode === 0);
      return;
    }
  }
}

describe.concurrent('API fault matrix: fault-free baselines', () => {
  for (const [name, baseline] of Object.entries(BASELINES) as [SetupName, (typeof BASELINES)[SetupName]][]) {
    it(`${name}: ${baseline.verdict}, exit ${baseline.exitCode}`, async () => {
      const result = await runCase(name);
      expect(requestKinds(result.fake.requests)).toEqual(baselineKinds(baseline));
      expect(result.run.outputs.verdict).toBe(baseline.verdict);
      expect(result.run.exitCode).toBe(baseline.exitCode);
      expectFailClosedInvariants(name, result, baseline.exitCode === 0);
    });
  }
});

describe.concurrent('API fault matrix', () => {
  // One test per endpoint × fault; its transient and persistent cases run side by side.
  for (const endpoint of ENDPOINTS) {
    for (const fault of FAULTS) {
      const cases = MATRIX.filter((c) => c.endpoint === endpoint && c.fault === fault);
      const title = cases.map((c) => `${c.variant} → ${c.outcome}`).join(', ');
      it(`${endpoint.id} × ${fault.name}: ${title}`, async () => {
        const results = await Promise.all(cases.map((c) => runCase(endpoint.setup, c)));
        cases.forEach((c, i) => check(c, results[i] as CaseRun));
      });
    }
  }
});
