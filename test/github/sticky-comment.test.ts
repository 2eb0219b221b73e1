import { afterEach, describe, expect, it } from 'vitest';
import { describeGitHubFailure, isPermissionFailure } from '../../src/github/errors.js';
import { upsertStickyComment, type StickyCommentRequest } from '../../src/github/sticky-comment.js';
import { commentMarker } from '../../src/render/comment.js';
import { closeOpenFixtures, requestLines, startGitHubFixture, type GitHubFixture } from './github-fixture.js';

let fixture: GitHubFixture;

afterEach(closeOpenFixtures);

const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const UPDATE = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';
const GET_PULL = 'GET /repos/{owner}/{repo}/pulls/{pull_number}';

function bodyFor(headSha: string, text: string, workspaceId = '.'): string {
  return `${commentMarker(workspaceId, headSha)}\n${text}`;
}

function requestFor(
  headSha: string,
  text: string,
  extra: Partial<StickyCommentRequest> = {},
): StickyCommentRequest {
  const { repo } = fixture;
  return {
    owner: repo.owner,
    repo: repo.name,
    issueNumber: repo.pullRequest.number,
    workspaceId: '.',
    headSha,
    body: bodyFor(headSha, text),
    ownLogin: 'github-actions[bot]',
    ...extra,
  };
}

