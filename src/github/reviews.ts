// Who approved what: the pull request's reviews (all pages), and whether a user is on an acceptor
// team. Team membership needs a token that can read the organisation's teams, which GITHUB_TOKEN
// cannot; that failure is reported, never read as "not a member".
import type { GitHubClient } from './client.js';
import { during, GitHubOperationFailure } from './errors.js';
import { classifyFailure } from './failure-classification.js';

export interface PullRequestReview {
  id: number;
  login: string;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED or PENDING. */
  state: string;
  /** The head commit the review was submitted on; undefined when GitHub does not say. */
  commitId: string | undefined;
  submittedAt: string | undefined;
}

export async function listReviews(
  client: GitHubClient,
  pull: { owner: string; repo: string; pullNumber: number },
): Promise<PullRequestReview[]> {
  const reviews = await during('list-reviews', () =>
    client.paginate(client.rest.pulls.listReviews, {
      owner: pull.owner,
      repo: pull.repo,
      pull_number: pull.pullNumber,
      per_page: 100,
    }),
  );
  // A review whose author's account was deleted has no user; it cannot accept anything.
  return reviews.flatMap((review) =>
    review.user
      ? [
          {
            id: review.id,
            login: review.user.login,
            state: review.state,
            commitId: review.commit_id ?? undefined,
            submittedAt: review.submitted_at ?? undefined,
          },
        ]
      : [],
  );
}

/** True for an active member; false when GitHub says there is no such membership (404). */
export async function isTeamMember(
  client: GitHubClient,
  membership: { org: string; teamSlug: string; username: string },
): Promise<boolean> {
  try {
    const response = await client.rest.teams.getMembershipForUserInOrg({
      org: membership.org,
      team_slug: membership.teamSlug,
      username: membership.username,
    });
    return response.data.state === 'active';
  } catch (error) {
    if (classifyFailure(error).kind === 'not-found') return false;
    throw new GitHubOperationFailure('read-team-membership', error);
  }
}
