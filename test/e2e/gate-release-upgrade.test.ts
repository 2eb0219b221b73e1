// Issue 11: moving a workspace from OpenClaw 2026.5.20 to 2026.9.6. The base accepted the
// 2026.5.20 example (TOOLS.md, a 15-check attestation); the pull request migrates TOOLS.md into
// AGENTS.md's `## Tools` section and enables the policy plugin, as 2026.9.6 needs. Proposing a
// 68-check attestation is a release upgrade: shown as such and accepted like any proposal. Asking
// for 2026.9.6 with the `openclaw-version` input without proposing one is drift, with the steps
// to upgrade.
import { describe, expect, it } from 'vitest';
import { pullRequestEvent, pullRequestReviewEvent } from './harness/event-payloads.js';
import {
  cleanUpAfterAll,
  EXAMPLES,
  ownComments,
  releaseLine,
  scenario,
  verdictLineOf,
  withAttestation,
} from './gate-scenario.js';

cleanUpAfterAll();

const OLDER = EXAMPLES['2026.5.20'].files;
const BASE = await withAttestation(OLDER, '.', '2026.5.20');

/** The 2026.5.20 example as 2026.9.6 reads it: its tools in AGENTS.md, the policy plugin enabled. */
const MIGRATED: Record<string, string> = {
  'AGENTS.md': (OLDER['TOOLS.md'] ?? '').replace('# Workspace notes', '# Agents'),
  'openclaw.json': `${JSON.stringify(
    { plugins: { entries: { policy: { enabled: true } } }, ...JSON.parse(OLDER['openclaw.json'] ?? '{}') },
    null,
    2,
  )}\n`,
};
/** What the pull request changes: TOOLS.md gone, the migrated files in. */
const MIGRATION: Record<string, string | null> = { 'TOOLS.md': null, ...MIGRATED };
/** The workspace after the migration (the 2026.5.20 example is these three files and TOOLS.md). */
const UPGRADED_FILES = { 'policy.jsonc': OLDER['policy.jsonc'] ?? '', ...MIGRATED };
const UPGRADED = await withAttestation(UPGRADED_FILES, '.', '2026.9.6');
const UPGRADED_ATTESTATION = UPGRADED['policy.attestation.json'] ?? '';
const UPGRADE_LINE =
  '**Release upgrade** `2026.5.20` → `2026.9.6`. This PR moves the accepted attestation from OpenClaw `2026.5.20` to `2026.9.6`: a release upgrade, which needs acceptance like any proposal.';

describe.concurrent('a release upgrade, OpenClaw 2026.5.20 → 2026.9.6', () => {
  it('the attestations tell the releases: base 15 checks, proposal 68', () => {
    expect(Object.keys(OLDER).sort()).toEqual(['TOOLS.md', 'openclaw.json', 'policy.jsonc']);
    expect(JSON.parse(BASE['policy.attestation.json'] ?? '').checksRun).toBe(15);
    expect(JSON.parse(UPGRADED_ATTESTATION)).toMatchObject({ ok: true, checksRun: 68, findings: [] });
  });

  it('a PR that migrates TOOLS.md into AGENTS.md and proposes a 68-check attestation: "Release upgrade", awaiting an acceptor, then accepted', async () => {
    const s = await scenario({
      baseFiles: BASE,
      headChanges: { ...MIGRATION, 'policy.attestation.json': UPGRADED_ATTESTATION },
    });
    const run = await s.run(pullRequestEvent({ repo: s.repo }), { inputs: { acceptors: 'alice' } });
    expect(run.stderr).toBe('');
    expect(run.outputs).toMatchObject({
      verdict: 'awaiting-acceptance',
      'openclaw-version': '2026.9.6',
      'attestation-hash': JSON.parse(UPGRADED_ATTESTATION).attestation.attestationHash,
      'accepted-hash': JSON.parse(BASE['policy.attestation.json'] ?? '').attestation.attestationHash,
    });
    expect(run.exitCode).toBe(1);
    const body = ownComments(s.fake)[0]?.body ?? '';
    expect(verdictLineOf(body)).toBe(
      '⏳ **awaiting-acceptance** — everything else holds, but this PR needs an approval by an acceptor on this commit: this pull request proposes a new attestation (and 2 more reasons)',
    );
    expect(body).toContain(`${releaseLine('2026.9.6', 'proposed')}\n\n${UPGRADE_LINE}`);
    expect(body).toContain(
      '  - this pull request moves the accepted attestation from OpenClaw 2026.5.20 to 2026.9.6\n' +
        '  - this pull request changes 1 guarded setting(s) the attestation does not cover (plugins.entries.policy.enabled)\n',
    );
    // The same tools, read from another document: nothing downgraded, nothing removed.
    expect(body).not.toContain('Tool changes');
    expect(body).not.toContain('Policy weakened');
    expect(s.fake.state.checkRuns.at(-1)).toMatchObject({ conclusion: 'failure' });

    s.fake.addReview({ user: 'alice', state: 'APPROVED', commitId: s.repo.headSha });
    const approved = await s.run(
      pullRequestReviewEvent({ repo: s.repo, action: 'submitted', reviewer: 'alice' }),
      { inputs: { acceptors: 'alice' } },
    );
    expect(approved.outputs.verdict).toBe('reaccepted');
    expect(approved.exitCode).toBe(0);
    const accepted = ownComments(s.fake)[0]?.body ?? '';
    expect(verdictLineOf(accepted)).toBe(
      '✅ **reaccepted** — this PR proposes a new attestation, accepted by `alice`',
    );
    expect(accepted).toContain(UPGRADE_LINE);
    expect(accepted).toContain(
      '🟢 Turned green: this PR was **awaiting-acceptance** on an earlier commit and passes now.',
    );
    expect(s.fake.state.checkRuns.at(-1)).toMatchObject({ headSha: s.repo.headSha, conclusion: 'success' });
    expect(s.fake.violations).toEqual([]);
  });

  it('openclaw-version: 2026.9.6 on a base accepted under 2026.5.20, nothing re-proposed: drift, with the steps to upgrade', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: MIGRATION });
    const run = await s.run(pullRequestEvent({ repo: s.repo }), {
      inputs: { 'openclaw-version': '2026.9.6' },
    });
    expect(run.stderr).toBe('');
    expect(run.outputs).toMatchObject({
      verdict: 'drift',
      'openclaw-version': '2026.9.6',
      // The head's state is exactly the one the upgrade would propose.
      'attestation-hash': JSON.parse(UPGRADED_ATTESTATION).attestation.attestationHash,
    });
    expect(run.exitCode).toBe(1);
    const body = ownComments(s.fake)[0]?.body ?? '';
    expect(verdictLineOf(body)).toContain(
      'the attestation on this PR differs from the one accepted on `main`',
    );
    expect(body).toContain(
      `${releaseLine('2026.9.6', 'input')}\n\n**Release upgrade** \`2026.5.20\` → \`2026.9.6\`. The attestation accepted on the base is for OpenClaw \`2026.5.20\`, so the head's \`2026.9.6\` attestation cannot match it. To upgrade, run the command under **How to accept** and commit the attestation file: the upgrade is then reviewed and accepted like any proposal.`,
    );
    expect(body).toContain('```sh\nnpx policy-gate accept\n# writes policy.attestation.json\n');
    expect(body).toContain(`# attestationHash: ${run.outputs['attestation-hash']}`);
    expect(s.fake.state.checkRuns.at(-1)).toMatchObject({ conclusion: 'failure' });
    expect(s.fake.violations).toEqual([]);
  });
});
