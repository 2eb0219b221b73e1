// `check`'s output on a terminal: OpenClaw's human lines of `policy check` (the same in both
// releases), every one of them byte for byte, and policy-gate's additions, each recognisable so a
// reader or a script can tell them apart from the release's (the conformance replay takes them out
// by exactly these shapes: test/conformance/goldens-2026.9-harness.ts, `withoutOurLines`):
//
//   policy check: 2 finding(s)                                     ← release
//     [error] policy/tools-missing-owner AGENTS.md:6 - AGENTS.md tool 'risk' has no declared owner.
//         fix (manual): Declare the missing tool metadata in AGENTS.md.   ← fix recommendation (2026.9.6)
//         hint: Declare owner:<team-or-person> for this tool.             ← the finding's fix hint
//   hint: AGENTS.md:6: `- risk: high` at column 0 declares a tool named 'risk'; indent it …
//   attestation sha256:…                                           ← the hash people pin
//
// Under a finding, deeper than the release's two spaces: its fix recommendation with the keys to
// change located in `documents`, then its fix hint when that says more than the recommendation.
// After the findings, column 0: hints about the workspace (misplaced tool metadata), then the
// attestation hash, the value to pin as `expectedAttestationHash` (absent for an unusable config,
// which has no attestation).
import type { CheckReport } from '../engine/check-report.js';
import { locateFix, type FixDocuments } from '../gate/fix-locations.js';
import { plainText } from '../render/escape.js';
import { fixTerminalLines } from '../render/fix-recommendation.js';

/** Deeper than the release's finding lines (two spaces), so a reader (or a script) tells them apart. */
export const FIX_INDENT = '      ';
export const HINT_PREFIX = 'hint: ';
export const ATTESTATION_PREFIX = 'attestation ';
const MAX_HINT = 500;

export interface HumanCheckExtras {
  /** The workspace's config and policy, to locate the keys a fix names. */
  documents?: FixDocuments;
  /** Hints about the workspace as a whole (without the prefix), printed after the findings. */
  workspaceHints?: readonly string[];
}

export function humanCheckOutput(report: CheckReport, extras: HumanCheckExtras = {}): string {
  const lines = releaseLines(report, extras.documents ?? {});
  for (const hint of extras.workspaceHints ?? [])
    lines.push(`${HINT_PREFIX}${plainText(hint, MAX_HINT, { singleLine: true })}`);
  const attestationHash = report.attestation?.attestationHash;
  if (attestationHash !== undefined) lines.push(`${ATTESTATION_PREFIX}${attestationHash}`);
  return `${lines.join('\n')}\n`;
}

/** The release's lines, each finding followed by its fix and hint lines. */
function releaseLines(report: CheckReport, documents: FixDocuments): string[] {
  if (report.findings.length === 0) {
    const policy = report.attestation?.policy?.hash ?? 'missing';
    const evidence = report.attestation?.workspace.hash ?? 'unavailable';
    return [`policy check: no findings (policy ${policy}, evidence ${evidence})`];
  }
  const lines = [`policy check: ${report.findings.length} finding(s)`];
  for (const f of report.findings) {
    lines.push(`  [${f.severity}] ${f.checkId}${findingPlace(f)} - ${f.message}`);
    const fix = f.policy?.fixRecommendation;
    const own = fix === undefined ? [] : fixTerminalLines(locateFix(f, fix, documents));
    // The hint often repeats a 2026.5.20-style recommendation word for word: then it is left out.
    if (f.fixHint !== undefined && f.fixHint !== fix?.summary)
      own.push(`${HINT_PREFIX}${plainText(f.fixHint, MAX_HINT, { singleLine: true })}`);
    lines.push(...own.map((line) => `${FIX_INDENT}${line}`));
  }
  return lines;
}

/** ` <path>[:<line>]`, or `:<line>` alone, or nothing: OpenClaw's place of a finding. */
function findingPlace(f: { path?: string; line?: number }): string {
  return `${f.path === undefined ? '' : ` ${f.path}`}${f.line === undefined ? '' : `:${f.line}`}`;
}
