// A git repository with one pull request, the harness's fake GitHub over it, and a client made by
// createGitHubClient with its own throttle id (plugin-throttling spaces writes per id across the
// process) and small retry and timeout settings, so failures show up in milliseconds.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { createGitHubClient, type GitHubClient, type GitHubClientOptions } from '../../src/github/client.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../e2e/harness/fake-github.js';
import { createGitRepo, type CreateGitRepoOptions, type GitRepo } from '../e2e/harness/git-repo.js';

export interface GitHubFixture {
  repo: GitRepo;
  fake: FakeGitHub;
  client: GitHubClient;
  warnings: string[];
  /** Another client on the same fake (for instance with different retry settings). */
  clientWith(options: Partial<GitHubClientOptions>): GitHubClient;
  /** Closes the fake, removes the repository and checks GitHub would have accepted every request. */
  close(): Promise<void>;
}

export const DEFAULT_REPO: CreateGitRepoOptions = {
  baseFiles: { 'policy.jsonc': '{ "tools": { "allow": ["read"] } }\n' },
  headChanges: { 'policy.jsonc': '{ "tools": { "allow": ["read", "write"] } }\n' },
};

const openFixtures: GitHubFixture[] = [];

/** For `afterEach`: closes every fixture the test started (and asserts no contract violations). */
export async function closeOpenFixtures(): Promise<void> {
  for (const fixture of openFixtures.splice(0)) await fixture.close();
}

export async function startGitHubFixture(
  repoOptions: CreateGitRepoOptions = DEFAULT_REPO,
  fakeOptions: Omit<FakeGitHubOptions, 'repo'> = {},
  clientOptions: Partial<GitHubClientOptions> = {},
): Promise<GitHubFixture> {
  const repo = createGitRepo(repoOptions);
  const fake = await startFakeGitHub({ repo, ...fakeOptions });
  const warnings: string[] = [];
  const clientWith = (options: Partial<GitHubClientOptions>) =>
    createGitHubClient({
      token: fake.token,
      apiUrl: fake.apiUrl,
      retries: 2,
      retryBaseDelayMs: 10,
      requestTimeoutMs: 5_000,
      throttleId: randomUUID(),
      log: { warning: (message) => warnings.push(message) },
      ...clientOptions,
      ...options,
    });
  const fixture: GitHubFixture = {
    repo,
    fake,
    client: clientWith({}),
    warnings,
    clientWith,
    async close() {
      await fake.close();
      await repo.cleanup();
      expect(fake.violations).toEqual([]);
    },
  };
  openFixtures.push(fixture);
  return fixture;
}

/** `METHOD route` of every request the fake received, in order. */
export function requestLines(fake: FakeGitHub): string[] {
  return fake.requests.map((request) => `${request.method} ${request.route ?? request.path}`);
}
