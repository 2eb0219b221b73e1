import { packageManifest } from '../cli/package-manifest.js';
import { blockedWorkspaceLines } from '../render/job-log.js';
import { replaceFile } from '../workspace/replace-file.js';
import { learnedFiles } from '../render/annotation-files.js';
import { sarifLog } from '../render/sarif.js';
import { fileURLToPath } from 'node:url';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { createGitHubClient } from '../github/client.js';
import type { GateReport } from '../gate/report.js';
import { renderJobSummary } from '../render/job-summary.js';
import { gateEventFrom } from './event-context.js';
import { gateWorkspaces } from './gate-workspaces.js';
import { InputValidationError, readGateInputs } from './inputs.js';
import { actionSourceFrom, cliCommand } from './cli-command.js';
import { baseRefOf, linksOf, publish, PublishFailure, type Published } from './publish.js';
import { confirmPass } from './confirm-pass.js';
import { resolveCommits } from './resolve-commits.js';
import { settleGateInputs } from './settle-settings.js';
import { refuseWorkflowSettings } from './workflow-tripwire.js';

/** Worst first: the verdict output for several workspaces is the first of these that occurs. */
const VERDICT_SEVERITY = [
  'error',
  'findings',
  'stale',
  'drift',
  'bootstrap',
  'awaiting-acceptance',
  'reaccepted',
  'unchanged',
] as const;

/** read inputs → run → write outputs. The only place that decides the job's exit status. */
export async function run(): Promise<void> {
  // When this run started reading GitHub: its check run carries it, so that runs of one commit
  // that finish out of order can tell which read the pull request later.
  const startedAt = new Date();
  try {
    const inputs = readGateInputs((name) => core.getInput(name));
    core.setSecret(inputs.token);
    const env = process.env;
    const payload: unknown = env.GITHUB_EVENT_PATH
      ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
      : {};
    const event = gateEventFrom({
      eventName: env.GITHUB_EVENT_NAME ?? '',
      payload,
      repository: env.GITHUB_REPOSITORY ?? '',
      sha: env.GITHUB_SHA ?? '',
      inputBaseRef: inputs.baseRef,
      inputHeadRef: inputs.headRef,
    });
    const client = createGitHubClient({
      token: inputs.token,
      apiUrl: env.GITHUB_API_URL,
      graphqlUrl: env.GITHUB_GRAPHQL_URL,
      // Test and ops knobs, unset in normal use: the unit of the retry backoff (waits are
      // (n+1)² × this, default 1000 ms) and the deadline of each request (default 30 s). The
      // fault-matrix tests shorten both so persistent faults do not cost seconds each.
      retryBaseDelayMs: positiveMilliseconds(env, 'POLICY_GATE_RETRY_BASE_DELAY_MS'),
      requestTimeoutMs: positiveMilliseconds(env, 'POLICY_GATE_REQUEST_TIMEOUT_MS'),
      log: { warning: (message) => core.warning(message), debug: (message) => core.debug(message) },
    });
    const commits = await resolveCommits(client, event);
    const resolved = { ...event, ...commits };
    // `.github/policy-gate.yml` on the base bounds the inputs (issue 12, item 2).
    const settled = await settleGateInputs(client, resolved, inputs);
    const evaluated = await gateWorkspaces({
      client,
      event: resolved,
      inputs: settled.inputs,
      now: new Date(),
      cli: cliCommand(actionSourceFrom(process.env, fileURLToPath(import.meta.url))),
      ...(settled.problem === undefined ? {} : { settingsProblem: settled.problem }),
      acceptanceReasons: settled.acceptanceReasons,
    });
    const { known } = evaluated;
    const refused = await refuseWorkflowSettings({
      client,
      event: resolved,
      report: evaluated.report,
      sources: settled.sources,
      acceptors: settled.inputs.acceptors,
      workflowRef: env.GITHUB_WORKFLOW_REF,
    });
    // A pass is re-checked against the pull request as it is now (issue 12, item 3).
    const confirmation = await confirmPass({ client, event: resolved, report: refused.report, startedAt });
    const report = confirmation.kind === 'publish' ? confirmation.report : refused.report;
    let published: Published | undefined;
    let publishFailure: unknown;
    if (confirmation.kind === 'publish') {
      try {
        published = await publish(
          client,
          report,
          resolved,
          settled.inputs,
          { ...known, existingCheckRuns: confirmation.existingCheckRuns ?? known.existingCheckRuns },
          {
            info: (message) => core.info(message),
            warning: (message) => core.warning(message),
            command: (line) => process.stdout.write(`${line}\n`),
          },
          { startedAt },
        );
      } catch (error) {
        publishFailure = error;
        // What was written before the failure still goes to the outputs.
        if (error instanceof PublishFailure) published = error.published;
      }
    }
    const superseded = confirmation.kind === 'superseded' ? confirmation.reason : published?.superseded;
    const notes = [...refused.notes, ...(superseded === undefined ? [] : [`Not passed: ${superseded}`])];
    for (const note of refused.notes) core.warning(note);
    // The verdict is known even when publishing failed: the summary and outputs still carry it.
    await core.summary
      .addRaw(notes.map((note) => `> **policy-gate:** ${note}\n\n`).join(''))
      .addRaw(renderJobSummary(report, { baseRef: baseRefOf(resolved), links: linksOf(report) }), true)
      .write();
    const verdict = writeOutputs(
      report,
      published?.commentIds[0],
      published?.checkRunId,
      await actionVersion(),
    );
    if (publishFailure !== undefined) {
      const why = publishFailure instanceof Error ? publishFailure.message : String(publishFailure);
      core.setFailed(
        `policy-gate decided '${verdict}' but could not publish the result, so the job fails: ${why}`,
      );
      return;
    }
    if (superseded !== undefined) {
      const message = `policy-gate does not pass this run: ${superseded}`;
      if (report.mode === 'advisory') core.warning(message);
      else core.setFailed(message);
      return;
    }
    finish(report, report.mode, (workspaceId) => commentUrl(resolved, published, workspaceId));
  } catch (error) {
    if (error instanceof InputValidationError) {
      // Every bad input at once, in the log and the job summary, so one fix-up round is enough.
      for (const problem of error.problems) core.error(problem);
      await core.summary
        .addRaw(
          `## policy-gate\n\nThe action's inputs need fixing (${error.problems.length}):\n\n${error.problems.map((p) => `- ${escapeSummary(p)}`).join('\n')}\n`,
        )
        .write()
        .catch(() => undefined); // no summary file outside a runner: the log has every problem
      core.setFailed(`policy-gate could not start: ${error.problems.length} input problem(s), listed above.`);
      return;
    }
    core.setFailed(
      `policy-gate could not decide, so the gate fails: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** The sticky comment of a workspace on this pull request, when one was written or found. */
function commentUrl(
  event: { owner: string; repo: string; pullRequest?: { number: number } },
  published: Published | undefined,
  workspaceId: string,
): string | undefined {
  const id = published?.commentByWorkspace.get(workspaceId);
  if (id === undefined || event.pullRequest === undefined) return undefined;
  const server = (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return `${server}/${event.owner}/${event.repo}/pull/${event.pullRequest.number}#issuecomment-${id}`;
}

/** Input problems quote what was given: keep them from forming markdown or HTML. */
function escapeSummary(text: string): string {
  return text.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c] ?? c);
}

