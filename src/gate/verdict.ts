import type { Verdict } from './report.js';
import type { AttestationFileState } from './attestation-file.js';

/** The states GATE.md compares, already read and evaluated. */
export interface GateStates {
  /** The engine on the head: its attestation hash and whether it has attested findings. */
  candidate: { attestationHash: string | undefined; attestedFindings: number };
  /** The attestation file as the base commit has it. */
  accepted: AttestationFileState;
  /** The engine on the base commit's own files (undefined when not evaluated, e.g. no base). */
  baseCurrentHash: string | undefined;
  /** The attestation file as the head has it, when the pull request changed it. */
  proposed: AttestationFileState | undefined;
  /** Whether the acceptance rule holds (approval by an acceptor on the head SHA, or none needed). */
  acceptanceSatisfied: boolean;
  /** Policy weakenings or risk downgrades: they need acceptance whatever the attestation says. */
  needsAcceptanceAnyway: boolean;
  /** Anything that could not be read or evaluated. */
  error?: string;
  /** Problems outside the attestation that block like findings (e.g. a channel routed to a denied provider). */
  problems?: readonly string[];
}

export interface VerdictDecision {
  verdict: Verdict;
  passed: boolean;
  reason?: string;
  staleFile?: 'proposed' | 'accepted';
}

/** GATE.md's verdict table, first match wins. Pure; every branch is covered by tests. */
export function verdictFor(states: GateStates): VerdictDecision {
  const { candidate, accepted, proposed } = states;
  if (states.error !== undefined) return { verdict: 'error', passed: false, reason: states.error };
  if (accepted.state === 'corrupt') return { verdict: 'error', passed: false, reason: accepted.reason };
  if (candidate.attestationHash === undefined) {
    return {
      verdict: 'error',
      passed: false,
      reason: 'the head has no attestation (its OpenClaw config does not parse).',
    };
  }
  if (candidate.attestedFindings > 0) return { verdict: 'findings', passed: false };
  if (states.problems !== undefined && states.problems.length > 0)
    return { verdict: 'findings', passed: false, reason: states.problems.join('\n') };

  const acceptedHash = accepted.state === 'verified' ? accepted.attestationHash : undefined;
  // A proposal is a changed attestation file whose hash differs from the accepted one.
  const proposal =
    proposed !== undefined && !(proposed.state === 'verified' && proposed.attestationHash === acceptedHash)
      ? proposed
      : undefined;
  if (
    proposal !== undefined &&
    !(proposal.state === 'verified' && proposal.attestationHash === candidate.attestationHash)
  ) {
    return {
      verdict: 'stale',
      passed: false,
      staleFile: 'proposed',
      reason:
        proposal.state === 'corrupt'
          ? proposal.reason
          : proposal.state === 'absent'
            ? 'this pull request deletes the attestation file; merging it would leave the base branch without an accepted attestation. Restore the file (or regenerate it with `policy-gate accept`) and commit it.'
            : undefined,
    };
  }
  // A stale base blocks every PR except one that re-proposes a correct attestation (its fix).
  if (
    acceptedHash !== undefined &&
    proposal === undefined &&
    states.baseCurrentHash !== undefined &&
    states.baseCurrentHash !== acceptedHash
  ) {
    return { verdict: 'stale', passed: false, staleFile: 'accepted' };
  }
  if (acceptedHash !== undefined && proposal === undefined && candidate.attestationHash !== acceptedHash) {
    return { verdict: 'drift', passed: false };
  }
  if (proposal !== undefined) {
    return states.acceptanceSatisfied
      ? { verdict: 'reaccepted', passed: true }
      : { verdict: 'awaiting-acceptance', passed: false };
  }
  if (acceptedHash !== undefined) {
    if (states.needsAcceptanceAnyway && !states.acceptanceSatisfied)
      return { verdict: 'awaiting-acceptance', passed: false };
    return { verdict: 'unchanged', passed: true };
  }
  return { verdict: 'bootstrap', passed: false };
}
