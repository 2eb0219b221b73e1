import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient, graphqlUrlFor } from '../../src/github/client.js';
import { describeGitHubFailure, isPermissionFailure } from '../../src/github/errors.js';
import { readFilesAtCommits } from '../../src/github/repository-files.js';
import { listReviews } from '../../src/github/reviews.js';
import { upsertStickyComment } from '../../src/github/sticky-comment.js';
import { commentMarker } from '../../src/render/comment.js';
import { startFakeGitHub } from '../e2e/harness/fake-github.js';
import { closeOpenFixtures, startGitHubFixture, type GitHubFixture } from './github-fixture.js';

let fixture: GitHubFixture;

afterEach(closeOpenFixtures);

const pull = () => ({
  owner: fixture.repo.owner,
  repo: fixture.repo.name,
  pullNumber: fixture.repo.pullRequest.number,
});
const readHead = (client = fixture.client) =>
  readFilesAtCommits(client, { owner: fixture.repo.owner, repo: fixture.repo.name }, [
    { commit: fixture.repo.headSha, paths: ['policy.jsonc'] },
  ]);

describe('retries', () => {
  it('retries a 5xx and a reset connection, then succeeds', async () => {
    fixture = await startGitHubFixture();
    const { fake } = fixture;
    fake.injectFault({ pathPattern: '/graphql', status: 502 });
    fake.injectFault({ pathPattern: '/graphql', status: 'reset' });
    fake.injectFault({ method: 'GET', pathPattern: '/repos/*/*/pulls/*/reviews', status: 503 });
    expect((await readHead()).files.get(`${fixture.repo.headSha}:policy.jsonc`)).toMatchObject({
      kind: 'text',
    });
    expect(await listReviews(fixture.client, pull())).toEqual([]);
    expect(fake.requests.map((request) => request.status)).toEqual([502, 'reset', 200, 503, 200]);
  });

  it('gives up after the configured retries with a sentence about GitHub, not about us', async () => {
    fixture = await startGitHubFixture();
    const { fake } = fixture;
    fake.injectFault({
      method: 'GET',
      pathPattern: '/repos/*/*/pulls/*/reviews',
      status: 500,
      times: Infinity,
    });
    const failure = await listReviews(fixture.clientWith({ retries: 1 }), pull()).catch(
      (error: unknown) => error,
    );
    expect((failure as Error).message).toBe(
      "Could not list the pull request's reviews: GitHub answered 500 (Server Error) even after retrying; this is on GitHub's side — re-run the job later (https://www.githubstatus.com).",
    );
    expect(isPermissionFailure(failure)).toBe(false);
    expect(fake.requests.map((request) => request.status)).toEqual([500, 500]);
    fake.clearFaults();
  });
});

describe('rate limits', () => {
  it("waits for a secondary rate limit's retry-after before writing again", async () => {
    fixture = await startGitHubFixture();
    const { fake, repo, warnings } = fixture;
    fake.injectFault({
      method: 'POST',
      pathPattern: '/repos/*/*/issues/*/comments',
      status: 403,
      retryAfter: 1,
    });
    const result = await upsertStickyComment(fixture.client, {
      owner: repo.owner,
      repo: repo.name,
      issueNumber: repo.pullRequest.number,
      workspaceId: '.',
      headSha: repo.headSha,
      body: `${commentMarker('.', repo.headSha)}\nhello`,
      ownLogin: undefined,
    });
    expect(result.action).toBe('created');
    const [limited, retried] = fake.requests.filter((request) => request.method === 'POST');
    expect([limited?.status, retried?.status]).toEqual([403, 201]);
    expect((retried?.receivedAt ?? 0) - (limited?.receivedAt ?? 0)).toBeGreaterThanOrEqual(950);
    expect(warnings).toEqual([
      "GitHub's secondary rate limit hit POST /repos/{owner}/{repo}/issues/{issue_number}/comments; retrying in 1 s (retry 1 of 2).",
    ]);
  });

  it('does not wait more than a minute, and says so', async () => {
    fixture = await startGitHubFixture();
    const { fake } = fixture;
    fake.injectFault({
      method: 'GET',
      pathPattern: '/repos/*/*/pulls/*/reviews',
      status: 429,
      retryAfter: 120,
    });
    const started = Date.now();
    const failure = await listReviews(fixture.client, pull()).catch((error: unknown) => error);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect((failure as Error).message).toMatch(
      /^Could not list the pull request's reviews: GitHub's secondary rate limit refused the request \(retry-after 120 s\)/,
    );
    expect(isPermissionFailure(failure)).toBe(false);
    expect(fixture.warnings[0]).toMatch(/not waiting 120 s more/);
  });

  it('reports a used-up primary rate limit with the time it resets', async () => {
    fixture = await startGitHubFixture();
    const { fake } = fixture;
    fake.injectFault({ pathPattern: '/graphql', status: 403, rateLimit: 'primary', retryAfter: 3_600 });
    const failure = await readHead().catch((error: unknown) => error);
    expect((failure as Error).message).toMatch(
      /^Could not read files from the repository: the token's API rate limit is used up until \d{4}-\d\d-\d\dT[\d:.]+Z; re-run the job after that/,
    );
    expect(isPermissionFailure(failure)).toBe(false);
  });
});

