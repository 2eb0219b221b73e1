// How the per-agent posture families read their policy rules and report evidence findings
// (SPEC-2026.9 §10.1): normalised rule lists, strict booleans, requirement addresses of top-level
// and scoped rules, and the common finding shape.
import { scopeTargetPrefix } from '../../current/shape/policy-segment.js';
import { finding } from '../../findings.js';
import { policyAddress } from '../../oc-path.js';
import { valueAtPath } from '../../record.js';
import type { PolicyName } from '../../rule-family.js';
import type { Finding } from '../../types.js';

/** `readStringList`: trimmed, lowercased, non-empty entries; [] unless every entry is a string. */
export function policyStringList(rules: unknown, path: readonly string[]): string[] {
  const value = valueAtPath(rules, path);
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string')) return [];
  return (value as string[]).map((entry) => entry.trim().toLowerCase()).filter((entry) => entry !== '');
}

/** `readBooleanPath`: the boolean at `path`, else undefined. */
export function policyBoolean(rules: unknown, path: readonly string[]): boolean | undefined {
  const value = valueAtPath(rules, path);
  return typeof value === 'boolean' ? value : undefined;
}

/** Where a family's rules live in the policy: top level, or inside one named scope (§9.2). */
export interface RuleLocation {
  /** The policy, for requirement addresses. */
  name: PolicyName;
  /** `tools`, `sandbox`, `agents/workspace`, or `scopes/<jsonq(name)>/<section>`. */
  base: string;
}

export function topLevelRules(name: PolicyName, section: string): RuleLocation {
  return { name, base: section };
}

export function scopedRules(name: PolicyName, scopeName: string, section: string): RuleLocation {
  return { name, base: `${scopeTargetPrefix(scopeName)}/${section}` };
}

/** The address of one rule, e.g. `oc://policy.jsonc/scopes/ops/tools/exec/allowHosts`. */
export function requirementOf(location: RuleLocation, rule: string): string {
  return policyAddress(location.name.document, location.base, rule);
}

/** `policyEvidenceFinding`: an error pointing at a config source (SPEC-2026.9 §10.1). */
export function evidenceFinding(
  source: string,
  fields: { checkId: string; message: string; requirement: string; fixHint: string },
): Finding {
  return finding({
    checkId: fields.checkId,
    message: fields.message,
    path: 'openclaw config',
    ocPath: source,
    target: source,
    requirement: fields.requirement,
    fixHint: fields.fixHint,
  });
}
