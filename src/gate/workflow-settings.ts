// Settings a pull request could have written itself (issue 12, item 2). On `pull_request` and
// `pull_request_review` the workflow runs from the pull request's merge commit, so a pull request
// that edits the workflow file decides the action's inputs. Whatever `.github/policy-gate.yml` on
// the base does not set comes from those inputs (or their defaults: an `acceptors` input removed
// means nobody needs to approve). Two of them decide the outcome of the very pull request that
// could have written them:
//
// - acceptors, whenever the pull request needs acceptance: it would name its own acceptors. The
//   gate refuses: an `error` for every workspace that needs acceptance.
// - mode: advisory, when the gate fails: it would turn its own failure into a warning. The gate
//   enforces instead, and says why.
//
// On `pull_request_target` the workflow comes from the base branch: nothing here applies.
import type { SettingSource } from './gate-settings.js';
import type { SettingKey } from './settings-file.js';
import type { GateReport } from './report.js';

/** Events whose workflow file comes from the pull request's merge commit. */
const HEAD_WORKFLOW_EVENTS = new Set(['pull_request', 'pull_request_review']);

/** GitHub lists at most this many files of a pull request. */
export const MAX_LISTED_FILES = 3000;

export interface WorkflowRisk {
  /** Workspaces whose outcome depends on acceptors the workflow set. */
  acceptorsOf: string[];
  /** The gate fails and only the workflow's `mode: advisory` keeps the job green. */
  advisoryMode: boolean;
}

/** What depends on settings the workflow gave; undefined when nothing does (no listing needed). */
export function workflowRisk(
  eventName: string,
  report: GateReport,
  sources: Readonly<Record<SettingKey, SettingSource>>,
): WorkflowRisk | undefined {
  if (!HEAD_WORKFLOW_EVENTS.has(eventName)) return undefined;
  const acceptorsOf =
    sources.acceptors === 'file'
      ? []
      : report.workspaces
          .filter((result) => result.verdict !== 'error' && result.acceptance.status !== 'not-needed')
          .map((result) => result.workspaceId);
  // Checked whenever the gate fails — or may, once the acceptors are refused.
  const advisoryMode =
    sources.mode === 'input' && report.mode === 'advisory' && (!report.passed || acceptorsOf.length > 0);
  return acceptorsOf.length > 0 || advisoryMode ? { acceptorsOf, advisoryMode } : undefined;
}

/** `.github/workflows/gate.yml` from GITHUB_WORKFLOW_REF (`owner/repo/<path>@<ref>`). */
export function workflowFileOf(workflowRef: string | undefined, repository: string): string | undefined {
  if (!workflowRef) return undefined;
  const prefix = `${repository}/`;
  const withoutRepo = workflowRef.toLowerCase().startsWith(prefix.toLowerCase())
    ? workflowRef.slice(prefix.length)
    : workflowRef.split('/').slice(2).join('/');
  const at = withoutRepo.lastIndexOf('@');
  const file = at < 0 ? withoutRepo : withoutRepo.slice(0, at);
  return file === '' ? undefined : file;
}

/**
 * The workflow files a pull request changes: any under `.github/workflows/` — the running one, or
 * a reusable workflow it calls, which can hold the inputs just as well. A listing GitHub cut
 * short cannot show there is none; it counts as changing them.
 */
export function changedWorkflowFiles(
  files: readonly { filename: string; previousFilename?: string }[],
): { files: string[] } | { truncated: true } {
  if (files.length >= MAX_LISTED_FILES) return { truncated: true };
  const inWorkflows = (name: string | undefined) =>
    name !== undefined && name.startsWith('.github/workflows/');
  return {
    files: [
      ...new Set(
        files.flatMap((file) =>
          [file.filename, file.previousFilename].filter((name): name is string => inWorkflows(name)),
        ),
      ),
    ],
  };
}

/** Sentences for the two refusals, given what the pull request changes. */
export function workflowSettingsRefusal(options: {
  changed: { files: string[] } | { truncated: true };
  runningWorkflow: string | undefined;
  acceptors: readonly string[];
  settingsFile: string;
  baseLabel: string;
}): { acceptors: string; mode: string } | undefined {
  const { changed } = options;
  if ('files' in changed && changed.files.length === 0) return undefined;
  const what =
    'truncated' in changed
      ? `this pull request changes ${MAX_LISTED_FILES} files or more, more than GitHub lists, so policy-gate cannot tell whether it changes the workflow`
      : `this pull request changes ${describeFiles(changed.files, options.runningWorkflow)}`;
  const fix = `set it in ${options.settingsFile} on ${options.baseLabel} (a pull request cannot change that for itself), or run the gate on pull_request_target; see the README`;
  const current =
    options.acceptors.length === 0
      ? 'which today requires nobody'
      : `which today names ${options.acceptors.join(', ')}`;
  return {
    acceptors: `${what}, and \`acceptors\` comes from the workflow's inputs (${current}), not from ${options.settingsFile} on ${options.baseLabel}: a pull request may not decide who accepts it. To accept this change, ${fix}.`,
    mode: `${what}, and \`mode: advisory\` comes from the workflow's inputs, not from ${options.settingsFile} on ${options.baseLabel}: a pull request may not make the gate advisory for itself, so this run enforces. To keep advisory mode, ${fix}.`,
  };
}

function describeFiles(files: readonly string[], running: string | undefined): string {
  const shown = files.slice(0, 3).map((file) => (file === running ? `${file} (the running workflow)` : file));
  const more = files.length > shown.length ? ` and ${files.length - shown.length} more` : '';
  return `${files.length === 1 ? 'the workflow file' : 'workflow files'} ${shown.join(', ')}${more}`;
}

/** The report after the refusals: workspaces that needed acceptance are errors; advisory becomes enforce. */
export function withWorkflowSettingsRefused(
  report: GateReport,
  risk: WorkflowRisk,
  refusal: { acceptors: string; mode: string },
): GateReport {
  const refused = new Set(risk.acceptorsOf);
  const workspaces = report.workspaces.map((result) =>
    refused.has(result.workspaceId)
      ? { ...result, verdict: 'error' as const, passed: false, reason: refusal.acceptors }
      : result,
  );
  return {
    ...report,
    workspaces,
    passed: workspaces.every((w) => w.passed),
    mode: risk.advisoryMode ? 'enforce' : report.mode,
  };
}
