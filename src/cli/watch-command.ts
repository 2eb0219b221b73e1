import type { CheckReport } from '../engine/check-report.js';
import { ATTESTATION_HASH_MISMATCH } from '../engine/findings.js';
import { valueAtPath } from '../engine/record.js';
import type { ReleaseProfile } from '../engine/release-profile.js';
import type { Severity } from '../engine/types.js';
import type { WorkspaceLocation } from '../workspace/check-input.js';
import { InputError } from '../workspace/input-error.js';
import type { OpenClawHost } from '../workspace/openclaw-host.js';
import {
  evaluateWorkspace,
  existingLocationFrom,
  parseSeverity,
  refuseMissingPolicyFlag,
} from './check-command.js';
import { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, UsageError, type CliIo } from './cli-io.js';
import { committedAttestationNote } from './committed-attestation.js';
import { LOCATION_FLAGS, parseFlags } from './parse-flags.js';
import { HOST_FLAGS, hostFrom, RELEASE_FLAG, releaseFrom } from './release-options.js';

/** `error`: our own, when a watched workspace becomes unreadable (OpenClaw's watch exits 2). */
export type WatchStatus = 'clean' | 'findings' | 'stale' | 'error';

const MIN_INTERVAL_MS = 250;
const DEFAULT_INTERVAL_MS = 2000;

interface WatchState {
  status: WatchStatus;
  exitCode: number;
  report?: CheckReport;
  /** `plugins.entries.policy.config.expectedAttestationHash` as written (printed as is). */
  expectedAttestationHash?: unknown;
  error?: string;
}

interface WatchRun {
  location: WorkspaceLocation;
  severityMin: Severity;
  profile: ReleaseProfile;
  host: OpenClawHost | undefined;
}

/** The flags `watch` takes (its --help describes each). */
export const WATCH_FLAGS = {
  ...LOCATION_FLAGS,
  ...RELEASE_FLAG,
  ...HOST_FLAGS,
  once: { type: 'boolean' },
  json: { type: 'boolean' },
  'interval-ms': { type: 'string' },
  'severity-min': { type: 'string' },
} as const;

export async function watchCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags('watch', args, WATCH_FLAGS);
  const profile = releaseFrom(values.openclaw);
  const intervalMs = parseInterval(values['interval-ms']);
  const severityMin = parseSeverity(values['severity-min']);
  const location = existingLocationFrom(values, io);
  const run: WatchRun = {
    location,
    severityMin,
    profile,
    host: hostFrom(profile, values, io, location.cwd, 'policy watch'),
  };
  const json = values.json || !io.stdoutIsTerminal;
  if (values.once) {
    const state = await evaluate(run, io.now(), values.policy);
    if (state.status === 'error') throw new InputError(state.error ?? 'the workspace could not be read.');
    io.stdout(render(state, json) + (json ? '' : await committedHint(run, state)));
    return state.exitCode;
  }
  let lastKey: string | undefined;
  let exitCode = EXIT_CLEAN;
  // A policy named with --policy must exist when the watch starts; later it may come and go.
  let policyFlag = values.policy;
  while (!io.stopRequested()) {
    const state = await evaluate(run, io.now(), policyFlag);
    policyFlag = undefined;
    const key = `${state.status}:${state.report?.attestation?.attestationHash ?? state.error ?? ''}:${state.exitCode}`;
    if (key !== lastKey) io.stdout(render(state, json) + (json ? '' : await committedHint(run, state)));
    lastKey = key;
    exitCode = state.exitCode;
    await io.sleep(intervalMs);
  }
  return exitCode;
}

/** On a terminal: a `hint:` line when the committed policy.attestation.json no longer matches. */
async function committedHint(run: WatchRun, state: WatchState): Promise<string> {
  if (state.report === undefined) return '';
  const note = await committedAttestationNote(run.location.cwd, state.report.attestation?.attestationHash);
  return note === undefined ? '' : `hint: ${note}\n`;
}

/**
 * OpenClaw 2026.9.6's rule: `+`digits after trimming, a safe integer ≥ 250. (2026.5.20 silently
 * fell back to 2000 ms on anything else; a typo should not mean a different interval.)
 */
function parseInterval(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_INTERVAL_MS;
  const value = /^\+?\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < MIN_INTERVAL_MS)
    throw new UsageError('--interval-ms must be an integer >= 250.');
  return value;
}

async function evaluate(run: WatchRun, now: Date, policyFlag?: string): Promise<WatchState> {
  try {
    const { report, loaded } = await evaluateWorkspace(run.location, { now, ...run });
    refuseMissingPolicyFlag(policyFlag, loaded);
    if (loaded.kind !== 'input') return { ...statusOf(report, undefined), report };
    const { config, settings } = loaded.input;
    return {
      ...statusOf(report, settings.expectedAttestationHash),
      report,
      expectedAttestationHash: valueAtPath(config, [
        'plugins',
        'entries',
        'policy',
        'config',
        'expectedAttestationHash',
      ]),
    };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { status: 'error', exitCode: EXIT_ERROR, error: error.message };
  }
}

/** OpenClaw's watch status; `expected` is the trimmed lock, undefined when unset or blank. */
export function statusOf(
  report: CheckReport,
  expected: string | undefined,
): { status: WatchStatus; exitCode: number } {
  const exitCode = report.ok ? EXIT_CLEAN : EXIT_FINDINGS;
  if (!report.ok && report.findings.some((f) => f.checkId !== ATTESTATION_HASH_MISMATCH))
    return { status: 'findings', exitCode };
  if (
    expected !== undefined &&
    report.attestation !== undefined &&
    expected !== report.attestation.attestationHash
  )
    return { status: 'stale', exitCode: EXIT_FINDINGS };
  return { status: report.ok ? 'clean' : 'findings', exitCode };
}

function render(state: WatchState, json: boolean): string {
  const report = state.report;
  if (json) {
    // OpenClaw's line; undefined keys (no lock, no attestation) are left out as JSON.stringify does.
    return `${JSON.stringify({
      status: state.status,
      ok: report?.ok ?? false,
      expectedAttestationHash: state.expectedAttestationHash,
      error: state.error,
      attestation: report?.attestation,
      findings: report?.findings ?? [],
    })}\n`;
  }
  switch (state.status) {
    case 'error':
      return `policy watch: error - ${state.error}\n`;
    case 'stale':
      return `policy watch: accepted attestation is stale (current ${report?.attestation?.attestationHash}, expected ${String(state.expectedAttestationHash)}). Review policy check output, then update the supervisor/gateway accepted attestation.\n`;
    case 'findings':
      return `policy watch: ${report?.findings.length ?? 0} finding(s); accepted attestation cannot be updated until policy check is clean.\n`;
    case 'clean':
      return `policy watch: clean (attestation ${report?.attestation?.attestationHash}, evidence ${report?.attestation?.workspace.hash})\n`;
  }
}
