// pull_request, pull_request_target and pull_request_review payloads for the test repository's
// PR (a fork PR when the repo was created with `forkOwner`), with the runner's refs for each.
import type { GitRepo } from '../git-repo.js';
import { accountFor, simpleUser, type GitHubUrls } from '../github-objects.js';
import {
  DOTCOM,
  object,
  rebrand,
  recordedExample,
  repositoryPayload,
  type ActionEvent,
  type EventOptions,
  type Json,
} from './recorded-webhooks.js';

interface PullRequestParts {
  repo: GitRepo;
  urls: GitHubUrls;
  defaultBranch: string;
}

/** Patch a payload's `pull_request` (and `repository`) to the test repo's PR. */
function patchPullRequest(payload: Json, { repo, urls, defaultBranch }: PullRequestParts): void {
  const owner = accountFor(repo.owner, 'Organization');
  const author = accountFor(repo.pullRequest.author);
  const baseRepository = repositoryPayload(
    object(payload.repository),
    urls,
    owner,
    repo.name,
    false,
    defaultBranch,
  );
  const forkOwner = repo.pullRequest.forkOwner ? accountFor(repo.pullRequest.forkOwner) : undefined;
  const headRepository = forkOwner
    ? repositoryPayload(baseRepository, urls, forkOwner, repo.name, true, defaultBranch)
    : baseRepository;
  const headOwner = forkOwner ?? owner;
  const pr = object(payload.pull_request);
  const mergeSha = repo.mergeSha ?? null;
  Object.assign(pr, {
    number: repo.pullRequest.number,
    id: 10_000_000 + repo.pullRequest.number,
    state: 'open',
    user: simpleUser(urls, author),
    merge_commit_sha: mergeSha,
    head: {
      ...object(pr.head),
      label: `${headOwner.login}:${repo.pullRequest.headBranch}`,
      ref: repo.pullRequest.headBranch,
      sha: repo.headSha,
      user: simpleUser(urls, headOwner),
      repo: headRepository,
    },
    base: {
      ...object(pr.base),
      label: `${owner.login}:${repo.pullRequest.baseBranch}`,
      ref: repo.pullRequest.baseBranch,
      sha: repo.baseSha,
      user: simpleUser(urls, owner),
      repo: baseRepository,
    },
    ...('mergeable' in pr
      ? { mergeable: mergeSha !== null, mergeable_state: mergeSha !== null ? 'clean' : 'dirty' }
      : {}),
  });
  payload.repository = baseRepository;
  delete payload.installation;
}

export interface PullRequestEventOptions extends EventOptions {
  action?: 'opened' | 'synchronize';
  /** For synchronize: the head before the push (default: the base SHA). */
  before?: string;
}

/** `pull_request`: GITHUB_SHA is the merge commit, GITHUB_REF `refs/pull/N/merge`. */
export function pullRequestEvent(options: PullRequestEventOptions): ActionEvent {
  return pullRequestLikeEvent('pull_request', options);
}

/**
 * `pull_request_target`: the same payload as `pull_request` (GitHub sends the `pull_request`
 * webhook; there is no separate example), but the run is on the base: GITHUB_SHA is the last
 * commit on the base branch and GITHUB_REF the base branch.
 */
export function pullRequestTargetEvent(options: PullRequestEventOptions): ActionEvent {
  const event = pullRequestLikeEvent('pull_request_target', options);
  const { repo } = options;
  return { ...event, sha: repo.baseSha, ref: `refs/heads/${repo.pullRequest.baseBranch}` };
}

function pullRequestLikeEvent(eventName: string, options: PullRequestEventOptions): ActionEvent {
  const { repo } = options;
  const urls = options.urls ?? DOTCOM;
  const action = options.action ?? 'opened';
  const example = recordedExample('pull_request', (candidate) => candidate.action === action);
  const payload = rebrand(
    example,
    'Codertocat/Hello-World',
    repo,
    urls,
    Number(object(example.pull_request).number),
  );
  payload.number = repo.pullRequest.number;
  patchPullRequest(payload, { repo, urls, defaultBranch: repo.pullRequest.baseBranch });
  payload.sender = simpleUser(urls, accountFor(repo.pullRequest.author));
  if (action === 'synchronize') {
    payload.before = options.before ?? repo.baseSha;
    payload.after = repo.headSha;
  }
  return {
    eventName,
    eventPayload: payload,
    ...pullRequestRunRefs(repo),
    repository: repo.fullName,
    actor: repo.pullRequest.author,
  };
}

function pullRequestRunRefs(repo: GitRepo): Pick<ActionEvent, 'sha' | 'ref' | 'headRef' | 'baseRef'> {
  const mergeSha = repo.mergeSha;
  const number = repo.pullRequest.number;
  return {
    // GitHub does not create a merge ref for a conflicting PR; fall back to the head.
    sha: mergeSha ?? repo.headSha,
    ref: mergeSha ? `refs/pull/${number}/merge` : `refs/pull/${number}/head`,
    headRef: repo.pullRequest.headBranch,
    baseRef: repo.pullRequest.baseBranch,
  };
}

export interface PullRequestReviewEventOptions extends EventOptions {
  action: 'submitted' | 'dismissed';
  reviewer: string;
  /** Webhook review state (lowercase): approved, changes_requested, commented, dismissed. */
  state?: 'approved' | 'changes_requested' | 'commented' | 'dismissed';
  /** The commit reviewed (default: the PR head). */
  commitId?: string;
  reviewId?: number;
}

export function pullRequestReviewEvent(options: PullRequestReviewEventOptions): ActionEvent {
  const { repo } = options;
  const urls = options.urls ?? DOTCOM;
  const example = recordedExample('pull_request_review', (candidate) => candidate.action === options.action);
  const samplePull = Number(object(example.pull_request).number);
  const payload = rebrand(example, 'Codertocat/Hello-World', repo, urls, samplePull);
  patchPullRequest(payload, { repo, urls, defaultBranch: repo.pullRequest.baseBranch });
  const reviewer = accountFor(options.reviewer);
  const reviewId = options.reviewId ?? 80_000_000 + repo.pullRequest.number;
  const review = object(payload.review);
  const html = `${urls.serverUrl}/${repo.fullName}/pull/${repo.pullRequest.number}#pullrequestreview-${reviewId}`;
  Object.assign(review, {
    id: reviewId,
    user: simpleUser(urls, reviewer),
    state: options.state ?? (options.action === 'dismissed' ? 'dismissed' : 'approved'),
    commit_id: options.commitId ?? repo.headSha,
    html_url: html,
    _links: { ...object(review._links), html: { href: html } },
  });
  payload.sender = simpleUser(urls, reviewer);
  return {
    eventName: 'pull_request_review',
    eventPayload: payload,
    ...pullRequestRunRefs(repo),
    repository: repo.fullName,
    actor: options.reviewer,
  };
}
