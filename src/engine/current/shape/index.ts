// The policy shape layer of OpenClaw 2026.9.6 (SPEC-2026.9 §6, §9.1): every
// `policy/policy-jsonc-invalid` finding the release derives from the rule metadata. Families
// call the section validators to skip themselves when their section is invalid (§6.3).
//
// Modules: ordered-shape (the template engine), posture-shapes (tools, sandbox, gateway, agents),
// access-shapes (ingress, exec approvals), routing-shape, scopes-shape + scoped-overrides,
// container-shape (the first-failure walk), family-shapes (validators run inside families).
import { isRecord } from '../../record.js';
import type { PolicyName } from '../../rule-family.js';
import type { Finding } from '../../types.js';
import { execApprovalsShape, ingressShape } from './access-shapes.js';
import { containerShapeFinding } from './container-shape.js';
import { postureShapeFinding } from './posture-shapes.js';
import { routingShape } from './routing-shape.js';
import {
  scopedAgentsShape,
  scopedExecApprovalsShape,
  scopedToolsShape,
  scopesShape,
  sectionPrefixes,
} from './scopes-shape.js';

export {
  authAllowModesShapeFindings,
  authRequireMetadataShapeFindings,
  channelDenyRuleShapeFindings,
  dataHandlingShapeFindings,
  secretsShapeFindings,
  toolsRequireMetadataShapeFindings,
} from './family-shapes.js';
export { POLICY_SECTIONS } from './container-shape.js';
export { policySegment, scopeTargetPrefix } from './policy-segment.js';
export { ROUTING_MATCH_KINDS } from './routing-shape.js';
export {
  execApprovalAllowlistRequirement,
  readExecApprovalAllowlistRequirements,
  type ExecApprovalAllowlistRequirement,
} from './exec-approval-allowlist.js';

/** §6.2: the container steps in the release's order; the first failure only (≤ 1 finding). */
export function policyContainerShapeFindings(policy: unknown, name: PolicyName): Finding[] {
  const found = containerShapeFinding(policy, name);
  return found === undefined ? [] : [found];
}

/** §9.1: whether `scopes` is valid as a whole (scoped evaluation runs only then). */
export function hasValidScopedPolicy(policy: unknown, name: PolicyName): boolean {
  return isRecord(policy) && scopesShape(policy.scopes, policy, name) === undefined;
}

/*
 * Section validators (first failure within the section). `value` is the section itself (e.g.
 * `policy.ingress`, or a scope overlay's `ingress`); an absent section is valid. `scopeName` set:
 * the overlay `scopes.<scopeName>.<section>` (property prefix and target follow it), checked as
 * the scopes shape checks it (no ingress.session, no execApprovals.defaults, no unscopable tools
 * rules, `agents` holding only `workspace`).
 */

export function ingressShapeFinding(
  value: unknown,
  name: PolicyName,
  scopeName?: string,
): Finding | undefined {
  if (scopeName === undefined) return ingressShape(value, { name });
  return ingressShape(value, { name, ...sectionPrefixes(scopeName, 'ingress'), allowSession: false });
}

/**
 * Like the release, this does not report a `tools` value that is not an object (the container
 * check does, and the families test `isRecord` themselves); a scope's `tools` is reported.
 */
export function toolsPostureShapeFinding(
  value: unknown,
  name: PolicyName,
  scopeName?: string,
): Finding | undefined {
  if (scopeName === undefined) return postureShapeFinding('tools', value, { name });
  return scopedToolsShape(value, name, scopeName);
}

export function sandboxPostureShapeFinding(
  value: unknown,
  name: PolicyName,
  scopeName?: string,
): Finding | undefined {
  const prefixes = scopeName === undefined ? {} : sectionPrefixes(scopeName, 'sandbox');
  return postureShapeFinding('sandbox', value, { name, ...prefixes });
}

export function agentsPostureShapeFinding(
  value: unknown,
  name: PolicyName,
  scopeName?: string,
): Finding | undefined {
  if (scopeName === undefined) return postureShapeFinding('agents', value, { name });
  return scopedAgentsShape(value, name, scopeName);
}

export function gatewayPostureShapeFinding(value: unknown, name: PolicyName): Finding | undefined {
  return postureShapeFinding('gateway', value, { name });
}

export function routingShapeFinding(value: unknown, name: PolicyName): Finding | undefined {
  return routingShape(value, name);
}

/**
 * The exec-approvals family reports this finding too (step 12.14), so an invalid section yields
 * two identical findings: this one from the container check and the family's.
 */
export function execApprovalsShapeFinding(
  value: unknown,
  name: PolicyName,
  scopeName?: string,
): Finding | undefined {
  if (scopeName === undefined) return execApprovalsShape(value, { name });
  return scopedExecApprovalsShape(value, name, scopeName);
}