describe('timeouts', () => {
  it('gives up on a GitHub that never answers with a clear timeout, not a hang', async () => {
    fixture = await startGitHubFixture();
    const { fake } = fixture;
    fake.injectFault({ pathPattern: '/graphql', status: 'timeout', times: Infinity });
    const started = Date.now();
    const failure = await readHead(fixture.clientWith({ requestTimeoutMs: 200, retries: 1 })).catch(
      (error: unknown) => error,
    );
    expect(Date.now() - started).toBeLessThan(3_000);
    expect((failure as Error).message).toBe(
      'Could not read files from the repository: GitHub did not answer within 0.2 s, even after retrying; re-run the job, and if it keeps happening check https://www.githubstatus.com or raise the request timeout.',
    );
    expect(describeGitHubFailure((failure as Error).cause, 'read-files')).toBe((failure as Error).message);
    expect(fake.requests.map((request) => request.status)).toEqual(['timeout', 'timeout']);
    fake.clearFaults();
  });

  it('times out a reply that is too slow, and retries it with a fresh deadline', async () => {
    fixture = await startGitHubFixture();
    const { fake } = fixture;
    fake.injectFault({ method: 'GET', pathPattern: '/repos/*/*/pulls/*/reviews', delayMs: 600 });
    const client = fixture.clientWith({ requestTimeoutMs: 300, retries: 1 });
    expect(await listReviews(client, pull())).toEqual([]);
    expect(fake.requests).toHaveLength(2);
  });
});

describe('the token', () => {
  it('never appears in an error message, a stack or a log line, even when GitHub echoes it', async () => {
    fixture = await startGitHubFixture();
    const { fake, warnings } = fixture;
    const token = fake.token;
    const failures: unknown[] = [];
    const collect = (promise: Promise<unknown>) => promise.catch((error: unknown) => failures.push(error));
    fake.injectFault({
      method: 'GET',
      pathPattern: '/repos/**',
      status: 403,
      body: { message: `token ${token} may not` },
    });
    await collect(listReviews(fixture.client, pull()));
    fake.injectFault({
      pathPattern: '/graphql',
      status: 500,
      times: Infinity,
      body: { message: `boom for ${token}` },
    });
    await collect(readHead());
    fake.clearFaults();
    fake.injectFault({ pathPattern: '/graphql', status: 'timeout' });
    await collect(readHead(fixture.clientWith({ requestTimeoutMs: 100, retries: 0 })));
    const wrongToken = 'ghp_' + 'A'.repeat(36);
    await collect(listReviews(fixture.clientWith({ token: wrongToken }), pull()));

    expect(failures).toHaveLength(4);
    for (const failure of failures) {
      const error = failure as Error & { cause?: Error };
      for (const text of [
        error.message,
        error.stack,
        error.cause?.message,
        error.cause?.stack,
        JSON.stringify(error.cause),
      ]) {
        expect(text ?? '').not.toContain(token);
        expect(text ?? '').not.toContain(wrongToken);
      }
    }
    expect((failures[0] as Error).message).toContain('token *** may not');
    expect((failures[3] as Error).message).toMatch(
      /GitHub rejected the token \(401 Bad credentials\); check the `token` input/,
    );
    expect(warnings.join('\n')).not.toContain(token);
  });

  it('refuses an empty token up front', () => {
    expect(() => createGitHubClient({ token: ' ' })).toThrow(/token is empty: set the `token` input/);
  });
});

describe('URLs', () => {
  it('derives the GraphQL endpoint from the REST one, for github.com, GHE.com and GHES', () => {
    expect(graphqlUrlFor('https://api.github.com')).toBe('https://api.github.com/graphql');
    expect(graphqlUrlFor('https://api.octocorp.ghe.com/')).toBe('https://api.octocorp.ghe.com/graphql');
    expect(graphqlUrlFor('https://ghe.example.com/api/v3')).toBe('https://ghe.example.com/api/graphql');
    expect(graphqlUrlFor('https://ghe.example.com/api/v3/')).toBe('https://ghe.example.com/api/graphql');
  });

  it('works against a GitHub Enterprise Server layout, REST under /api/v3 and GraphQL at /api/graphql', async () => {
    fixture = await startGitHubFixture();
    const ghes = await startFakeGitHub({ repo: fixture.repo, layout: 'ghes' });
    try {
      const client = fixture.clientWith({ apiUrl: `${ghes.apiUrl}/` });
      expect((await readHead(client)).viewerLogin).toBe('github-actions[bot]');
      expect(await listReviews(client, pull())).toEqual([]);
      expect(ghes.requests.map((request) => [request.method, request.path])).toEqual([
        ['POST', '/graphql'],
        ['GET', `/repos/${fixture.repo.fullName}/pulls/1/reviews`],
      ]);
      expect(ghes.violations).toEqual([]);
    } finally {
      await ghes.close();
    }
  });

  it('uses an explicit GraphQL URL, and GITHUB_API_URL when no API URL is given', async () => {
    fixture = await startGitHubFixture();
    const other = await startFakeGitHub({ repo: fixture.repo, viewerLogin: 'other-server' });
    const saved = process.env.GITHUB_API_URL;
    try {
      const explicit = fixture.clientWith({ graphqlUrl: other.graphqlUrl });
      expect((await readHead(explicit)).viewerLogin).toBe('other-server');
      process.env.GITHUB_API_URL = other.apiUrl;
      const fromEnvironment = fixture.clientWith({ apiUrl: undefined });
      expect(await listReviews(fromEnvironment, pull())).toEqual([]);
      expect(other.requests.map((request) => request.path)).toEqual([
        '/graphql',
        `/repos/${fixture.repo.fullName}/pulls/1/reviews`,
      ]);
      expect(fixture.fake.requests).toEqual([]);
      expect(other.violations).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL;
      else process.env.GITHUB_API_URL = saved;
      await other.close();
    }
  });
});
