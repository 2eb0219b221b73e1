import { POLICY_INVALID } from '../engine/findings.js';
import { policyAddress } from '../engine/oc-path.js';
import { containerShapeFinding } from '../engine/policy-shape.js';
import { isRecord } from '../engine/record.js';
import { POLICY_CONTAINERS, RULE_FAMILIES } from '../engine/registry.js';
import type { PolicyName } from '../engine/rule-family.js';

export interface RuntimeShapeProblem {
  /** The block reason. */
  message: string;
  /** `oc://` address of the malformed part of the policy. */
  target: string;
}

const SUPPORTED_METADATA = ['risk', 'sensitivity', 'owner'];

/**
 * Why a parsed policy is too malformed to govern tool calls, or undefined. OpenClaw's runtime
 * checks come first, with its texts; then any other `policy/policy-jsonc-invalid` problem the
 * engine reports (SPEC.md §2.1), worded the same way. Two deliberate differences from OpenClaw's
 * runtime, both failing closed: an array is never accepted where an object is required (OpenClaw's
 * runtime lets `tools: []` through), and every shape problem the check reports blocks, not only
 * those in the tools and channels sections.
 */
export function runtimePolicyShapeProblem(
  policy: unknown,
  name: PolicyName,
): RuntimeShapeProblem | undefined {
  return openClawRuntimeProblem(policy, name) ?? engineShapeProblem(policy, name);
}

function openClawRuntimeProblem(policy: unknown, name: PolicyName): RuntimeShapeProblem | undefined {
  const problem = (text: string, ...segments: string[]): RuntimeShapeProblem => ({
    message: `Policy tool runtime is enabled, but ${name.display} ${text}`,
    target: policyAddress(name.document, ...segments),
  });
  if (!isRecord(policy)) return problem('does not contain an object.');
  const { tools, channels } = policy;
  if (tools !== undefined && !isRecord(tools)) return problem('has an invalid tools section.', 'tools');
  if (isRecord(tools)) {
    const required = tools.requireMetadata;
    if (required !== undefined && !isStringArray(required)) {
      return problem('has an invalid tools.requireMetadata section.', 'tools', 'requireMetadata');
    }
    const unsupported = (required ?? []).findIndex((entry) => {
      const key = entry.trim().toLowerCase();
      return key !== '' && !SUPPORTED_METADATA.includes(key);
    });
    if (required !== undefined && unsupported >= 0) {
      const entry = required[unsupported]!.trim().toLowerCase();
      return problem(
        `has unsupported tools.requireMetadata '${entry}'.`,
        'tools',
        'requireMetadata',
        `#${unsupported}`,
      );
    }
    if (tools.settings !== undefined && !isRecord(tools.settings))
      return problem('has an invalid tools.settings section.', 'tools', 'settings');
    if (tools.entries !== undefined && !Array.isArray(tools.entries))
      return problem('has an invalid tools.entries section.', 'tools', 'entries');
  }
  if (channels !== undefined && !isRecord(channels))
    return problem('has an invalid channels section.', 'channels');
  if (isRecord(channels) && channels.denyRules !== undefined && !Array.isArray(channels.denyRules)) {
    return problem('has an invalid channels.denyRules section.', 'channels', 'denyRules');
  }
  return undefined;
}

/** The engine's own shape findings (containers, deny rules, requireMetadata entries). */
function engineShapeProblem(policy: unknown, name: PolicyName): RuntimeShapeProblem | undefined {
  const container = containerShapeFinding(policy, POLICY_CONTAINERS, name);
  const evidence = { channels: [], mcpServers: [], modelProviders: [], modelRefs: [], network: [] };
  const invalid =
    container ??
    (isRecord(policy)
      ? RULE_FAMILIES.flatMap((family) => family.findings({ policy, name, evidence }))
      : []
    ).find((finding) => finding.checkId === POLICY_INVALID);
  if (invalid === undefined) return undefined;
  return {
    message: `Policy tool runtime is enabled, but ${invalid.message}`,
    target: invalid.target ?? policyAddress(name.document),
  };
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}
