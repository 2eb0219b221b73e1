// GitHub's recorded webhook payloads (@octokit/webhooks-examples) and what every event builder
// needs to make one true to the test's repository: the sample repository renamed in every URL,
// repository objects for the base and a fork, and the shape every builder returns.
import { createRequire } from 'node:module';
import type { GitRepo } from '../git-repo.js';
import { accountFor, simpleUser, type Account, type GitHubUrls } from '../github-objects.js';

export type Json = Record<string, unknown>;

export interface ActionEvent {
  eventName: string;
  eventPayload: Json;
  /** GITHUB_SHA */
  sha: string;
  /** GITHUB_REF */
  ref: string;
  /** GITHUB_HEAD_REF (PR events only, else empty) */
  headRef: string;
  /** GITHUB_BASE_REF (PR events only, else empty) */
  baseRef: string;
  /** GITHUB_REPOSITORY */
  repository: string;
  /** GITHUB_ACTOR */
  actor: string;
}

export interface EventOptions {
  repo: GitRepo;
  /** Hosts in the payload's URLs (default github.com's). */
  urls?: GitHubUrls;
}

export const DOTCOM: GitHubUrls = { apiUrl: 'https://api.github.com', serverUrl: 'https://github.com' };

const require = createRequire(import.meta.url);
const webhookExamples = require('@octokit/webhooks-examples') as Array<{ name: string; examples: Json[] }>;

export function recordedExample(eventName: string, pick: (example: Json) => boolean): Json {
  const found = webhookExamples.find((definition) => definition.name === eventName)?.examples.find(pick);
  if (!found) throw new Error(`@octokit/webhooks-examples has no matching ${eventName} example`);
  return structuredClone(found);
}

/** The example with its sample repository (and PR number) replaced by the test's, in every URL. */
export function rebrand(
  example: Json,
  sampleFullName: string,
  repo: GitRepo,
  urls: GitHubUrls,
  samplePullNumber?: number,
): Json {
  let text = JSON.stringify(example)
    .replaceAll('https://api.github.com', urls.apiUrl)
    .replaceAll('https://github.com', urls.serverUrl)
    .replaceAll(sampleFullName, repo.fullName);
  if (samplePullNumber !== undefined) {
    const number = repo.pullRequest.number;
    text = text.replace(
      new RegExp(`/(pulls|pull|issues)/${samplePullNumber}(?=[/"#.])`, 'g'),
      `/$1/${number}`,
    );
  }
  return JSON.parse(text) as Json;
}

export function object(value: unknown): Json {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new Error('payload shape changed: expected an object');
  return value as Json;
}

export function repositoryPayload(
  base: Json,
  urls: GitHubUrls,
  owner: Account,
  name: string,
  fork: boolean,
  defaultBranch: string,
): Json {
  const fullName = `${owner.login}/${name}`;
  const sample = String(base.full_name);
  const rebranded = JSON.parse(JSON.stringify(base).replaceAll(sample, fullName)) as Json;
  const ownerObject = object(rebranded.owner);
  return {
    ...rebranded,
    id: accountFor(`repo:${fullName}`).id,
    name,
    full_name: fullName,
    // push payloads carry the owner's name and email too; keep the keys the example has.
    owner: {
      ...ownerObject,
      ...simpleUser(urls, owner),
      ...('name' in ownerObject ? { name: owner.login, email: null } : {}),
    },
    fork,
    default_branch: defaultBranch,
    ...('master_branch' in rebranded ? { master_branch: defaultBranch } : {}),
  };
}
