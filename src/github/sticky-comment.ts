// The one comment per pull request and workspace, found again by the marker on its first line —
// over all pages of comments and only among the token's own, so a marker copied into someone
// else's comment is never edited — updated in place, not written at all when the body would not
// change, and never overwritten by a run for a head commit the pull request has moved past.
import { markerWorkspaceId, parseCommentMarker } from '../render/comment.js';
import type { GitHubClient } from './client.js';
import { during } from './errors.js';

export interface StickyCommentRequest {
  owner: string;
  repo: string;
  issueNumber: number;
  workspaceId: string;
  /** The head commit this run evaluated; the body's marker must name it. */
  headSha: string;
  /**
   * The full comment, starting with `commentMarker(workspaceId, headSha)` on its first line; or a
   * function of the comment found (undefined when there is none), to say what changed since.
   */
  body: string | ((previousBody: string | undefined) => string);
  /** When no comment exists yet, create one (default true); false only updates an existing one. */
  createIfMissing?: boolean;
  /** The token's login (GraphQL `viewer.login`); `github-actions[bot]` when unknown. */
  ownLogin: string | undefined;
  /**
   * The PR's comments, when the caller already listed them (`listIssueComments`): one listing then
   * serves every workspace of a run instead of one per workspace.
   */
  comments?: readonly ListedComment[];
}

export interface StickyCommentResult {
  /** `not-created`: there was none and `createIfMissing` was false. */
  action: 'created' | 'updated' | 'unchanged' | 'skipped-older-head' | 'not-created';
  commentId?: number;
  /** The body of the comment that was found, before this run (to say "turned green"). */
  previousBody?: string;
}

export const DEFAULT_COMMENT_AUTHOR = 'github-actions[bot]';

export interface ListedComment {
  id: number;
  body?: string;
  user: { login: string } | null;
}

/** Every comment of the issue or PR, all pages (100 a page). */
export function listIssueComments(
  client: GitHubClient,
  target: { owner: string; repo: string; issueNumber: number },
): Promise<ListedComment[]> {
  return during('list-comments', () =>
    client.paginate(client.rest.issues.listComments, {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      per_page: 100,
    }),
  );
}

export async function upsertStickyComment(
  client: GitHubClient,
  request: StickyCommentRequest,
): Promise<StickyCommentResult> {
  const { owner, repo, issueNumber, headSha } = request;
  const comments = request.comments ?? (await listIssueComments(client, { owner, repo, issueNumber }));
  const existing = newestOwnComment(comments, request);
  const body = typeof request.body === 'string' ? request.body : request.body(existing?.body);
  requireOwnMarker(body, request.workspaceId, headSha);
  if (!existing) {
    if (request.createIfMissing === false) return { action: 'not-created' };
    const created = await during('write-comment', () =>
      client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body }),
    );
    return { action: 'created', commentId: created.data.id };
  }
  const previousBody = existing.body ?? '';
  const found = { commentId: existing.id, previousBody };
  if (previousBody === body) return { action: 'unchanged', ...found };
  if (parseCommentMarker(firstLine(previousBody))?.headSha !== headSha) {
    const pull = await during('read-pull-request', () =>
      client.rest.pulls.get({ owner, repo, pull_number: issueNumber }),
    );
    // A slower run for an older push: the comment (newer or not) must not go back in time.
    if (pull.data.head.sha !== headSha) return { action: 'skipped-older-head', ...found };
  }
  await during('write-comment', () =>
    client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body }),
  );
  return { action: 'updated', ...found };
}

/** The newest comment by the token's identity whose first-line marker is for this workspace. */
export function newestOwnComment(
  comments: readonly ListedComment[],
  request: Pick<StickyCommentRequest, 'workspaceId' | 'ownLogin'>,
): ListedComment | undefined {
  const wantedWorkspace = markerWorkspaceId(request.workspaceId);
  const ours = comments.filter(
    (comment) =>
      isOwnLogin(comment.user?.login, request.ownLogin ?? DEFAULT_COMMENT_AUTHOR) &&
      parseCommentMarker(firstLine(comment.body ?? ''))?.workspaceId === wantedWorkspace,
  );
  // Several can exist after two runs raced to create one: keep using the newest, leave the rest.
  return ours.reduce<ListedComment | undefined>(
    (newest, comment) => (!newest || comment.id > newest.id ? comment : newest),
    undefined,
  );
}

/** `x` and `x[bot]` are the same identity: GraphQL and REST disagree on the suffix for apps. */
export function isOwnLogin(login: string | undefined, ownLogin: string): boolean {
  if (!login) return false;
  const bare = (name: string) => name.toLowerCase().replace(/\[bot\]$/, '');
  return bare(login) === bare(ownLogin);
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}

function requireOwnMarker(body: string, workspaceId: string, headSha: string): void {
  const marker = parseCommentMarker(firstLine(body));
  if (marker?.workspaceId !== markerWorkspaceId(workspaceId) || marker.headSha !== headSha) {
    throw new Error(
      `the sticky comment body must start with the marker for workspace ${JSON.stringify(workspaceId)} and head ${headSha}; without it the next run could not find the comment`,
    );
  }
}
