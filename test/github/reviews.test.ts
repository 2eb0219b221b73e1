import { afterEach, describe, expect, it } from 'vitest';
import { isPermissionFailure } from '../../src/github/errors.js';
import { isTeamMember, listReviews } from '../../src/github/reviews.js';
import { closeOpenFixtures, startGitHubFixture, type GitHubFixture } from './github-fixture.js';

let fixture: GitHubFixture;

afterEach(closeOpenFixtures);

describe('listReviews', () => {
  it('reads every page of reviews and keeps who, what, on which commit and when', async () => {
    fixture = await startGitHubFixture();
    const { client, fake, repo } = fixture;
    const added = Array.from({ length: 130 }, (_, i) =>
      fake.addReview({
        user: `reviewer-${i}`,
        state: i % 3 === 0 ? 'APPROVED' : 'COMMENTED',
        commitId: i === 129 ? repo.baseSha : repo.headSha,
      }),
    );
    const reviews = await listReviews(client, {
      owner: repo.owner,
      repo: repo.name,
      pullNumber: repo.pullRequest.number,
    });
    expect(reviews).toHaveLength(130);
    expect(reviews.filter((review) => review.state === 'APPROVED')).toHaveLength(44);
    expect(reviews[0]).toEqual({
      id: added[0]?.id,
      login: 'reviewer-0',
      state: 'APPROVED',
      commitId: repo.headSha,
      submittedAt: added[0]?.submittedAt,
    });
    expect(reviews[129]).toMatchObject({ login: 'reviewer-129', state: 'APPROVED', commitId: repo.baseSha });
    expect(fake.requests.map((request) => request.query)).toEqual([
      { per_page: '100' },
      { per_page: '100', page: '2' },
    ]);
  });
});

describe('isTeamMember', () => {
  it('is true for an active member, false for a pending one and for someone not on the team', async () => {
    fixture = await startGitHubFixture(undefined, {
      teams: { 'octo-org/policy-acceptors': ['alice', { login: 'carol', state: 'pending' }] },
    });
    const { client } = fixture;
    const member = (username: string) =>
      isTeamMember(client, { org: 'octo-org', teamSlug: 'policy-acceptors', username });
    expect(await member('alice')).toBe(true);
    expect(await member('carol')).toBe(false);
    expect(await member('bob')).toBe(false);
  });

  it('throws, naming the token it needs, when the token cannot read the teams', async () => {
    fixture = await startGitHubFixture(undefined, {
      teams: { 'octo-org/policy-acceptors': ['alice'] },
      teamAccess: 'forbidden',
    });
    const { client } = fixture;
    const failure = await isTeamMember(client, {
      org: 'octo-org',
      teamSlug: 'policy-acceptors',
      username: 'alice',
    }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'GitHubOperationFailure', operation: 'read-team-membership' });
    expect((failure as Error).message).toBe(
      "Could not read team membership: GitHub answered 403 (Resource not accessible by integration); use a token that can read the org's teams (a GitHub App or fine-grained token with Members: read — GITHUB_TOKEN cannot).",
    );
    expect(isPermissionFailure(failure)).toBe(true);
  });
});
