// Issue 12, item 2: who may accept is not decided by the pull request it governs. Each test plays
// the attack on the real bundle against the fake GitHub and fails if the defence is removed:
// `.github/policy-gate.yml` is read at the base (not the head, not ignored), inputs only tighten
// it, and `acceptors`/`mode: advisory` from a workflow the pull request changed are refused.
import { describe, expect, it } from 'vitest';
import {
  pullRequestEvent,
  pullRequestReviewEvent,
  pullRequestTargetEvent,
} from './harness/event-payloads.js';
import {
  cleanUpAfterAll,
  EXAMPLE_TOOLS_PLUS,
  exampleStates,
  ownComments,
  scenario,
  verdictLineOf,
  type Scenario,
} from './gate-scenario.js';
import type { ActionRunResult } from './harness/run-action.js';

cleanUpAfterAll();

const { base: BASE, repropose: REPROPOSE } = await exampleStates();
const WORKFLOW = '.github/workflows/policy-gate.yml';
const SETTINGS = '.github/policy-gate.yml';
const BASE_WORKFLOW =
  'on: pull_request\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: policy-gate/policy-gate@v1\n        with:\n          acceptors: alice\n';
/** The attacker's edit of the workflow: their friend becomes the acceptor. */
const EDITED_WORKFLOW = BASE_WORKFLOW.replace('acceptors: alice', 'acceptors: mallory');

function failureMessage(run: ActionRunResult): string {
  return run.workflowCommands.find((command) => command.command === 'error')?.message ?? '';
}

function lastCheckRun(s: Scenario) {
  return s.fake.state.checkRuns.at(-1);
}

