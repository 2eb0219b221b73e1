// `policy compare` of OpenClaw 2026.9.6 (SPEC-2026.9 §12), pure: is a candidate policy at least as
// strict as an authored baseline, claim by claim? The shell reads both files and hands in their
// text (or why it could not be read) under their basenames.
import JSON5 from 'json5';
import { finding } from '../findings.js';
import { CONFORMANCE_MISSING, CONFORMANCE_WEAKER } from '../strictness.js';
import type { Finding } from '../types.js';
import { policyRuleClaims, type PolicyRuleClaim } from './policy-conformance-claims.js';
import {
  invalidPolicyFindings,
  unreadablePolicyFinding,
  type ComparedPolicy,
} from './policy-conformance-invalid.js';
import { isPolicyValueAtLeastAsStrict } from './strictness.js';

/** One compared file: its basename, and its text or the reader's error message. */
export type PolicyDocumentInput = { name: string; text: string } | { name: string; readError: string };

/** The report `policy compare --json` prints, keys in the release's order. */
export interface PolicyConformanceReport {
  ok: boolean;
  baselinePath: string;
  policyPath: string;
  /** Baseline claims compared (0 when either document is invalid). */
  rulesChecked: number;
  findings: Finding[];
}

export function comparePolicyDocuments(
  baseline: PolicyDocumentInput,
  candidate: PolicyDocumentInput,
): PolicyConformanceReport {
  const names = { baselinePath: baseline.name, policyPath: candidate.name };
  const read = [readPolicy(baseline), readPolicy(candidate)] as const;
  const unreadable = read.flatMap((side) => ('problem' in side ? [side.problem] : []));
  if (unreadable.length > 0) return { ok: false, ...names, rulesChecked: 0, findings: unreadable };
  const [baselinePolicy, candidatePolicy] = read as readonly [ComparedPolicy, ComparedPolicy];
  const comparison = comparePolicyClaims(baselinePolicy, candidatePolicy);
  if ('invalid' in comparison) return { ok: false, ...names, rulesChecked: 0, findings: comparison.invalid };
  const findings = comparison.problems.map((problem) => problem.finding);
  return { ok: findings.length === 0, ...names, rulesChecked: comparison.rulesChecked, findings };
}

/** A baseline claim the candidate does not hold: no such rule, or a weaker value (the one shown). */
export interface ClaimProblem {
  kind: 'missing' | 'weaker';
  baseline: PolicyRuleClaim;
  candidate?: PolicyRuleClaim;
  finding: Finding;
}

/** Two parsed policies, each under its basename, as `policy compare` reads them. */
export function comparedPolicy(name: string, value: unknown): ComparedPolicy {
  return { name, value, claims: policyRuleClaims(value, name) };
}

/**
 * Every baseline claim against the candidate's (§12.3), in baseline claim order; or the findings
 * that make the two incomparable (§12.2). The pull-request gate reads the structured problems.
 */
export function comparePolicyClaims(
  baselinePolicy: ComparedPolicy,
  candidatePolicy: ComparedPolicy,
): { invalid: Finding[] } | { rulesChecked: number; problems: ClaimProblem[] } {
  const invalid = invalidPolicyFindings(baselinePolicy, candidatePolicy);
  if (invalid.length > 0) return { invalid };
  const problems = baselinePolicy.claims.flatMap((claim) => {
    const problem = claimProblem(claim, candidatePolicy.claims, candidatePolicy.name);
    return problem === undefined ? [] : [problem];
  });
  return { rulesChecked: baselinePolicy.claims.length, problems };
}

