import type { CheckReport } from '../engine/check-report.js';
import { ATTESTATION_HASH_MISMATCH } from '../engine/findings.js';
import { InputError } from '../workspace/input-error.js';
import { evaluateWorkspace, locationFrom } from './check-command.js';
import { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, UsageError, type CliIo } from './cli-io.js';
import { LOCATION_FLAGS, parseFlags } from './parse-flags.js';
import type { WorkspaceLocation } from '../workspace/check-input.js';

export type WatchStatus = 'clean' | 'findings' | 'stale' | 'error';

const MIN_INTERVAL_MS = 250;
const DEFAULT_INTERVAL_MS = 2000;

interface WatchState {
  status: WatchStatus;
  exitCode: number;
  report?: CheckReport;
  expectedAttestationHash?: string;
  error?: string;
}

export async function watchCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags('watch', args, {
    ...LOCATION_FLAGS,
    once: { type: 'boolean' },
    json: { type: 'boolean' },
    'interval-ms': { type: 'string' },
  });
  const intervalMs = parseInterval(values['interval-ms']);
  const location = locationFrom(values, io);
  const json = values.json || !io.stdoutIsTerminal;
  if (values.once) {
    const state = await evaluate(location, io.now());
    if (state.status === 'error') throw new InputError(state.error ?? 'the workspace could not be read.');
    io.stdout(render(state, json));
    return state.exitCode;
  }
  let lastKey: string | undefined;
  let exitCode = EXIT_CLEAN;
  while (!io.stopRequested()) {
    const state = await evaluate(location, io.now());
    const key = `${state.status}:${state.report?.attestation?.attestationHash ?? state.error ?? ''}:${state.exitCode}`;
    if (key !== lastKey) io.stdout(render(state, json));
    lastKey = key;
    exitCode = state.exitCode;
    await io.sleep(intervalMs);
  }
  return exitCode;
}

/** Stricter than OpenClaw 2026.5.20, which silently falls back to 2000 ms (SPEC.md §5). */
function parseInterval(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_INTERVAL_MS;
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < MIN_INTERVAL_MS)
    throw new UsageError('--interval-ms must be an integer >= 250.');
  return value;
}

async function evaluate(location: WorkspaceLocation, now: Date): Promise<WatchState> {
  try {
    const { report, loaded } = await evaluateWorkspace(location, now);
    const expectedAttestationHash =
      loaded.kind === 'input' ? loaded.input.settings.expectedAttestationHash : undefined;
    return { ...statusOf(report, expectedAttestationHash), report, expectedAttestationHash };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { status: 'error', exitCode: EXIT_ERROR, error: error.message };
  }
}

export function statusOf(
  report: CheckReport,
  expected: string | undefined,
): { status: WatchStatus; exitCode: number } {
  if (report.findings.some((f) => f.checkId !== ATTESTATION_HASH_MISMATCH))
    return { status: 'findings', exitCode: EXIT_FINDINGS };
  if (expected !== undefined && expected !== report.attestation?.attestationHash)
    return { status: 'stale', exitCode: EXIT_FINDINGS };
  return { status: 'clean', exitCode: report.ok ? EXIT_CLEAN : EXIT_FINDINGS };
}

function render(state: WatchState, json: boolean): string {
  if (json) {
    const out: Record<string, unknown> = { status: state.status, ok: state.report?.ok ?? false };
    if (state.expectedAttestationHash !== undefined)
      out.expectedAttestationHash = state.expectedAttestationHash;
    if (state.error !== undefined) out.error = state.error;
    out.attestation = state.report?.attestation ?? null;
    out.findings = state.report?.findings ?? [];
    return `${JSON.stringify(out)}\n`;
  }
  if (state.status === 'error') return `policy watch: error - ${state.error}\n`;
  const hash = state.report?.attestation?.attestationHash ?? 'missing';
  const lines = [`policy watch: ${state.status} (attestation ${hash})`];
  for (const f of state.report?.findings ?? [])
    lines.push(
      `  [${f.severity}] ${f.checkId} ${f.path ?? ''}${f.line === undefined ? '' : `:${f.line}`} - ${f.message}`,
    );
  return `${lines.join('\n')}\n`;
}
