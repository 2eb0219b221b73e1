// Issue 12, item 3: no stale success. Each test changes the pull request while a run of the real
// bundle is between reading and publishing — the fake holds one of its requests until the test
// has changed the state — and fails if the defence is removed: the head moving, the approval
// being dismissed, and a later run's failure published before (or while) the older run publishes
// its pass.
import { describe, expect, it } from 'vitest';
import { pullRequestEvent, pullRequestReviewEvent } from './harness/event-payloads.js';
import type { FaultRule } from './harness/fault-injection.js';
import type { FakeGitHub } from './harness/fake-github.js';
import {
  cleanUpAfterAll,
  exampleStates,
  ownComments,
  scenario,
  verdictLineOf,
  type Scenario,
} from './gate-scenario.js';
import type { ActionRunResult } from './harness/run-action.js';

cleanUpAfterAll();

const { base: BASE, repropose: REPROPOSE } = await exampleStates();
const REVIEWS = '/repos/*/*/pulls/*/reviews';
const CHECK_RUNS = '/repos/*/*/check-runs';

/** A re-proposed attestation that alice (an acceptor) approved on the head. */
async function approvedProposal(): Promise<Scenario> {
  const s = await scenario({ baseFiles: BASE, headChanges: REPROPOSE });
  s.fake.addReview({ user: 'alice', state: 'APPROVED', commitId: s.repo.headSha });
  return s;
}

