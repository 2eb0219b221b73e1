// The last step of "no stale success" (issue 12, item 3). Two runs on one commit can finish out of
// order: the one that started first (older information) may create its check run last, and
// GitHub shows the newest check run of a name. The re-read before publishing (confirm-pass.ts)
// catches a newer failure already published; one published between that read and our create is
// caught here: after creating a success, list the commit's runs again, and if a run that started
// after ours did not pass, turn ours into a failure that says so. Either the other run's failure
// is newer than our success, or we see it here — so a success never stays newer than the failure
// of a later evaluation.
import type { GitHubClient } from '../github/client.js';
import { describeGitHubFailure, during } from '../github/errors.js';
import { readPublishingState } from '../github/pull-request-state.js';
import { newerContradictions } from '../gate/stale-pass.js';

export async function withdrawSupersededSuccess(
  client: GitHubClient,
  run: { owner: string; repo: string; headSha: string; checkRunId: number; startedAt: Date },
): Promise<string | undefined> {
  let reason: string | undefined;
  try {
    const state = await readPublishingState(client, {
      owner: run.owner,
      repo: run.repo,
      commit: run.headSha,
    });
    const [newer] = newerContradictions(
      state.checkRuns.map((listed) => ({ ...listed, id: listed.databaseId })),
      run.startedAt,
      run.checkRunId,
    );
    if (newer !== undefined)
      reason = `a policy-gate run on this commit that started after this one concluded ${String(newer.conclusion).toLowerCase()} (check run ${String(newer.id)}); it read the pull request later, so its result stands and this run's pass is withdrawn.`;
  } catch (error) {
    // Unconfirmed is not confirmed: a pass that cannot be checked against newer runs is withdrawn.
    reason = `policy-gate could not confirm that no newer run on this commit failed (${describeGitHubFailure(error, 'list-check-runs')}), so this run's pass is withdrawn.`;
  }
  if (reason === undefined) return undefined;
  await during('update-check-run', () =>
    client.rest.checks.update({
      owner: run.owner,
      repo: run.repo,
      check_run_id: run.checkRunId,
      conclusion: 'failure',
      output: { title: 'superseded: a newer policy-gate evaluation did not pass', summary: reason },
    }),
  );
  return reason;
}
