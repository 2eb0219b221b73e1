import type { AcceptedAttestation } from './accepted-attestation.js';
import {
  declarationsChangedDecision,
  declarationsChangedReadiness,
  declarationsChangedReason,
  toolDeclarationsFingerprint,
} from './accepted-declarations.js';
import { governToolCall, type GovernanceDecision } from './govern-tool-call.js';
import { prepareRuntimeWorkspace, type PreparedWorkspace } from './prepare-workspace.js';
import { RULE_ADDRESS } from './reason-codes.js';
import type { ReadPass } from './workspace-files.js';

/** What `/readyz` reports. */
export interface Readiness {
  ready: boolean;
  code:
    | 'ready'
    | 'workspace_unsettled'
    | 'accepted_attestation_invalid'
    | 'workspace_unreadable'
    | 'config_invalid'
    | 'decision_error'
    | 'attestation_stale';
  reason: string;
  attestation: { current?: string; accepted?: string };
}

export interface CallRequest {
  toolName: string;
  callerRequiresApproval: boolean;
}

/** A decision and its serialised JSON body (computed once per snapshot, tool and escalation). */
export interface Answer {
  decision: GovernanceDecision;
  json: string;
}

/** One settled (or unsettled) view of the workspace; immutable once published. */
export interface SidecarSnapshot {
  /** False for the deny-everything snapshot published while the files will not hold still. */
  settled: boolean;
  /** The monitor's change counter when the final read began: later notices make it out of date. */
  seq: number;
  /** Fingerprints of every file the snapshot was read from. */
  fingerprints: ReadonlyMap<string, string>;
  /** What the polled inputs held (the state database's exec-approvals row), re-read on every poll. */
  polled: ReadonlyMap<string, string>;
  readiness: Readiness;
  answer(request: CallRequest): Answer;
}

// Answers are cached per tool name; names are caller input, so the cache is bounded.
const MAX_CACHED_ANSWERS = 8192;

/**
 * `acceptedDeclarations`: the fingerprint of the tool declarations held as accepted
 * (accepted-declarations.ts); when given and the pass's differ, every call is denied as stale.
 */
export function settledSnapshot(
  seq: number,
  pass: ReadPass,
  fingerprints: ReadonlyMap<string, string>,
  acceptedDeclarations?: string,
): SidecarSnapshot {
  const prepared = prepareRuntimeWorkspace(pass.input);
  const { accepted } = pass;
  const current = toolDeclarationsFingerprint(pass.input);
  const changed =
    acceptedDeclarations !== undefined && current !== undefined && current !== acceptedDeclarations
      ? declarationsChangedReason(pass.input, accepted.path)
      : undefined;
  const readiness = readinessOf(prepared, accepted);
  return {
    settled: true,
    seq,
    fingerprints,
    polled: pass.polled ?? new Map(),
    readiness: changed === undefined ? readiness : declarationsChangedReadiness(readiness, changed),
    answer: cachedAnswers((request) => {
      const decision = governToolCall(prepared, request.toolName, {
        accepted,
        callerRequiresApproval: request.callerRequiresApproval,
      });
      return changed === undefined ? decision : declarationsChangedDecision(decision, changed);
    }),
  };
}

/** Every call is denied: the files did not hold still long enough to be read. */
export function unsettledSnapshot(seq: number, reason: string, graceMs: number): SidecarSnapshot {
  const text = `The workspace changed and could not be read in a settled state within ${graceMs} ms (${reason}); every tool call is denied until it settles.`;
  return {
    settled: false,
    seq,
    fingerprints: new Map(),
    polled: new Map(),
    readiness: { ready: false, code: 'workspace_unsettled', reason: text, attestation: {} },
    answer: cachedAnswers((request) => ({
      action: 'deny',
      allowed: false,
      code: 'workspace_unsettled',
      reason: text,
      tool: request.toolName,
      policyId: 'oc://policy',
      ruleId: RULE_ADDRESS.workspace,
      attestation: {},
    })),
  };
}

function cachedAnswers(
  decide: (request: CallRequest) => GovernanceDecision,
): (request: CallRequest) => Answer {
  const cache = new Map<string, Answer>();
  return (request) => {
    const key = `${request.callerRequiresApproval ? 1 : 0}${request.toolName}`;
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const decision = decide(request);
    const answer = { decision, json: JSON.stringify(decision) };
    if (cache.size < MAX_CACHED_ANSWERS) cache.set(key, answer);
    return answer;
  };
}

/** Ready means: deciding from a workspace that matches the accepted attestation. */
export function readinessOf(prepared: PreparedWorkspace, accepted: AcceptedAttestation): Readiness {
  const attestation: Readiness['attestation'] = {};
  if (prepared.kind === 'ready') attestation.current = prepared.check.attestationHash;
  if (accepted.state === 'verified') attestation.accepted = accepted.hash;
  if (accepted.state === 'invalid')
    return { ready: false, code: 'accepted_attestation_invalid', reason: accepted.reason, attestation };
  if (prepared.kind === 'unusable') {
    const code =
      prepared.block.code === 'config_invalid' || prepared.block.code === 'workspace_unreadable'
        ? prepared.block.code
        : 'decision_error';
    return { ready: false, code, reason: prepared.block.reason, attestation };
  }
  if (attestation.current !== accepted.hash) {
    return {
      ready: false,
      code: 'attestation_stale',
      reason: `The workspace's current policy attestation ${attestation.current} differs from the accepted attestation ${accepted.hash} (${accepted.path}).`,
      attestation,
    };
  }
  return {
    ready: true,
    code: 'ready',
    reason: `The workspace matches the accepted attestation ${accepted.hash}.`,
    attestation,
  };
}