/** A positive number of milliseconds from the environment; undefined (the default) when unset or empty. */
function positiveMilliseconds(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const text = env[name]?.trim();
  if (!text) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a positive number of milliseconds, got '${text}'.`);
  }
  return value;
}

/** Writes the outputs, the report file and the SARIF file; returns the verdict output. */
function writeOutputs(
  report: GateReport,
  commentId: number | undefined,
  checkRunId: number | undefined,
  version: string,
): string {
  const verdict = VERDICT_SEVERITY.find((v) => report.workspaces.some((w) => w.verdict === v)) ?? 'error';
  const first = report.workspaces[0];
  const changed = [
    ...new Set(
      report.workspaces.flatMap((w) => w.components.filter((c) => c.changed).map((c) => c.component)),
    ),
  ];
  const findings = report.workspaces.reduce(
    (sum, w) => sum + w.findings.new.length + w.findings.stillPresent.length,
    0,
  );
  core.setOutput('verdict', verdict);
  core.setOutput('openclaw-version', first?.release?.checked ?? '');
  core.setOutput('attestation-hash', first?.candidateHash ?? '');
  core.setOutput('accepted-hash', first?.acceptedHash ?? '');
  core.setOutput('changed', JSON.stringify(changed));
  core.setOutput('findings', String(findings));
  core.setOutput('comment-id', commentId === undefined ? '' : String(commentId));
  core.setOutput('check-run-id', checkRunId === undefined ? '' : String(checkRunId));
  const dir = process.env.RUNNER_TEMP ?? process.cwd();
  mkdirSync(dir, { recursive: true });
  // Through a fresh, exclusively created file: a link planted under either name is never followed.
  const reportPath = path.join(dir, 'policy-gate-report.json');
  replaceFile(reportPath, `${JSON.stringify(report, null, 2)}\n`, { purpose: 'report' });
  core.setOutput('report', reportPath);
  const sarifPath = path.join(dir, 'policy-gate.sarif');
  replaceFile(sarifPath, `${JSON.stringify(gateSarif(report, version), null, 2)}\n`, { purpose: 'sarif' });
  core.setOutput('sarif', sarifPath);
  return verdict;
}

/** The head's findings (new and still present) of every workspace as one SARIF run, repository paths. */
function gateSarif(report: GateReport, version: string) {
  return sarifLog(
    report.workspaces.map((w) => ({
      workspaceDir: w.workspaceId,
      findings: [...w.findings.new, ...w.findings.stillPresent],
      files: learnedFiles(w, {}),
    })),
    { version, openclawRelease: report.workspaces[0]?.release?.checked ?? '' },
  );
}

/** The action's version from its package.json (dist/index.js is one folder below it); display only. */
async function actionVersion(): Promise<string> {
  try {
    return (await packageManifest(1)).version;
  } catch {
    return 'unknown'; // a checkout without package.json: the SARIF tool version is informative only
  }
}

function finish(
  report: GateReport,
  mode: 'enforce' | 'advisory',
  commentOf: (workspaceId: string) => string | undefined,
): void {
  const failing = report.workspaces.filter((w) => !w.passed);
  if (failing.length === 0) {
    core.info(`policy-gate: ${report.workspaces.map((w) => `${w.workspaceId}: ${w.verdict}`).join(', ')}`);
    return;
  }
  // The verdict, why, what changed, the next step and the comment, per blocked workspace.
  for (const result of failing)
    core.info(blockedWorkspaceLines(result, commentOf(result.workspaceId)).join('\n'));
  const reasons = failing
    .map((w) => `${w.workspaceId}: ${w.verdict}${w.reason ? ` (${w.reason})` : ''}`)
    .join('; ');
  if (mode === 'advisory') core.warning(`policy-gate (advisory) would fail: ${reasons}`);
  else core.setFailed(`policy-gate failed: ${reasons}`);
}
