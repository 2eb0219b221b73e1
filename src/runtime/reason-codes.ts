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
  /**
   * The workspace's current attestation differs from the accepted attestation file, or (sidecar)
   * the tool declarations changed since it was accepted while the attestation does not cover them.
   */
  | 'attestation_stale'
  /** The sidecar saw the workspace change and could not read a settled state in time. */
  | 'workspace_unsettled'
  /** Sidecar: the request body is over the size limit; the call was not evaluated. */
  | 'request_too_large'
  /** Sidecar: the request is not JSON, not UTF-8, or not a decision request. */
  | 'request_malformed'
  /** Sidecar: the request body did not arrive in time. */
  | 'request_timeout'
  /** 2026.9.6: TOOLS.md awaits migration into AGENTS.md's `## Tools` section; every call blocks. */
  | 'tools_md_migration_required'
  /** 2026.9.6: the evaluated agent's `tools.deny` (global and its own) denies the tool. */
  | 'tool_denied_by_config'
  | PostureReasonCode;

/**
 * 2026.9.6: a finding of the check that bears on the call (posture-rules.ts), one code per check
 * id: the id without `policy/`, `-` → `_`.
 */
export type PostureReasonCode =
  | 'tools_profile_unapproved'
  | 'tools_fs_workspace_only_required'
  | 'tools_exec_security_unapproved'
  | 'tools_exec_ask_unapproved'
  | 'tools_exec_host_unapproved'
  | 'tools_elevated_enabled'
  | 'tools_also_allow_unexpected'
  | 'tools_required_deny_missing'
  | 'agents_workspace_access_denied'
  | 'agents_tool_not_denied'
  | 'sandbox_mode_unapproved'
  | 'sandbox_backend_unapproved'
  | 'sandbox_container_posture_unobservable'
  | 'sandbox_container_host_network_denied'
  | 'sandbox_container_namespace_join_denied'
  | 'sandbox_container_mount_mode_required'
  | 'sandbox_container_runtime_socket_mount'
  | 'sandbox_container_unconfined_profile'
  | 'sandbox_browser_cdp_source_range_missing'
  | 'exec_approvals_missing'
  | 'exec_approvals_invalid'
  | 'exec_approvals_default_security_unapproved'
  | 'exec_approvals_agent_security_unapproved'
  | 'exec_approvals_auto_allow_skills_enabled'
  | 'exec_approvals_allowlist_unexpected';

/** `oc://` addresses of the requirements a decision cites as its `ruleId`. */
export const RULE_ADDRESS = {
  runtimeToolPolicy: configAddress('plugins', 'entries', 'policy', 'config', 'runtimeToolPolicy'),
  /** 2026.9.6: the plugin entry whose enablement switches the gate on (no `runtimeToolPolicy`). */
  policyPlugin: configAddress('plugins', 'entries', 'policy'),
  /** 2026.9.6: a TOOLS.md with tool declarations while no metadata is required (no policy rule). */
  legacyTools: 'oc://TOOLS.md/tools',
  expectedHash: configAddress('plugins', 'entries', 'policy', 'config', 'expectedHash'),
  expectedAttestationHash: configAddress('plugins', 'entries', 'policy', 'config', 'expectedAttestationHash'),
  config: 'oc://openclaw.config',
  acceptedAttestation: 'oc://policy/attestation/accepted',
  workspace: 'oc://policy/workspace',
  runtime: 'oc://policy/runtime',
  /** Sidecar: a request that could not be evaluated. */
  request: 'oc://policy/runtime/request',
} as const;
