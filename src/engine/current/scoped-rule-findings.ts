// The evaluation order of the families whose rules also sit in scope overlays (SPEC-2026.9 §9.2):
// the top-level section over every entry, then the same section of each scope target (an agent
// or a channel) over the entries that describe that target. A section whose own shape is invalid
// is skipped: its shape finding already reports it.
import { isRecord, valueAtPath } from '../record.js';
import type { PolicyName } from '../rule-family.js';
import type { Finding } from '../types.js';
import { hasValidScopedPolicy } from './shape/index.js';
import { scopedRules, topLevelRules, type RuleLocation } from './rule-location.js';

interface ScopeTarget {
  scopeName: string;
  overlay: Record<string, unknown>;
}

export interface ScopedRuleSection<Target extends ScopeTarget, Entry> {
  /** Where the rules sit, at top level and inside an overlay: `['tools']`, `['agents', 'workspace']`. */
  path: readonly string[];
  /** The section's shape finding (`scopeName` set for an overlay's); none when the family checks it itself. */
  shapeFinding?: (rules: unknown, name: PolicyName, scopeName?: string) => Finding | undefined;
  /** Whether overlays apply only when `scopes` is valid as a whole; dataHandling's do regardless. */
  requireValidScopes: boolean;
  scopeTargets: (policy: unknown) => Target[];
  /** The evidence entries, all judged by the top-level rules. */
  entries: readonly Entry[];
  /** The entries one target's rules judge. */
  scopedEntries: (target: Target) => readonly Entry[];
  ruleFindings: (
    rules: Record<string, unknown>,
    location: RuleLocation,
    entries: readonly Entry[],
  ) => Finding[];
}

export function topLevelThenScopedFindings<Target extends ScopeTarget, Entry>(
  policy: unknown,
  name: PolicyName,
  section: ScopedRuleSection<Target, Entry>,
): Finding[] {
  if (!isRecord(policy)) return [];
  const key = section.path.join('/');
  const usable = (rules: unknown, scopeName?: string): rules is Record<string, unknown> =>
    isRecord(rules) && section.shapeFinding?.(rules, name, scopeName) === undefined;
  const findings: Finding[] = [];
  const topLevel = valueAtPath(policy, section.path);
  if (usable(topLevel)) {
    findings.push(...section.ruleFindings(topLevel, topLevelRules(name, key), section.entries));
  }
  if (section.requireValidScopes && !hasValidScopedPolicy(policy, name)) return findings;
  for (const target of section.scopeTargets(policy)) {
    const rules = valueAtPath(target.overlay, section.path);
    if (!usable(rules, target.scopeName)) continue;
    const location = scopedRules(name, target.scopeName, key);
    findings.push(...section.ruleFindings(rules, location, section.scopedEntries(target)));
  }
  return findings;
}
