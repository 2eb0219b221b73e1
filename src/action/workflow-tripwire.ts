// Refuses settings a pull request could have written itself (see src/gate/workflow-settings.ts):
// lists the pull request's files only when an outcome depends on `acceptors` or `mode` from the
// workflow, which is never the case once `.github/policy-gate.yml` on the base sets them.
import type { GitHubClient } from '../github/client.js';
import { describeGitHubFailure } from '../github/errors.js';
import { listPullRequestFiles, type ChangedFile } from '../github/pull-request-files.js';
import type { SettingSource } from '../gate/gate-settings.js';
import type { GateReport } from '../gate/report.js';
import { SETTINGS_FILE, type SettingKey } from '../gate/settings-file.js';
import {
  changedWorkflowFiles,
  withWorkflowSettingsRefused,
  workflowFileOf,
  workflowRisk,
  workflowSettingsRefusal,
} from '../gate/workflow-settings.js';
import type { GateEvent } from './event-context.js';

export async function refuseWorkflowSettings(options: {
  client: GitHubClient;
  event: GateEvent;
  report: GateReport;
  sources: Readonly<Record<SettingKey, SettingSource>>;
  /** The effective acceptors, to name them. */
  acceptors: readonly string[];
  /** GITHUB_WORKFLOW_REF. */
  workflowRef: string | undefined;
}): Promise<{ report: GateReport; notes: string[] }> {
  const { client, event, report } = options;
  const risk = workflowRisk(event.name, report, options.sources);
  if (risk === undefined || event.pullRequest === undefined) return { report, notes: [] };
  let files: ChangedFile[];
  try {
    files = await listPullRequestFiles(client, {
      owner: event.owner,
      repo: event.repo,
      pullNumber: event.pullRequest.number,
    });
  } catch (error) {
    // Cannot tell: the refusal applies, with the reason it could not be checked.
    const why = `policy-gate could not tell whether this pull request changes the workflow that sets \`acceptors\` or \`mode\`: ${describeGitHubFailure(error, 'list-pull-request-files')}`;
    return {
      report: withWorkflowSettingsRefused(report, risk, { acceptors: why, mode: why }),
      notes: risk.advisoryMode ? [why] : [],
    };
  }
  const refusal = workflowSettingsRefusal({
    changed: changedWorkflowFiles(files),
    runningWorkflow: workflowFileOf(options.workflowRef, `${event.owner}/${event.repo}`),
    acceptors: options.acceptors,
    settingsFile: SETTINGS_FILE,
    baseLabel: event.baseLabel,
  });
  if (refusal === undefined) return { report, notes: [] };
  return {
    report: withWorkflowSettingsRefused(report, risk, refusal),
    notes: risk.advisoryMode ? [refusal.mode] : [],
  };
}
