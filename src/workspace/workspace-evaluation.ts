import type { PolicyCheck } from '../engine/check.js';
import { checkReport, configInvalidReport, type CheckReport } from '../engine/check-report.js';
import { profileOf, type ReleaseProfile } from '../engine/release-profile.js';
import type { Severity } from '../engine/types.js';
import { loadCheckInputFrom, type LoadedCheckInput } from './check-input.js';
import type { OpenClawHost } from './openclaw-host.js';
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
 * `InputError`. Without a profile this is 2026.5.20 (the pull-request gate, for now).
 */
export async function evaluateWorkspaceFrom(
  reader: WorkspaceReader,
  options: {
    config?: string;
    policy?: string;
    checkedAt: string;
    severityMin?: Severity;
    profile?: ReleaseProfile;
    host?: OpenClawHost;
  },
): Promise<WorkspaceEvaluation> {
  const profile = options.profile ?? profileOf('2026.5.20');
  const loaded = await loadCheckInputFrom(reader, { ...options, profile });
  if (loaded.kind === 'config-invalid')
    return {
      report: configInvalidReport(loaded.issues, profile, options.severityMin),
      check: undefined,
      loaded,
    };
  const check = profile.evaluate(loaded.input);
  const report = checkReport(check, {
    checkedAt: options.checkedAt,
    policyPath: loaded.input.name.display,
    severityMin: options.severityMin,
    profile,
  });
  return { report, check, loaded };
}
