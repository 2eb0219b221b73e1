import path from 'node:path';
import { SEVERITIES, type CheckReport } from '../engine/check-report.js';
import type { ReleaseProfile } from '../engine/release-profile.js';
import type { Severity } from '../engine/types.js';
import type { WorkspaceLocation } from '../workspace/check-input.js';
import type { OpenClawHost } from '../workspace/openclaw-host.js';
import { evaluateWorkspaceFrom, type WorkspaceEvaluation } from '../workspace/workspace-evaluation.js';
import { diskReader } from '../workspace/workspace-reader.js';
import { EXIT_CLEAN, EXIT_FINDINGS, UsageError, type CliIo } from './cli-io.js';
import { LOCATION_FLAGS, parseFlags } from './parse-flags.js';
import { HOST_FLAGS, hostFrom, RELEASE_FLAG, releaseFrom } from './release-options.js';

export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags('check', args, {
    ...LOCATION_FLAGS,
    ...RELEASE_FLAG,
    ...HOST_FLAGS,
    json: { type: 'boolean' },
    'severity-min': { type: 'string' },
  });
  const profile = releaseFrom(values.openclaw);
  // Like OpenClaw: the threshold is checked before the config is read.
  const severityMin = parseSeverity(values['severity-min']);
  const location = locationFrom(values, io);
  const { report } = await evaluateWorkspace(location, {
    now: io.now(),
    severityMin,
    profile,
    host: hostFrom(profile, values, io, location.cwd, 'policy check'),
  });
  if (values.json || !io.stdoutIsTerminal) io.stdout(`${JSON.stringify(report)}\n`);
  else io.stdout(humanCheckOutput(report));
  return report.ok ? EXIT_CLEAN : EXIT_FINDINGS;
}

/** Reads and evaluates one workspace on disk into its `check --json` report. */
export function evaluateWorkspace(
  location: WorkspaceLocation,
  options: { now: Date; severityMin?: Severity; profile: ReleaseProfile; host: OpenClawHost | undefined },
): Promise<WorkspaceEvaluation> {
  return evaluateWorkspaceFrom(diskReader(path.resolve(location.cwd)), {
    config: location.config,
    policy: location.policy,
    checkedAt: options.now.toISOString(),
    severityMin: options.severityMin ?? 'info',
    profile: options.profile,
    host: options.host,
  });
}

export function locationFrom(
  values: { cwd?: string; config?: string; policy?: string },
  io: CliIo,
): WorkspaceLocation {
  return { cwd: path.resolve(io.cwd, values.cwd ?? '.'), config: values.config, policy: values.policy };
}

/** Exactly `info`, `warning` or `error` (no trimming, case-sensitive), as both releases read it. */
export function parseSeverity(value: string | undefined): Severity {
  if (value === undefined) return 'info';
  if ((SEVERITIES as readonly string[]).includes(value)) return value as Severity;
  throw new UsageError('Invalid --severity-min value. Expected one of: info, warning, error.');
}

/** OpenClaw's human output of `policy check` (the same in both releases). */
export function humanCheckOutput(report: CheckReport): string {
  if (report.findings.length === 0) {
    const policy = report.attestation?.policy?.hash ?? 'missing';
    const evidence = report.attestation?.workspace.hash ?? 'unavailable';
    return `policy check: no findings (policy ${policy}, evidence ${evidence})\n`;
  }
  const lines = [`policy check: ${report.findings.length} finding(s)`];
  for (const f of report.findings)
    lines.push(`  [${f.severity}] ${f.checkId}${findingPlace(f)} - ${f.message}`);
  return `${lines.join('\n')}\n`;
}

/** ` <path>[:<line>]`, or `:<line>` alone, or nothing: OpenClaw's place of a finding. */
function findingPlace(f: { path?: string; line?: number }): string {
  return `${f.path === undefined ? '' : ` ${f.path}`}${f.line === undefined ? '' : `:${f.line}`}`;
}
