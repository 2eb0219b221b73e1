// GET pulls/{n}, pulls/{n}/files (from git diff, paginated) and pulls/{n}/reviews (from state).
import type { ChangedFile } from '../git-reader.js';
import { notFound, type RouteResponse } from '../github-errors.js';
import { pullRequestObject, simpleUser, nodeId } from '../github-objects.js';
import { pageResponse } from '../pagination.js';
import type { StoredReview } from '../fake-state.js';
import {
  baseRepositoryFacts,
  headRepositoryFacts,
  pullRequestAuthor,
  type FakeContext,
  type Route,
  type RouteRequest,
} from '../fake-context.js';

export const pullRequestRoutes: Route[] = [
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/pulls/{pull_number}',
    handler: withPullRequest(getPullRequest),
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/pulls/{pull_number}/files',
    handler: withPullRequest(listFiles),
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    handler: withPullRequest(listReviews),
  },
];

function withPullRequest(handler: (context: FakeContext, request: RouteRequest) => Promise<RouteResponse>) {
  return async (context: FakeContext, request: RouteRequest): Promise<RouteResponse> =>
    Number(request.params.pull_number) === context.repo.pullRequest.number
      ? handler(context, request)
      : notFound();
}

async function changedFiles(context: FakeContext): Promise<ChangedFile[]> {
  return context.git.changedFiles(context.repo.baseSha, context.repo.headSha);
}

async function getPullRequest(context: FakeContext): Promise<RouteResponse> {
  const { repo } = context;
  const files = await changedFiles(context);
  const commits = (
    await context.git.run(['rev-list', '--count', `${repo.baseSha}..${repo.headSha}`])
  ).toString('utf8');
  const body = pullRequestObject(context.urls, {
    number: repo.pullRequest.number,
    title: context.settings.pullRequestTitle,
    author: pullRequestAuthor(context),
    base: { ref: repo.pullRequest.baseBranch, sha: repo.baseSha, repo: baseRepositoryFacts(context) },
    head: { ref: repo.pullRequest.headBranch, sha: repo.headSha, repo: headRepositoryFacts(context) },
    mergeCommitSha: repo.mergeSha ?? null,
    draft: context.settings.draft,
    commits: Number(commits.trim()),
    additions: files.reduce((sum, file) => sum + file.additions, 0),
    deletions: files.reduce((sum, file) => sum + file.deletions, 0),
    changedFiles: files.length,
  });
  return { status: 200, body };
}

async function listFiles(context: FakeContext, request: RouteRequest): Promise<RouteResponse> {
  const { apiUrl, serverUrl } = context.urls;
  const full = context.repo.fullName;
  const headSha = context.repo.headSha;
  const entries = (await changedFiles(context)).map((file) => {
    const encoded = file.filename.split('/').map(encodeURIComponent).join('/');
    return {
      sha: file.blobSha,
      filename: file.filename,
      status: file.status,
      additions: file.additions,
      deletions: file.deletions,
      changes: file.additions + file.deletions,
      blob_url: `${serverUrl}/${full}/blob/${headSha}/${encoded}`,
      raw_url: `${serverUrl}/${full}/raw/${headSha}/${encoded}`,
      contents_url: `${apiUrl}/repos/${full}/contents/${encoded}?ref=${headSha}`,
      ...(file.patch !== undefined ? { patch: file.patch } : {}),
      ...(file.previousFilename !== undefined ? { previous_filename: file.previousFilename } : {}),
    };
  });
  return pageResponse(entries, request.url);
}

async function listReviews(context: FakeContext, request: RouteRequest): Promise<RouteResponse> {
  return pageResponse(
    context.state.reviews.map((review) => reviewObject(context, review)),
    request.url,
  );
}

export function reviewObject(context: FakeContext, review: StoredReview) {
  const { apiUrl, serverUrl } = context.urls;
  const number = context.repo.pullRequest.number;
  const html = `${serverUrl}/${context.repo.fullName}/pull/${number}#pullrequestreview-${review.id}`;
  const pull = `${apiUrl}/repos/${context.repo.fullName}/pulls/${number}`;
  return {
    id: review.id,
    node_id: nodeId('PullRequestReview', review.id),
    user: simpleUser(context.urls, review.user),
    body: review.body,
    state: review.state,
    html_url: html,
    pull_request_url: pull,
    _links: { html: { href: html }, pull_request: { href: pull } },
    ...(review.state === 'PENDING' ? {} : { submitted_at: review.submittedAt }),
    commit_id: review.commitId,
    author_association: 'MEMBER',
  };
}
