import type { PolicyCheck } from '../engine/check.js';
import { requiredToolMetadata, TOOLS_MD_MIGRATION_REQUIRED } from '../engine/families/tool-metadata.js';
import { requiredMetadata, toolEvidence } from '../engine/families/tools.js';
import { POLICY_INVALID } from '../engine/findings.js';
import { policyAddress } from '../engine/oc-path.js';
import { isRecord } from '../engine/record.js';
import { profileOf, type ReleaseProfile } from '../engine/release-profile.js';
import type { PolicyName } from '../engine/rule-family.js';
import { parseToolsMarkdown } from '../engine/tools-markdown.js';
import type { ToolDeclaration } from '../engine/types.js';
import { postureRules, type PostureRule } from './posture-rules.js';
import { RULE_ADDRESS, type ReasonCode } from './reason-codes.js';
import { runtimePolicyShapeProblem, type RuntimeShapeProblem } from './runtime-policy-shape.js';
import { runtimeGateOffReason } from './runtime-switch.js';
import type { RuntimeInput, RuntimeMetadata, ToolDescriptor } from './tool-call-decision.js';

/** A reason every call is blocked for, whatever the tool. */
export interface WorkspaceBlock {
  code: ReasonCode;
  reason: string;
  ruleId: string;
}

/**
 * A workspace evaluated once, so that deciding one call is a map lookup. Prepare it again when a
 * file changes (the sidecar does, per settled snapshot).
 */
export type PreparedWorkspace =
  /** Nothing could be evaluated: every call is blocked, and there are no hashes to cite. */
  | { kind: 'unusable'; block: WorkspaceBlock; policyId: string }
  | {
      kind: 'ready';
      name: PolicyName;
      policyId: string;
      /** Why the gate is off under `as-configured` enforcement; undefined when it is on. */
      offReason: string | undefined;
      /** The same evaluation as `check` (its attestation is the workspace's current attestation). */
      check: PolicyCheck;
      /**
       * Set when the policy itself stops every call (missing, unparseable, malformed, a TOOLS.md
       * awaiting migration, hash locks).
       */
      block: WorkspaceBlock | undefined;
      /** Where the release declares governed tools, as decisions name it. */
      toolsDocument: ReleaseProfile['toolsDocument'];
      /** The requirement an allow, an approval or "the gate is off" cites. */
      gateRule: string;
      /** 2026.9.6: the agent evaluated. */
      agentId: string | undefined;
      required: ReadonlySet<string>;
      /** The tool document's declarations by id, duplicates kept in file order. */
      tools: ReadonlyMap<string, readonly ToolDescriptor[]>;
      /** 2026.9.6: findings (and the agent's deny list) that bear on single calls, in order. */
      posture: readonly PostureRule[];
      /** Metadata without the per-call `target`. */
      metadata: Omit<RuntimeMetadata, 'target'>;
    };

const UNKNOWN_POLICY_ID = 'oc://policy';

/** Evaluates a workspace for the runtime gate. Pure; never throws (failures block every call). */
export function prepareRuntimeWorkspace(source: RuntimeInput): PreparedWorkspace {
  try {
    return prepare(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      kind: 'unusable',
      policyId: UNKNOWN_POLICY_ID,
      block: {
        code: 'decision_error',
        reason: `Policy tool runtime failed closed: ${message}`,
        ruleId: RULE_ADDRESS.runtime,
      },
    };
  }
}

function prepare(source: RuntimeInput): PreparedWorkspace {
  if (source.kind === 'unreadable') {
    return {
      kind: 'unusable',
      policyId: UNKNOWN_POLICY_ID,
      block: {
        code: 'workspace_unreadable',
        reason: `Policy tool runtime cannot read the workspace: ${source.reason}`,
        ruleId: RULE_ADDRESS.workspace,
      },
    };
  }
  if (source.kind === 'config-invalid') {
    return {
      kind: 'unusable',
      policyId: UNKNOWN_POLICY_ID,
      block: {
        code: 'config_invalid',
        reason: `Policy tool runtime cannot use ${source.configFile}: ${source.error}`,
        ruleId: RULE_ADDRESS.config,
      },
    };
  }
  const { input } = source;
  const { name, settings } = input;
  const profile = source.profile ?? profileOf('2026.5.20');
  const check = profile.evaluate(input);
  const policyValue = input.policy.state === 'parsed' ? input.policy.value : undefined;
  const policy: RuntimeMetadata['policy'] = { path: name.display };
  if (check.policyHash !== undefined) policy.hash = check.policyHash;
  if (settings.expectedHash !== undefined) policy.expectedHash = settings.expectedHash;
  const attestation: RuntimeMetadata['attestation'] = { hash: check.attestationHash };
  if (settings.expectedAttestationHash !== undefined)
    attestation.expectedHash = settings.expectedAttestationHash;
  const { switchedOnBy, postureDecisions } = profile.runtimeGate;
  const agentId = source.agentId;
  return {
    kind: 'ready',
    name,
    policyId: policyAddress(name.document),
    offReason: runtimeGateOffReason(input.config, switchedOnBy),
    check,
    block: workspaceBlock(source, check, profile),
    toolsDocument: profile.toolsDocument,
    gateRule:
      switchedOnBy === 'runtimeToolPolicy' ? RULE_ADDRESS.runtimeToolPolicy : RULE_ADDRESS.policyPlugin,
    agentId,
    required: requiredKeys(policyValue, profile),
    tools: toolsById(source.toolDeclarations, profile.toolsDocument),
    posture:
      postureDecisions && agentId !== undefined && policyValue !== undefined
        ? postureRules({ check, policy: policyValue, name, config: input.config, agentId })
        : [],
    metadata: {
      source: 'policy',
      policy,
      workspace: { scope: 'policy', hash: check.evidenceHash },
      attestation,
    },
  };
}

