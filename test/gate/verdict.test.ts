import { describe, expect, it } from 'vitest';
import { runPolicyCheck } from '../../src/engine/check.js';
import { checkReport } from '../../src/engine/check-report.js';
import { pluginSettings } from '../../src/engine/plugin-settings.js';
import { verifyAttestationFile, type AttestationFileState } from '../../src/gate/attestation-file.js';
import { verdictFor, type GateStates } from '../../src/gate/verdict.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary report fields to tamper with them
type Report = Record<string, any>;

function reportFor(
  config: Record<string, unknown>,
  policy: unknown = { mcp: { servers: { deny: ['shell'] } } },
) {
  const check = runPolicyCheck({
    name: { display: 'policy.jsonc', document: 'policy.jsonc' },
    policy: { state: 'parsed', value: policy },
    config,
    settings: pluginSettings(config),
  });
  return JSON.parse(
    JSON.stringify(checkReport(check, { checkedAt: '2026-11-21T00:00:00.000Z', policyPath: 'policy.jsonc' })),
  ) as Report;
}

const verified = (config: Record<string, unknown>): AttestationFileState =>
  verifyAttestationFile(reportFor(config), 'policy.attestation.json');
const hashOf = (state: AttestationFileState) =>
  state.state === 'verified' ? state.attestationHash : undefined;

describe('verifyAttestationFile', () => {
  it('verifies a real check report', () => {
    const state = verified({ channels: { slack: {} } });
    expect(state.state).toBe('verified');
  });

  it('rejects hand edits: evidence, findings, ok, hashes', () => {
    const report = reportFor({ mcp: { servers: { shell: { command: 'sh' } } } });
    const tamper = (edit: (r: Report) => void) => {
      const copy = structuredClone(report);
      edit(copy);
      return verifyAttestationFile(copy, 'policy.attestation.json');
    };
    expect(verifyAttestationFile(report, 'a.json').state).toBe('verified');
    expect(tamper((r) => (r.findings = []))).toMatchObject({
      state: 'corrupt',
      reason: expect.stringMatching(/^policy\.attestation\.json does not verify: its findings hash/),
    });
    expect(tamper((r) => (r.evidence.mcpServers = []))).toMatchObject({
      state: 'corrupt',
      reason: expect.stringMatching(/its evidence hashes to/),
    });
    expect(tamper((r) => (r.attestation.attestationHash = 'sha256:00'))).toMatchObject({
      reason: expect.stringMatching(/its parts hash to/),
    });
    expect(tamper((r) => (r.attestation.policy.hash = 'sha256:11'))).toMatchObject({
      reason: expect.stringMatching(/its parts hash to/),
    });
    expect(tamper((r) => delete r.attestation)).toMatchObject({
      state: 'corrupt',
      reason: expect.stringMatching(/needs ok, attestation/),
    });
    expect(verifyAttestationFile([], 'x.json')).toEqual({
      state: 'corrupt',
      reason: 'x.json is not a policy check --json report (not an object).',
    });
  });
});

describe('verdictFor (GATE.md, first match wins)', () => {
  const accepted = verified({ channels: { slack: {} } });
  const acceptedHash = hashOf(accepted) as string;
  const other = verified({ channels: { teams: {} } });
  const otherHash = hashOf(other) as string;
  const base: GateStates = {
    candidate: { attestationHash: acceptedHash, attestedFindings: 0 },
    accepted,
    baseCurrentHash: acceptedHash,
    proposed: undefined,
    acceptanceSatisfied: true,
    needsAcceptanceAnyway: false,
  };
  const verdict = (patch: Partial<GateStates>) => verdictFor({ ...base, ...patch });

  it('unchanged passes', () => expect(verdict({})).toEqual({ verdict: 'unchanged', passed: true }));
  it('error on read failures and corrupt accepted files', () => {
    expect(verdict({ error: 'GitHub API failed' })).toEqual({
      verdict: 'error',
      passed: false,
      reason: 'GitHub API failed',
    });
    expect(verdict({ accepted: { state: 'corrupt', reason: 'bad' } })).toEqual({
      verdict: 'error',
      passed: false,
      reason: 'bad',
    });
  });
  it('findings beat everything but errors', () => {
    expect(
      verdict({ candidate: { attestationHash: otherHash, attestedFindings: 2 }, proposed: other }),
    ).toEqual({ verdict: 'findings', passed: false });
  });
  it('stale when the proposed file does not attest the head', () => {
    expect(
      verdict({
        candidate: { attestationHash: otherHash, attestedFindings: 0 },
        proposed: verified({ channels: { x: {} } }),
      }),
    ).toMatchObject({
      verdict: 'stale',
      staleFile: 'proposed',
    });
    expect(verdict({ proposed: { state: 'corrupt', reason: 'edited' } })).toMatchObject({
      verdict: 'stale',
      staleFile: 'proposed',
      reason: 'edited',
    });
  });
  it('stale when the base changed without re-accepting, unless the PR re-proposes', () => {
    expect(verdict({ baseCurrentHash: otherHash })).toMatchObject({
      verdict: 'stale',
      staleFile: 'accepted',
      passed: false,
    });
    expect(
      verdict({
        baseCurrentHash: otherHash,
        candidate: { attestationHash: otherHash, attestedFindings: 0 },
        proposed: other,
      }),
    ).toEqual({
      verdict: 'reaccepted',
      passed: true,
    });
  });
  it('drift when the head moved without a proposal', () => {
    expect(verdict({ candidate: { attestationHash: otherHash, attestedFindings: 0 } })).toEqual({
      verdict: 'drift',
      passed: false,
    });
  });
  it('reaccepted passes only when acceptance holds', () => {
    const proposing = { candidate: { attestationHash: otherHash, attestedFindings: 0 }, proposed: other };
    expect(verdict(proposing)).toEqual({ verdict: 'reaccepted', passed: true });
    expect(verdict({ ...proposing, acceptanceSatisfied: false })).toEqual({
      verdict: 'awaiting-acceptance',
      passed: false,
    });
  });
  it('a touched file with the accepted hash is not a proposal', () => {
    expect(verdict({ proposed: accepted })).toEqual({ verdict: 'unchanged', passed: true });
  });
  it('bootstrap fails unless the PR adds a correct attestation', () => {
    expect(verdict({ accepted: { state: 'absent' }, baseCurrentHash: undefined })).toEqual({
      verdict: 'bootstrap',
      passed: false,
    });
    expect(
      verdict({
        accepted: { state: 'absent' },
        baseCurrentHash: otherHash,
        candidate: { attestationHash: otherHash, attestedFindings: 0 },
        proposed: other,
      }),
    ).toEqual({ verdict: 'reaccepted', passed: true });
  });
  it('weakening without a new attestation still needs acceptance', () => {
    expect(verdict({ needsAcceptanceAnyway: true, acceptanceSatisfied: false })).toMatchObject({
      verdict: 'awaiting-acceptance',
      passed: false,
    });
  });
  it('an unparseable head config is an error, never a pass', () => {
    expect(verdict({ candidate: { attestationHash: undefined, attestedFindings: 1 } })).toMatchObject({
      verdict: 'error',
      passed: false,
    });
  });
});
