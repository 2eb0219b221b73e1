import { explainChange, isEmptyExplanation, type Explanation } from '../engine/explain.js';
import { isRecord } from '../engine/record.js';
import { changedComponents, componentValue, snapshotOf, type CheckSnapshot } from '../engine/snapshot.js';
import type { Finding } from '../engine/types.js';
import { reportVerificationProblem } from '../gate/attestation-file.js';
import { InputError } from '../workspace/input-error.js';
import { EXIT_CLEAN, EXIT_FINDINGS, type CliIo } from './cli-io.js';
import { parseFlags } from './parse-flags.js';
import { RELEASE_FLAG, releaseFrom } from './release-options.js';
import { argumentName, readJsonArgument, refuseSeveralStdinArguments } from './read-json-file.js';

/** The flags `diff` takes (its --help describes each). */
export const DIFF_FLAGS = {
  ...RELEASE_FLAG,
  json: { type: 'boolean' },
  'before-policy': { type: 'string' },
  'after-policy': { type: 'string' },
} as const;

export async function diffCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags('diff', args, DIFF_FLAGS, 2);
  // Saved reports of either release verify and compare the same way (fix recommendations are
  // display-only, never hashed); the flag is accepted so every verb takes it.
  releaseFrom(values.openclaw);
  const [beforeFile, afterFile] = positionals as [string, string];
  refuseSeveralStdinArguments([
    ['<before.json>', beforeFile],
    ['<after.json>', afterFile],
    ['--before-policy', values['before-policy']],
    ['--after-policy', values['after-policy']],
  ]);
  const beforeReport = await readJsonArgument(io, beforeFile);
  const afterReport = await readJsonArgument(io, afterFile);
  const before = snapshotFrom(beforeReport, argumentName(beforeFile));
  const after = snapshotFrom(afterReport, argumentName(afterFile));
  const changed = changedComponents(before, after);
  const explanation = explainChange(
    {
      ...reportParts(beforeReport),
      policy: values['before-policy'] && (await readJsonArgument(io, values['before-policy'])),
    },
    {
      ...reportParts(afterReport),
      policy: values['after-policy'] && (await readJsonArgument(io, values['after-policy'])),
    },
  );
  if (values.json || !io.stdoutIsTerminal)
    io.stdout(`${JSON.stringify({ changed, before, after, explanation })}\n`);
  else io.stdout(humanDiff(changed, before, after, explanation));
  return changed.length === 0 ? EXIT_CLEAN : EXIT_FINDINGS;
}

/** A snapshot of a report whose hashes re-derive from its own content (a hand-edited one is refused). */
function snapshotFrom(report: unknown, file: string): CheckSnapshot {
  const result = snapshotOf(report);
  if ('problem' in result) throw new InputError(`${file} ${result.problem}.`);
  const problem = reportVerificationProblem(report, file);
  if (problem !== undefined) throw new InputError(problem);
  return result.snapshot;
}

function reportParts(report: unknown): { evidence: unknown; findings: Finding[] } {
  const record = isRecord(report) ? report : {};
  const findings = Array.isArray(record.findings) ? record.findings.filter(isRecord) : [];
  return { evidence: record.evidence, findings: findings as unknown as Finding[] };
}

function humanDiff(
  changed: string[],
  before: CheckSnapshot,
  after: CheckSnapshot,
  explanation: Explanation,
): string {
  if (changed.length === 0)
    return `policy diff: no drift (attestation ${componentValue(after, 'attestation')})\n`;
  const lines = [`policy diff: changed ${changed.join(', ')}`];
  for (const component of changed) {
    lines.push(
      `  ${component}: ${componentValue(before, component as never)} -> ${componentValue(after, component as never)}`,
    );
  }
  if (!isEmptyExplanation(explanation)) lines.push(...explanationLines(explanation));
  return `${lines.join('\n')}\n`;
}

export function explanationLines(e: Explanation): string[] {
  const lines: string[] = [];
  for (const f of e.findings.added) lines.push(`  + finding ${f.checkId}: ${f.message}`);
  for (const f of e.findings.resolved) lines.push(`  - finding ${f.checkId}: ${f.message}`);
  for (const entry of e.evidence.added) lines.push(`  + ${entry.slice} ${entry.source}`);
  for (const entry of e.evidence.removed) lines.push(`  - ${entry.slice} ${entry.source}`);
  for (const entry of e.evidence.changed) {
    const fields = entry.changes.map(
      (c) => `${c.field} ${JSON.stringify(c.before) ?? 'absent'} -> ${JSON.stringify(c.after) ?? 'absent'}`,
    );
    lines.push(`  ~ ${entry.slice} ${entry.source}: ${fields.join(', ')}`);
  }
  for (const rule of e.policy?.added ?? []) lines.push(`  + rule ${rule.rule}: ${rule.value}`);
  for (const rule of e.policy?.removed ?? []) lines.push(`  - rule ${rule.rule}: ${rule.value}`);
  return lines;
}
