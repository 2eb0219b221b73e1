// The runtime tool gate (SPEC.md §6): one tool call, decided from a prepared workspace. Pure.
// Order: gate off → no decision; the policy itself blocks (missing, unparseable, malformed,
// expectedHash, expectedAttestationHash — the last before any approval); undeclared tool while
// metadata is required → approval; required metadata missing or unknown → block; risk critical
// or IRREVERSIBLE_EXTERNAL → approval; else allow. Any exception becomes a block.
// 2026.9.6 adds the posture rules bearing on the call (posture-rules.ts), which win over the tool
// metadata decision when stricter (and on a tie): a block, or an approval the policy asks for.
import { KNOWN_RISKS, KNOWN_SENSITIVITIES } from '../engine/families/tools.js';
import { toolAddress } from '../engine/oc-path.js';
import { slugifyHeading } from '../engine/tools-markdown.js';
import type { PostureRule } from './posture-rules.js';
import { prepareRuntimeWorkspace, type PreparedWorkspace } from './prepare-workspace.js';
import { RULE_ADDRESS } from './reason-codes.js';
import type { Enforcement } from './runtime-switch.js';
import type {
  ApprovalRequest,
  RuntimeInput,
  RuntimeMetadata,
  ToolCallDecision,
  ToolDescriptor,
} from './tool-call-decision.js';

export interface DecideOptions {
  /** Default `as-configured` (OpenClaw's behaviour); see runtime-switch.ts. */
  enforcement?: Enforcement;
}

type Ready = Extract<PreparedWorkspace, { kind: 'ready' }>;

const ALLOWED_DECISIONS: ApprovalRequest['allowedDecisions'] = ['allow-once', 'deny'];
const IRREVERSIBLE = 'IRREVERSIBLE_EXTERNAL';

/** Decides one call. Never throws: a failure inside is a block with the reason. */
export function decideToolCall(
  workspace: PreparedWorkspace,
  toolName: string,
  options: DecideOptions = {},
): ToolCallDecision {
  try {
    return inKeyOrder(decide(workspace, toolName, options.enforcement ?? 'as-configured'));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      outcome: 'block',
      code: 'decision_error',
      tool: String(toolName),
      reason: `Policy tool runtime failed closed: ${message}`,
      policyId: workspace.policyId,
      ruleId: RULE_ADDRESS.runtime,
    };
  }
}

/** Reads nothing: prepares `input` and decides one call (for one-shot callers such as the CLI). */
export function decideToolCallFor(
  input: RuntimeInput,
  toolName: string,
  options: DecideOptions = {},
): ToolCallDecision {
  return decideToolCall(prepareRuntimeWorkspace(input), toolName, options);
}

function decide(workspace: PreparedWorkspace, toolName: string, enforcement: Enforcement): ToolCallDecision {
  if (typeof toolName !== 'string') throw new TypeError('the tool name is not a string');
  const slug = slugifyHeading(toolName);
  const base = {
    tool: toolName,
    ...(slug === '' ? {} : { toolId: slug }),
    ...(workspace.kind === 'ready' && workspace.agentId !== undefined ? { agentId: workspace.agentId } : {}),
    policyId: workspace.policyId,
  };
  if (workspace.kind === 'unusable') return { outcome: 'block', ...base, ...workspace.block };

  const id = slug === '' ? toolName : slug;
  const target =
    workspace.toolsDocument === 'TOOLS.md' ? toolAddress(id) : `oc://${workspace.toolsDocument}/tools/${id}`;
  if (enforcement === 'as-configured' && workspace.offReason !== undefined) {
    return {
      outcome: 'none',
      code: 'runtime_gate_off',
      ...base,
      reason: workspace.offReason,
      ruleId: workspace.gateRule,
    };
  }
  const metadata = { ...workspace.metadata, target };
  if (workspace.block !== undefined) return { outcome: 'block', ...base, ...workspace.block, metadata };

  const declarations = slug === '' ? undefined : workspace.tools.get(slug);
  const document = workspace.toolsDocument;
  // Posture first, so that on a tie its decision (naming the rule that bears on this tool) wins.
  const decisions = workspace.posture
    .filter((rule) => rule.bearsOn(toolName))
    .map((rule) => postureDecision(rule, toolName, base, declarations?.[0], metadata));
  if (declarations === undefined) {
    if (workspace.required.size === 0) {
      decisions.push({
        outcome: 'allow',
        code: 'allowed',
        ...base,
        reason: `'${toolName}' is not declared in ${document}, and the policy requires no tool metadata.`,
        ruleId: workspace.gateRule,
        metadata,
      });
    } else {
      decisions.push({
        outcome: 'require-approval',
        code: 'undeclared_tool',
        ...base,
        reason: `Policy requires tool metadata, but '${toolName}' is not declared in ${document}.`,
        ruleId: requireMetadataAddress(workspace),
        approval: approval(
          'Review undeclared tool',
          `Policy requires tool metadata, but '${toolName}' is not declared in ${document}.`,
          'warning',
        ),
        metadata,
      });
    }
  } else {
    // A tool declared twice gets the strictest of its declarations (OpenClaw uses the first).
    decisions.push(
      ...declarations.map((descriptor) => declaredToolDecision(workspace, toolName, descriptor, base)),
    );
  }
  return decisions.reduce((strictest, next) =>
    STRICTNESS[next.outcome] > STRICTNESS[strictest.outcome] ? next : strictest,
  );
}

