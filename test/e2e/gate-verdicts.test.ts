// Issue 3, item 1: every verdict of GATE.md end to end — a real git repository, GitHub's recorded
// pull_request payload, the fake GitHub and the real bundle — with the exact `verdict` output, the
// exit code, the comment's verdict line and the check run's conclusion.
import { describe, expect, it } from 'vitest';
import { pullRequestEvent } from './harness/event-payloads.js';
import {
  cleanUpAfterAll,
  exampleStates,
  EXAMPLE,
  EXAMPLE_TOOLS_PLUS,
  exampleConfigWith,
  ownComments,
  scenario,
  verdictLineOf,
  withTool,
  type Scenario,
} from './gate-scenario.js';
import type { ActionRunResult } from './harness/run-action.js';

cleanUpAfterAll();

const { base: BASE, plus: PLUS } = await exampleStates();
const PLUS_ATTESTATION = PLUS['policy.attestation.json'] ?? '';

/** The state every test asserts: verdict output, exit code, one comment, one completed check run. */
function expectGate(s: Scenario, run: ActionRunResult, verdict: string, passed: boolean): string {
  expect(s.fake.violations).toEqual([]);
  expect(run.outputs.verdict).toBe(verdict);
  expect(run.exitCode).toBe(passed ? 0 : 1);
  expect(run.stderr).toBe('');
  const comments = ownComments(s.fake);
  expect(comments).toHaveLength(1);
  const body = comments[0]?.body ?? '';
  expect(body.split('\n')[0]).toBe(`<!-- policy-gate:v1 workspace=. head=${s.repo.headSha} -->`);
  expect(verdictLineOf(body)).toContain(`**${verdict}**`);
  expect(s.fake.state.checkRuns).toHaveLength(1);
  const check = s.fake.state.checkRuns[0];
  expect(check).toMatchObject({
    name: 'policy-gate',
    headSha: s.repo.headSha,
    status: 'completed',
    conclusion: passed ? 'success' : 'failure',
  });
  expect(check?.output.title).toMatch(new RegExp(`^${verdict}: `));
  expect(run.outputs['comment-id']).toBe(String(comments[0]?.id));
  expect(run.outputs['check-run-id']).toBe(String(check?.id));
  expect(run.summary).toContain(`**${verdict}**`);
  return body;
}

