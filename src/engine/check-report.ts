import type { PolicyCheck } from './check.js';
import { fixRecommendationFor } from './current/check-ids.js';
import { profileOf, type ReleaseProfile } from './release-profile.js';
import { CONFIG_INVALID, finding } from './findings.js';
import type { Evidence, Finding, Severity } from './types.js';

/** `check --json` output, keys in SPEC.md §5 order. Also the accepted attestation file format. */
export interface CheckReport {
  ok: boolean;
  attestation?: AttestationRecord;
  evidence: Evidence | { channels: [] };
  checksRun: number;
  checksSkipped: number;
  findings: Finding[];
}

export interface AttestationRecord {
  checkedAt: string;
  policy?: { path: string; hash: string };
  workspace: { scope: 'policy'; hash: string };
  findingsHash: string;
  attestationHash: string;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
export const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];

export function atOrAbove(findings: readonly Finding[], minimum: Severity): Finding[] {
  return findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[minimum]);
}

export function checkReport(
  check: PolicyCheck,
  options: { checkedAt: string; policyPath: string; severityMin?: Severity; profile?: ReleaseProfile },
): CheckReport {
  const profile = options.profile ?? profileOf('2026.5.20');
  const visible = atOrAbove(check.visibleFindings, options.severityMin ?? 'info');
  const findings = profile.fixRecommendations ? visible.map(withFixRecommendation) : visible;
  const attestation: AttestationRecord = { checkedAt: options.checkedAt } as AttestationRecord;
  if (check.policyHash !== undefined)
    attestation.policy = { path: options.policyPath, hash: check.policyHash };
  attestation.workspace = { scope: 'policy', hash: check.evidenceHash };
  attestation.findingsHash = check.findingsHash;
  attestation.attestationHash = check.attestationHash;
  return {
    ok: findings.length === 0,
    attestation,
    evidence: check.evidence,
    // OpenClaw counts every check as run in each branch that reaches the evaluator, disabled included.
    checksRun: profile.checksRun,
    checksSkipped: 0,
    findings,
  };
}

/** One reason OpenClaw's config reader gives for an unusable config; `path` is dotted, '' for the root. */
export interface ConfigIssue {
  path: string;
  message: string;
}

/**
 * An OpenClaw config that cannot be used fails closed with this report (SPEC.md §1, SPEC-2026.9 §2.3):
 * one `policy/config-invalid` finding per issue. A parse failure is `JSON5 parse failed:
 * SyntaxError: <json5 message>`, a root that is not an object `Invalid input`; 2026.9.6's schema
 * adds its own issues.
 */
export function configInvalidReport(
  issues: readonly ConfigIssue[],
  profile = profileOf('2026.5.20'),
  severityMin: Severity = 'info',
): CheckReport {
  // The threshold filters these too (all errors, so always shown); never a fix recommendation.
  const findings = atOrAbove(
    issues.map(({ path, message }) => finding({ checkId: CONFIG_INVALID, message, path })),
    severityMin,
  );
  return {
    ok: findings.length === 0,
    evidence: { channels: [] },
    checksRun: 1,
    checksSkipped: profile.checksRun,
    findings,
  };
}

/** The visible form of a finding of a known check id: its fix recommendation appended. */
function withFixRecommendation(f: Finding): Finding {
  const fixRecommendation = fixRecommendationFor(f.checkId);
  return fixRecommendation === undefined ? f : { ...f, policy: { fixRecommendation } };
}
