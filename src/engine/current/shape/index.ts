// The policy shape layer of OpenClaw 2026.9.6 (SPEC-2026.9 §6, §9.1): every
// `policy/policy-jsonc-invalid` finding the release derives from the rule metadata. Families
// call the section validators to skip themselves when their section is invalid (§6.3).
//
// SKELETON: the bodies below accept everything; the shape work replaces them (same names and
// signatures), splitting the implementation into modules of this folder.
import type { PolicyName } from '../../rule-family.js';
import type { Finding } from '../../types.js';

/** §6.2: the container steps in the release's order; the first failure only (≤ 1 finding). */
export function policyContainerShapeFindings(_policy: unknown, _name: PolicyName): Finding[] {
  return [];
}

/** §9.1: whether `scopes` is valid as a whole (scoped evaluation runs only then). */
export function hasValidScopedPolicy(_policy: unknown, _name: PolicyName): boolean {
  return true;
}

/**
 * Section validators (first failure within the section). `scopeName` set: the overlay
 * `scopes.<scopeName>.<section>` (property prefix and target follow it).
 */
export function ingressShapeFinding(
  _value: unknown,
  _name: PolicyName,
  _scopeName?: string,
): Finding | undefined {
  return undefined;
}
export function toolsPostureShapeFinding(
  _value: unknown,
  _name: PolicyName,
  _scopeName?: string,
): Finding | undefined {
  return undefined;
}
export function sandboxPostureShapeFinding(
  _value: unknown,
  _name: PolicyName,
  _scopeName?: string,
): Finding | undefined {
  return undefined;
}
export function agentsPostureShapeFinding(
  _value: unknown,
  _name: PolicyName,
  _scopeName?: string,
): Finding | undefined {
  return undefined;
}
export function gatewayPostureShapeFinding(_value: unknown, _name: PolicyName): Finding | undefined {
  return undefined;
}
export function routingShapeFinding(_value: unknown, _name: PolicyName): Finding | undefined {
  return undefined;
}
export function execApprovalsShapeFinding(
  _value: unknown,
  _name: PolicyName,
  _scopeName?: string,
): Finding | undefined {
  return undefined;
}

/** §6.3 family validators (each replaces its family's findings when non-empty). */
export function channelDenyRuleShapeFindings(_policy: unknown, _name: PolicyName): Finding[] {
  return [];
}
export function dataHandlingShapeFindings(_policy: unknown, _name: PolicyName): Finding[] {
  return [];
}
export function secretsShapeFindings(_policy: unknown, _name: PolicyName): Finding[] {
  return [];
}
export function authAllowModesShapeFindings(_policy: unknown, _name: PolicyName): Finding[] {
  return [];
}
/** Step 15 (`authProfileMetadataRequirementFindings`): appended, never suppresses findings. */
export function authRequireMetadataShapeFindings(_policy: unknown, _name: PolicyName): Finding[] {
  return [];
}
/** Step 16 (`toolMetadataRequirementFindings`): a finding here empties the required metadata. */
export function toolsRequireMetadataShapeFindings(_policy: unknown, _name: PolicyName): Finding[] {
  return [];
}
