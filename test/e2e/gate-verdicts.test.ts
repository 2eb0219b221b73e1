// Issue 3, item 1: every verdict of GATE.md end to end — a real git repository, GitHub's recorded
// pull_request payload, the fake GitHub and the real bundle — with the exact `verdict` output, the
// exit code, the comment's verdict line and the check run's conclusion. Issue 11: on workspaces of
// both releases — the 2026.9.6 example (AGENTS.md, 68-check attestations) and the 2026.5.20 one
// (TOOLS.md, 15-check attestations) — the release told by the attestations alone.
import { describe, expect, it } from 'vitest';
import { pullRequestEvent } from './harness/event-payloads.js';
import {
  cleanUpAfterAll,
  exampleStates,
  EXAMPLES,
  exampleConfigWith,
  ownComments,
  READ_SETTINGS,
  RELEASES,
  releaseLine,
  requestKinds,
  scenario,
  verdictLineOf,
  withTool,
  type Release,
  type Scenario,
} from './gate-scenario.js';
import type { ActionRunResult } from './harness/run-action.js';

cleanUpAfterAll();

const [CURRENT, OLDER] = await Promise.all([
  exampleStates(EXAMPLES['2026.9.6']),
  exampleStates(EXAMPLES['2026.5.20']),
]);
/** Each release's example in its two accepted states (see exampleStates). */
const STATES = { '2026.9.6': CURRENT, '2026.5.20': OLDER };

/**
 * The state every test asserts: verdict output, exit code, one comment, one completed check run,
 * and the release the head was checked against.
 */
function expectGate(
  s: Scenario,
  run: ActionRunResult,
  verdict: string,
  passed: boolean,
  release?: Release,
): string {
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
  if (release !== undefined) {
    expect(run.outputs['openclaw-version']).toBe(release);
    expect(body).toContain(releaseLine(release));
  }
  return body;
}

