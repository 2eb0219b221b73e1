// No stale success (issue 12, item 3): before a passing result of a pull-request run is published,
// read again what could have changed while the gate evaluated — the pull request's head, the
// policy-gate check runs on the commit and, when an approval accepted something, the reviews.
//
// - The head moved: this run's result is about a commit the pull request has left. Nothing is
//   published (the run for the new head decides, and would otherwise be overwritten by an older
//   answer); the job fails, so its own status is not a pass either.
// - A policy-gate run that started after this one already published a failure: it read the pull
//   request later, so its result stands; nothing is published and the job fails.
// - The approval that accepted was dismissed: acceptance is decided again on the fresh reviews,
//   and a result that no longer holds is published as awaiting acceptance.
// - The re-read fails: the pass cannot be confirmed, so it is published as an `error`.
import type { GitHubClient } from '../github/client.js';
import { describeGitHubFailure } from '../github/errors.js';
import type { CheckRunNode } from '../github/file-query.js';
import { readPublishingState, type PublishingState } from '../github/pull-request-state.js';
import { isTeamMember, listReviews } from '../github/reviews.js';
import { acceptanceFor, approvalsOfHead, parseAcceptors } from '../gate/acceptance.js';
import type { Acceptance, GateReport } from '../gate/report.js';
import { newerContradictions, withAcceptances, withPassesWithdrawn } from '../gate/stale-pass.js';
import type { GateEvent } from './event-context.js';

export type PassConfirmation =
  | { kind: 'publish'; report: GateReport; existingCheckRuns?: CheckRunNode[] }
  | { kind: 'superseded'; reason: string };

export async function confirmPass(options: {
  client: GitHubClient;
  event: GateEvent & { headSha: string };
  report: GateReport;
  /** When this run started reading GitHub. */
  startedAt: Date;
}): Promise<PassConfirmation> {
  const { client, event, report, startedAt } = options;
  const pullRequest = event.pullRequest;
  if (!report.passed || pullRequest === undefined) return { kind: 'publish', report };
  const unconfirmed = (error: unknown, operation: 'read-pull-request' | 'list-reviews') => ({
    kind: 'publish' as const,
    report: withPassesWithdrawn(
      report,
      `policy-gate could not confirm, right before passing, that the pull request still is what it evaluated: ${describeGitHubFailure(error, operation)}`,
    ),
  });
  let state: PublishingState;
  try {
    state = await readPublishingState(client, {
      owner: event.owner,
      repo: event.repo,
      commit: event.headSha,
      pullNumber: pullRequest.number,
    });
  } catch (error) {
    return unconfirmed(error, 'read-pull-request');
  }
  if (state.headSha !== event.headSha) {
    const now = state.headSha === undefined ? 'a commit GitHub did not name' : short(state.headSha);
    return {
      kind: 'superseded',
      reason: `the pull request's head moved from ${short(event.headSha)} to ${now} while policy-gate evaluated ${short(event.headSha)}; the run for the new head decides, so this run publishes no result.`,
    };
  }
  const [newer] = newerContradictions(
    state.checkRuns.map((run) => ({ ...run, id: run.databaseId })),
    startedAt,
  );
  if (newer !== undefined) {
    return {
      kind: 'superseded',
      reason: `a policy-gate run on ${short(event.headSha)} that started after this one concluded ${String(newer.conclusion).toLowerCase()} (check run ${String(newer.id)}); it read the pull request later, so its result stands and this run publishes no pass.`,
    };
  }
  const accepted = report.workspaces.filter((result) => result.acceptance.status === 'accepted');
  if (accepted.length === 0) return { kind: 'publish', report, existingCheckRuns: state.checkRuns };
  const fresh = new Map<string, Acceptance & { satisfied: boolean }>();
  try {
    const reviews = await listReviews(client, {
      owner: event.owner,
      repo: event.repo,
      pullNumber: pullRequest.number,
    });
    const approvers = approvalsOfHead(reviews, event.headSha, pullRequest.author);
    for (const result of accepted) {
      fresh.set(
        result.workspaceId,
        await acceptanceFor({
          reasons: result.acceptance.reasons,
          acceptors: parseAcceptors(result.acceptance.acceptors),
          approvers,
          memberOf: (username, org, teamSlug) => isTeamMember(client, { org, teamSlug, username }),
        }),
      );
    }
  } catch (error) {
    return unconfirmed(error, 'list-reviews');
  }
  return { kind: 'publish', report: withAcceptances(report, fresh), existingCheckRuns: state.checkRuns };
}

function short(sha: string): string {
  return sha.slice(0, 12);
}
