import type { GitHubClient } from '../github/client.js';
import { publishCheckRun } from '../github/check-run.js';
import { describeGitHubFailure, isPermissionFailure } from '../github/errors.js';
import { upsertStickyComment } from '../github/sticky-comment.js';
import type { GateReport } from '../gate/report.js';
import { annotationsFor, toWorkflowCommand, type Annotation } from '../render/annotations.js';
import { conclusionFor, renderCheckRunOutput } from '../render/check-run.js';
import { parseCommentMarker, renderComment } from '../render/comment.js';
import type { GateEvent } from './event-context.js';
import type { GateInputs } from './inputs.js';

export interface PublishLog {
  info(message: string): void;
  warning(message: string): void;
  /** Writes a raw line to the job log (workflow commands). */
  command(line: string): void;
}

export interface Published {
  commentIds: number[];
  checkRunId: number | undefined;
  /** Why a write was skipped or degraded; the job still fails or passes on the verdict alone. */
  degraded: string[];
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
  viewerLogin: string | undefined,
  log: PublishLog,
): Promise<Published> {
  const published: Published = { commentIds: [], checkRunId: undefined, degraded: [] };
  const annotations = report.workspaces.flatMap((result) => annotationsFor(result, result.workspaceId)).slice(0, MAX_ANNOTATIONS);
  let readOnly = false;

  if (event.pullRequest && event.commentable && inputs.comment !== 'never') {
    for (const result of report.workspaces) {
      if (inputs.comment === 'on-change' && result.verdict === 'unchanged' && result.passed && !readOnly) {
        // Only update an existing comment (to say it turned green); never open a new one.
      }
      try {
        const outcome = await upsertStickyComment(client, {
          owner: event.owner,
          repo: event.repo,
          issueNumber: event.pullRequest.number,
          workspaceId: result.workspaceId,
          headSha: event.headSha,
          ownLogin: viewerLogin,
          createIfMissing: inputs.comment === 'always' || result.verdict !== 'unchanged' || !result.passed,
          body: (previousBody) =>
            renderComment(result, { repository: report.repository, headSha: event.headSha, previous: previousVerdict(previousBody) }),
        });
        if (outcome.commentId !== undefined) published.commentIds.push(outcome.commentId);
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
      const output = renderCheckRunOutput(report);
      const run = await publishCheckRun(client, {
        owner: event.owner,
        repo: event.repo,
        headSha: event.headSha,
        name: 'policy-gate',
        conclusion: conclusionFor(report, inputs.mode),
        output,
        annotations,
      });
      published.checkRunId = run.id;
    } catch (error) {
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

/** The verdict our previous comment showed, to say when a failing PR turns green. */
function previousVerdict(body: string | undefined): { passed: boolean; verdict: never } | undefined {
  if (body === undefined || parseCommentMarker(body) === undefined) return undefined;
  const passed = !/<!-- policy-gate:result=fail -->/.test(body);
  return { passed, verdict: undefined as never };
}