describe.concurrent.each(RELEASES)('every verdict of a pull_request run, OpenClaw %s', (release) => {
  const example = EXAMPLES[release];
  const { files: EXAMPLE, toolsFile: TOOLS, toolsPlus: TOOLS_PLUS } = example;
  const { base: BASE, plus: PLUS } = STATES[release];
  const PLUS_ATTESTATION = PLUS['policy.attestation.json'] ?? '';
  const checkedByAccepted = releaseLine(release, 'accepted');

  for (const nodeBinary of ['node24', 'system'] as const) {
    it(`unchanged: a PR that leaves the workspace alone passes (${nodeBinary} node)`, async () => {
      const s = await scenario({ baseFiles: BASE, headChanges: { 'README.md': 'docs only\n' } });
      const run = await s.run(pullRequestEvent({ repo: s.repo }), { nodeBinary });
      const body = expectGate(s, run, 'unchanged', true, release);
      expect(verdictLineOf(body)).toBe(
        '✅ **unchanged** — this PR matches the attestation accepted on `main`',
      );
      expect(body).toContain(checkedByAccepted);
      expect(body).not.toContain('Release upgrade');
      expect(run.outputs['attestation-hash']).toBe(run.outputs['accepted-hash']);
      expect(run.outputs.changed).toBe('[]');
    });
  }

  it('findings: a denied MCP server added on the head fails, with the finding in comment and check run', async () => {
    const s = await scenario({
      baseFiles: BASE,
      headChanges: {
        'openclaw.json': exampleConfigWith({ shell: { command: 'bash', args: ['-lc'] } }, example),
      },
    });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    const body = expectGate(s, run, 'findings', false, release);
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

  it(`stale (proposed): the PR re-accepted, then changed ${TOOLS} again without re-accepting`, async () => {
    const s = await scenario({
      baseFiles: BASE,
      headChanges: [
        { [TOOLS]: TOOLS_PLUS, 'policy.attestation.json': PLUS_ATTESTATION },
        { [TOOLS]: withTool('### purge_cache risk:low sensitivity:internal owner:@ops', TOOLS_PLUS) },
      ],
    });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    const body = expectGate(s, run, 'stale', false, release);
    expect(verdictLineOf(body)).toContain(
      "the attestation file on this PR does not attest the PR's current state",
    );
    expect(body).toContain('Stale attestation file** (proposed on this PR)');
    expect(body).toContain(`recorded hash: ${JSON.parse(PLUS_ATTESTATION).attestation.attestationHash}`);
    expect(body).toContain(`current state: ${run.outputs['attestation-hash']}`);
    expect(body).toContain(
      release === '2026.9.6' ? 'npx policy-gate accept' : 'npx policy-gate accept --openclaw 2026.5.20',
    );
    expect(body).toContain(releaseLine(release, 'proposed'));
  });

  it('stale (proposed): the PR changes the attestation file to one of another state', async () => {
    const s = await scenario({
      baseFiles: BASE,
      headChanges: { 'policy.attestation.json': PLUS_ATTESTATION },
    });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    const body = expectGate(s, run, 'stale', false, release);
    expect(body).toContain('Stale attestation file** (proposed on this PR)');
    expect(run.outputs['attestation-hash']).toBe(run.outputs['accepted-hash']);
  });

  it('stale (proposed): the PR deletes the attestation file — said so, never a pass', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: { 'policy.attestation.json': null } });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    const body = expectGate(s, run, 'stale', false, release);
    expect(body).toContain('this pull request deletes the attestation file');
    expect(body).toContain('recorded hash: (none)');
  });

  it(`stale (accepted): main changed ${TOOLS} after acceptance without re-accepting`, async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: { 'README.md': 'docs only\n' } });
    s.repo.commit('main', { [TOOLS]: TOOLS_PLUS }, `change ${TOOLS} without re-accepting`);
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    const body = expectGate(s, run, 'stale', false, release);
    expect(verdictLineOf(body)).toContain(
      "the attestation accepted on `main` no longer attests `main`'s own files",
    );
    expect(body).toContain('(accepted on `main`)');
    expect(body).toContain(`recorded hash: ${run.outputs['accepted-hash']}`);
  });

  it(`drift: the head changes ${TOOLS} without touching the attestation`, async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: { [TOOLS]: TOOLS_PLUS } });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    const body = expectGate(s, run, 'drift', false, release);
    expect(verdictLineOf(body)).toContain(
      'the attestation on this PR differs from the one accepted on `main`',
    );
    expect(body).toContain('rotate-keys');
    expect(body).toContain(checkedByAccepted);
    expect(body).toContain('How to accept');
    expect(body).toContain(`# attestationHash: ${run.outputs['attestation-hash']}`);
    expect(run.outputs['attestation-hash']).toBe(JSON.parse(PLUS_ATTESTATION).attestation.attestationHash);
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
    expectGate(s, run, 'drift', false, release);
    expect(JSON.parse(run.outputs.changed ?? '')).toContain('policy');
  });

  it('drift: the head changes the OpenClaw config (another URL for an allowed MCP server)', async () => {
    const s = await scenario({
      baseFiles: BASE,
      headChanges: {
        'openclaw.json': exampleConfigWith({ github: { url: 'https://api.githubcopilot.com/mcp' } }, example),
      },
    });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    expectGate(s, run, 'drift', false, release);
    expect(JSON.parse(run.outputs.changed ?? '')).toContain('evidence');
  });

  it('reaccepted: a correct attestation re-proposed with no acceptors configured passes; nobody was required', async () => {
    const s = await scenario({
      baseFiles: BASE,
      headChanges: { [TOOLS]: TOOLS_PLUS, 'policy.attestation.json': PLUS_ATTESTATION },
    });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    const body = expectGate(s, run, 'reaccepted', true, release);
    expect(verdictLineOf(body)).toMatch(
      /^✅ \*\*reaccepted\*\* — this PR proposes a new attestation that matches its state/,
    );
    expect(body).toContain('not required: no acceptors are configured');
    expect(body).not.toContain('Release upgrade');
    expect(run.outputs['attestation-hash']).toBe(JSON.parse(PLUS_ATTESTATION).attestation.attestationHash);
    expect(run.outputs['attestation-hash']).not.toBe(run.outputs['accepted-hash']);
  });

  it('bootstrap: a base without an accepted attestation fails with instructions', async () => {
    const s = await scenario({ baseFiles: { ...EXAMPLE }, headChanges: { 'README.md': 'docs only\n' } });
    const run = await s.run(pullRequestEvent({ repo: s.repo }), { inputs: example.bootstrapInputs });
    const body = expectGate(s, run, 'bootstrap', false, release);
    expect(verdictLineOf(body)).toBe(
      '❌ **bootstrap** — `main` has no accepted attestation for this workspace yet',
    );
    expect(body).toContain('Add the first one in this PR');
    expect(body).toContain(releaseLine(release, release === '2026.9.6' ? 'default' : 'input'));
    expect(run.outputs['accepted-hash']).toBe('');
  });

  it('bootstrap: a PR adding a correct first attestation is reaccepted (its release told by its checksRun)', async () => {
    const s = await scenario({
      baseFiles: { ...EXAMPLE },
      headChanges: { 'policy.attestation.json': BASE['policy.attestation.json'] ?? '' },
    });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    const body = expectGate(s, run, 'reaccepted', true, release);
    expect(body).toContain(releaseLine(release, 'proposed'));
  });

  it('error: a hand-edited accepted attestation (hashes do not re-derive) is corrupt, never trusted', async () => {
    const edited = JSON.parse(BASE['policy.attestation.json'] ?? '{}');
    edited.evidence.tools[2].risk = 'low'; // deploy_preview, really high
    const s = await scenario({
      baseFiles: { ...EXAMPLE, 'policy.attestation.json': `${JSON.stringify(edited, null, 2)}\n` },
      headChanges: { 'README.md': 'docs only\n' },
    });
    const run = await s.run(pullRequestEvent({ repo: s.repo }), { inputs: example.bootstrapInputs });
    const body = expectGate(s, run, 'error', false);
    expect(verdictLineOf(body)).toMatch(/^⚠️ \*\*error\*\*/);
    expect(body).toContain('does not verify');
    expect(run.outputs['accepted-hash']).toBe('');
  });
});

describe.concurrent('mode: advisory', () => {
  const { base: BASE } = STATES['2026.9.6'];
  it('a drifting PR passes the job with a warning; the check run is neutral, the verdict output stays drift', async () => {
    const s = await scenario({
      baseFiles: BASE,
      headChanges: { 'AGENTS.md': EXAMPLES['2026.9.6'].toolsPlus },
    });
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
  const { base: BASE } = STATES['2026.9.6'];
  it('error: 500 on every GraphQL request gives an error verdict and exit 1, never a pass', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: { 'README.md': 'docs only\n' } });
    s.fake.injectFault({ pathPattern: '/graphql', status: 500, times: Infinity });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    const graphql = s.fake.requests.filter((r) => r.path === '/graphql');
    // The first read (the settings file) and its 3 retries; without settings, nothing else is read.
    expect(graphql.map((r) => r.status)).toEqual([500, 500, 500, 500]);
    expect(requestKinds(graphql)).toEqual(Array<string>(4).fill(READ_SETTINGS));
    const body = expectGate(s, run, 'error', false);
    expect(body).toContain('500');
    expect(run.outputs['attestation-hash']).toBe('');
  });
});
