// Policy weakening under OpenClaw 2026.9.6 (issue 11): the release's own `policy compare` of the
// base policy (baseline) against the head's (candidate), every claim of its rule metadata, told in
// words a reviewer can check: which entries an allowlist gained, which a denylist lost, which way
// an ordered enum moved, which flag flipped, which scope loosens a global rule.
import {
  comparedPolicy,
  comparePolicyClaims,
  type ClaimProblem,
} from '../engine/current/policy-conformance.js';
import type { PolicyRuleClaim } from '../engine/current/policy-conformance-claims.js';
import { policyStringList } from '../engine/current/strictness.js';
import type { Weakening } from '../engine/strictness.js';

/** Entries named in a detail before "and N more". */
const SHOWN_ENTRIES = 5;

export type ClaimWeakenings = { weakenings: Weakening[] } | { incomparable: string };

/** Base → head under 2026.9.6 claims; both policies already parsed, named by their basenames. */
export function claimWeakenings(
  base: { name: string; value: unknown },
  head: { name: string; value: unknown },
): ClaimWeakenings {
  const comparison = comparePolicyClaims(
    comparedPolicy(base.name, base.value),
    comparedPolicy(head.name, head.value),
  );
  if ('invalid' in comparison) {
    const first = comparison.invalid[0];
    return { incomparable: first?.message ?? 'one of the policies has an invalid shape.' };
  }
  return { weakenings: comparison.problems.map(weakeningOf) };
}

function weakeningOf(problem: ClaimProblem): Weakening {
  return {
    rule: problem.baseline.propertyPath,
    kind: problem.kind,
    detail:
      problem.candidate === undefined
        ? missingDetail(problem.baseline)
        : weakerDetail(problem.baseline, problem.candidate),
    finding: problem.finding,
  };
}

function missingDetail(baseline: PolicyRuleClaim): string {
  return `is no longer set (the base requires ${valueText(baseline, baseline.value)})`;
}

function weakerDetail(baseline: PolicyRuleClaim, head: PolicyRuleClaim): string {
  const how = ruleChange(baseline, head);
  if (baseline.selector !== undefined || head.selector === undefined) return how;
  // A global rule of the base loosened by a scope of the head.
  const scope = head.propertyPath.split('.')[1] ?? '';
  return `scope '${scope}' loosens it for ${selectorLabel(head)}: ${how}`;
}

/** How the head's value of the same rule is weaker than the base's. */
function ruleChange(baseline: PolicyRuleClaim, head: PolicyRuleClaim): string {
  const rule = baseline.rule;
  const before = policyStringList(baseline.value, rule);
  const after = policyStringList(head.value, rule);
  switch (rule.strictness) {
    case 'allowlist-subset': {
      if (before === undefined || after === undefined) return changedDetail(baseline, head);
      if (after.length === 0 && rule.emptyList === 'disabled')
        return 'is emptied, which switches the allowlist off';
      return `allows ${entries(after.filter((entry) => !before.includes(entry)))} (not allowed on the base)`;
    }
    case 'denylist-superset': {
      if (before === undefined || after === undefined) return changedDetail(baseline, head);
      const dropped = before.filter((entry) => !after.includes(entry));
      return dropped.length > 0
        ? `no longer denies ${entries(dropped)}`
        : `denies less than the base's ${entries(before)}`;
    }
    case 'ordered-string': {
      const order = rule.orderedValues?.join(' < ') ?? '';
      return `moves from ${valueText(baseline, baseline.value)} to ${valueText(head, head.value)} (from strictest last: ${order})`;
    }
    case 'requires-true':
      return `is no longer true (now ${valueText(head, head.value)})`;
    case 'requires-false':
      return `is no longer false (now ${valueText(head, head.value)})`;
    case 'exact-list':
    case 'routing-probes':
      return changedDetail(baseline, head);
  }
}

function changedDetail(baseline: PolicyRuleClaim, head: PolicyRuleClaim): string {
  return `changes from ${valueText(baseline, baseline.value)} to ${valueText(head, head.value)}`;
}

function selectorLabel(claim: PolicyRuleClaim): string {
  const kind = claim.selector?.kind === 'agentIds' ? 'agent' : 'channel';
  return `${kind} '${claim.selector?.value ?? ''}'`;
}

/** A short rendering of a rule value (lists by their entries, probes by their ids). */
function valueText(claim: PolicyRuleClaim, value: unknown): string {
  const list = policyStringList(value, claim.rule);
  if (list !== undefined) return list.length === 0 ? 'an empty list' : entries(list);
  if (claim.rule.strictness === 'routing-probes' && Array.isArray(value)) {
    const ids = (value as unknown[]).map((probe) =>
      typeof probe === 'object' && probe !== null && 'id' in probe ? String(probe.id) : '?',
    );
    return ids.length === 0 ? 'no probes' : `probes ${entries(ids)}`;
  }
  const text = JSON.stringify(value);
  return text === undefined ? 'nothing' : text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function entries(list: readonly string[]): string {
  const shown = list.slice(0, SHOWN_ENTRIES).map((entry) => `'${entry}'`);
  const more = list.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}
