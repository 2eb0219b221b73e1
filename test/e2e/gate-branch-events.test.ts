// Issue 3, items 9 and 10: the events without a pull request to comment on — merge_group (the
// queue's head against its base), push to main and schedule (does the branch's accepted
// attestation still attest the branch?), and workflow_dispatch with explicit refs.
import { describe, expect, it } from 'vitest';
import {
  mergeGroupEvent,
  pushEvent,
  scheduleEvent,
  workflowDispatchEvent,
} from './harness/event-payloads.js';
import {
  cleanUpAfterAll,
  exampleStates,
  CREATE_CHECK_RUN,
  EXAMPLE_TOOLS_PLUS,
  GET_TREE,
  READ_FILES,
  READ_SETTINGS,
  requestKinds,
  scenario,
  type Scenario,
} from './gate-scenario.js';
import type { ActionRunResult } from './harness/run-action.js';

cleanUpAfterAll();

const { base: BASE, repropose: REPROPOSE } = await exampleStates();

/**
 * What a run with a base (merge_group, workflow_dispatch) reads: the settings file, the files and
 * both commits' trees (symbolic links); without one (push, schedule) there is no tree to compare.
 */
const WITH_BASE = [READ_SETTINGS, READ_FILES, GET_TREE, GET_TREE];
const WITHOUT_BASE = [READ_SETTINGS, READ_FILES];

/**
 * No comment request of any kind; `reads` and one check run on `headSha` — no re-read before or
 * after a pass either: without a pull request, there is no head that could move.
 */
function expectNoComment(
  s: Scenario,
  run: ActionRunResult,
  verdict: string,
  headSha: string,
  reads: readonly string[] = WITH_BASE,
): void {
  expect(run.stderr).toBe('');
  expect(run.outputs.verdict).toBe(verdict);
  expect(run.outputs['comment-id']).toBe('');
  expect(s.fake.requests.filter((r) => r.path.includes('/comments'))).toEqual([]);
  expect(requestKinds(s.fake.requests)).toEqual([...reads, CREATE_CHECK_RUN]);
  expect(s.fake.state.checkRuns).toHaveLength(1);
  expect(s.fake.state.checkRuns[0]).toMatchObject({
    headSha,
    conclusion: run.exitCode === 0 ? 'success' : 'failure',
  });
  expect(run.outputs['check-run-id']).toBe(String(s.fake.state.checkRuns[0]?.id));
  expect(run.summary).toContain(`**${verdict}**`);
  expect(s.fake.violations).toEqual([]);
}

describe.concurrent('merge_group', () => {
  it('gates the queue head against its base: a re-accepted PR passes, with no comment request at all', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: REPROPOSE });
    const event = mergeGroupEvent({ repo: s.repo });
    const run = await s.run(event);
    expect(run.exitCode).toBe(0);
    expectNoComment(s, run, 'reaccepted', event.sha);
    expect(event.sha).toBe(s.repo.mergeSha);
  });

  it('a drifting PR in the queue fails', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: { 'AGENTS.md': EXAMPLE_TOOLS_PLUS } });
    const event = mergeGroupEvent({ repo: s.repo });
    const run = await s.run(event);
    expect(run.exitCode).toBe(1);
    expectNoComment(s, run, 'drift', event.sha);
  });
});

describe.concurrent('push and schedule', () => {
  for (const [name, build] of [
    ['push to main', (s: Scenario) => pushEvent({ repo: s.repo })],
    ['schedule', (s: Scenario) => scheduleEvent({ repo: s.repo })],
  ] as const) {
    it(`${name}: the accepted attestation still attests main → unchanged; after a commit that does not re-accept → stale`, async () => {
      const s = await scenario({ baseFiles: BASE, headChanges: { 'README.md': 'docs only\n' } });
      s.repo.checkout('main');
      const first = await s.run(build(s));
      expect(first.exitCode).toBe(0);
      expectNoComment(s, first, 'unchanged', s.repo.baseSha, WITHOUT_BASE);
      expect(first.outputs['attestation-hash']).toBe(first.outputs['accepted-hash']);

      s.repo.commit('main', { 'AGENTS.md': EXAMPLE_TOOLS_PLUS }, 'add a tool without re-accepting');
      s.repo.checkout('main');
      s.fake.requests.length = 0;
      s.fake.state.checkRuns.length = 0;
      const second = await s.run(build(s));
      expect(second.exitCode).toBe(1);
      expectNoComment(s, second, 'stale', s.repo.baseSha, WITHOUT_BASE);
      expect(second.summary).toContain('Stale attestation file');
      expect(second.outputs['attestation-hash']).not.toBe(second.outputs['accepted-hash']);
    });
  }
});

describe.concurrent('workflow_dispatch', () => {
  it('with base-ref and head-ref as SHAs: gates the head against the base', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: { 'AGENTS.md': EXAMPLE_TOOLS_PLUS } });
    const run = await s.run(workflowDispatchEvent({ repo: s.repo }), {
      inputs: { 'base-ref': s.repo.baseSha, 'head-ref': s.repo.headSha },
    });
    expect(run.exitCode).toBe(1);
    expectNoComment(s, run, 'drift', s.repo.headSha);
  });

  // Branch names are resolved to commits with one GraphQL `object(expression:)` request.
  it('with base-ref and head-ref as branch names: resolves them and gates the head against the base', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: REPROPOSE });
    const run = await s.run(workflowDispatchEvent({ repo: s.repo }), {
      inputs: { 'base-ref': 'main', 'head-ref': 'feature' },
    });
    expect(run.stderr).toBe('');
    expect(run.outputs.verdict).toBe('reaccepted');
    expect(run.exitCode).toBe(0);
    // The head, then the base resolved (anonymous GraphQL queries), then what any run with a base reads.
    expectNoComment(s, run, 'reaccepted', s.repo.headSha, ['graphql', 'graphql', ...WITH_BASE]);
    expect(s.fake.state.checkRuns[0]).toMatchObject({ headSha: s.repo.headSha, conclusion: 'success' });
    expect(s.fake.violations).toEqual([]);
  });
});