/** The metadata keys the policy requires, as the release reads `tools.requireMetadata`. */
function requiredKeys(policyValue: unknown, profile: ReleaseProfile): ReadonlySet<string> {
  if (profile.toolsDocument === 'AGENTS.md') return requiredToolMetadata(policyValue);
  return isRecord(policyValue) ? (requiredMetadata(policyValue) ?? new Set()) : new Set();
}

/** SPEC.md §6, in order: missing, unparseable, malformed, `expectedHash`, `expectedAttestationHash`. */
function workspaceBlock(
  source: Extract<RuntimeInput, { kind: 'input' }>,
  check: PolicyCheck,
  profile: ReleaseProfile,
): WorkspaceBlock | undefined {
  const { name, policy, settings } = source.input;
  const document = policyAddress(name.document);
  if (policy.state === 'missing') {
    return {
      code: 'policy_missing',
      reason: `Policy tool runtime is enabled, but ${name.display} is missing.`,
      ruleId: document,
    };
  }
  if (policy.state === 'unparseable') {
    return {
      code: 'policy_unparseable',
      reason: `Policy tool runtime is enabled, but ${name.display} could not be parsed.`,
      ruleId: document,
    };
  }
  // A strict release reports every shape problem as a check finding; the lenient one has its own runtime shape rules.
  const shape = profile.strictPolicyShape
    ? checkShapeProblem(check, name)
    : runtimePolicyShapeProblem(policy.value, name);
  if (shape !== undefined) return { code: 'policy_malformed', reason: shape.message, ruleId: shape.target };
  if (profile.toolsDocument === 'AGENTS.md') {
    const migration = migrationBlock(source, check);
    if (migration !== undefined) return migration;
  }
  if (settings.expectedHash !== undefined && settings.expectedHash !== check.policyHash) {
    return {
      code: 'policy_hash_mismatch',
      reason: `${name.display} does not match the configured policy hash.`,
      ruleId: RULE_ADDRESS.expectedHash,
    };
  }
  const expected = settings.expectedAttestationHash;
  if (expected !== undefined && expected !== check.attestationHash) {
    return {
      code: 'attestation_hash_mismatch',
      reason: `${name.display} no longer matches the accepted policy attestation: current ${check.attestationHash}, expected ${expected}.`,
      ruleId: RULE_ADDRESS.expectedAttestationHash,
    };
  }
  return undefined;
}

/**
 * 2026.9.6 has no runtime checks of its own: a policy is malformed exactly when its check reports
 * a `policy/policy-jsonc-invalid` finding, worded as the 2026.5.20 runtime words its problems.
 */
function checkShapeProblem(check: PolicyCheck, name: PolicyName): RuntimeShapeProblem | undefined {
  const invalid = check.attestedFindings.find((finding) => finding.checkId === POLICY_INVALID);
  if (invalid === undefined) return undefined;
  return {
    message: `Policy tool runtime is enabled, but ${invalid.message}`,
    target: invalid.target ?? policyAddress(name.document),
  };
}

/**
 * 2026.9.6 reads tools from AGENTS.md only. A TOOLS.md left in the agent's workspace blocks every
 * call when the check says so (metadata required), and also when it still declares tools: deciding
 * from AGENTS.md then would silently drop those declarations (a critical tool would run unasked).
 */
function migrationBlock(
  source: Extract<RuntimeInput, { kind: 'input' }>,
  check: PolicyCheck,
): WorkspaceBlock | undefined {
  const finding = check.attestedFindings.find((f) => f.checkId === TOOLS_MD_MIGRATION_REQUIRED);
  if (finding !== undefined) {
    return {
      code: 'tools_md_migration_required',
      reason: `${finding.message} Every tool call is blocked until then.`,
      ruleId: finding.requirement ?? RULE_ADDRESS.legacyTools,
    };
  }
  const legacy = source.legacyToolsMarkdown;
  const declared = legacy === undefined ? [] : parseToolsMarkdown(legacy);
  if (declared.length === 0) return undefined;
  const ids = [...new Set(declared.map((tool) => `'${tool.id}'`))].join(', ');
  return {
    code: 'tools_md_migration_required',
    reason: `TOOLS.md still declares governed tools (${ids}), which OpenClaw 2026.9.6 no longer reads; move them into the AGENTS.md \`## Tools\` section (\`openclaw doctor --fix\` moves TOOLS.md under "Local notes (migrated from TOOLS.md)", which is not evaluated) and remove TOOLS.md. Every tool call is blocked until then.`,
    ruleId: RULE_ADDRESS.legacyTools,
  };
}

function toolsById(
  declarations: readonly ToolDeclaration[],
  document: ReleaseProfile['toolsDocument'],
): Map<string, ToolDescriptor[]> {
  const byId = new Map<string, ToolDescriptor[]>();
  for (const declaration of declarations) {
    const descriptor = descriptorOf(declaration, document);
    const list = byId.get(declaration.id);
    if (list === undefined) byId.set(declaration.id, [descriptor]);
    else list.push(descriptor);
  }
  return byId;
}

/** The tools family's evidence entry for a declaration, with its source in the tool document. */
function descriptorOf(
  declaration: ToolDeclaration,
  document: ReleaseProfile['toolsDocument'],
): ToolDescriptor {
  const descriptor = toolEvidence(declaration);
  // Same keys in the same order (the spread keeps `source` in place), AGENTS.md's address.
  return document === 'TOOLS.md'
    ? descriptor
    : { ...descriptor, source: `oc://AGENTS.md/tools/${declaration.id}` };
}
