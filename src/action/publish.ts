import type { GitHubClient } from '../github/client.js';
import { CHECK_RUN_NAME, type CheckRunNode } from '../github/file-query.js';
import { CheckRunAnnotationsIncomplete, publishCheckRun } from '../github/check-run.js';
import { describeGitHubFailure, isPermissionFailure } from '../github/errors.js';
import { listIssueComments, upsertStickyComment, type ListedComment } from '../github/sticky-comment.js';
import type { GateReport, Verdict } from '../gate/report.js';
import { annotationsFor, toWorkflowCommand, type Annotation } from '../render/annotations.js';
import { conclusionFor, renderCheckRunOutput } from '../render/check-run.js';
import { parseCommentMarker, renderComment } from '../render/comment.js';
import { headLinks, type HeadLinks } from '../render/head-links.js';
import { withdrawSupersededSuccess } from './check-run-order.js';
import type { GateEvent } from './event-context.js';
import type { GateInputs } from './inputs.js';

/** What the gate's one GraphQL read already learned: the token's login and the head's check runs. */
export interface KnownFromRead {
  viewerLogin: string | undefined;
  existingCheckRuns?: CheckRunNode[];
}

export interface PublishLog {
  info(message: string): void;
  warning(message: string): void;
  /** Writes a raw line to the job log (workflow commands). */
  command(line: string): void;
}

export interface Published {
  commentIds: number[];
  /** The sticky comment of each workspace that has one (by workspace id), for the job log. */
  commentByWorkspace: Map<string, number>;
  checkRunId: number | undefined;
  /** Why a write was skipped or degraded; the job still fails or passes on the verdict alone. */
  degraded: string[];
  /** The check run's success was withdrawn: a run that started later did not pass (check-run-order.ts). */
  superseded?: string;
}

/** When this run started reading GitHub: its check run's `started_at`, to order runs of one commit. */
export interface PublishOrder {
  startedAt: Date;
}

/**
 * Publishing failed part-way (not for lack of permission). The message is the failure's;
 * `published` is what was written before it, so the outputs still name the comment or check run.
 */
export class PublishFailure extends Error {
  override readonly name = 'PublishFailure';

