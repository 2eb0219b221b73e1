import { configAddress } from '../engine/oc-path.js';

/**
 * Why a tool call was decided the way it was. A closed list, so gateways and dashboards can
 * branch on it; the human `reason` text beside it may change, the code may not.
 */
export type ReasonCode =
  /** Declared (or undeclared while no metadata is required) and nothing calls for approval. */
  | 'allowed'
  /** The runtime gate is switched off in the OpenClaw config: no policy decision was made. */
  | 'runtime_gate_off'
  /** Policy requires tool metadata, but the tool is not declared in TOOLS.md. */
  | 'undeclared_tool'
  /** Risk `critical` or capability `IRREVERSIBLE_EXTERNAL`. */
  | 'approval_required'
  /** The gateway itself marked the call as needing approval (escalate-only, sidecar). */
  | 'caller_requires_approval'
  | 'workspace_unreadable'
  | 'config_invalid'
  | 'policy_missing'
  | 'policy_unparseable'
  | 'policy_malformed'
  /** `expectedHash` is set and the policy differs from it. */
  | 'policy_hash_mismatch'
  /** `expectedAttestationHash` is set in the config and the current attestation differs. */
  | 'attestation_hash_mismatch'
  | 'metadata_missing'
  | 'metadata_unknown'
  /** The decision itself threw: failed closed. */
  | 'decision_error'
  /** The accepted attestation file is missing, unreadable, or does not verify. */
  | 'accepted_attestation_invalid'
  /** The workspace's current attestation differs from the accepted attestation file. */
  | 'attestation_stale'
  /** The sidecar saw the workspace change and could not read a settled state in time. */
  | 'workspace_unsettled';

/** `oc://` addresses of the requirements a decision cites as its `ruleId`. */
export const RULE_ADDRESS = {
  runtimeToolPolicy: configAddress('plugins', 'entries', 'policy', 'config', 'runtimeToolPolicy'),
  expectedHash: configAddress('plugins', 'entries', 'policy', 'config', 'expectedHash'),
  expectedAttestationHash: configAddress('plugins', 'entries', 'policy', 'config', 'expectedAttestationHash'),
  config: 'oc://openclaw.config',
  acceptedAttestation: 'oc://policy/attestation/accepted',
  workspace: 'oc://policy/workspace',
  runtime: 'oc://policy/runtime',
} as const;
