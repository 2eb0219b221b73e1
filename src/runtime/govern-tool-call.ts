// The governance layer over the runtime gate: the decision in the sidecar protocol's vocabulary
// (notes §2.4–2.5), and the accepted attestation enforced on top. Pure.
import type { AcceptedAttestation } from './accepted-attestation.js';
import { decideToolCall } from './decide-tool-call.js';
import type { PreparedWorkspace } from './prepare-workspace.js';
import { RULE_ADDRESS, type ReasonCode } from './reason-codes.js';
import type { Enforcement } from './runtime-switch.js';
import type {
  ApprovalRequest,
  RuntimeMetadata,
  ToolCallDecision,
  ToolDescriptor,
} from './tool-call-decision.js';

export type GovernanceAction = 'allow' | 'deny' | 'require_approval' | 'audit_only';

export interface GovernanceDecision {
  action: GovernanceAction;
  /** Notes §2.5: false exactly when the action is `deny`. */
  allowed: boolean;
  code: ReasonCode;
  reason: string;
  tool: string;
  toolId?: string;
  /** 2026.9.6: the agent whose settings were evaluated. */
  agentId?: string;
  policyId: string;
  ruleId: string;
  /** The tool's `oc://` source in TOOLS.md or AGENTS.md. */
  target?: string;
  /** `current`: the workspace now; `accepted`: the accepted file; `expected`: the config's lock. */
  attestation: { current?: string; accepted?: string; expected?: string };
  approval?: ApprovalRequest;
  metadata?: RuntimeMetadata;
  descriptor?: ToolDescriptor;
}

export interface GovernOptions {
  /** When given, enforcement is `always` and every call is denied unless the workspace matches it. */
  accepted?: AcceptedAttestation;
  /** Without `accepted`; default `as-configured`. */
  enforcement?: Enforcement;
  /** The gateway marked this call as needing approval: escalates an allow, never lowers anything. */
  callerRequiresApproval?: boolean;
}

/** Decides one call in the sidecar vocabulary. Never throws; deny always wins. */
export function governToolCall(
  workspace: PreparedWorkspace,
  toolName: string,
  options: GovernOptions = {},
): GovernanceDecision {
  const { accepted } = options;
  const decision = decideToolCall(workspace, toolName, {
    enforcement: accepted ? 'always' : (options.enforcement ?? 'as-configured'),
  });
  const current = workspace.kind === 'ready' ? workspace.check.attestationHash : undefined;
  const attestation: GovernanceDecision['attestation'] = {};
  if (current !== undefined) attestation.current = current;
  if (accepted?.state === 'verified') attestation.accepted = accepted.hash;
  const expected = workspace.kind === 'ready' ? workspace.metadata.attestation.expectedHash : undefined;
  if (expected !== undefined) attestation.expected = expected;

  const deny = (code: ReasonCode, reason: string, ruleId: string) =>
    governed('deny', { ...decision, code, reason, ruleId }, attestation);
  if (accepted?.state === 'invalid') {
    return deny(
      'accepted_attestation_invalid',
      `The accepted attestation cannot be used, so every tool call is denied: ${accepted.reason}`,
      RULE_ADDRESS.acceptedAttestation,
    );
  }
  if (accepted !== undefined && workspace.kind === 'ready' && current !== accepted.hash) {
    return deny(
      'attestation_stale',
      `The workspace's current policy attestation ${current} differs from the accepted attestation ${accepted.hash} (${accepted.path}): every tool call is denied until the change is reviewed and accepted again with \`policy-gate accept\`.`,
      RULE_ADDRESS.acceptedAttestation,
    );
  }
  switch (decision.outcome) {
    case 'block':
      return governed('deny', decision, attestation);
    case 'none':
      return governed('audit_only', decision, attestation);
    case 'require-approval':
      return governed('require_approval', decision, attestation);
    case 'allow':
      if (!options.callerRequiresApproval) return governed('allow', decision, attestation);
      return governed(
        'require_approval',
        {
          ...decision,
          code: 'caller_requires_approval',
          reason: `${toolName} requires approval because the gateway marked this call as needing approval.`,
          approval: {
            title: 'Review policy-governed tool',
            description: `${toolName} requires approval because the gateway marked this call as needing approval.`,
            severity: 'warning',
            allowedDecisions: ['allow-once', 'deny'],
          },
        },
        attestation,
      );
  }
}

function governed(
  action: GovernanceAction,
  decision: ToolCallDecision,
  attestation: GovernanceDecision['attestation'],
): GovernanceDecision {
  const { code, reason, tool, toolId, agentId, policyId, ruleId, approval, metadata, descriptor } = decision;
  return {
    action,
    allowed: action !== 'deny',
    code,
    reason,
    tool,
    ...(toolId === undefined ? {} : { toolId }),
    ...(agentId === undefined ? {} : { agentId }),
    policyId,
    ruleId,
    ...(metadata === undefined ? {} : { target: metadata.target }),
    attestation,
    // An approval request only accompanies the action that asks for one.
    ...(action === 'require_approval' && approval !== undefined ? { approval } : {}),
    ...(metadata === undefined ? {} : { metadata }),
    ...(descriptor === undefined ? {} : { descriptor }),
  };
}
