// What a policy document claims, rule by rule (SPEC-2026.9 §12.3): `policy compare` holds every
// claim of the baseline against the candidate's claims of the same key. A claim is a rule's value
// at the top level (`global:<rule>`), or in a named scope for one selector value
// (`agentIds:<agent>:<rule>`, `channelIds:<channel>:<rule>`).
import { isRecord, valueAtPath } from '../record.js';
import { normalizeAgentId } from './agent-id.js';
import {
  POLICY_RULE_METADATA,
  ruleName,
  rulesScopableBy,
  type PolicyRuleMetadata,
  type ScopeSelector,
} from './rule-metadata.js';
import { policySegment } from './shape/index.js';
import { isPolicyValueAtLeastAsStrict } from './strictness.js';

export interface PolicyRuleClaim {
  key: string;
  rule: PolicyRuleMetadata;
  value: unknown;
  /** Where the value is written: `oc://<document>/<rule path>`, under `scopes/<scope>/` if scoped. */
  target: string;
  /** The dotted rule, prefixed `scopes.<scope>.` if scoped (the scope name as written). */
  propertyPath: string;
  /** Absent for a top-level claim. */
  selector?: { kind: ScopeSelector; value: string };
}

/** Selector kinds in the order scoped claims are collected. */
const SELECTORS: readonly ScopeSelector[] = ['agentIds', 'channelIds'];

/** Top-level claims in metadata order, then scoped claims (each key once, §12.3). */
export function policyRuleClaims(policy: unknown, document: string): PolicyRuleClaim[] {
  return [...topLevelClaims(policy, document), ...scopedClaims(policy, document)];
}

function topLevelClaims(policy: unknown, document: string): PolicyRuleClaim[] {
  const claims: PolicyRuleClaim[] = [];
  for (const rule of POLICY_RULE_METADATA) {
    const value = valueAtPath(policy, rule.policyPath);
    if (value === undefined) continue;
    claims.push({
      key: `global:${ruleName(rule)}`,
      rule,
      value,
      target: `oc://${document}/${rule.policyPath.map(policySegment).join('/')}`,
      propertyPath: ruleName(rule),
    });
  }
  return claims;
}

/**
 * Per scope, per selector kind, per rule that kind may scope, one claim for each selector value.
 * A scope listing a value twice, or two scopes naming the same value, give one claim per key: the
 * first, replaced by each later one that is at least as strict as it.
 */
function scopedClaims(policy: unknown, document: string): PolicyRuleClaim[] {
  if (!isRecord(policy) || !isRecord(policy.scopes)) return [];
  const byKey = new Map<string, PolicyRuleClaim>();
  for (const [scopeName, overlay] of Object.entries(policy.scopes)) {
    if (!isRecord(overlay)) continue;
    for (const kind of SELECTORS) {
      const selectorValues = scopeSelectorValues(overlay[kind], kind);
      if (selectorValues.length === 0) continue;
      for (const rule of rulesScopableBy(kind)) {
        const value = scopedRuleValue(overlay, rule);
        if (value === undefined) continue;
        const target = `oc://${document}/scopes/${[scopeName, ...rule.policyPath].map(policySegment).join('/')}`;
        for (const selectorValue of selectorValues) {
          const claim: PolicyRuleClaim = {
            key: `${kind}:${selectorValue}:${ruleName(rule)}`,
            rule,
            value,
            target,
            propertyPath: `scopes.${scopeName}.${ruleName(rule)}`,
            selector: { kind, value: selectorValue },
          };
          const previous = byKey.get(claim.key);
          // Map.set keeps the key's first position: claims stay in first-seen order.
          if (previous === undefined || isPolicyValueAtLeastAsStrict(rule, value, previous.value)) {
            byKey.set(claim.key, claim);
          }
        }
      }
    }
  }
  return [...byKey.values()];
}

/** A rule's value in a scope overlay: the overlay holds sections, as the top level does. */
export function scopedRuleValue(overlay: Record<string, unknown>, rule: PolicyRuleMetadata): unknown {
  return valueAtPath(overlay, rule.policyPath);
}

/**
 * The selector values a scope names, as compare reads them: non-blank strings only, agent ids
 * normalised, channel ids trimmed and lowercased; not de-duplicated.
 */
export function scopeSelectorValues(value: unknown, kind: ScopeSelector): string[] {
  if (!Array.isArray(value)) return [];
  return (value as unknown[])
    .filter((entry): entry is string => typeof entry === 'string' && entry.trim() !== '')
    .map((entry) => (kind === 'agentIds' ? normalizeAgentId(entry) : entry.trim().toLowerCase()));
}
