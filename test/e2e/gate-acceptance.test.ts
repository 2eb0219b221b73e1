// Issue 3, item 1 (reaccepted with acceptors): a PR re-proposing a correct attestation waits for
// an approval of its head commit by an acceptor — a user or a member of an org team — and passes on
// the pull_request_review event that brings it; the author's own approval and an approval of an
// older head never count. Waiting is its own verdict, `awaiting-acceptance` (issue 13); approved,
// the verdict is `reaccepted`, re-checked against the reviews right before it passes (issue 12).
import { describe, expect, it } from 'vitest';
import { pullRequestEvent, pullRequestReviewEvent } from './harness/event-payloads.js';
import {
  cleanUpAfterAll,
  exampleStates,
  CREATE_CHECK_RUN,
  CREATE_COMMENT,
  GET_TREE,
  LIST_COMMENTS,
  LIST_PULL_FILES,
  LIST_REVIEWS,
  ownComments,
  READ_FILES,
  READ_SETTINGS,
  requestKinds,
  REREAD_CHECK_RUNS,
  REREAD_PULL_REQUEST,
  scenario,
  TEAM_MEMBERSHIP,
  UPDATE_COMMENT,
  verdictLineOf,
  type Scenario,
} from './gate-scenario.js';

cleanUpAfterAll();

const { base: BASE, repropose: REPROPOSE } = await exampleStates();
/** What every PR run reads before it decides: the settings file, the files, the two commits' trees. */
const READS = [READ_SETTINGS, READ_FILES, GET_TREE, GET_TREE];

async function awaitingAcceptance(
  acceptors: string,
  repoOptions: { pullRequestAuthor?: string } = {},
): Promise<Scenario> {
  const s = await scenario(
    { baseFiles: BASE, headChanges: REPROPOSE, ...repoOptions },
    { teams: { 'octo-org/acceptors': ['bob'] } },
  );
  const run = await s.run(pullRequestEvent({ repo: s.repo }), { inputs: { acceptors } });
  expect(run.outputs.verdict).toBe('awaiting-acceptance');
  expect(run.exitCode).toBe(1);
  const body = ownComments(s.fake)[0]?.body ?? '';
  expect(verdictLineOf(body)).toBe(
    '⏳ **awaiting-acceptance** — everything else holds, but this PR needs an approval by an acceptor on this commit: this pull request proposes a new attestation',
  );
  expect(body).toContain("awaiting an approval of this PR's head commit by one of the acceptors");
  expect(body).not.toContain('**Note**'); // the verdict line says it all
  expect(s.fake.state.checkRuns.at(-1)).toMatchObject({
    conclusion: 'failure',
    output: { title: "awaiting-acceptance: needs an acceptor's approval of the head" },
  });
  // Nobody approved: nothing was accepted, so the reviews are read once; `acceptors` comes from the
  // workflow, so the pull request's files are listed (it must not change the workflow to set them).
  expect(requestKinds(s.fake.requests)).toEqual([
    ...READS,
    LIST_REVIEWS,
    LIST_PULL_FILES,
    LIST_COMMENTS,
    CREATE_COMMENT,
    CREATE_CHECK_RUN,
  ]);
  return s;
}

