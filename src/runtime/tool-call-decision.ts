import type { CheckInput } from '../engine/check.js';
import type { ReleaseProfile } from '../engine/release-profile.js';
import type { ToolDeclaration, ToolEvidence } from '../engine/types.js';
import type { ReasonCode } from './reason-codes.js';

/** A workspace as read for the runtime gate: the check input plus the tool document, read always. */
export type RuntimeInput =
  | {
      kind: 'input';
      /** Exactly what `check` evaluates (so hashes match `check --json` and `accept`). */
      input: CheckInput;
      /**
       * The release's tool document as read ('' when missing): TOOLS.md (2026.5.20) or AGENTS.md
       * (2026.9.6). The tool descriptors, needed even when no metadata is required.
       */
      toolsMarkdown: string;
      /** Its governed tools, parsed once by the loader (2026.9.6: with their AGENTS.md sources). */
      toolDeclarations: readonly ToolDeclaration[];
      /** The release whose evaluation decides; absent means 2026.5.20. */
      profile?: ReleaseProfile;
      /** 2026.9.6: the agent whose workspace and settings were evaluated (normalised). */
      agentId?: string;
      /** 2026.9.6: the text of a TOOLS.md still in that workspace (migration pending). */
      legacyToolsMarkdown?: string;
    }
  /** SPEC.md §1: the OpenClaw config cannot be used. */
  | { kind: 'config-invalid'; error: string; configFile: string }
  /** A file the tool refuses to read (too big, outside the workspace, duplicate keys, …). */
  | { kind: 'unreadable'; reason: string };

/**
 * `none`: the gate is off and decides nothing (OpenClaw's `undefined`). The others are
 * OpenClaw's outcomes: let the call run, ask a person, or refuse it.
 */
export type ToolCallOutcome = 'none' | 'allow' | 'require-approval' | 'block';

export interface ApprovalRequest {
  title: 'Review undeclared tool' | 'Review policy-governed tool';
  description: string;
  severity: 'warning' | 'critical';
  allowedDecisions: ['allow-once', 'deny'];
}

/** SPEC.md §6: what every approval and block carries, keys in this order. */
export interface RuntimeMetadata {
  source: 'policy';
  policy: { path: string; hash?: string; expectedHash?: string };
  workspace: { scope: 'policy'; hash: string };
  attestation: { hash: string; expectedHash?: string };
  /** The tool's `oc://` source in TOOLS.md or AGENTS.md (where it is, or would be, declared). */
  target: string;
}

/** A tool as TOOLS.md (SPEC.md §3.3) or AGENTS.md declares it: the tools family's evidence entry. */
export type ToolDescriptor = ToolEvidence;

export interface ToolCallDecision {
  outcome: ToolCallOutcome;
  code: ReasonCode;
  /** The tool name as requested. */
  tool: string;
  /** Its TOOLS.md/AGENTS.md id (the heading slug of the name); absent when the name slugs to nothing. */
  toolId?: string;
  /** 2026.9.6: the agent whose settings were evaluated. */
  agentId?: string;
  /** The block reason, the approval description, or why the call may run. */
  reason: string;
  /** `oc://` address of the policy document. */
  policyId: string;
  /** `oc://` address of the requirement that decided. */
  ruleId: string;
  approval?: ApprovalRequest;
  /** Absent only when the workspace could not be read at all (no hashes exist). */
  metadata?: RuntimeMetadata;
  /** The TOOLS.md or AGENTS.md declaration the decision used. */
  descriptor?: ToolDescriptor;
}

/** OpenClaw's trusted-tool-policy result shape, for hosts that speak it. */
export type OpenClawToolDecision =
  | undefined
  | { block: true; blockReason: string }
  | { requireApproval: ApprovalRequest & { metadata?: RuntimeMetadata } };

export function toOpenClawDecision(decision: ToolCallDecision): OpenClawToolDecision {
  switch (decision.outcome) {
    case 'none':
    case 'allow':
      return undefined;
    case 'block':
      return { block: true, blockReason: decision.reason };
    case 'require-approval': {
      const approval = decision.approval!;
      return {
        requireApproval: {
          title: approval.title,
          description: approval.description,
          severity: approval.severity,
          ...(decision.metadata ? { metadata: decision.metadata } : {}),
          allowedDecisions: approval.allowedDecisions,
        },
      };
    }
  }
}
