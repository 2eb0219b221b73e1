// Where a family's rules live in the policy, and the `requirement` address of each rule
// (SPEC-2026.9 §10.1): a top-level section (`tools`, `agents/workspace`), or the same section
// inside one named scope (`scopes/<name>/tools`, §9.2).
import { policyAddress } from '../oc-path.js';
import type { PolicyName } from '../rule-family.js';
import { scopeTargetPrefix } from './shape/policy-segment.js';

export interface RuleLocation {
  /** The policy document, e.g. `policy.jsonc`. */
  document: string;
  /** `tools`, `sandbox`, `agents/workspace`, or `scopes/<jsonq(name)>/<section>`. */
  base: string;
}

export function topLevelRules(name: PolicyName, section: string): RuleLocation {
  return { document: name.document, base: section };
}

export function scopedRules(name: PolicyName, scopeName: string, section: string): RuleLocation {
  return { document: name.document, base: `${scopeTargetPrefix(scopeName)}/${section}` };
}

/** The address of the section itself, e.g. `oc://policy.jsonc/scopes/ops/execApprovals`. */
export function sectionRequirement(location: RuleLocation): string {
  return policyAddress(location.document, location.base);
}

/** The address of one rule, e.g. `oc://policy.jsonc/scopes/ops/tools/exec/allowHosts`. */
export function requirementOf(location: RuleLocation, rule: string): string {
  return policyAddress(location.document, location.base, rule);
}