function readPolicy(input: PolicyDocumentInput): ComparedPolicy | { problem: Finding } {
  const { name } = input;
  if ('readError' in input) {
    return { problem: unreadablePolicyFinding(name, `${name} could not be read: ${input.readError}`) };
  }
  let value: unknown;
  try {
    value = JSON5.parse(input.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { problem: unreadablePolicyFinding(name, `${name} could not be parsed: ${reason}`) };
  }
  return comparedPolicy(name, value);
}

/**
 * A baseline claim against the candidate's claims (§12.3). A top-level claim needs the same
 * top-level rule, at least as strict, and no weaker scoped override of it; a scoped claim is
 * satisfied by the same scoped key or, when there is none, by the top-level rule.
 */
function claimProblem(
  baseline: PolicyRuleClaim,
  candidates: readonly PolicyRuleClaim[],
  candidateName: string,
): ClaimProblem | undefined {
  if (isNoOp(baseline)) return undefined;
  const holds = (candidate: PolicyRuleClaim) =>
    isPolicyValueAtLeastAsStrict(baseline.rule, candidate.value, baseline.value);
  const sameRule = (candidate: PolicyRuleClaim) => candidate.rule === baseline.rule;
  const exact = candidates.filter((candidate) => candidate.key === baseline.key);

  if (baseline.selector === undefined) {
    if (exact.length === 0) return missingFinding(baseline, candidateName);
    const weaker =
      exact.find((candidate) => !holds(candidate)) ??
      candidates.find(
        (candidate) => candidate.selector !== undefined && sameRule(candidate) && !holds(candidate),
      );
    return weaker === undefined ? undefined : weakerFinding(baseline, candidateName, weaker);
  }

  const relevant =
    exact.length > 0
      ? exact
      : candidates.filter((candidate) => candidate.selector === undefined && sameRule(candidate));
  const weaker = relevant.find((candidate) => !holds(candidate));
  if (relevant.some(holds) && (exact.length === 0 || weaker === undefined)) return undefined;
  if (relevant.length === 0) return missingFinding(baseline, candidateName);
  return weakerFinding(baseline, candidateName, weaker ?? relevant[0]!);
}

/** Baseline values that demand nothing: an empty list (allowlists only where `[]` disables), a flag not set. */
function isNoOp({ rule, value }: PolicyRuleClaim): boolean {
  const emptyList = Array.isArray(value) && value.length === 0;
  switch (rule.strictness) {
    case 'allowlist-subset':
      return rule.emptyList === 'disabled' && emptyList;
    case 'denylist-superset':
    case 'routing-probes':
      return emptyList;
    case 'requires-true':
      return value !== true;
    case 'requires-false':
      return value !== false;
    case 'exact-list':
    case 'ordered-string':
      return false;
  }
}

function missingFinding(baseline: PolicyRuleClaim, candidateName: string): ClaimProblem {
  const problem = finding({
    checkId: CONFORMANCE_MISSING,
    message: `${candidateName} is missing ${baseline.propertyPath}.`,
    path: candidateName,
    // The dotted path split at every dot, scope names included, and never quoted.
    target: `oc://${candidateName}/${baseline.propertyPath.replaceAll('.', '/')}`,
    requirement: baseline.target,
    fixHint: `Add an equally or more restrictive ${baseline.propertyPath} rule, or update the baseline policy after review.`,
  });
  return { kind: 'missing', baseline, finding: problem };
}

function weakerFinding(
  baseline: PolicyRuleClaim,
  candidateName: string,
  candidate: PolicyRuleClaim,
): ClaimProblem {
  const problem = finding({
    checkId: CONFORMANCE_WEAKER,
    message: `${candidateName} ${baseline.propertyPath} is weaker than the baseline policy.`,
    path: candidateName,
    target: candidate.target,
    requirement: baseline.target,
    fixHint: `Use an equally or more restrictive ${baseline.propertyPath} value, or update the baseline policy after review.`,
  });
  return { kind: 'weaker', baseline, candidate, finding: problem };
}

/** The human output (stdout is a terminal, no `--json`), one string per line. */
export function policyConformanceLines(report: PolicyConformanceReport): string[] {
  if (report.findings.length === 0) {
    return [
      `policy compare: no findings (${report.policyPath} is at least as strict as ${report.baselinePath}; ${report.rulesChecked} rule(s) checked)`,
    ];
  }
  return [
    `policy compare: ${report.findings.length} finding(s) (${report.rulesChecked} rule(s) checked)`,
    ...report.findings.map((f) => `  [${f.severity}] ${f.checkId} - ${f.message}`),
  ];
}