describe.concurrent('acceptors and mode a pull request wrote into the workflow', () => {
  it('a PR that edits the running workflow to name its own acceptor is an error, not accepted by that acceptor', async () => {
    const s = await scenario({
      baseFiles: { ...BASE, [WORKFLOW]: BASE_WORKFLOW },
      headChanges: { ...REPROPOSE, [WORKFLOW]: EDITED_WORKFLOW },
    });
    s.fake.addReview({ user: 'mallory', state: 'APPROVED' });
    const run = await s.run(pullRequestEvent({ repo: s.repo }), { inputs: { acceptors: 'mallory' } });
    expect(run.outputs.verdict).toBe('error');
    expect(run.exitCode).toBe(1);
    expect(failureMessage(run)).toContain(
      `this pull request changes the workflow file ${WORKFLOW} (the running workflow), and \`acceptors\` comes from the workflow's inputs (which today names mallory), not from ${SETTINGS} on main: a pull request may not decide who accepts it.`,
    );
    expect(lastCheckRun(s)).toMatchObject({
      conclusion: 'failure',
      output: { title: expect.stringMatching(/^error/) },
    });
    const body = ownComments(s.fake)[0]?.body ?? '';
    expect(verdictLineOf(body)).toMatch(/^⚠️ \*\*error\*\*/);
    expect(body).toContain('a pull request may not decide who accepts it');
    expect(s.fake.violations).toEqual([]);
  });

  it('removing the acceptors input from the workflow (nobody required) is refused the same way', async () => {
    const s = await scenario({
      baseFiles: { ...BASE, [WORKFLOW]: BASE_WORKFLOW },
      headChanges: { ...REPROPOSE, [WORKFLOW]: BASE_WORKFLOW.replace('          acceptors: alice\n', '') },
    });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    expect(run.outputs.verdict).toBe('error');
    expect(run.exitCode).toBe(1);
    expect(failureMessage(run)).toContain(
      "`acceptors` comes from the workflow's inputs (which today requires nobody)",
    );
    expect(lastCheckRun(s)?.conclusion).toBe('failure');
  });

  it('a reusable workflow the PR changes counts too, and so does a pull_request_review run', async () => {
    const s = await scenario({
      baseFiles: {
        ...BASE,
        [WORKFLOW]: BASE_WORKFLOW,
        '.github/workflows/reusable-gate.yml': 'on: workflow_call\n',
      },
      headChanges: {
        ...REPROPOSE,
        '.github/workflows/reusable-gate.yml': 'on: workflow_call\n# acceptors: mallory\n',
      },
    });
    s.fake.addReview({ user: 'mallory', state: 'APPROVED' });
    const run = await s.run(
      pullRequestReviewEvent({ repo: s.repo, action: 'submitted', reviewer: 'mallory' }),
      { inputs: { acceptors: 'mallory' } },
    );
    expect(run.outputs.verdict).toBe('error');
    expect(failureMessage(run)).toContain(
      'this pull request changes the workflow file .github/workflows/reusable-gate.yml, and',
    );
    expect(lastCheckRun(s)?.conclusion).toBe('failure');
  });

  it('on pull_request_target the workflow is the base’s: its acceptors decide, and their approval accepts', async () => {
    const s = await scenario({
      baseFiles: { ...BASE, [WORKFLOW]: BASE_WORKFLOW },
      headChanges: { ...REPROPOSE, [WORKFLOW]: EDITED_WORKFLOW },
    });
    s.fake.addReview({ user: 'alice', state: 'APPROVED' });
    const run = await s.run(pullRequestTargetEvent({ repo: s.repo }), { inputs: { acceptors: 'alice' } });
    expect(run.outputs.verdict).toBe('reaccepted');
    expect(run.exitCode).toBe(0);
    expect(s.fake.requests.some((request) => request.path.endsWith('/files'))).toBe(false);
    expect(lastCheckRun(s)?.conclusion).toBe('success');
  });

  it('acceptors set in .github/policy-gate.yml on the base: the PR’s workflow edit changes nothing, no file listing needed', async () => {
    const s = await scenario({
      baseFiles: { ...BASE, [WORKFLOW]: BASE_WORKFLOW, [SETTINGS]: 'acceptors: [alice]\n' },
      headChanges: { ...REPROPOSE, [WORKFLOW]: BASE_WORKFLOW.replace('          acceptors: alice\n', '') },
    });
    s.fake.addReview({ user: 'alice', state: 'APPROVED' });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    expect(run.outputs.verdict).toBe('reaccepted');
    expect(run.exitCode).toBe(0);
    expect(s.fake.requests.some((request) => request.path.endsWith('/files'))).toBe(false);
    expect(ownComments(s.fake)[0]?.body).toContain('accepted by `alice`');
  });

  it('`mode: advisory` from a workflow the PR changed does not turn its failure into a warning', async () => {
    const s = await scenario({
      baseFiles: { ...BASE, [WORKFLOW]: BASE_WORKFLOW },
      // Drift (a new tool, no new attestation) while the workflow is made advisory.
      headChanges: {
        'AGENTS.md': EXAMPLE_TOOLS_PLUS,
        [WORKFLOW]: `${BASE_WORKFLOW}          mode: advisory\n`,
      },
    });
    const run = await s.run(pullRequestEvent({ repo: s.repo }), { inputs: { mode: 'advisory' } });
    expect(run.outputs.verdict).toBe('drift');
    expect(run.exitCode).toBe(1);
    expect(lastCheckRun(s)?.conclusion).toBe('failure');
    const warning = run.workflowCommands.find(
      (command) => command.command === 'warning' && command.message.includes('mode: advisory'),
    );
    expect(warning?.message).toContain(
      'a pull request may not make the gate advisory for itself, so this run enforces',
    );
  });

  it('`mode: advisory` in .github/policy-gate.yml on the base keeps a failing PR advisory (neutral)', async () => {
    const s = await scenario({
      baseFiles: { ...BASE, [WORKFLOW]: BASE_WORKFLOW, [SETTINGS]: 'mode: advisory\n' },
      headChanges: { 'AGENTS.md': EXAMPLE_TOOLS_PLUS, [WORKFLOW]: `${BASE_WORKFLOW}# edited\n` },
    });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    expect(run.outputs.verdict).toBe('drift');
    expect(run.exitCode).toBe(0);
    expect(lastCheckRun(s)?.conclusion).toBe('neutral');
  });
});