describe.concurrent('every verdict of a pull_request run', () => {
  for (const nodeBinary of ['node24', 'system'] as const) {
    it(`unchanged: a PR that leaves the workspace alone passes (${nodeBinary} node)`, async () => {
      const s = await scenario({ baseFiles: BASE, headChanges: { 'README.md': 'docs only\n' } });
      const run = await s.run(pullRequestEvent({ repo: s.repo }), { nodeBinary });
      const body = expectGate(s, run, 'unchanged', true);
      expect(verdictLineOf(body)).toBe(
        '✅ **unchanged** — this PR matches the attestation accepted on `main`',
      );
      expect(run.outputs['attestation-hash']).toBe(run.outputs['accepted-hash']);
      expect(run.outputs.changed).toBe('[]');
    });
  }

  it('findings: a denied MCP server added on the head fails, with the finding in comment and check run', async () => {
    const s = await scenario({
      baseFiles: BASE,
      headChanges: { 'openclaw.json': exampleConfigWith({ shell: { command: 'bash', args: ['-lc'] } }) },
    });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    const body = expectGate(s, run, 'findings', false);
    expect(verdictLineOf(body)).toMatch(
      /^❌ \*\*findings\*\* — the policy check reports 1 finding on this PR \(1 new\)/,
    );
    expect(body).toContain('shell');
    expect(run.outputs.findings).toBe('1');
    const annotations = s.fake.state.checkRuns[0]?.annotations ?? [];
    expect(annotations.filter((a) => a.annotation_level === 'failure')).toEqual([
      expect.objectContaining({
        path: 'openclaw.json',
        annotation_level: 'failure',
        message: expect.stringContaining('shell'),
      }),
    ]);
  });

  it('stale (proposed): the PR re-accepted, then changed TOOLS.md again without re-accepting', async () => {
    const s = await scenario({
      baseFiles: BASE,
      headChanges: [
        { 'TOOLS.md': EXAMPLE_TOOLS_PLUS, 'policy.attestation.json': PLUS_ATTESTATION },
        {
          'TOOLS.md': withTool(
            '### purge_cache risk:low sensitivity:internal owner:@ops',
            EXAMPLE_TOOLS_PLUS,
          ),
        },
      ],
    });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    const body = expectGate(s, run, 'stale', false);
    expect(verdictLineOf(body)).toContain(
      "the attestation file on this PR does not attest the PR's current state",
    );
    expect(body).toContain('Stale attestation file** (proposed on this PR)');
    expect(body).toContain(`recorded hash: ${JSON.parse(PLUS_ATTESTATION).attestation.attestationHash}`);
    expect(body).toContain(`current state: ${run.outputs['attestation-hash']}`);
    expect(body).toContain('npx policy-gate accept');
  });

  it('stale (proposed): the PR changes the attestation file to one of another state', async () => {
    const s = await scenario({
      baseFiles: BASE,
      headChanges: { 'policy.attestation.json': PLUS_ATTESTATION },
    });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    const body = expectGate(s, run, 'stale', false);
    expect(body).toContain('Stale attestation file** (proposed on this PR)');
    expect(run.outputs['attestation-hash']).toBe(run.outputs['accepted-hash']);
  });

  it('stale (proposed): the PR deletes the attestation file — said so, never a pass', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: { 'policy.attestation.json': null } });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    const body = expectGate(s, run, 'stale', false);
    expect(body).toContain('this pull request deletes the attestation file');
    expect(body).toContain('recorded hash: (none)');
  });

  it('stale (accepted): main changed TOOLS.md after acceptance without re-accepting', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: { 'README.md': 'docs only\n' } });
    s.repo.commit('main', { 'TOOLS.md': EXAMPLE_TOOLS_PLUS }, 'change TOOLS.md without re-accepting');
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    const body = expectGate(s, run, 'stale', false);
    expect(verdictLineOf(body)).toContain(
      "the attestation accepted on `main` no longer attests `main`'s own files",
    );
    expect(body).toContain('(accepted on `main`)');
    expect(body).toContain(`recorded hash: ${run.outputs['accepted-hash']}`);
  });

  it('drift: the head changes TOOLS.md without touching the attestation', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: { 'TOOLS.md': EXAMPLE_TOOLS_PLUS } });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    const body = expectGate(s, run, 'drift', false);
    expect(verdictLineOf(body)).toContain(
      'the attestation on this PR differs from the one accepted on `main`',
    );
    expect(body).toContain('rotate-keys');
    expect(body).toContain('How to accept');
    expect(body).toContain(`# attestationHash: ${run.outputs['attestation-hash']}`);
    expect(JSON.parse(run.outputs.changed ?? '')).toEqual(['evidence', 'attestation']);
  });

  it('drift: the head changes the policy (a new deny rule)', async () => {
    const policy = (EXAMPLE['policy.jsonc'] ?? '').replace(
      '"deny": ["shell"]',
      '"deny": ["shell", "browser"]',
    );
    expect(policy).not.toBe(EXAMPLE['policy.jsonc']);
    const s = await scenario({ baseFiles: BASE, headChanges: { 'policy.jsonc': policy } });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    expectGate(s, run, 'drift', false);
    expect(JSON.parse(run.outputs.changed ?? '')).toContain('policy');
  });

  it('drift: the head changes the OpenClaw config (a new allowed MCP server)', async () => {
    const s = await scenario({
      baseFiles: BASE,
      headChanges: {
        'openclaw.json': exampleConfigWith({ github: { url: 'https://api.githubcopilot.com/mcp' } }),
      },
    });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    expectGate(s, run, 'drift', false);
    expect(JSON.parse(run.outputs.changed ?? '')).toContain('evidence');
  });

  it('reaccepted: a correct attestation re-proposed with no acceptors configured passes; nobody was required', async () => {
    const s = await scenario({
      baseFiles: BASE,
      headChanges: { 'TOOLS.md': EXAMPLE_TOOLS_PLUS, 'policy.attestation.json': PLUS_ATTESTATION },
    });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    const body = expectGate(s, run, 'reaccepted', true);
    expect(verdictLineOf(body)).toMatch(
      /^✅ \*\*reaccepted\*\* — this PR proposes a new attestation that matches its state/,
    );
    expect(body).toContain('not required: no acceptors are configured');
    expect(run.outputs['attestation-hash']).toBe(JSON.parse(PLUS_ATTESTATION).attestation.attestationHash);
    expect(run.outputs['attestation-hash']).not.toBe(run.outputs['accepted-hash']);
  });

  it('bootstrap: a base without an accepted attestation fails with instructions', async () => {
    const s = await scenario({ baseFiles: { ...EXAMPLE }, headChanges: { 'README.md': 'docs only\n' } });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    const body = expectGate(s, run, 'bootstrap', false);
    expect(verdictLineOf(body)).toBe(
      '❌ **bootstrap** — `main` has no accepted attestation for this workspace yet',
    );
    expect(body).toContain('Add the first one in this PR');
    expect(run.outputs['accepted-hash']).toBe('');
  });

  it('bootstrap: a PR adding a correct first attestation is reaccepted', async () => {
    const s = await scenario({
      baseFiles: { ...EXAMPLE },
      headChanges: { 'policy.attestation.json': BASE['policy.attestation.json'] ?? '' },
    });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    expectGate(s, run, 'reaccepted', true);
  });

  it('error: a hand-edited accepted attestation (hashes do not re-derive) is corrupt, never trusted', async () => {
    const edited = JSON.parse(BASE['policy.attestation.json'] ?? '{}');
    edited.evidence.tools[2].risk = 'low'; // deploy_preview, really high
    const s = await scenario({
      baseFiles: { ...EXAMPLE, 'policy.attestation.json': `${JSON.stringify(edited, null, 2)}\n` },
      headChanges: { 'README.md': 'docs only\n' },
    });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    const body = expectGate(s, run, 'error', false);
    expect(verdictLineOf(body)).toMatch(/^⚠️ \*\*error\*\*/);
    expect(body).toContain('does not verify');
    expect(run.outputs['accepted-hash']).toBe('');
  });
});

