// The seam between the fake's HTTP plumbing (fake-github.ts) and its REST routes: what a route
// handler gets, and what it returns.
import type { IncomingHttpHeaders } from 'node:http';
import type { GitReader } from './git-reader.js';
import type { GitRepo } from './git-repo.js';
import type { RouteResponse } from './github-errors.js';
import { accountFor, type Account, type GitHubUrls, type RepositoryFacts } from './github-objects.js';
import type { FakeSettings, FakeState } from './fake-state.js';

export interface FakeContext {
  repo: GitRepo;
  git: GitReader;
  urls: GitHubUrls;
  settings: FakeSettings;
  state: FakeState;
  now(): Date;
  nextId(): number;
}

export interface RouteRequest {
  method: string;
  /** Path parameters, already URI-decoded. */
  params: Record<string, string>;
  /** The URL as the client sent it, on the fake's public origin (Link headers are built from it). */
  url: URL;
  body: unknown;
  headers: IncomingHttpHeaders;
}

export type RouteHandler = (context: FakeContext, request: RouteRequest) => Promise<RouteResponse>;

export interface Route {
  method: 'GET' | 'POST' | 'PATCH';
  /** The OpenAPI path template, e.g. `/repos/{owner}/{repo}/pulls/{pull_number}`. */
  template: string;
  handler: RouteHandler;
}

export function baseRepositoryFacts(context: FakeContext): RepositoryFacts {
  return {
    owner: accountFor(context.repo.owner, 'Organization'),
    name: context.repo.name,
    defaultBranch: context.settings.defaultBranch,
    fork: false,
  };
}

export function headRepositoryFacts(context: FakeContext): RepositoryFacts {
  const forkOwner = context.repo.pullRequest.forkOwner;
  if (!forkOwner) return baseRepositoryFacts(context);
  return {
    owner: accountFor(forkOwner),
    name: context.repo.name,
    defaultBranch: context.settings.defaultBranch,
    fork: true,
  };
}

export function pullRequestAuthor(context: FakeContext): Account {
  return accountFor(context.repo.pullRequest.author);
}
