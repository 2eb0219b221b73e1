import { runPolicyCheck, type PolicyCheck } from '../engine/check.js';
import { requiredMetadata, toolEvidence, type MetadataKey } from '../engine/families/tools.js';
import { policyAddress } from '../engine/oc-path.js';
import { isRecord } from '../engine/record.js';
import type { PolicyName } from '../engine/rule-family.js';
import { RULE_ADDRESS, type ReasonCode } from './reason-codes.js';
import { runtimePolicyShapeProblem } from './runtime-policy-shape.js';
import { runtimeGateOffReason } from './runtime-switch.js';
import type { ToolDeclaration } from '../engine/types.js';
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
      /** Set when the policy itself stops every call (missing, unparseable, malformed, hash locks). */
      block: WorkspaceBlock | undefined;
      required: ReadonlySet<MetadataKey>;
      /** TOOLS.md declarations by id, duplicates kept in file order. */
      tools: ReadonlyMap<string, readonly ToolDescriptor[]>;
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
  const check = runPolicyCheck(input);
  const policyValue = input.policy.state === 'parsed' ? input.policy.value : undefined;
  const policy: RuntimeMetadata['policy'] = { path: name.display };
  if (check.policyHash !== undefined) policy.hash = check.policyHash;
  if (settings.expectedHash !== undefined) policy.expectedHash = settings.expectedHash;
  const attestation: RuntimeMetadata['attestation'] = { hash: check.attestationHash };
  if (settings.expectedAttestationHash !== undefined)
    attestation.expectedHash = settings.expectedAttestationHash;
  return {
    kind: 'ready',
    name,
    policyId: policyAddress(name.document),
    offReason: runtimeGateOffReason(input.config),
    check,
    block: workspaceBlock(source, check),
    required: isRecord(policyValue) ? (requiredMetadata(policyValue) ?? new Set()) : new Set(),
    tools: toolsById(source.toolDeclarations),
    metadata: {
      source: 'policy',
      policy,
      workspace: { scope: 'policy', hash: check.evidenceHash },
      attestation,
    },
  };
}

/** SPEC.md §6, in order: missing, unparseable, malformed, `expectedHash`, `expectedAttestationHash`. */
function workspaceBlock(
  source: Extract<RuntimeInput, { kind: 'input' }>,
  check: PolicyCheck,
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
  const shape = runtimePolicyShapeProblem(policy.value, name);
  if (shape !== undefined) return { code: 'policy_malformed', reason: shape.message, ruleId: shape.target };
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

function toolsById(declarations: readonly ToolDeclaration[]): Map<string, ToolDescriptor[]> {
  const byId = new Map<string, ToolDescriptor[]>();
  for (const declaration of declarations) {
    const descriptor = toolEvidence(declaration);
    const list = byId.get(declaration.id);
    if (list === undefined) byId.set(declaration.id, [descriptor]);
    else list.push(descriptor);
  }
  return byId;
}
