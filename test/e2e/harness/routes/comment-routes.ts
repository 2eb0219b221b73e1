// Issue comments on the PR: list (paginated, `since`), create, get, update. New comments are
// authored by the token's identity.
import { notFound, type RouteResponse } from '../github-errors.js';
import { githubTimestamp, nodeId, simpleUser } from '../github-objects.js';
import { commentBodyRule } from '../github-rules.js';
import { pageResponse } from '../pagination.js';
import type { StoredComment } from '../fake-state.js';
import type { FakeContext, Route, RouteRequest } from '../fake-context.js';

const ISSUES_DOCS = 'https://docs.github.com/rest/issues/comments';

export const commentRoutes: Route[] = [
  { method: 'GET', template: '/repos/{owner}/{repo}/issues/{issue_number}/comments', handler: listComments },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    handler: createComment,
  },
  { method: 'GET', template: '/repos/{owner}/{repo}/issues/comments/{comment_id}', handler: getComment },
  { method: 'PATCH', template: '/repos/{owner}/{repo}/issues/comments/{comment_id}', handler: updateComment },
];

export function commentObject(context: FakeContext, comment: StoredComment) {
  const { apiUrl, serverUrl } = context.urls;
  const full = context.repo.fullName;
  return {
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    url: `${apiUrl}/repos/${full}/issues/comments/${comment.id}`,
    html_url: `${serverUrl}/${full}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    user: simpleUser(context.urls, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: `${apiUrl}/repos/${full}/issues/${comment.issueNumber}`,
    author_association: comment.user.type === 'Bot' ? 'NONE' : 'MEMBER',
  };
}

function isThePullRequest(context: FakeContext, request: RouteRequest): boolean {
  return Number(request.params.issue_number) === context.repo.pullRequest.number;
}

async function listComments(context: FakeContext, request: RouteRequest): Promise<RouteResponse> {
  if (!isThePullRequest(context, request)) return notFound(ISSUES_DOCS);
  const since = request.url.searchParams.get('since');
  const comments = context.state.comments
    .filter((comment) => comment.issueNumber === context.repo.pullRequest.number)
    .filter((comment) => !since || comment.updatedAt >= githubTimestamp(new Date(since)))
    .sort((a, b) => a.id - b.id);
  return pageResponse(
    comments.map((comment) => commentObject(context, comment)),
    request.url,
  );
}

async function createComment(context: FakeContext, request: RouteRequest): Promise<RouteResponse> {
  if (!isThePullRequest(context, request)) return notFound(ISSUES_DOCS);
  const body = (request.body as { body: string }).body;
  const rejection = commentBodyRule(body);
  if (rejection) return rejection;
  const now = githubTimestamp(context.now());
  const comment: StoredComment = {
    id: context.nextId(),
    issueNumber: context.repo.pullRequest.number,
    body,
    user: context.settings.tokenIdentity,
    createdAt: now,
    updatedAt: now,
  };
  context.state.comments.push(comment);
  return {
    status: 201,
    body: commentObject(context, comment),
    headers: { location: commentObject(context, comment).url },
  };
}

function findComment(context: FakeContext, request: RouteRequest): StoredComment | undefined {
  return context.state.comments.find((comment) => comment.id === Number(request.params.comment_id));
}

async function getComment(context: FakeContext, request: RouteRequest): Promise<RouteResponse> {
  const comment = findComment(context, request);
  return comment ? { status: 200, body: commentObject(context, comment) } : notFound(ISSUES_DOCS);
}

async function updateComment(context: FakeContext, request: RouteRequest): Promise<RouteResponse> {
  const comment = findComment(context, request);
  if (!comment) return notFound(ISSUES_DOCS);
  const body = (request.body as { body: string }).body;
  const rejection = commentBodyRule(body);
  if (rejection) return rejection;
  comment.body = body;
  comment.updatedAt = githubTimestamp(context.now());
  return { status: 200, body: commentObject(context, comment) };
}
