// The runtime tool gate (SPEC.md §6): one tool call, decided from a prepared workspace. Pure.
// Order: gate off → no decision; the policy itself blocks (missing, unparseable, malformed,
// expectedHash, expectedAttestationHash — the last before any approval); undeclared tool while
// metadata is required → approval; required metadata missing or unknown → block; risk critical
// or IRREVERSIBLE_EXTERNAL → approval; else allow. Any exception becomes a block.
import { KNOWN_RISKS, KNOWN_SENSITIVITIES } from '../engine/families/tools.js';
import { toolAddress } from '../engine/oc-path.js';
import { slugifyHeading } from '../engine/tools-markdown.js';
import { prepareRuntimeWorkspace, type PreparedWorkspace } from './prepare-workspace.js';
import { RULE_ADDRESS } from './reason-codes.js';
import type { Enforcement } from './runtime-switch.js';
import type {
  ApprovalRequest,
  RuntimeInput,
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
  const base = { tool: toolName, ...(slug === '' ? {} : { toolId: slug }), policyId: workspace.policyId };
  if (workspace.kind === 'unusable') return { outcome: 'block', ...base, ...workspace.block };

  const target = toolAddress(slug === '' ? toolName : slug);
  if (enforcement === 'as-configured' && workspace.offReason !== undefined) {
    return {
      outcome: 'none',
      code: 'runtime_gate_off',
      ...base,
      reason: workspace.offReason,
      ruleId: RULE_ADDRESS.runtimeToolPolicy,
    };
  }
  const metadata = { ...workspace.metadata, target };
  if (workspace.block !== undefined) return { outcome: 'block', ...base, ...workspace.block, metadata };

  const declarations = slug === '' ? undefined : workspace.tools.get(slug);
  if (declarations === undefined) {
    if (workspace.required.size === 0) {
      return {
        outcome: 'allow',
        code: 'allowed',
        ...base,
        reason: `'${toolName}' is not declared in TOOLS.md, and the policy requires no tool metadata.`,
        ruleId: RULE_ADDRESS.runtimeToolPolicy,
        metadata,
      };
    }
    return {
      outcome: 'require-approval',
      code: 'undeclared_tool',
      ...base,
      reason: `Policy requires tool metadata, but '${toolName}' is not declared in TOOLS.md.`,
      ruleId: requireMetadataAddress(workspace),
      approval: approval(
        'Review undeclared tool',
        `Policy requires tool metadata, but '${toolName}' is not declared in TOOLS.md.`,
        'warning',
      ),
      metadata,
    };
  }
  // A tool declared twice gets the strictest of its declarations (OpenClaw uses the first).
  const decisions = declarations.map((descriptor) =>
    declaredToolDecision(workspace, toolName, descriptor, base),
  );
  return decisions.reduce((strictest, next) =>
    STRICTNESS[next.outcome] > STRICTNESS[strictest.outcome] ? next : strictest,
  );
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
  base: Pick<ToolCallDecision, 'tool' | 'toolId' | 'policyId'>,
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
      reason: `'${toolName}' is declared in TOOLS.md and needs no approval.`,
      ruleId: RULE_ADDRESS.runtimeToolPolicy,
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
    ruleId: RULE_ADDRESS.runtimeToolPolicy,
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
  const { required } = workspace;
  const missing = (key: string) => ({
    code: 'metadata_missing' as const,
    reason: `Policy requires ${key} metadata for '${tool.id}', but TOOLS.md does not declare it.`,
  });
  const unknown = (key: string, value: string) => ({
    code: 'metadata_unknown' as const,
    reason: `Policy requires known ${key} metadata for '${tool.id}', but TOOLS.md declares '${value}'.`,
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
  const { outcome, code, tool, toolId, reason, policyId, ruleId, approval, metadata, descriptor } = decision;
  return {
    outcome,
    code,
    tool,
    ...(toolId === undefined ? {} : { toolId }),
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
