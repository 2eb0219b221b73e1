import path from 'node:path';
import { SEVERITIES, type CheckReport } from '../engine/check-report.js';
import type { Severity } from '../engine/types.js';
import type { WorkspaceLocation } from '../workspace/check-input.js';
import { evaluateWorkspaceFrom, type WorkspaceEvaluation } from '../workspace/workspace-evaluation.js';
import { diskReader } from '../workspace/workspace-reader.js';
import { EXIT_CLEAN, EXIT_FINDINGS, UsageError, type CliIo } from './cli-io.js';
import { LOCATION_FLAGS, parseFlags } from './parse-flags.js';

export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags('check', args, {
    ...LOCATION_FLAGS,
    json: { type: 'boolean' },
    'severity-min': { type: 'string' },
  });
  const severityMin = parseSeverity(values['severity-min']);
  const { report } = await evaluateWorkspace(locationFrom(values, io), io.now(), severityMin);
  if (values.json || !io.stdoutIsTerminal) io.stdout(`${JSON.stringify(report)}\n`);
  else io.stdout(humanCheckOutput(report));
  return report.ok ? EXIT_CLEAN : EXIT_FINDINGS;
}

/** Reads and evaluates one workspace on disk into its `check --json` report. */
export function evaluateWorkspace(
  location: WorkspaceLocation,
  now: Date,
  severityMin: Severity = 'info',
): Promise<WorkspaceEvaluation> {
  return evaluateWorkspaceFrom(diskReader(path.resolve(location.cwd)), {
    config: location.config,
    policy: location.policy,
    checkedAt: now.toISOString(),
    severityMin,
  });
}

export function locationFrom(
  values: { cwd?: string; config?: string; policy?: string },
  io: CliIo,
): WorkspaceLocation {
  return { cwd: path.resolve(io.cwd, values.cwd ?? '.'), config: values.config, policy: values.policy };
}

function parseSeverity(value: string | undefined): Severity {
  if (value === undefined) return 'info';
  if ((SEVERITIES as readonly string[]).includes(value)) return value as Severity;
  throw new UsageError(`check: --severity-min must be one of info, warning, error, got '${value}'.`);
}

export function humanCheckOutput(report: CheckReport): string {
  if (report.findings.length === 0) {
    const policy = report.attestation?.policy?.hash ?? 'missing';
    const evidence = report.attestation?.workspace.hash ?? 'missing';
    return `policy check: no findings (policy ${policy}, evidence ${evidence})\n`;
  }
  const lines = [`policy check: ${report.findings.length} finding(s)`];
  for (const f of report.findings) {
    const where = f.line === undefined ? (f.path ?? '') : `${f.path ?? ''}:${f.line}`;
    lines.push(`  [${f.severity}] ${f.checkId} ${where} - ${f.message}`);
  }
  return `${lines.join('\n')}\n`;
}