/** A fault that holds the next matching request until `release()`. */
function hold(
  fake: FakeGitHub,
  rule: Omit<FaultRule, 'until'>,
): { release(): void; reached(): Promise<void> } {
  let release = () => undefined as void;
  const until = new Promise<void>((resolve) => {
    release = resolve;
  });
  const held: FaultRule = { ...rule, until };
  fake.injectFault(held);
  return {
    release,
    async reached() {
      for (let waited = 0; !fake.requests.some((request) => request.fault === held); waited += 25) {
        if (waited > 45_000) throw new Error('the run never reached the held request');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
  };
}

function errorMessage(run: ActionRunResult): string {
  return run.workflowCommands.find((command) => command.command === 'error')?.message ?? '';
}

const INPUTS = { inputs: { acceptors: 'alice' } };

describe.concurrent('no stale success', () => {
  it('the head moves while the gate evaluates: no pass is published for the old head, and the job fails', async () => {
    const s = await approvedProposal();
    const evaluated = s.repo.headSha;
    const event = pullRequestReviewEvent({ repo: s.repo, action: 'submitted', reviewer: 'alice' });
    // Held at its last read before deciding (the reviews), while the author pushes.
    const reviews = hold(s.fake, { method: 'GET', pathPattern: REVIEWS });
    const running = s.run(event, INPUTS);
    await reviews.reached();
    const pushed = s.repo.commit('feature', { 'README.md': 'pushed while the gate ran\n' });
    reviews.release();
    const run = await running;

    expect(run.exitCode).toBe(1);
    expect(errorMessage(run)).toBe(
      `policy-gate does not pass this run: the pull request's head moved from ${evaluated.slice(0, 12)} to ${pushed.slice(0, 12)} while policy-gate evaluated ${evaluated.slice(0, 12)}; the run for the new head decides, so this run publishes no result.`,
    );
    expect(s.fake.state.checkRuns).toEqual([]);
    expect(ownComments(s.fake)).toEqual([]);
    expect(run.summary).toContain("Not passed: the pull request's head moved");
    expect(s.fake.violations).toEqual([]);
  });

  it('the approval is dismissed after the gate read it: the result is published as awaiting acceptance', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: REPROPOSE });
    const approval = s.fake.addReview({ user: 'alice', state: 'APPROVED', commitId: s.repo.headSha });
    // The reviews as the evaluation read them (approved), then the dismissal.
    const listing = await fetch(`${s.fake.apiUrl}/repos/${s.repo.fullName}/pulls/1/reviews`, {
      headers: { authorization: `token ${s.fake.token}` },
    });
    const approvedAnswer: unknown = await listing.json();
    s.fake.injectFault({ method: 'GET', pathPattern: REVIEWS, status: 200, body: approvedAnswer });
    approval.state = 'DISMISSED';
    const run = await s.run(
      pullRequestReviewEvent({ repo: s.repo, action: 'submitted', reviewer: 'alice' }),
      INPUTS,
    );

    expect(s.fake.pendingFaults()).toEqual([]); // the evaluation did read the approval
    expect(run.outputs.verdict).toBe('awaiting-acceptance');
    expect(run.exitCode).toBe(1);
    expect(s.fake.state.checkRuns.map((checkRun) => checkRun.conclusion)).toEqual(['failure']);
    expect(s.fake.state.checkRuns[0]?.output.title).toBe(
      "awaiting-acceptance: needs an acceptor's approval of the head",
    );
    expect(verdictLineOf(ownComments(s.fake)[0]?.body ?? '')).toBe(
      '⏳ **awaiting-acceptance** — everything else holds, but this PR needs an approval by an acceptor on this commit: this pull request proposes a new attestation',
    );
    expect(s.fake.violations).toEqual([]);
  });

  it('a run that started later failed and published first: the older run publishes no pass', async () => {
    const s = await approvedProposal();
    // Run A (alice's approval) is held at its first read; run B starts later and fails.
    const first = hold(s.fake, { pathPattern: '/graphql' });
    const runA = s.run(
      pullRequestReviewEvent({ repo: s.repo, action: 'submitted', reviewer: 'alice' }),
      INPUTS,
    );
    await first.reached();
    s.fake.injectFault({ method: 'GET', pathPattern: REVIEWS, status: 403 });
    const runB = await s.run(pullRequestEvent({ repo: s.repo, action: 'synchronize' }), INPUTS);
    expect(runB.outputs.verdict).toBe('error');
    expect(s.fake.state.checkRuns.map((checkRun) => checkRun.conclusion)).toEqual(['failure']);
    const failed = s.fake.state.checkRuns[0];
    first.release();
    const a = await runA;

    expect(a.exitCode).toBe(1);
    expect(errorMessage(a)).toContain(
      `a policy-gate run on ${s.repo.headSha.slice(0, 12)} that started after this one concluded failure (check run ${failed?.id}); it read the pull request later, so its result stands and this run publishes no pass.`,
    );
    expect(s.fake.state.checkRuns.map((checkRun) => checkRun.conclusion)).toEqual(['failure']);
    expect(s.fake.violations).toEqual([]);
  });

  it('a later run’s failure lands between the older run’s last check and its create: the older pass is withdrawn', async () => {
    const s = await approvedProposal();
    // Run A has confirmed its pass and is held at creating its check run; B starts, fails, publishes.
    const create = hold(s.fake, { method: 'POST', pathPattern: CHECK_RUNS });
    const runA = s.run(
      pullRequestReviewEvent({ repo: s.repo, action: 'submitted', reviewer: 'alice' }),
      INPUTS,
    );
    await create.reached();
    s.fake.injectFault({ method: 'GET', pathPattern: REVIEWS, status: 403 });
    const runB = await s.run(pullRequestEvent({ repo: s.repo, action: 'synchronize' }), INPUTS);
    expect(runB.outputs.verdict).toBe('error');
    create.release();
    const a = await runA;

    // A's run was created after B's (so it is the newest), and then withdrawn.
    const [b, newest] = s.fake.state.checkRuns;
    expect(newest?.id).toBeGreaterThan(b?.id ?? Infinity);
    expect(newest).toMatchObject({
      conclusion: 'failure',
      output: { title: 'superseded: a newer policy-gate evaluation did not pass' },
    });
    expect(newest?.output.summary).toContain(`concluded failure (check run ${b?.id})`);
    expect(a.exitCode).toBe(1);
    expect(errorMessage(a)).toContain("this run's pass is withdrawn");
    expect(s.fake.violations).toEqual([]);
  });

  it('nothing changed meanwhile: the pass is published, and its check run says when the run started', async () => {
    const s = await approvedProposal();
    const before = Date.now();
    const run = await s.run(
      pullRequestReviewEvent({ repo: s.repo, action: 'submitted', reviewer: 'alice' }),
      INPUTS,
    );
    expect(run.exitCode).toBe(0);
    const [checkRun] = s.fake.state.checkRuns;
    expect(checkRun?.conclusion).toBe('success');
    const started = Date.parse(checkRun?.startedAt ?? '');
    expect(started).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(started).toBeLessThanOrEqual(Date.now());
    expect(s.fake.violations).toEqual([]);
  });
});
