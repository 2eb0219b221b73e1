// Response bodies the fake returns, built on the spec's own examples and then made true to the
// fake's state. The examples are not always schema-valid (pull-request's `requested_teams[0]`
// lacks `type`, full-repository lacks `language`), so each builder fixes what it takes over; the
// contract check in fake-github.ts validates every body anyway.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { REST_SUBSET_PATH } from './rest-contract.js';

type Json = Record<string, unknown>;

export interface GitHubUrls {
  /** REST base, e.g. http://127.0.0.1:1234 or http://127.0.0.1:1234/api/v3 (GHES). */
  apiUrl: string;
  /** Web base, e.g. http://127.0.0.1:1234 (used for html_url). */
  serverUrl: string;
}

export interface Account {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

/** The identity behind a workflow's GITHUB_TOKEN, as GitHub reports it on comments it writes. */
export const GITHUB_ACTIONS_BOT: Account = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

/** A stable, plausible account for a login (ids derived from the name, so runs are reproducible). */
export function accountFor(
  login: string,
  type: Account['type'] = login.endsWith('[bot]') ? 'Bot' : 'User',
): Account {
  if (login === GITHUB_ACTIONS_BOT.login) return GITHUB_ACTIONS_BOT;
  const id = createHash('sha256').update(login).digest().readUInt32BE(0) % 90_000_000;
  return { login, id: 1_000_000 + id, type };
}

let examples: Record<string, { value: unknown }> | undefined;
function example(name: string): Json {
  examples ??= JSON.parse(readFileSync(REST_SUBSET_PATH, 'utf8')).components.examples as Record<
    string,
    { value: unknown }
  >;
  const found = examples[name];
  if (!found)
    throw new Error(
      `the REST subset has no example ${name}; regenerate it with scripts/extract-github-spec.mjs`,
    );
  return structuredClone(found.value) as Json;
}

/** An example with its GitHub hosts and sample repository replaced by the fake's. */
function rebrandedExample(name: string, urls: GitHubUrls, fullName: string, sampleFullName: string): Json {
  const text = JSON.stringify(example(name))
    .replaceAll('https://api.github.com', urls.apiUrl)
    .replaceAll('https://github.com', urls.serverUrl)
    .replaceAll(sampleFullName, fullName);
  return JSON.parse(text) as Json;
}

export function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`0:${kind}${id}`).toString('base64');
}

export function simpleUser(urls: GitHubUrls, account: Account): Json {
  const user = `${urls.apiUrl}/users/${encodeURIComponent(account.login)}`;
  return {
    login: account.login,
    id: account.id,
    node_id: nodeId(account.type, account.id),
    avatar_url: `${urls.serverUrl}/avatars/u/${account.id}?v=4`,
    gravatar_id: '',
    url: user,
    html_url: `${urls.serverUrl}/${encodeURIComponent(account.login)}`,
    followers_url: `${user}/followers`,
    following_url: `${user}/following{/other_user}`,
    gists_url: `${user}/gists{/gist_id}`,
    starred_url: `${user}/starred{/owner}{/repo}`,
    subscriptions_url: `${user}/subscriptions`,
    organizations_url: `${user}/orgs`,
    repos_url: `${user}/repos`,
    events_url: `${user}/events{/privacy}`,
    received_events_url: `${user}/received_events`,
    type: account.type,
    site_admin: false,
  };
}

export interface RepositoryFacts {
  owner: Account;
  name: string;
  defaultBranch: string;
  fork: boolean;
}

function repositoryId(fullName: string): number {
  return accountFor(`repo:${fullName}`).id;
}

/** The `repository` schema (PR head/base repos). */
export function repositoryObject(urls: GitHubUrls, facts: RepositoryFacts): Json {
  const fullName = `${facts.owner.login}/${facts.name}`;
  const repo = (rebrandedExample('pull-request', urls, fullName, 'octocat/Hello-World').head as Json)
    .repo as Json;
  const id = repositoryId(fullName);
  return {
    ...repo,
    id,
    node_id: nodeId('Repository', id),
    name: facts.name,
    full_name: fullName,
    owner: simpleUser(urls, facts.owner),
    fork: facts.fork,
    private: false,
    default_branch: facts.defaultBranch,
    language: 'TypeScript',
  };
}

