import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/engine/check-report.js';
import type { AttestationFileState } from '../../src/gate/attestation-file.js';
import { attestationRelease, chooseReleases } from '../../src/gate/attestation-release.js';

const verified = (checksRun: unknown): AttestationFileState => ({
  state: 'verified',
  attestationHash: `sha256:${String(checksRun)}`,
  report: { checksRun } as unknown as CheckReport,
});
const OLD = verified(15);
const CURRENT = verified(68);
const choose = (
  input: '2026.9.6' | '2026.5.20' | undefined,
  accepted: AttestationFileState,
  proposed?: AttestationFileState,
) => chooseReleases({ input, accepted, proposed, attestationPath: 'policy.attestation.json' });

describe('attestationRelease: the release an attestation was written for, by checksRun', () => {
  it('15 is 2026.5.20, 68 is 2026.9.6, anything else is unknown', () => {
    expect(attestationRelease(OLD)).toEqual({ release: '2026.5.20' });
    expect(attestationRelease(CURRENT)).toEqual({ release: '2026.9.6' });
    expect(attestationRelease(verified(69))).toEqual({ unknownChecksRun: 69 });
    expect(attestationRelease({ state: 'absent' })).toEqual({ none: true });
    expect(attestationRelease({ state: 'corrupt', reason: 'x' })).toEqual({ none: true });
  });
});

describe('chooseReleases', () => {
  it('without an input, the accepted attestation decides; with none, the current release', () => {
    expect(choose(undefined, OLD)).toEqual({
      head: '2026.5.20',
      base: '2026.5.20',
      source: 'accepted attestation',
    });
    expect(choose(undefined, CURRENT)).toEqual({
      head: '2026.9.6',
      base: '2026.9.6',
      source: 'accepted attestation',
    });
    expect(choose(undefined, { state: 'absent' })).toEqual({
      head: '2026.9.6',
      base: '2026.9.6',
      source: 'default',
    });
  });

  it('a proposed attestation of another release is an upgrade; the base is still re-checked as accepted', () => {
    expect(choose(undefined, OLD, CURRENT)).toEqual({
      head: '2026.9.6',
      base: '2026.5.20',
      source: 'proposed attestation',
      upgrade: { from: '2026.5.20', to: '2026.9.6' },
    });
  });

  it('the input wins over every attestation, and a different accepted release is an upgrade', () => {
    expect(choose('2026.9.6', OLD, OLD)).toEqual({
      head: '2026.9.6',
      base: '2026.5.20',
      source: 'input',
      upgrade: { from: '2026.5.20', to: '2026.9.6' },
    });
    expect(choose('2026.5.20', OLD)).toEqual({ head: '2026.5.20', base: '2026.5.20', source: 'input' });
  });

  it('an attestation no supported release writes is a problem to fix (unless the input names the release)', () => {
    const odd = verified(20);
    expect(choose(undefined, odd).problem).toBe(
      'policy.attestation.json has checksRun 20, which no supported OpenClaw release writes (2026.9.6, 2026.5.20): regenerate it with `policy-gate accept --openclaw <release>`, or set the `openclaw-version` input.',
    );
    expect(choose('2026.9.6', odd).problem).toBeUndefined();
  });
});