describe('upsertStickyComment', () => {
  it('creates the comment, writes nothing when the body is the same, and updates it in place', async () => {
    fixture = await startGitHubFixture();
    const { client, fake, repo } = fixture;
    const head = repo.headSha;
    const created = await upsertStickyComment(client, requestFor(head, 'Drift found'));
    expect(created).toEqual({ action: 'created', commentId: expect.any(Number) });
    expect(fake.writes()).toHaveLength(1);

    const again = await upsertStickyComment(client, requestFor(head, 'Drift found'));
    expect(again).toEqual({
      action: 'unchanged',
      commentId: created.commentId,
      previousBody: bodyFor(head, 'Drift found'),
    });
    expect(fake.writes()).toHaveLength(1);

    const updated = await upsertStickyComment(client, requestFor(head, 'Now green'));
    expect(updated).toEqual({
      action: 'updated',
      commentId: created.commentId,
      previousBody: bodyFor(head, 'Drift found'),
    });
    expect(requestLines(fake)).toEqual([LIST, CREATE, LIST, LIST, UPDATE]);
    expect(fake.state.comments.map((comment) => [comment.id, comment.user.login, comment.body])).toEqual([
      [created.commentId, 'github-actions[bot]', bodyFor(head, 'Now green')],
    ]);
  });

  it('finds its comment on page 3 of more than 200 comments by other people', async () => {
    fixture = await startGitHubFixture();
    const { client, fake, repo } = fixture;
    const head = repo.headSha;
    fake.seedComments(205);
    const [ours] = fake.seedComments(1, {
      authors: ['github-actions[bot]'],
      body: () => bodyFor(head, 'old'),
    });
    fake.seedComments(20);
    const result = await upsertStickyComment(client, requestFor(head, 'new'));
    expect(result).toEqual({ action: 'updated', commentId: ours?.id, previousBody: bodyFor(head, 'old') });
    expect(
      fake.requests.filter((request) => request.route === LIST.slice(4)).map((request) => request.query),
    ).toEqual([{ per_page: '100' }, { per_page: '100', page: '2' }, { per_page: '100', page: '3' }]);
    expect(requestLines(fake).slice(3)).toEqual([UPDATE]);
    expect(fake.state.comments).toHaveLength(226);
  });

  it('never edits a comment by someone else that carries a copied marker, nor one for another workspace', async () => {
    fixture = await startGitHubFixture();
    const { client, fake, repo } = fixture;
    const head = repo.headSha;
    const [forged] = fake.seedComments(1, { authors: ['mallory'], body: () => bodyFor(head, 'forged') });
    const [otherBot] = fake.seedComments(1, {
      authors: ['other-app[bot]'],
      body: () => bodyFor(head, 'other app'),
    });
    const [otherWorkspace] = fake.seedComments(1, {
      authors: ['github-actions[bot]'],
      body: () => bodyFor(head, 'other workspace', 'packages/api'),
    });
    const result = await upsertStickyComment(client, requestFor(head, 'ours'));
    expect(result.action).toBe('created');
    expect(requestLines(fake)).toEqual([LIST, CREATE]);
    const bodies = new Map(fake.state.comments.map((comment) => [comment.id, comment.body]));
    expect(bodies.get(forged?.id ?? 0)).toBe(bodyFor(head, 'forged'));
    expect(bodies.get(otherBot?.id ?? 0)).toBe(bodyFor(head, 'other app'));
    expect(bodies.get(otherWorkspace?.id ?? 0)).toBe(bodyFor(head, 'other workspace', 'packages/api'));
    expect(bodies.get(result.commentId ?? 0)).toBe(bodyFor(head, 'ours'));
  });

  it('never overwrites the comment for a newer head with a run for an older one', async () => {
    fixture = await startGitHubFixture();
    const { client, fake, repo } = fixture;
    const oldHead = repo.headSha;
    const [ours] = fake.seedComments(1, {
      authors: ['github-actions[bot]'],
      body: () => bodyFor(oldHead, 'for the old head'),
    });
    const newHead = repo.commit(repo.pullRequest.headBranch, { 'TOOLS.md': '# Tools\n' });
    expect(newHead).not.toBe(oldHead);

    // The run for the new head: the comment names the old head, the PR is at the new one → update.
    const newer = await upsertStickyComment(client, requestFor(newHead, 'for the new head'));
    expect(newer).toEqual({
      action: 'updated',
      commentId: ours?.id,
      previousBody: bodyFor(oldHead, 'for the old head'),
    });
    // A slower run for the old head finishes last: the PR has moved on, so it writes nothing.
    const older = await upsertStickyComment(client, requestFor(oldHead, 'late result for the old head'));
    expect(older).toEqual({
      action: 'skipped-older-head',
      commentId: ours?.id,
      previousBody: bodyFor(newHead, 'for the new head'),
    });
    expect(requestLines(fake)).toEqual([LIST, GET_PULL, UPDATE, LIST, GET_PULL]);
    expect(fake.state.comments.map((comment) => comment.body)).toEqual([
      bodyFor(newHead, 'for the new head'),
    ]);
  });

  it('updates the newest of several own comments (left by a past race) and leaves the others', async () => {
    fixture = await startGitHubFixture();
    const { client, fake, repo } = fixture;
    const head = repo.headSha;
    const [first, second] = fake.seedComments(2, {
      authors: ['github-actions[bot]'],
      body: (i) => bodyFor(head, `copy ${i}`),
    });
    const result = await upsertStickyComment(client, requestFor(head, 'latest'));
    expect(result).toEqual({
      action: 'updated',
      commentId: second?.id,
      previousBody: bodyFor(head, 'copy 1'),
    });
    expect(fake.state.comments.map((comment) => [comment.id, comment.body])).toEqual([
      [first?.id, bodyFor(head, 'copy 0')],
      [second?.id, bodyFor(head, 'latest')],
    ]);
  });

  it('recognises its identity with or without [bot], and falls back to github-actions[bot]', async () => {
    fixture = await startGitHubFixture(undefined, {
      tokenIdentity: 'policy-app[bot]',
      viewerLogin: 'policy-app',
    });
    const { client, fake, repo } = fixture;
    const head = repo.headSha;
    const [appComment] = fake.seedComments(1, {
      authors: ['policy-app[bot]'],
      body: () => bodyFor(head, 'app'),
    });
    const [actionsComment] = fake.seedComments(1, {
      authors: ['github-actions[bot]'],
      body: () => bodyFor(head, 'actions'),
    });
    const asApp = await upsertStickyComment(
      client,
      requestFor(head, 'app again', { ownLogin: 'policy-app' }),
    );
    expect(asApp).toMatchObject({ action: 'updated', commentId: appComment?.id });
    const unknownIdentity = await upsertStickyComment(
      client,
      requestFor(head, 'actions again', { ownLogin: undefined }),
    );
    expect(unknownIdentity).toMatchObject({ action: 'updated', commentId: actionsComment?.id });
  });

  it('renders the body from the previous one, and creates nothing when told only to update', async () => {
    fixture = await startGitHubFixture();
    const { client, fake, repo } = fixture;
    const head = repo.headSha;
    const seen: Array<string | undefined> = [];
    const render = (previousBody: string | undefined) => {
      seen.push(previousBody);
      return bodyFor(head, previousBody ? 'turned green' : 'first');
    };
    expect(
      await upsertStickyComment(client, requestFor(head, '', { body: render, createIfMissing: false })),
    ).toEqual({
      action: 'not-created',
    });
    expect(fake.writes()).toEqual([]);
    fake.seedComments(1, { authors: ['github-actions[bot]'], body: () => bodyFor(head, 'failing') });
    expect(
      await upsertStickyComment(client, requestFor(head, '', { body: render, createIfMissing: false })),
    ).toMatchObject({
      action: 'updated',
      previousBody: bodyFor(head, 'failing'),
    });
    expect(seen).toEqual([undefined, bodyFor(head, 'failing')]);
  });

  it('refuses a body without this workspace and head in its marker, before writing anything', async () => {
    fixture = await startGitHubFixture();
    const { client, fake, repo } = fixture;
    await expect(
      upsertStickyComment(client, requestFor(repo.headSha, '', { body: 'no marker' })),
    ).rejects.toThrow(/must start with the marker for workspace "\." and head/);
    await expect(
      upsertStickyComment(
        client,
        requestFor(repo.headSha, '', { body: bodyFor(repo.baseSha, 'wrong head') }),
      ),
    ).rejects.toThrow(/must start with the marker/);
    expect(fake.writes()).toEqual([]);
  });

  it('names `pull-requests: write` when the token may not comment (a fork), and counts it as a permission failure', async () => {
    fixture = await startGitHubFixture();
    const { client, fake, repo } = fixture;
    fake.injectFault({ method: 'POST', pathPattern: '/repos/*/*/issues/*/comments', status: 403 });
    const failure = await upsertStickyComment(client, requestFor(repo.headSha, 'x')).catch(
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ name: 'GitHubOperationFailure', operation: 'write-comment' });
    expect(isPermissionFailure(failure)).toBe(true);
    const message = describeGitHubFailure(failure, 'write-comment');
    expect(message).toBe((failure as Error).message);
    expect(message).toMatch(
      /^Could not write the pull request comment: GitHub answered 403 \(Resource not accessible by integration\); add `pull-requests: write` to `permissions:`/,
    );
    expect(message).toContain('`issues: write`');
    expect(message).not.toContain(fake.token);
    expect(fake.pendingFaults()).toEqual([]);
  });

  it('counts a 404 from the write as a permission failure, but not a 404 from listing', async () => {
    fixture = await startGitHubFixture();
    const { client, fake, repo } = fixture;
    fake.injectFault({ method: 'POST', pathPattern: '/repos/*/*/issues/*/comments', status: 404 });
    const writeFailure = await upsertStickyComment(client, requestFor(repo.headSha, 'x')).catch(
      (error: unknown) => error,
    );
    expect(isPermissionFailure(writeFailure)).toBe(true);
    expect((writeFailure as Error).message).toContain('`pull-requests: write`');
    const listFailure = await upsertStickyComment(
      client,
      requestFor(repo.headSha, 'x', { issueNumber: 99 }),
    ).catch((error: unknown) => error);
    expect(listFailure).toMatchObject({ operation: 'list-comments' });
    expect(isPermissionFailure(listFailure)).toBe(false);
    expect((listFailure as Error).message).toMatch(
      /^Could not list the pull request's comments: GitHub answered 404 \(Not Found\): it does not exist or the token cannot see it/,
    );
  });
});
