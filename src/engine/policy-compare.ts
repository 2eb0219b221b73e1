import { containerShapeFinding } from './policy-shape.js';
import { isRecord } from './record.js';
import { POLICY_CONTAINERS, RULE_FAMILIES } from './registry.js';
import { CONFORMANCE_INVALID, type ComparedNames, type Weakening } from './strictness.js';
import { finding } from './findings.js';
import type { Finding } from './types.js';

export interface PolicyComparison {
  /** The candidate is at least as strict as the baseline in every rule. */
  ok: boolean;
  baselinePath: string;
  policyPath: string;
  /** Baseline rules compared (list entries and flags). */
  rulesChecked: number;
  findings: Finding[];
  weakenings: Weakening[];
}

/**
 * Rule by rule, is `candidate` at least as strict as `baseline`? Each family compares its own
 * rules; a malformed policy on either side is reported as invalid rather than compared, because a
 * half-read policy must not look "as strict".
 */
export function comparePolicies(
  baseline: unknown,
  candidate: unknown,
  names: ComparedNames,
): PolicyComparison {
  const base = { baselinePath: names.baseline.display, policyPath: names.candidate.display };
  const invalid = [shapeProblem(baseline, names.baseline), shapeProblem(candidate, names.candidate)].filter(
    (f): f is Finding => f !== undefined,
  );
  if (invalid.length > 0 || !isRecord(baseline) || !isRecord(candidate)) {
    return { ok: false, ...base, rulesChecked: 0, findings: invalid, weakenings: [] };
  }
  const weakenings = RULE_FAMILIES.flatMap((family) => family.compareStrictness(baseline, candidate, names));
  const rulesChecked = RULE_FAMILIES.reduce((sum, family) => sum + family.describeRules(baseline).length, 0);
  return {
    ok: weakenings.length === 0,
    ...base,
    rulesChecked,
    findings: weakenings.map((w) => w.finding),
    weakenings,
  };
}

function shapeProblem(policy: unknown, name: { display: string; document: string }): Finding | undefined {
  const problem = containerShapeFinding(policy, POLICY_CONTAINERS, name);
  if (!problem) return undefined;
  return finding({
    ...problem,
    checkId: CONFORMANCE_INVALID,
    requirement: problem.target,
    fixHint: problem.fixHint,
  });
}
