import { runPolicyCheck, type PolicyCheck } from '../engine/check.js';
import { checkReport, configInvalidReport, type CheckReport } from '../engine/check-report.js';
import type { Severity } from '../engine/types.js';
import { loadCheckInputFrom, type LoadedCheckInput } from './check-input.js';
import type { WorkspaceReader } from './workspace-reader.js';

export interface WorkspaceEvaluation {
  /** The `check --json` report. */
  report: CheckReport;
  /** The evaluation behind it; undefined when the OpenClaw config could not be used. */
  check: PolicyCheck | undefined;
  /** The documents read, for locating findings. */
  loaded: LoadedCheckInput;
}

/**
 * Reads a workspace through `reader` and evaluates it into its `check --json` report: the one
 * path the CLI (disk) and the gate (commits read through the API) share. Refused input throws
 * `InputError`.
 */
export async function evaluateWorkspaceFrom(
  reader: WorkspaceReader,
  options: { config?: string; policy?: string; checkedAt: string; severityMin?: Severity },
): Promise<WorkspaceEvaluation> {
  const loaded = await loadCheckInputFrom(reader, options);
  if (loaded.kind === 'config-invalid')
    return { report: configInvalidReport(loaded.error), check: undefined, loaded };
  const check = runPolicyCheck(loaded.input);
  const report = checkReport(check, {
    checkedAt: options.checkedAt,
    policyPath: loaded.input.name.display,
    severityMin: options.severityMin,
  });
  return { report, check, loaded };
}