describe.concurrent('mode: advisory', () => {
  it('a drifting PR passes the job with a warning; the check run is neutral, the verdict output stays drift', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: { 'TOOLS.md': EXAMPLE_TOOLS_PLUS } });
    const run = await s.run(pullRequestEvent({ repo: s.repo }), { inputs: { mode: 'advisory' } });
    expect(run.outputs.verdict).toBe('drift');
    expect(run.exitCode).toBe(0);
    expect(s.fake.state.checkRuns[0]).toMatchObject({
      conclusion: 'neutral',
      output: { title: 'advisory: drift: differs from the accepted attestation' },
    });
    expect(
      run.workflowCommands
        .filter((c) => c.command === 'warning' && c.properties.file === undefined)
        .map((c) => c.message),
    ).toEqual(['policy-gate (advisory) would fail: .: drift']);
    expect(verdictLineOf(ownComments(s.fake)[0]?.body ?? '')).toMatch(/^❌ \*\*drift\*\*/);
    expect(s.fake.violations).toEqual([]);
  });
});

describe('an API failure after retries', () => {
  it('error: 500 on every GraphQL request gives an error verdict and exit 1, never a pass', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: { 'README.md': 'docs only\n' } });
    s.fake.injectFault({ pathPattern: '/graphql', status: 500, times: Infinity });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    const graphql = s.fake.requests.filter((r) => r.path === '/graphql');
    expect(graphql.map((r) => r.status)).toEqual([500, 500, 500, 500]); // the request and 3 retries
    const body = expectGate(s, run, 'error', false);
    expect(body).toContain('500');
    expect(run.outputs['attestation-hash']).toBe('');
  });
});