describe.concurrent('.github/policy-gate.yml is the base’s', () => {
  it('a PR that adds itself as an acceptor in .github/policy-gate.yml: the base’s file governs, and the change needs acceptance', async () => {
    const s = await scenario({
      baseFiles: { ...BASE, [SETTINGS]: 'acceptors: [alice]\n' },
      headChanges: { ...REPROPOSE, [SETTINGS]: 'acceptors: [alice, mallory]\n' },
    });
    s.fake.addReview({ user: 'mallory', state: 'APPROVED' });
    const first = await s.run(pullRequestEvent({ repo: s.repo }));
    expect(first.outputs.verdict).toBe('awaiting-acceptance');
    expect(first.exitCode).toBe(1);
    const body = ownComments(s.fake)[0]?.body ?? '';
    expect(verdictLineOf(body)).toBe(
      '⏳ **awaiting-acceptance** — everything else holds, but this PR needs an approval by an acceptor on this commit: this pull request proposes a new attestation (and 1 more reason)',
    );
    expect(body).toContain('- **Acceptors:** `alice`\n');
    expect(body).toContain(
      "this pull request changes .github/policy-gate.yml, the gate's settings (acceptors); the version on main governs this run",
    );
    expect(lastCheckRun(s)?.conclusion).toBe('failure');

    s.fake.addReview({ user: 'alice', state: 'APPROVED' });
    const second = await s.run(
      pullRequestReviewEvent({ repo: s.repo, action: 'submitted', reviewer: 'alice' }),
    );
    expect(second.outputs.verdict).toBe('reaccepted');
    expect(second.exitCode).toBe(0);
    expect(lastCheckRun(s)?.conclusion).toBe('success');
    expect(s.fake.violations).toEqual([]);
  });

  it('a change to .github/policy-gate.yml alone needs acceptance (the attestation is unchanged)', async () => {
    const s = await scenario({
      baseFiles: { ...BASE, [SETTINGS]: 'acceptors: [alice]\nmode: enforce\n' },
      headChanges: { [SETTINGS]: 'acceptors: [alice]\nmode: advisory\n' },
    });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    expect(run.outputs.verdict).toBe('awaiting-acceptance');
    expect(run.exitCode).toBe(1);
    const body = ownComments(s.fake)[0]?.body ?? '';
    expect(verdictLineOf(body)).toMatch(
      /^⏳ \*\*awaiting-acceptance\*\* — everything else holds, but this PR needs an approval by an acceptor on this commit: this pull request changes \.github\/policy-gate\.yml/,
    );
    expect(body).toContain("the gate's settings (mode); the version on main governs this run");
    expect(lastCheckRun(s)?.conclusion).toBe('failure');

    // Approved by an acceptor of the base's file: nothing else changed, so the verdict is unchanged.
    s.fake.addReview({ user: 'alice', state: 'APPROVED' });
    const approved = await s.run(
      pullRequestReviewEvent({ repo: s.repo, action: 'submitted', reviewer: 'alice' }),
    );
    expect(approved.outputs.verdict).toBe('unchanged');
    expect(approved.exitCode).toBe(0);
    expect(verdictLineOf(ownComments(s.fake)[0]?.body ?? '')).toBe(
      '✅ **unchanged** — this PR matches the attestation accepted on `main`; its other changes were accepted by `alice`',
    );
    expect(lastCheckRun(s)?.conclusion).toBe('success');
    expect(s.fake.violations).toEqual([]);
  });

  it('an input may not widen the acceptors of the file: error naming them', async () => {
    const s = await scenario({
      baseFiles: { ...BASE, [SETTINGS]: 'acceptors: [alice]\n' },
      headChanges: REPROPOSE,
    });
    s.fake.addReview({ user: 'mallory', state: 'APPROVED' });
    const run = await s.run(pullRequestEvent({ repo: s.repo }), { inputs: { acceptors: 'mallory' } });
    expect(run.outputs.verdict).toBe('error');
    expect(failureMessage(run)).toContain(
      'the `acceptors` input may only narrow the acceptors set in .github/policy-gate.yml on main (alice), and mallory is not among them',
    );
    expect(lastCheckRun(s)?.conclusion).toBe('failure');
  });

  it('an input may not loosen `mode: enforce` of the file', async () => {
    const s = await scenario({
      baseFiles: { ...BASE, [SETTINGS]: 'mode: enforce\n' },
      headChanges: { 'README.md': 'x\n' },
    });
    const run = await s.run(pullRequestEvent({ repo: s.repo }), { inputs: { mode: 'advisory' } });
    expect(run.outputs.verdict).toBe('error');
    expect(run.exitCode).toBe(1);
    expect(failureMessage(run)).toContain(
      'the `mode: advisory` input cannot loosen `mode: enforce` set in .github/policy-gate.yml on main',
    );
  });

  it('a settings file that does not parse strictly is an error naming the key and line', async () => {
    const s = await scenario({
      baseFiles: { ...BASE, [SETTINGS]: '# who may accept\nacceptor: [alice]\n' },
      headChanges: { 'README.md': 'x\n' },
    });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    expect(run.outputs.verdict).toBe('error');
    expect(failureMessage(run)).toContain(
      '.github/policy-gate.yml on main has the unknown key "acceptor" (line 2); the keys are acceptors, mode, workspaces, openclaw-version, attestation, policy, config, agent, exec-approvals. Fix the file on the base branch.',
    );
    expect(lastCheckRun(s)?.conclusion).toBe('failure');
  });
});
