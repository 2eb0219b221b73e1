// The runtime library's decision, in the shape OpenClaw's tool-call policies return (its
// docs/plugins/hooks/tool-policy.md, `BeforeToolCallResult`): nothing to let the call run,
// `{ block, blockReason }` to refuse it, `{ requireApproval }` to ask a person through OpenClaw's
// own approval flow. The same shape serves the trusted tool policy and the before_tool_call hook.
// Pure.
import { configAddress } from '../engine/oc-path.js';
import type { GovernanceDecision } from '../runtime/govern-tool-call.js';
import type { ReasonCode } from '../runtime/reason-codes.js';
import { PLUGIN_ID } from './plugin-settings.js';

export interface ApprovalRequestResult {
  /** OpenClaw stamps it on hook results itself, but not on trusted-policy ones. */
  pluginId: string;
  title: string;
  description: string;
  severity: 'info' | 'warning' | 'critical';
  allowedDecisions: Array<'allow-once' | 'allow-always' | 'deny'>;
}

/** Undefined lets the call run (OpenClaw has no explicit "allow": only a block is terminal). */
export type ToolPolicyResult =
  undefined | { block: true; blockReason: string } | { requireApproval: ApprovalRequestResult };

export function toolPolicyResult(decision: GovernanceDecision): ToolPolicyResult {
  switch (decision.action) {
    case 'allow':
    case 'audit_only':
      return undefined;
    case 'deny':
      return { block: true, blockReason: blockReasonOf(decision) };
    case 'require_approval': {
      const approval = decision.approval;
      // An approval without its request would be a bug upstream: refuse rather than run unasked.
      if (approval === undefined)
        return { block: true, blockReason: blockReasonOf({ ...decision, code: 'decision_error' }) };
      return {
        requireApproval: {
          pluginId: PLUGIN_ID,
          title: approval.title,
          description: `${approval.description} (${PLUGIN_ID}: ${decision.code}; ${attestationText(decision)})`,
          severity: approval.severity,
          allowedDecisions: [...approval.allowedDecisions],
        },
      };
    }
  }
}

/**
 * What an operator (and the model) reads when a call is refused: who refused, the tool, the
 * runtime's reason, then the reason code, both attestation hashes and the rule that decided.
 */
export function blockReasonOf(decision: GovernanceDecision): string {
  return `${PLUGIN_ID} blocked '${decision.tool}': ${decision.reason} [${decision.code}; ${attestationText(decision)}; rule ${decision.ruleId}]`;
}

function attestationText(decision: GovernanceDecision): string {
  const { current, accepted, expected } = decision.attestation;
  const parts = [`current attestation ${current ?? 'unknown'}`, `accepted ${accepted ?? 'unknown'}`];
  if (expected !== undefined && expected !== accepted) parts.push(`config lock ${expected}`);
  return parts.join(', ');
}

/** Settings, the release, and every failure around the runtime library block with one of these. */
export interface FailClosed {
  code: Extract<ReasonCode, 'config_invalid' | 'decision_error'>;
  reason: string;
  /** The setting to change, when one is to blame. */
  setting?: string;
}

/** A deny for every call, in the runtime's vocabulary, for a failure outside its decisions. */
export function failClosedDecision(tool: string, failure: FailClosed): GovernanceDecision {
  return {
    action: 'deny',
    allowed: false,
    code: failure.code,
    reason: failure.reason,
    tool,
    policyId: 'oc://policy',
    ruleId:
      failure.setting === undefined
        ? 'oc://policy/runtime'
        : configAddress('plugins', 'entries', PLUGIN_ID, 'config', failure.setting),
    attestation: {},
  };
}