describe.concurrent('acceptance of a re-proposed attestation', () => {
  it('acceptors: alice — fails awaiting acceptance, then passes on her approval of the head (pull_request_review)', async () => {
    const s = await awaitingAcceptance('alice');
    const commentId = ownComments(s.fake)[0]?.id;
    s.fake.addReview({ user: 'alice', state: 'APPROVED', commitId: s.repo.headSha });
    const seen = s.fake.requests.length;
    const run = await s.run(
      pullRequestReviewEvent({ repo: s.repo, action: 'submitted', reviewer: 'alice' }),
      { inputs: { acceptors: 'alice' } },
    );
    expect(run.outputs.verdict).toBe('reaccepted');
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('');
    expect(requestKinds(s.fake.requests.slice(seen))).toEqual([
      ...READS,
      LIST_REVIEWS,
      LIST_PULL_FILES,
      REREAD_PULL_REQUEST, // right before passing: the head, the check runs …
      LIST_REVIEWS, // … and the approval that accepted, again
      LIST_COMMENTS,
      UPDATE_COMMENT,
      CREATE_CHECK_RUN,
      REREAD_CHECK_RUNS,
    ]);
    const comments = ownComments(s.fake);
    expect(comments.map((c) => c.id)).toEqual([commentId]);
    expect(verdictLineOf(comments[0]?.body ?? '')).toBe(
      '✅ **reaccepted** — this PR proposes a new attestation, accepted by `alice`',
    );
    expect(comments[0]?.body).toContain(
      '🟢 Turned green: this PR was **awaiting-acceptance** on an earlier commit and passes now.',
    );
    expect(s.fake.state.checkRuns.at(-1)).toMatchObject({ headSha: s.repo.headSha, conclusion: 'success' });
    expect(s.fake.violations).toEqual([]);
  });

  it('the PR author approving their own PR does not accept it', async () => {
    const s = await awaitingAcceptance('alice octo-contributor', { pullRequestAuthor: 'octo-contributor' });
    s.fake.addReview({ user: 'octo-contributor', state: 'APPROVED', commitId: s.repo.headSha });
    const run = await s.run(
      pullRequestReviewEvent({ repo: s.repo, action: 'submitted', reviewer: 'octo-contributor' }),
      {
        inputs: { acceptors: 'alice octo-contributor' },
      },
    );
    expect(run.outputs.verdict).toBe('awaiting-acceptance');
    expect(run.exitCode).toBe(1);
    expect(verdictLineOf(ownComments(s.fake)[0]?.body ?? '')).toMatch(/^⏳ \*\*awaiting-acceptance\*\*/);
    expect(s.fake.state.checkRuns.at(-1)?.conclusion).toBe('failure');
    expect(s.fake.violations).toEqual([]);
  });

  it('an approval of an older head SHA does not accept the current head', async () => {
    const s = await awaitingAcceptance('alice');
    const approved = s.repo.headSha;
    s.fake.addReview({ user: 'alice', state: 'APPROVED', commitId: approved });
    s.repo.commit('feature', { 'README.md': 'one more commit after the approval\n' });
    expect(s.repo.headSha).not.toBe(approved);
    const run = await s.run(
      pullRequestReviewEvent({ repo: s.repo, action: 'submitted', reviewer: 'alice', commitId: approved }),
      {
        inputs: { acceptors: 'alice' },
      },
    );
    expect(run.outputs.verdict).toBe('awaiting-acceptance');
    expect(run.exitCode).toBe(1);
    expect(s.fake.state.checkRuns.at(-1)).toMatchObject({ headSha: s.repo.headSha, conclusion: 'failure' });
    expect(s.fake.violations).toEqual([]);
  });

  it('a team acceptor: the approval of a member of octo-org/acceptors accepts, a non-member’s does not', async () => {
    const s = await awaitingAcceptance('octo-org/acceptors');
    s.fake.addReview({ user: 'carol', state: 'APPROVED', commitId: s.repo.headSha });
    const carol = await s.run(
      pullRequestReviewEvent({ repo: s.repo, action: 'submitted', reviewer: 'carol' }),
      { inputs: { acceptors: 'octo-org/acceptors' } },
    );
    expect(carol.outputs.verdict).toBe('awaiting-acceptance');
    expect(carol.exitCode).toBe(1);

    s.fake.addReview({ user: 'bob', state: 'APPROVED', commitId: s.repo.headSha });
    const seen = s.fake.requests.length;
    const bob = await s.run(pullRequestReviewEvent({ repo: s.repo, action: 'submitted', reviewer: 'bob' }), {
      inputs: { acceptors: 'octo-org/acceptors' },
    });
    expect(bob.outputs.verdict).toBe('reaccepted');
    expect(bob.exitCode).toBe(0);
    // carol (404: not a member), then bob (active member); and again right before passing.
    expect(requestKinds(s.fake.requests.slice(seen))).toEqual([
      ...READS,
      LIST_REVIEWS,
      TEAM_MEMBERSHIP,
      TEAM_MEMBERSHIP,
      LIST_PULL_FILES,
      REREAD_PULL_REQUEST,
      LIST_REVIEWS,
      TEAM_MEMBERSHIP,
      TEAM_MEMBERSHIP,
      LIST_COMMENTS,
      UPDATE_COMMENT,
      CREATE_CHECK_RUN,
      REREAD_CHECK_RUNS,
    ]);
    expect(
      s.fake.requests
        .slice(seen)
        .filter((r) => r.route === TEAM_MEMBERSHIP.slice(4))
        .map((r) => [r.params.username, r.status]),
    ).toEqual([
      ['carol', 404],
      ['bob', 200],
      ['carol', 404],
      ['bob', 200],
    ]);
    expect(verdictLineOf(ownComments(s.fake)[0]?.body ?? '')).toBe(
      '✅ **reaccepted** — this PR proposes a new attestation, accepted by `bob`',
    );
    expect(s.fake.violations).toEqual([]);
  });
});