/** A posture rule's decision; the call's target and descriptor are the tool's, as for any decision. */
function postureDecision(
  rule: PostureRule,
  toolName: string,
  base: Pick<ToolCallDecision, 'tool' | 'toolId' | 'agentId' | 'policyId'>,
  descriptor: ToolDescriptor | undefined,
  metadata: RuntimeMetadata,
): ToolCallDecision {
  const declared =
    descriptor === undefined
      ? { metadata }
      : { metadata: { ...metadata, target: descriptor.source }, descriptor };
  if (rule.outcome === 'block') {
    return {
      outcome: 'block',
      code: rule.code,
      ...base,
      reason: `Policy tool runtime blocks '${toolName}': ${rule.why}`,
      ruleId: rule.ruleId,
      ...declared,
    };
  }
  const description = `${toolName} requires approval because ${rule.why}`;
  return {
    outcome: 'require-approval',
    code: rule.code,
    ...base,
    reason: description,
    ruleId: rule.ruleId,
    approval: approval('Review policy-governed tool', description, 'warning'),
    ...declared,
  };
}

const STRICTNESS: Record<ToolCallDecision['outcome'], number> = {
  none: 0,
  allow: 1,
  'require-approval': 2,
  block: 3,
};

function declaredToolDecision(
  workspace: Ready,
  toolName: string,
  descriptor: ToolDescriptor,
  base: Pick<ToolCallDecision, 'tool' | 'toolId' | 'agentId' | 'policyId'>,
): ToolCallDecision {
  const metadata = { ...workspace.metadata, target: descriptor.source };
  const metadataProblem = metadataBlockReason(workspace, descriptor);
  if (metadataProblem !== undefined) {
    return {
      outcome: 'block',
      ...base,
      ...metadataProblem,
      ruleId: requireMetadataAddress(workspace),
      metadata,
      descriptor,
    };
  }
  const reasons: string[] = [];
  if (descriptor.risk === 'critical') reasons.push('risk is critical');
  if (descriptor.capabilities?.includes(IRREVERSIBLE))
    reasons.push('it can perform irreversible external actions');
  if (reasons.length === 0) {
    return {
      outcome: 'allow',
      code: 'allowed',
      ...base,
      reason: `'${toolName}' is declared in ${workspace.toolsDocument} and needs no approval.`,
      ruleId: workspace.gateRule,
      metadata,
      descriptor,
    };
  }
  const description = `${toolName} requires approval because ${reasons.join(' and ')}.`;
  return {
    outcome: 'require-approval',
    code: 'approval_required',
    ...base,
    reason: description,
    ruleId: workspace.gateRule,
    approval: approval(
      'Review policy-governed tool',
      description,
      descriptor.risk === 'critical' ? 'critical' : 'warning',
    ),
    metadata,
    descriptor,
  };
}

/** OpenClaw's texts; a value is checked against the known list only when that key is required. */
function metadataBlockReason(
  workspace: Ready,
  tool: ToolDescriptor,
): { code: 'metadata_missing' | 'metadata_unknown'; reason: string } | undefined {
  const { required, toolsDocument } = workspace;
  const missing = (key: string) => ({
    code: 'metadata_missing' as const,
    reason: `Policy requires ${key} metadata for '${tool.id}', but ${toolsDocument} does not declare it.`,
  });
  const unknown = (key: string, value: string) => ({
    code: 'metadata_unknown' as const,
    reason: `Policy requires known ${key} metadata for '${tool.id}', but ${toolsDocument} declares '${value}'.`,
  });
  if (required.has('risk')) {
    if (tool.risk === undefined) return missing('risk');
    if (!KNOWN_RISKS.includes(tool.risk)) return unknown('risk', tool.risk);
  }
  if (required.has('sensitivity')) {
    if (tool.sensitivity === undefined) return missing('sensitivity');
    if (!KNOWN_SENSITIVITIES.includes(tool.sensitivity)) return unknown('sensitivity', tool.sensitivity);
  }
  if (required.has('owner') && tool.owner === undefined) return missing('owner');
  return undefined;
}

function requireMetadataAddress(workspace: Ready): string {
  return `${workspace.policyId}/tools/requireMetadata`;
}

/** The same decision with its keys in the documented order (they are built by spreading). */
function inKeyOrder(decision: ToolCallDecision): ToolCallDecision {
  const { outcome, code, tool, toolId, agentId, reason, policyId, ruleId, approval, metadata, descriptor } =
    decision;
  return {
    outcome,
    code,
    tool,
    ...(toolId === undefined ? {} : { toolId }),
    ...(agentId === undefined ? {} : { agentId }),
    reason,
    policyId,
    ruleId,
    ...(approval === undefined ? {} : { approval }),
    ...(metadata === undefined ? {} : { metadata }),
    ...(descriptor === undefined ? {} : { descriptor }),
  };
}

function approval(
  title: ApprovalRequest['title'],
  description: string,
  severity: ApprovalRequest['severity'],
): ApprovalRequest {
  return { title, description, severity, allowedDecisions: [...ALLOWED_DECISIONS] };
}
