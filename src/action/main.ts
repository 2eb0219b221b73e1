import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { createGitHubClient } from '../github/client.js';
import type { GateReport } from '../gate/report.js';
import { renderJobSummary } from '../render/job-summary.js';
import { gateEventFrom } from './event-context.js';
import { gateWorkspaces } from './gate-workspaces.js';
import { readGateInputs } from './inputs.js';
import { baseRefOf, publish, PublishFailure, type Published } from './publish.js';
import { resolveCommits } from './resolve-commits.js';

/** Worst first: the verdict output for several workspaces is the first of these that occurs. */
const VERDICT_SEVERITY = [
  'error',
  'findings',
  'stale',
  'drift',
  'bootstrap',
  'reaccepted',
  'unchanged',
] as const;

/** read inputs → run → write outputs. The only place that decides the job's exit status. */
export async function run(): Promise<void> {
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
    const { report, known } = await gateWorkspaces({
      client,
      event: resolved,
      inputs,
      now: new Date(),
    });
    let published: Published | undefined;
    let publishFailure: unknown;
    try {
      published = await publish(client, report, resolved, inputs, known, {
        info: (message) => core.info(message),
        warning: (message) => core.warning(message),
        command: (line) => process.stdout.write(`${line}\n`),
      });
    } catch (error) {
      publishFailure = error;
      // What was written before the failure still goes to the outputs.
      if (error instanceof PublishFailure) published = error.published;
    }
    // The verdict is known even when publishing failed: the summary and outputs still carry it.
    await core.summary.addRaw(renderJobSummary(report, { baseRef: baseRefOf(resolved) }), true).write();
    const verdict = writeOutputs(report, published?.commentIds[0], published?.checkRunId);
    if (publishFailure !== undefined) {
      const why = publishFailure instanceof Error ? publishFailure.message : String(publishFailure);
      core.setFailed(
        `policy-gate decided '${verdict}' but could not publish the result, so the job fails: ${why}`,
      );
      return;
    }
    finish(report, inputs.mode);
  } catch (error) {
    core.setFailed(
      `policy-gate could not decide, so the gate fails: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
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

/** Writes the eight outputs and the report file; returns the verdict output. */
function writeOutputs(
  report: GateReport,
  commentId: number | undefined,
  checkRunId: number | undefined,
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
  core.setOutput('attestation-hash', first?.candidateHash ?? '');
  core.setOutput('accepted-hash', first?.acceptedHash ?? '');
  core.setOutput('changed', JSON.stringify(changed));
  core.setOutput('findings', String(findings));
  core.setOutput('comment-id', commentId === undefined ? '' : String(commentId));
  core.setOutput('check-run-id', checkRunId === undefined ? '' : String(checkRunId));
  const dir = process.env.RUNNER_TEMP ?? process.cwd();
  mkdirSync(dir, { recursive: true });
  const reportPath = path.join(dir, 'policy-gate-report.json');
  writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);
  core.setOutput('report', reportPath);
  return verdict;
}

function finish(report: GateReport, mode: 'enforce' | 'advisory'): void {
  const failing = report.workspaces.filter((w) => !w.passed);
  if (failing.length === 0) {
    core.info(`policy-gate: ${report.workspaces.map((w) => `${w.workspaceId}: ${w.verdict}`).join(', ')}`);
    return;
  }
  const reasons = failing
    .map((w) => `${w.workspaceId}: ${w.verdict}${w.reason ? ` (${w.reason})` : ''}`)
    .join('; ');
  if (mode === 'advisory') core.warning(`policy-gate (advisory) would fail: ${reasons}`);
  else core.setFailed(`policy-gate failed: ${reasons}`);
}