  constructor(
    readonly published: Published,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

/** At most this many annotations (20 requests of 50): more would only bury the first ones. */
const MAX_ANNOTATIONS = 1000;

/**
 * Comments and the check run. A failure here never changes the verdict: a permission problem
 * (fork PRs, read-only tokens) degrades to workflow-command annotations and one warning.
 */
export async function publish(
  client: GitHubClient,
  report: GateReport,
  event: GateEvent & { headSha: string },
  inputs: GateInputs,
  known: KnownFromRead,
  log: PublishLog,
  order?: PublishOrder,
): Promise<Published> {
  const published: Published = {
    commentIds: [],
    commentByWorkspace: new Map(),
    checkRunId: undefined,
    degraded: [],
  };
  try {
    return await publishInto(published, client, report, event, inputs, known, log, order);
  } catch (error) {
    throw new PublishFailure(published, error);
  }
}

async function publishInto(
  published: Published,
  client: GitHubClient,
  report: GateReport,
  event: GateEvent & { headSha: string },
  inputs: GateInputs,
  { viewerLogin, existingCheckRuns }: KnownFromRead,
  log: PublishLog,
  order: PublishOrder | undefined,
): Promise<Published> {
  const annotations = report.workspaces
    .flatMap((result) => annotationsFor(result, result.workspaceId))
    .slice(0, MAX_ANNOTATIONS);
  let readOnly = false;

  if (event.pullRequest && event.commentable && inputs.comment !== 'never') {
    const pullRequest = event.pullRequest;
    let comments: ListedComment[] | undefined;
    for (const result of report.workspaces) {
      try {
        // One listing serves every workspace (the list is only read, and each workspace writes its own comment).
        comments ??= await listIssueComments(client, {
          owner: event.owner,
          repo: event.repo,
          issueNumber: pullRequest.number,
        });
        const outcome = await upsertStickyComment(client, {
          comments,
          owner: event.owner,
          repo: event.repo,
          issueNumber: event.pullRequest.number,
          workspaceId: result.workspaceId,
          headSha: event.headSha,
          ownLogin: viewerLogin,
          // on-change: an unchanged, passing workspace only updates an existing comment (to say it
          // turned green); it never opens a new one.
          createIfMissing: inputs.comment === 'always' || result.verdict !== 'unchanged' || !result.passed,
          body: (previousBody) =>
            renderComment(result, {
              repository: report.repository,
              headSha: event.headSha,
              baseRef: baseRefOf(event),
              links: linksOf(report),
              previous: previousOutcome(previousBody, { headSha: event.headSha, passed: result.passed }),
            }),
        });
        if (outcome.commentId !== undefined) {
          published.commentIds.push(outcome.commentId);
          published.commentByWorkspace.set(result.workspaceId, outcome.commentId);
        }
        log.info(`policy-gate: comment for workspace ${result.workspaceId}: ${outcome.action}`);
      } catch (error) {
        if (!isPermissionFailure(error)) throw error;
        readOnly = true;
        published.degraded.push(describeGitHubFailure(error, 'write-comment'));
        break;
      }
    }
  }

  if (inputs.checkRun && !readOnly) {
    try {
      const output = renderCheckRunOutput(report, { baseRef: baseRefOf(event), links: linksOf(report) });
      const conclusion = conclusionFor(report, inputs.mode);
      const run = await publishCheckRun(client, {
        owner: event.owner,
        repo: event.repo,
        headSha: event.headSha,
        name: CHECK_RUN_NAME,
        conclusion,
        output,
        annotations,
        existing: existingCheckRuns,
        ...(order ? { startedAt: order.startedAt.toISOString().replace(/\.\d{3}Z$/, 'Z') } : {}),
      });
      published.checkRunId = run.id;
      if (order && event.pullRequest && conclusion === 'success' && !run.reused) {
        const withdrawn = await withdrawSupersededSuccess(client, {
          owner: event.owner,
          repo: event.repo,
          headSha: event.headSha,
          checkRunId: run.id,
          startedAt: order.startedAt,
        });
        if (withdrawn !== undefined) published.superseded = withdrawn;
      }
    } catch (error) {
      // The check run exists (with its conclusion) when only its later annotations failed.
      if (error instanceof CheckRunAnnotationsIncomplete) published.checkRunId = error.checkRunId;
      if (!isPermissionFailure(error)) throw error;
      readOnly = true;
      published.degraded.push(describeGitHubFailure(error, 'create-check-run'));
    }
  }

  if (readOnly || !inputs.checkRun) emitWorkflowAnnotations(annotations, log);
  if (published.degraded.length > 0) {
    log.warning(
      `policy-gate could not write to the pull request (${published.degraded.join(' ')}). The result is in the job summary and annotations; the job's status is the gate.`,
    );
  }
  return published;
}

function emitWorkflowAnnotations(annotations: readonly Annotation[], log: PublishLog): void {
  for (const annotation of annotations) log.command(toWorkflowCommand(annotation));
}

const VERDICTS: readonly Verdict[] = [
  'error',
  'findings',
  'stale',
  'drift',
  'bootstrap',
  'awaiting-acceptance',
  'reaccepted',
  'unchanged',
];

/**
 * The outcome our previous comment showed, to say when a failing PR turns green (or a passing one
 * red), read back from what `renderComment` writes: the marker on line 1, the verdict line on
 * line 2 (`✅ **unchanged** …` — ✅ exactly when it passed) and, on line 4, the transition line.
 * A re-run for the same head keeps the transition the comment already shows, so it writes the
 * same body again (and so nothing at all).
 */
export function previousOutcome(
  body: string | undefined,
  current: { headSha: string; passed: boolean },
): { verdict: Verdict; passed: boolean } | undefined {
  if (body === undefined) return undefined;
  const marker = parseCommentMarker(body);
  if (marker === undefined) return undefined;
  const lines = body.split('\n', 4);
  // Verdict names may have a hyphen (`awaiting-acceptance`).
  const shown = /^(✅|❌|⚠️|⏳) \*\*([a-z-]+)\*\*/u.exec(lines[1] ?? '');
  const shownVerdict = verdictNamed(shown?.[2]);
  if (!shown || shownVerdict === undefined) return undefined;
  const outcome = { verdict: shownVerdict, passed: shown[1] === '✅' };
  if (marker.headSha !== current.headSha || outcome.passed !== current.passed) return outcome;
  const green = /^🟢 Turned green: this PR was \*\*([a-z-]+)\*\* on an earlier commit/u.exec(lines[3] ?? '');
  const red = /^🔴 This PR passed \(\*\*([a-z-]+)\*\*\) on an earlier commit/u.exec(lines[3] ?? '');
  const earlier = verdictNamed(green?.[1] ?? red?.[1]);
  return earlier === undefined ? outcome : { verdict: earlier, passed: red !== null };
}

function verdictNamed(name: string | undefined): Verdict | undefined {
  return VERDICTS.find((verdict) => verdict === name);
}

/** The base branch's name for "accepted on `main`", when the event has a base. */
export function baseRefOf(event: Pick<GateEvent, 'base' | 'baseLabel'>): string | undefined {
  return event.base === undefined ? undefined : event.baseLabel;
}

/** Links to the head's lines, on the server the run is on (GitHub or GitHub Enterprise Server). */
export function linksOf(report: GateReport): HeadLinks | undefined {
  return headLinks({
    serverUrl: process.env.GITHUB_SERVER_URL || undefined,
    repository: report.repository,
    headSha: report.headSha,
  });
}