/** The `full-repository` schema (GET /repos/{owner}/{repo}). */
export function fullRepositoryObject(urls: GitHubUrls, facts: RepositoryFacts): Json {
  const fullName = `${facts.owner.login}/${facts.name}`;
  const repo = rebrandedExample('full-repository-default-response', urls, fullName, 'octocat/Hello-World');
  delete repo.parent;
  delete repo.source;
  delete repo.template_repository;
  delete repo.organization;
  const id = repositoryId(fullName);
  return {
    ...repo,
    id,
    node_id: nodeId('Repository', id),
    name: facts.name,
    full_name: fullName,
    owner: simpleUser(urls, facts.owner),
    fork: facts.fork,
    private: false,
    visibility: 'public',
    default_branch: facts.defaultBranch,
    language: 'TypeScript',
  };
}

export interface PullRequestFacts {
  number: number;
  title: string;
  author: Account;
  base: { ref: string; sha: string; repo: RepositoryFacts };
  head: { ref: string; sha: string; repo: RepositoryFacts };
  mergeCommitSha: string | null;
  draft: boolean;
  commits: number;
  additions: number;
  deletions: number;
  changedFiles: number;
}

export function pullRequestObject(urls: GitHubUrls, facts: PullRequestFacts): Json {
  const baseFullName = `${facts.base.repo.owner.login}/${facts.base.repo.name}`;
  const pr = rebrandedExample('pull-request', urls, baseFullName, 'octocat/Hello-World');
  const text = JSON.stringify({ ...pr, head: undefined, base: undefined }).replaceAll(
    '/1347',
    `/${facts.number}`,
  );
  const side = (branch: PullRequestFacts['head']) => ({
    label: `${branch.repo.owner.login}:${branch.ref}`,
    ref: branch.ref,
    sha: branch.sha,
    user: simpleUser(urls, branch.repo.owner),
    repo: repositoryObject(urls, branch.repo),
  });
  const id = 10_000_000 + facts.number;
  return {
    ...(JSON.parse(text) as Json),
    id,
    node_id: nodeId('PullRequest', id),
    number: facts.number,
    state: 'open',
    locked: false,
    title: facts.title,
    user: simpleUser(urls, facts.author),
    body: null,
    labels: [],
    milestone: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    closed_at: null,
    merged_at: null,
    merged_by: null,
    auto_merge: null,
    merge_commit_sha: facts.mergeCommitSha,
    head: side(facts.head),
    base: side(facts.base),
    author_association: facts.head.repo.fork ? 'CONTRIBUTOR' : 'MEMBER',
    draft: facts.draft,
    merged: false,
    mergeable: facts.mergeCommitSha !== null,
    rebaseable: facts.mergeCommitSha !== null,
    mergeable_state: facts.mergeCommitSha !== null ? 'clean' : 'dirty',
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: facts.head.repo.fork,
    commits: facts.commits,
    additions: facts.additions,
    deletions: facts.deletions,
    changed_files: facts.changedFiles,
  };
}

export function privateUserObject(urls: GitHubUrls, account: Account): Json {
  const user = example('private-user-response-with-public-and-private-profile-information');
  return {
    ...user,
    ...simpleUser(urls, account),
    name: account.login,
    email: null,
    hireable: null,
    bio: null,
  };
}

export function teamMembershipObject(
  urls: GitHubUrls,
  org: string,
  teamSlug: string,
  login: string,
  role: string,
  state: string,
): Json {
  const teamId = accountFor(`team:${org}/${teamSlug}`).id;
  return {
    url: `${urls.apiUrl}/organizations/${accountFor(org).id}/team/${teamId}/memberships/${login}`,
    role,
    state,
  };
}

/** Timestamps as GitHub writes them: second precision, UTC, `Z`. */
export function githubTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
