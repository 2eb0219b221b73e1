import { hashOf } from '../engine/canonical-json.js';
import { attestationHashOf } from '../engine/check.js';
import type { CheckReport } from '../engine/check-report.js';
import { ATTESTATION_HASH_MISMATCH, attestedShape } from '../engine/findings.js';
import { isRecord } from '../engine/record.js';
import type { Finding } from '../engine/types.js';

/** An attestation file (a saved `check --json` report) as found on a branch. */
export type AttestationFileState =
  | { state: 'absent' }
  /** Present but not trustworthy: unparseable, wrong shape, or hashes that do not re-derive. */
  | { state: 'corrupt'; reason: string }
  | { state: 'verified'; report: CheckReport; attestationHash: string };

/**
 * Trusts an attestation file only when its hashes re-derive from its own content: the evidence
 * hashes to `workspace.hash`, the findings to `findingsHash`, and the four parts to
 * `attestationHash`. A hand-edited file (say, a finding deleted) therefore never verifies.
 */
export function verifyAttestationFile(value: unknown, path: string): AttestationFileState {
  const corrupt = (why: string): AttestationFileState => ({ state: 'corrupt', reason: `${path} ${why}` });
  if (!isRecord(value)) return corrupt('is not a policy check --json report (not an object).');
  const { attestation, evidence, findings, ok } = value;
  if (typeof ok !== 'boolean' || !isRecord(attestation) || !isRecord(evidence) || !Array.isArray(findings)) {
    return corrupt('is not a policy check --json report (needs ok, attestation, evidence and findings).');
  }
  const recorded = recordedHashes(attestation);
  if (typeof recorded === 'string') return corrupt(recorded);
  const { workspaceHash, policyHash, findingsHash, attestationHash } = recorded;
  if (!findings.every(isFindingShaped)) return corrupt('has findings that are not policy findings.');
  if (findings.some((f) => f.checkId === ATTESTATION_HASH_MISMATCH)) {
    return corrupt(
      'was written while an expectedAttestationHash lock did not match, so its findings are not the attested ones. Regenerate it with `policy-gate accept`.',
    );
  }
  if (hashOf(evidence) !== workspaceHash)
    return corrupt(`does not verify: its evidence hashes to ${hashOf(evidence)}, not ${workspaceHash}.`);
  const derivedFindings = hashOf(findings.map(attestedShape));
  if (derivedFindings !== findingsHash) {
    return corrupt(
      `does not verify: its findings hash to ${derivedFindings}, not ${findingsHash} (was it written with --severity-min, or edited?).`,
    );
  }
  const derived = attestationHashOf({ ok: findings.length === 0, policyHash, workspaceHash, findingsHash });
  if (derived !== attestationHash)
    return corrupt(`does not verify: its parts hash to ${derived}, not ${attestationHash}.`);
  return { state: 'verified', report: value as unknown as CheckReport, attestationHash };
}

function isFindingShaped(value: unknown): value is Finding {
  return (
    isRecord(value) &&
    typeof value.checkId === 'string' &&
    typeof value.message === 'string' &&
    typeof value.severity === 'string'
  );
}

/**
 * What `diff` can check of a saved `check --json` report: a report without an attestation
 * (config-invalid) has nothing to verify; one written while an expectedAttestationHash lock did
 * not match shows other findings than it attests, so only its evidence and the attestation's
 * own parts are checked; any other report must verify completely. Returns the problem, if any.
 */
export function reportVerificationProblem(value: unknown, path: string): string | undefined {
  if (!isRecord(value) || value.attestation === undefined) return undefined;
  const findings = Array.isArray(value.findings) ? value.findings : [];
  const locked = findings.some((f) => isRecord(f) && f.checkId === ATTESTATION_HASH_MISMATCH);
  if (!locked) {
    const state = verifyAttestationFile(value, path);
    return state.state === 'corrupt' ? state.reason : undefined;
  }
  const recorded = recordedHashes(isRecord(value.attestation) ? value.attestation : {});
  if (typeof recorded === 'string') return `${path} ${recorded}`;
  const { workspaceHash, policyHash, findingsHash, attestationHash } = recorded;
  if (hashOf(value.evidence) !== workspaceHash)
    return `${path} does not verify: its evidence hashes to ${hashOf(value.evidence)}, not ${workspaceHash}.`;
  // The attested findings are not in the file, but whether there were any is: H([]) or not.
  const ok = findingsHash === hashOf([]);
  const derived = attestationHashOf({ ok, policyHash, workspaceHash, findingsHash });
  return derived === attestationHash
    ? undefined
    : `${path} does not verify: its parts hash to ${derived}, not ${attestationHash}.`;
}

/** The hashes an attestation records, or what is wrong with them. */
function recordedHashes(
  attestation: Record<string, unknown>,
):
  | { workspaceHash: string; policyHash: string | undefined; findingsHash: string; attestationHash: string }
  | string {
  const workspaceHash = isRecord(attestation.workspace) ? attestation.workspace.hash : undefined;
  const policyHash = isRecord(attestation.policy) ? attestation.policy.hash : undefined;
  const { findingsHash, attestationHash } = attestation;
  if (
    typeof workspaceHash !== 'string' ||
    typeof findingsHash !== 'string' ||
    typeof attestationHash !== 'string'
  ) {
    return 'has no workspace hash, findings hash or attestation hash.';
  }
  if (policyHash !== undefined && typeof policyHash !== 'string')
    return 'has a policy hash that is not a string.';
  return { workspaceHash, policyHash, findingsHash, attestationHash };
}
