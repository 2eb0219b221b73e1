// push, merge_group, workflow_dispatch and schedule payloads for the test repository, with the
// runner's GITHUB_SHA and GITHUB_REF for each.
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

export interface PushEventOptions extends EventOptions {
  branch?: string;
  /** Default: the first parent of `after`. */
  before?: string;
  /** Default: the branch tip. */
  after?: string;
  pusher?: string;
}

export function pushEvent(options: PushEventOptions): ActionEvent {
  const { repo } = options;
  const urls = options.urls ?? DOTCOM;
  const branch = options.branch ?? repo.pullRequest.baseBranch;
  const after = options.after ?? repo.sha(branch);
  const before = options.before ?? firstParent(repo, after);
  const pusher = accountFor(options.pusher ?? repo.pullRequest.author);
  const payload = rebrand(
    recordedExample('push', (example) => String(example.ref).startsWith('refs/heads/')),
    'Codertocat/Hello-World',
    repo,
    urls,
  );
  const commit = commitPayload(repo, urls, after, before);
  Object.assign(payload, {
    ref: `refs/heads/${branch}`,
    before,
    after,
    created: false,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `${urls.serverUrl}/${repo.fullName}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
    commits: [commit],
    head_commit: commit,
    repository: repositoryPayload(
      object(payload.repository),
      urls,
      accountFor(repo.owner, 'Organization'),
      repo.name,
      false,
      repo.pullRequest.baseBranch,
    ),
    pusher: { name: pusher.login, email: `${pusher.id}+${pusher.login}@users.noreply.github.com` },
    sender: simpleUser(urls, pusher),
  });
  return {
    eventName: 'push',
    eventPayload: payload,
    sha: after,
    ref: `refs/heads/${branch}`,
    headRef: '',
    baseRef: '',
    repository: repo.fullName,
    actor: pusher.login,
  };
}

/** The commit before `sha` on its branch; all zeros for a root commit, as GitHub writes for a new branch. */
function firstParent(repo: GitRepo, sha: string): string {
  const parents = repo.git('rev-list', '--parents', '-n', '1', sha).trim().split(' ');
  return parents[1] ?? '0'.repeat(40);
}

function commitPayload(repo: GitRepo, urls: GitHubUrls, sha: string, parent: string): Json {
  const [message = '', timestamp = '', name = '', email = ''] = repo
    .git('log', '-1', '--format=%B%x00%aI%x00%an%x00%ae', sha)
    .split('\0');
  const changes = { added: [] as string[], removed: [] as string[], modified: [] as string[] };
  const diff = /^0+$/.test(parent)
    ? repo.git('show', '--name-status', '--no-renames', '--format=', sha)
    : parent
      ? repo.git('diff', '--name-status', '--no-renames', parent, sha)
      : '';
  for (const line of diff.split('\n').filter(Boolean)) {
    const [code = 'M', path = ''] = line.split('\t');
    (code === 'A' ? changes.added : code === 'D' ? changes.removed : changes.modified).push(path);
  }
  const author = { name, email, username: name };
  return {
    id: sha,
    tree_id: repo.git('rev-parse', `${sha}^{tree}`).trim(),
    distinct: true,
    message: message.trim(),
    timestamp: timestamp.trim().replace('+00:00', 'Z'),
    url: `${urls.serverUrl}/${repo.fullName}/commit/${sha}`,
    author,
    committer: author,
    ...changes,
  };
}

/** `merge_group`: GITHUB_SHA and GITHUB_REF are the queue branch's (created in the repo). */
export function mergeGroupEvent(options: EventOptions): ActionEvent {
  const { repo } = options;
  const urls = options.urls ?? DOTCOM;
  const queue = repo.createMergeQueueBranch();
  const payload = rebrand(
    recordedExample('merge_group', () => true),
    'octo-org/octo-repo',
    repo,
    urls,
  );
  const commit = commitPayload(repo, urls, queue.sha, '');
  const group = object(payload.merge_group);
  Object.assign(group, {
    head_sha: queue.sha,
    head_ref: queue.ref,
    base_sha: repo.baseSha,
    base_ref: `refs/heads/${repo.pullRequest.baseBranch}`,
    head_commit: {
      id: commit.id,
      tree_id: commit.tree_id,
      message: commit.message,
      timestamp: commit.timestamp,
      author: commit.author,
      committer: commit.committer,
    },
  });
  payload.repository = repositoryPayload(
    object(payload.repository),
    urls,
    accountFor(repo.owner, 'Organization'),
    repo.name,
    false,
    repo.pullRequest.baseBranch,
  );
  payload.sender = simpleUser(urls, accountFor(repo.pullRequest.author));
  delete payload.installation;
  return {
    eventName: 'merge_group',
    eventPayload: payload,
    sha: queue.sha,
    ref: queue.ref,
    headRef: '',
    baseRef: '',
    repository: repo.fullName,
    actor: 'github-merge-queue[bot]',
  };
}

export interface WorkflowDispatchEventOptions extends EventOptions {
  ref?: string;
  inputs?: Record<string, string>;
  actor?: string;
}

/** `workflow_dispatch`: GITHUB_REF is the chosen ref, GITHUB_SHA its last commit. */
export function workflowDispatchEvent(options: WorkflowDispatchEventOptions): ActionEvent {
  const { repo } = options;
  const urls = options.urls ?? DOTCOM;
  const ref = options.ref ?? `refs/heads/${repo.pullRequest.baseBranch}`;
  const actor = accountFor(options.actor ?? repo.pullRequest.author);
  const payload = rebrand(
    recordedExample('workflow_dispatch', () => true),
    'octo-org/octo-repo',
    repo,
    urls,
  );
  Object.assign(payload, {
    ref,
    inputs: options.inputs ?? {},
    repository: repositoryPayload(
      object(payload.repository),
      urls,
      accountFor(repo.owner, 'Organization'),
      repo.name,
      false,
      repo.pullRequest.baseBranch,
    ),
    sender: simpleUser(urls, actor),
  });
  delete payload.installation;
  return {
    eventName: 'workflow_dispatch',
    eventPayload: payload,
    sha: repo.sha(ref),
    ref,
    headRef: '',
    baseRef: '',
    repository: repo.fullName,
    actor: actor.login,
  };
}

export interface ScheduleEventOptions extends EventOptions {
  cron?: string;
}

/**
 * `schedule` has no webhook and no example. Its documented payload is just the cron string; the
 * run is on the default branch's last commit.
 */
export function scheduleEvent(options: ScheduleEventOptions): ActionEvent {
  const { repo } = options;
  const branch = repo.pullRequest.baseBranch;
  return {
    eventName: 'schedule',
    eventPayload: { schedule: options.cron ?? '17 3 * * *' },
    sha: repo.sha(branch),
    ref: `refs/heads/${branch}`,
    headRef: '',
    baseRef: '',
    repository: repo.fullName,
    actor: repo.owner,
  };
}
