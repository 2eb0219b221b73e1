import { finding } from './findings.js';
import { policyAddress } from './oc-path.js';
import type { Finding } from './types.js';

/**
 * One way a candidate policy is weaker than its baseline, reported as an OpenClaw-style
 * conformance finding (`policy/policy-conformance-missing` or `-weaker`).
 */
export interface Weakening {
  /** The dotted rule path, e.g. `mcp.servers.allow`. */
  rule: string;
  kind: 'missing' | 'weaker';
  /** What changed, in words: "allows 'shell' (not in the baseline allowlist)". */
  detail: string;
  finding: Finding;
}

export const CONFORMANCE_MISSING = 'policy/policy-conformance-missing';
export const CONFORMANCE_WEAKER = 'policy/policy-conformance-weaker';
export const CONFORMANCE_INVALID = 'policy/policy-conformance-invalid';

export interface ComparedNames {
  baseline: { display: string; document: string };
  candidate: { display: string; document: string };
}

/** The candidate lacks a rule the baseline has. */
export function missingRule(names: ComparedNames, rule: string, detail: string): Weakening {
  return weakening('missing', names, rule, detail);
}

/** The candidate has the rule, but it imposes less. */
export function weakerRule(names: ComparedNames, rule: string, detail: string): Weakening {
  return weakening('weaker', names, rule, detail);
}

function weakening(kind: Weakening['kind'], names: ComparedNames, rule: string, detail: string): Weakening {
  const segments = rule.split('.');
  const candidate = names.candidate.display;
  return {
    rule,
    kind,
    detail,
    finding: finding({
      checkId: kind === 'missing' ? CONFORMANCE_MISSING : CONFORMANCE_WEAKER,
      message:
        kind === 'missing'
          ? `${candidate} is missing ${rule}.`
          : `${candidate} ${rule} is weaker than the baseline policy.`,
      path: candidate,
      target: policyAddress(names.candidate.document, ...segments),
      requirement: policyAddress(names.baseline.document, ...segments),
      fixHint:
        kind === 'missing'
          ? `Add an equally or more restrictive ${rule} rule, or update the baseline policy after review.`
          : `Use an equally or more restrictive ${rule} value, or update the baseline policy after review.`,
    }),
  };
}

/** An allowlist may only shrink, and a non-empty one may not become empty or disappear. */
export function compareAllowlist(
  names: ComparedNames,
  rule: string,
  baseline: readonly string[],
  candidate: readonly string[] | undefined,
): Weakening[] {
  if (baseline.length === 0) return [];
  if (candidate === undefined || candidate.length === 0) {
    return [
      missingRule(
        names,
        rule,
        `the allowlist (${baseline.map(quote).join(', ')}) was removed or emptied, which allows everything`,
      ),
    ];
  }
  const allowed = new Set(baseline);
  const added = candidate.filter((entry) => !allowed.has(entry));
  return added.length === 0
    ? []
    : [weakerRule(names, rule, `allows ${added.map(quote).join(', ')}, not in the baseline allowlist`)];
}

/** A denylist may only grow. */
export function compareDenylist(
  names: ComparedNames,
  rule: string,
  baseline: readonly string[],
  candidate: readonly string[] | undefined,
): Weakening[] {
  if (baseline.length === 0) return [];
  const denied = new Set(candidate ?? []);
  const dropped = baseline.filter((entry) => !denied.has(entry));
  if (dropped.length === 0) return [];
  if (candidate === undefined || candidate.length === 0)
    return [missingRule(names, rule, `no longer denies ${dropped.map(quote).join(', ')}`)];
  return [weakerRule(names, rule, `no longer denies ${dropped.map(quote).join(', ')}`)];
}

function quote(value: string): string {
  return `'${value}'`;
}
