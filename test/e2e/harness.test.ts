// Self-tests of the e2e harness. The fake GitHub is driven by a real @octokit/rest client with the
// retry and throttling plugins (what the action will use), so these prove the fake speaks what
// Octokit sends — Accept headers, `%2F` in paths, Link pagination, retry and rate-limit handling.
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  mergeGroupEvent,
  pullRequestEvent,
  pullRequestReviewEvent,
  pullRequestTargetEvent,
  pushEvent,
  scheduleEvent,
  workflowDispatchEvent,
} from './harness/event-payloads.js';
import { startFakeGitHub, type FakeGitHub } from './harness/fake-github.js';
import { createGitRepo, type CreateGitRepoOptions, type GitRepo } from './harness/git-repo.js';
import { nodeBinaryPath, runAction } from './harness/run-action.js';
import { parseCommandFile, parseWorkflowCommands } from './harness/workflow-commands.js';

const BASE_POLICY = '{\n  // base policy\n  "tools": { "allow": ["read"] }\n}\n';
const HEAD_POLICY = '{\n  // proposed policy\n  "tools": { "allow": ["read", "write"] }\n}\n';

const GatedOctokit = Octokit.plugin(retry, throttling);
const silentLog = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

interface Client {
  octokit: InstanceType<typeof GatedOctokit>;
  secondaryLimits: number[];
}

/** A client configured as the action's will be; its own throttle id so tests do not share limiters. */
function clientFor(fake: FakeGitHub, baseUrl = fake.apiUrl): Client {
  const secondaryLimits: number[] = [];
  const octokit = new GatedOctokit({
    auth: fake.token,
    baseUrl,
    log: silentLog,
    retry: { retries: 2 },
    throttle: {
      id: randomUUID(),
      onRateLimit: (_after, _options, _octokit, retryCount) => retryCount < 2,
      onSecondaryRateLimit: (after, _options, _octokit, retryCount) => {
        secondaryLimits.push(after);
        return retryCount < 2;
      },
    },
  });
  return { octokit, secondaryLimits };
}

function decodeContent(data: unknown): string {
  const file = data as { type?: string; content?: string; encoding?: string };
  if (file.type !== 'file' || file.encoding !== 'base64')
    throw new Error(`not a base64 file: ${JSON.stringify(data)}`);
  return Buffer.from(file.content ?? '', 'base64').toString('utf8');
}

const SCENARIO: CreateGitRepoOptions = {
  baseFiles: {
    '.github/policy.jsonc': BASE_POLICY,
    'TOOLS.md': '# Tools\n\n- read\n',
    'docs/readme.md': 'hello\n',
    'policy.attestation.json': '{"attestationHash":"sha256:base"}\n',
    'tools-link.md': { symlinkTo: 'TOOLS.md' },
    'escape-link': { symlinkTo: '../../outside' },
  },
  headChanges: [
    { '.github/policy.jsonc': HEAD_POLICY, 'docs/readme.md': null },
    { 'openclaw.jsonc': '{}\n' },
  ],
};

let repo: GitRepo;
let fake: FakeGitHub;
let client: Client;

beforeEach(async () => {
  repo = createGitRepo(SCENARIO);
  fake = await startFakeGitHub({ repo, teams: { 'octo-org/policy-acceptors': ['alice'] } });
  client = clientFor(fake);
});

afterEach(async () => {
  await fake.close();
  await repo.cleanup();
  expect(fake.violations).toEqual([]);
});

describe('git repository', () => {
  it('has main, the PR branch and refs/pull/N/merge with base and head as parents', () => {
    expect(repo.git('rev-list', '--parents', '-n', '1', repo.mergeRef).trim().split(' ')).toEqual([
      repo.mergeSha,
      repo.baseSha,
      repo.headSha,
    ]);
    expect(repo.git('rev-list', '--count', `${repo.baseSha}..${repo.headSha}`).trim()).toBe('2');
    expect(repo.git('rev-parse', 'HEAD').trim()).toBe(repo.mergeSha); // the workspace, like actions/checkout
  });

  it('gives the same SHAs for the same files on every run', async () => {
    const again = createGitRepo(SCENARIO);
    expect([again.baseSha, again.headSha, again.mergeSha]).toEqual([
      repo.baseSha,
      repo.headSha,
      repo.mergeSha,
    ]);
    await again.cleanup();
  });
});

describe('fake GitHub REST', () => {
  it('serves contents at a SHA: files, nested paths, directories, raw, and 404s', async () => {
    const { octokit } = client;
    const at = (ref: string, path: string) =>
      octokit.rest.repos.getContent({ owner: repo.owner, repo: repo.name, path, ref });
    expect(decodeContent((await at(repo.baseSha, '.github/policy.jsonc')).data)).toBe(BASE_POLICY);
    expect(decodeContent((await at(repo.headSha, '.github/policy.jsonc')).data)).toBe(HEAD_POLICY);
    const file = (await at(repo.baseSha, 'TOOLS.md')).data as { content: string };
    expect(file.content.split('\n').every((line) => line.length <= 60)).toBe(true);
    const listing = (await at(repo.baseSha, '.github')).data as Array<{ name: string; type: string }>;
    expect(listing.map((entry) => [entry.name, entry.type])).toEqual([['policy.jsonc', 'file']]);
    const raw = await octokit.rest.repos.getContent({
      owner: repo.owner,
      repo: repo.name,
      path: 'TOOLS.md',
      ref: repo.headSha,
      mediaType: { format: 'raw' },
    });
    expect(raw.data as unknown).toBe('# Tools\n\n- read\n');
    // A symlink to a file in the repository answers with that file; one pointing outside, with itself.
    expect(decodeContent((await at(repo.baseSha, 'tools-link.md')).data)).toBe('# Tools\n\n- read\n');
    expect((await at(repo.baseSha, 'escape-link')).data).toMatchObject({
      type: 'symlink',
      target: '../../outside',
    });
    await expect(at(repo.headSha, 'docs/readme.md')).rejects.toMatchObject({ status: 404 });
    await expect(at('0'.repeat(40), 'TOOLS.md')).rejects.toMatchObject({ status: 404 });
    const contentRequests = fake.requests.filter((request) => request.route?.endsWith('/contents/{path}'));
    expect(contentRequests[0]?.headers.accept).toBe('application/vnd.github.v3+json');
    expect(contentRequests[0]).toMatchObject({
      path: `/repos/${repo.fullName}/contents/.github%2Fpolicy.jsonc`,
      params: { path: '.github/policy.jsonc' },
    });
  });

  it('answers the PR, its files, reviews, the repository and identity with schema-valid bodies', async () => {
    const { octokit } = client;
    const params = { owner: repo.owner, repo: repo.name };
    fake.addReview({ user: 'alice', state: 'APPROVED' });
    fake.addReview({ user: 'bob', state: 'CHANGES_REQUESTED', commitId: repo.baseSha });
    const pull = (await octokit.rest.pulls.get({ ...params, pull_number: 1 })).data;
    expect([pull.head.sha, pull.base.sha, pull.merge_commit_sha, pull.changed_files]).toEqual([
      repo.headSha,
      repo.baseSha,
      repo.mergeSha,
      3,
    ]);
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
      ...params,
      pull_number: 1,
      per_page: 2,
    });
    expect(files.map((f) => [f.filename, f.status])).toEqual([
      ['.github/policy.jsonc', 'modified'],
      ['docs/readme.md', 'removed'],
      ['openclaw.jsonc', 'added'],
    ]);
    expect(files[0]?.patch).toContain('+  // proposed policy');
    const reviews = (await octokit.rest.pulls.listReviews({ ...params, pull_number: 1 })).data;
    expect(reviews.map((r) => [r.user?.login, r.state, r.commit_id])).toEqual([
      ['alice', 'APPROVED', repo.headSha],
      ['bob', 'CHANGES_REQUESTED', repo.baseSha],
    ]);
    expect((await octokit.rest.repos.get(params)).data.default_branch).toBe('main');
    await expect(octokit.rest.users.getAuthenticated()).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
    fake.settings.authenticatedUser = { login: 'policy-bot', id: 7, type: 'User' };
    expect((await octokit.rest.users.getAuthenticated()).data.login).toBe('policy-bot');
    const membership = { org: 'octo-org', team_slug: 'policy-acceptors' };
    expect(
      (await octokit.rest.teams.getMembershipForUserInOrg({ ...membership, username: 'alice' })).data.state,
    ).toBe('active');
    await expect(
      octokit.rest.teams.getMembershipForUserInOrg({ ...membership, username: 'bob' }),
    ).rejects.toMatchObject({ status: 404 });
    fake.settings.teamAccess = 'forbidden';
    await expect(
      octokit.rest.teams.getMembershipForUserInOrg({ ...membership, username: 'alice' }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(octokit.rest.pulls.get({ ...params, pull_number: 2 })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('paginates 250 comments with Link headers, honouring per_page up to 100', async () => {
    fake.seedComments(250);
    const { octokit } = client;
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: repo.owner,
      repo: repo.name,
      issue_number: 1,
      per_page: 100,
    });
    expect(comments).toHaveLength(250);
    expect(new Set(comments.map((c) => c.id)).size).toBe(250);
    const pages = fake.requests.map((r) => [r.query.page, r.query.per_page]);
    expect(pages).toEqual([
      [undefined, '100'],
      ['2', '100'],
      ['3', '100'],
    ]);
    const capped = await octokit.rest.issues.listComments({
      owner: repo.owner,
      repo: repo.name,
      issue_number: 1,
      per_page: 500,
    });
    expect(capped.data).toHaveLength(100);
  });

  it('upserts a sticky comment: found among the token’s own comments, then updated in place', async () => {
    fake.seedComments(3, { body: (i) => `<!-- policy-gate:v1 --> forged by a reviewer ${i}` });
    const { octokit } = client;
    const params = { owner: repo.owner, repo: repo.name, issue_number: 1 };
    const findOwn = async () =>
      (await octokit.paginate(octokit.rest.issues.listComments, { ...params, per_page: 100 })).find(
        (c) => c.user?.login === 'github-actions[bot]' && c.body?.startsWith('<!-- policy-gate:v1 -->'),
      );
    expect(await findOwn()).toBeUndefined();
    await octokit.rest.issues.createComment({ ...params, body: '<!-- policy-gate:v1 --> first' });
    const own = await findOwn();
    await octokit.rest.issues.updateComment({
      owner: repo.owner,
      repo: repo.name,
      comment_id: own?.id ?? 0,
      body: '<!-- policy-gate:v1 --> second',
    });
    expect(fake.writes().map((w) => `${w.method} ${w.route}`)).toEqual([
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
    ]);
    const mine = fake.state.comments.filter((c) => c.user.login === 'github-actions[bot]');
    expect(mine.map((c) => c.body)).toEqual(['<!-- policy-gate:v1 --> second']);
    const fetched = await octokit.rest.issues.getComment({
      owner: repo.owner,
      repo: repo.name,
      comment_id: own?.id ?? 0,
    });
    expect(fetched.data.body).toBe('<!-- policy-gate:v1 --> second');
  });

  it('rejects a comment body over 65,536 characters with GitHub’s 422', async () => {
    const { octokit } = client;
    await expect(
      octokit.rest.issues.createComment({
        owner: repo.owner,
        repo: repo.name,
        issue_number: 1,
        body: 'x'.repeat(65_537),
      }),
    ).rejects.toMatchObject({ status: 422, response: { data: { message: 'Validation Failed' } } });
    expect(fake.violations.splice(0)).toMatchObject([
      {
        kind: 'github-rule',
        details: ['Validation Failed', 'body is too long (maximum is 65536 characters)'],
      },
    ]);
    expect(fake.state.comments).toEqual([]);
  });

  it('keeps a check run’s 120 annotations sent in batches of 50, 50 and 20', async () => {
    const { octokit } = client;
    const annotations = Array.from({ length: 120 }, (_, i) => ({
      path: '.github/policy.jsonc',
      start_line: i + 1,
      end_line: i + 1,
      start_column: 3,
      end_column: 9,
      annotation_level: 'failure' as const,
      message: `finding ${i + 1}`,
    }));
    const params = { owner: repo.owner, repo: repo.name };
    const created = await octokit.rest.checks.create({
      ...params,
      name: 'policy-gate',
      head_sha: repo.headSha,
      status: 'in_progress',
      output: { title: 'Policy gate', summary: 'running', annotations: annotations.slice(0, 50) },
    });
    const id = created.data.id;
    await octokit.rest.checks.update({
      ...params,
      check_run_id: id,
      output: { title: 'Policy gate', summary: 'running', annotations: annotations.slice(50, 100) },
    });
    await octokit.rest.checks.update({
      ...params,
      check_run_id: id,
      status: 'completed',
      conclusion: 'failure',
      output: { title: 'Policy gate', summary: '120 findings', annotations: annotations.slice(100) },
    });
    const run = fake.state.checkRuns[0];
    expect(run?.annotationBatches.map((batch) => batch.length)).toEqual([50, 50, 20]);
    expect(run?.annotations).toEqual(annotations);
    const fetched = (await octokit.rest.checks.get({ ...params, check_run_id: id })).data;
    expect([
      fetched.status,
      fetched.conclusion,
      fetched.output.annotations_count,
      fetched.output.summary,
    ]).toEqual(['completed', 'failure', 120, '120 findings']);
  });

  it('rejects 51 annotations in one request, as GitHub does', async () => {
    const { octokit } = client;
    const annotations = Array.from({ length: 51 }, () => ({
      path: 'a',
      start_line: 1,
      end_line: 1,
      annotation_level: 'notice' as const,
      message: 'm',
    }));
    await expect(
      octokit.rest.checks.create({
        owner: repo.owner,
        repo: repo.name,
        name: 'policy-gate',
        head_sha: repo.headSha,
        output: { title: 't', summary: 's', annotations },
      }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('No more than 50 items are allowed; 51 were supplied.'),
    });
    expect(fake.violations.splice(0)).toMatchObject([
      { kind: 'request-schema', method: 'POST', status: 422 },
    ]);
    expect(fake.state.checkRuns).toEqual([]);
  });

  it('rejects a completed check run without a conclusion; a conclusion alone completes it', async () => {
    const { octokit } = client;
    const params = { owner: repo.owner, repo: repo.name, name: 'policy-gate', head_sha: repo.headSha };
    await expect(octokit.rest.checks.create({ ...params, status: 'completed' })).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('"conclusion" wasn\'t supplied'),
    });
    expect(fake.violations.splice(0)).toMatchObject([{ kind: 'github-rule', method: 'POST' }]);
    const created = await octokit.rest.checks.create({ ...params, conclusion: 'success' });
    expect([created.data.status, created.data.conclusion]).toEqual(['completed', 'success']);
  });

  it('rejects annotation columns across lines, and a PATCH to completed without a conclusion', async () => {
    const { octokit } = client;
    const annotation = {
      path: 'a',
      start_line: 1,
      end_line: 2,
      start_column: 1,
      annotation_level: 'warning' as const,
      message: 'm',
    };
    await expect(
      octokit.rest.checks.create({
        owner: repo.owner,
        repo: repo.name,
        name: 'policy-gate',
        head_sha: repo.headSha,
        output: { title: 't', summary: 's', annotations: [annotation] },
      }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      octokit.rest.checks.update({
        owner: repo.owner,
        repo: repo.name,
        check_run_id: 1,
        status: 'completed',
      }),
    ).rejects.toMatchObject({ status: 422 });
    // The PATCH schema states the rule (anyOf), so that one is a schema violation.
    expect(fake.violations.splice(0).map((v) => v.kind)).toEqual(['github-rule', 'request-schema']);
  });

  it('retries a 500 and then succeeds', async () => {
    fake.injectFault({ method: 'GET', pathPattern: '/repos/*/*/pulls/*', status: 500 });
    const pull = await client.octokit.rest.pulls.get({ owner: repo.owner, repo: repo.name, pull_number: 1 });
    expect(pull.data.number).toBe(1);
    expect(fake.requests.map((r) => r.status)).toEqual([500, 200]);
  });

  it('honours a secondary rate limit’s retry-after', async () => {
    fake.injectFault({
      method: 'GET',
      pathPattern: '/repos/*/*/issues/*/comments',
      status: 403,
      retryAfter: 1,
    });
    const listed = await client.octokit.rest.issues.listComments({
      owner: repo.owner,
      repo: repo.name,
      issue_number: 1,
    });
    expect(listed.status).toBe(200);
    expect(client.secondaryLimits).toEqual([1]);
    const [limited, retried] = fake.requests;
    expect([limited?.status, retried?.status]).toEqual([403, 200]);
    expect((retried?.receivedAt ?? 0) - (limited?.receivedAt ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('retries after a reset connection', async () => {
    fake.injectFault({ pathPattern: '/repos/*/*', status: 'reset' });
    expect((await client.octokit.rest.repos.get({ owner: repo.owner, repo: repo.name })).data.full_name).toBe(
      repo.fullName,
    );
    expect(fake.requests.map((r) => r.status)).toEqual(['reset', 200]);
  });

  it('injects plain 403, 404, 422, 502, slow replies and timeouts', async () => {
    const { octokit } = client;
    const params = { owner: repo.owner, repo: repo.name, request: { retries: 0 } };
    fake.injectFault({ method: 'GET', pathPattern: '/repos/*/*', status: 403 });
    fake.injectFault({ method: 'GET', pathPattern: '/repos/*/*', status: 404 });
    fake.injectFault({
      method: 'GET',
      pathPattern: '/repos/*/*',
      status: 422,
      body: { message: 'Validation Failed', errors: [], documentation_url: 'x' },
    });
    fake.injectFault({ method: 'GET', pathPattern: '/repos/*/*', status: 502 });
    await expect(octokit.rest.repos.get(params)).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
    await expect(octokit.rest.repos.get(params)).rejects.toMatchObject({ status: 404 });
    await expect(octokit.rest.repos.get(params)).rejects.toMatchObject({ status: 422 });
    await expect(octokit.rest.repos.get(params)).rejects.toMatchObject({ status: 502 });
    fake.injectFault({ pathPattern: '/repos/**', delayMs: 200 });
    const started = Date.now();
    await octokit.rest.repos.get(params);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    fake.injectFault({ pathPattern: /^\/repos\//, status: 'timeout' });
    await expect(
      octokit.rest.repos.get({ ...params, request: { retries: 0, signal: AbortSignal.timeout(200) } }),
    ).rejects.toThrow(/abort|timeout/i);
    expect(fake.requests.map((r) => r.status)).toEqual([403, 404, 422, 502, 200, 'timeout']);
  });

  it('picks one of several GraphQL requests by its body (all share the one path)', async () => {
    const query = (name: string) => `query ${name} { viewer { login } }`;
    fake.injectFault({
      pathPattern: '/graphql',
      bodyMatches: (body) => (body as { query?: string }).query === query('Second'),
      status: 502,
    });
    const noRetry = { request: { retries: 0 } };
    await client.octokit.graphql(query('First'), noRetry);
    await expect(client.octokit.graphql(query('Second'), noRetry)).rejects.toMatchObject({ status: 502 });
    await client.octokit.graphql(query('Second'), noRetry);
    expect(fake.requests.map((r) => r.status)).toEqual([200, 502, 200]);
    expect(fake.pendingFaults()).toEqual([]);
  });

  it('answers 401 without or with the wrong token', async () => {
    const anonymous = new Octokit({ baseUrl: fake.apiUrl, log: silentLog });
    await expect(anonymous.rest.repos.get({ owner: repo.owner, repo: repo.name })).rejects.toMatchObject({
      status: 401,
      message: expect.stringContaining('Requires authentication'),
    });
    const wrong = new Octokit({ baseUrl: fake.apiUrl, auth: 'ghp_wrong', log: silentLog });
    await expect(wrong.rest.repos.get({ owner: repo.owner, repo: repo.name })).rejects.toMatchObject({
      status: 401,
    });
    expect(fake.requests.map((r) => r.status)).toEqual([401, 401]);
  });

  it('records operations outside the contract', async () => {
    await expect(
      client.octokit.rest.issues.deleteComment({ owner: repo.owner, repo: repo.name, comment_id: 1 }),
    ).rejects.toMatchObject({ status: 404 });
    expect(fake.violations.splice(0)).toMatchObject([{ kind: 'unknown-operation', method: 'DELETE' }]);
  });
});

describe('fake GitHub GraphQL', () => {
  it('executes a file query against GitHub’s schema: any aliases, a missing path is null', async () => {
    const base = repo.baseSha;
    const query = `query($owner: String!, $name: String!) {
      viewer { login }
      repository(owner: $owner, name: $name) {
        f0: object(expression: "${base}:.github/policy.jsonc") { ... on Blob { text isBinary byteSize } }
        f1: object(expression: "${base}:missing.json") { ... on Blob { text isBinary byteSize } }
        dir: object(expression: "${base}:.github") { ... on Tree { entries { name type } } ... on Blob { text } }
        defaultBranchRef { name }
      }
    }`;
    const data = await client.octokit.graphql<Record<string, unknown>>(query, {
      owner: repo.owner,
      name: repo.name,
    });
    expect(data).toEqual({
      viewer: { login: 'github-actions[bot]' },
      repository: {
        f0: { text: BASE_POLICY, isBinary: false, byteSize: Buffer.byteLength(BASE_POLICY) },
        f1: null,
        dir: { entries: [{ name: 'policy.jsonc', type: 'blob' }] },
        defaultBranchRef: { name: 'main' },
      },
    });
    expect(fake.writes()).toEqual([]);
  });

  it('rejects a query that does not validate against the schema', async () => {
    await expect(client.octokit.graphql('query { viewer { logn } }')).rejects.toMatchObject({
      name: 'GraphqlResponseError',
      errors: [
        expect.objectContaining({
          message: expect.stringContaining('Cannot query field "logn" on type "User"'),
        }),
      ],
    });
    expect(fake.violations.splice(0)).toMatchObject([{ kind: 'graphql', path: '/graphql' }]);
  });

  it('answers NOT_FOUND for another repository, like GitHub', async () => {
    await expect(
      client.octokit.graphql('query($o: String!, $n: String!) { repository(owner: $o, name: $n) { name } }', {
        o: 'someone',
        n: 'else',
      }),
    ).rejects.toMatchObject({ errors: [expect.objectContaining({ type: 'NOT_FOUND' })] });
  });
});

describe('GitHub Enterprise Server layout', () => {
  it('serves REST under /api/v3 and GraphQL at /api/graphql', async () => {
    const ghes = await startFakeGitHub({ repo, layout: 'ghes' });
    try {
      const { octokit } = clientFor(ghes);
      expect(ghes.apiUrl).toBe(`${ghes.url}/api/v3`);
      expect((await octokit.rest.repos.get({ owner: repo.owner, repo: repo.name })).data.name).toBe(
        repo.name,
      );
      expect(
        (await octokit.graphql<{ viewer: { login: string } }>('{ viewer { login } }')).viewer.login,
      ).toBe('github-actions[bot]');
      expect(ghes.requests.map((r) => r.path)).toEqual([`/repos/${repo.fullName}`, '/graphql']);
      expect(ghes.violations).toEqual([]);
    } finally {
      await ghes.close();
    }
  });
});

describe('event payloads', () => {
  it('patches pull_request to the repository, and a fork variant has a different head repo', () => {
    const event = pullRequestEvent({ repo });
    const pr = event.eventPayload.pull_request as Record<string, Record<string, unknown>>;
    expect([event.sha, event.ref, event.headRef, event.baseRef]).toEqual([
      repo.mergeSha,
      'refs/pull/1/merge',
      'feature',
      'main',
    ]);
    expect([pr.head?.sha, pr.base?.sha, pr.merge_commit_sha, event.eventPayload.number]).toEqual([
      repo.headSha,
      repo.baseSha,
      repo.mergeSha,
      1,
    ]);
    expect((event.eventPayload.repository as { full_name: string }).full_name).toBe('octo-org/octo-repo');
    expect(JSON.stringify(event.eventPayload)).not.toContain('Codertocat/Hello-World');

    const forked = createGitRepo({
      baseFiles: { a: '1' },
      headChanges: { a: '2' },
      forkOwner: 'outsider',
      pullRequestAuthor: 'outsider',
      pullNumber: 7,
    });
    const forkEvent = pullRequestEvent({ repo: forked, action: 'synchronize' });
    const head = (
      forkEvent.eventPayload.pull_request as {
        head: { repo: { full_name: string; fork: boolean }; label: string };
      }
    ).head;
    expect([head.repo.full_name, head.repo.fork, head.label]).toEqual([
      'outsider/octo-repo',
      true,
      'outsider:feature',
    ]);
    expect((forkEvent.eventPayload.repository as { full_name: string }).full_name).toBe('octo-org/octo-repo');
    expect([forkEvent.eventPayload.after, forkEvent.ref]).toEqual([forked.headSha, 'refs/pull/7/merge']);
    rmSync(forked.dir, { recursive: true, force: true });
  });

  it('builds pull_request_target, reviews, push, merge_group, workflow_dispatch and schedule', () => {
    const target = pullRequestTargetEvent({ repo });
    expect([target.eventName, target.sha, target.ref]).toEqual([
      'pull_request_target',
      repo.baseSha,
      'refs/heads/main',
    ]);
    const approved = pullRequestReviewEvent({ repo, action: 'submitted', reviewer: 'alice' });
    expect(approved.eventPayload.review).toMatchObject({
      state: 'approved',
      commit_id: repo.headSha,
      user: { login: 'alice' },
    });
    const dismissed = pullRequestReviewEvent({ repo, action: 'dismissed', reviewer: 'alice' });
    expect(dismissed.eventPayload.review).toMatchObject({ state: 'dismissed' });
    const push = pushEvent({ repo });
    expect([push.sha, push.ref, push.eventPayload.after]).toEqual([
      repo.baseSha,
      'refs/heads/main',
      repo.baseSha,
    ]);
    expect((push.eventPayload.head_commit as { added: string[] }).added).toEqual(
      expect.arrayContaining(['TOOLS.md']),
    );
    const queue = mergeGroupEvent({ repo });
    expect([queue.sha, queue.ref]).toEqual([
      repo.mergeSha,
      `refs/heads/gh-readonly-queue/main/pr-1-${repo.baseSha}`,
    ]);
    expect(queue.eventPayload.merge_group).toMatchObject({
      head_sha: repo.mergeSha,
      base_sha: repo.baseSha,
      base_ref: 'refs/heads/main',
    });
    const dispatch = workflowDispatchEvent({ repo, ref: 'refs/heads/feature', inputs: { base: 'main' } });
    expect([dispatch.sha, dispatch.eventPayload.inputs]).toEqual([repo.headSha, { base: 'main' }]);
    const schedule = scheduleEvent({ repo, cron: '0 4 * * 1' });
    expect([schedule.eventPayload, schedule.sha, schedule.ref]).toEqual([
      { schedule: '0 4 * * 1' },
      repo.baseSha,
      'refs/heads/main',
    ]);
  });
});

describe('runner environment', () => {
  it('parses workflow commands and command files like the runner', () => {
    expect(
      parseWorkflowCommands(
        'x\n::error file=a%2Cb.ts,line=3,col=5::bad%0Aworse\n::stop-commands::t1\n::error::hidden\n::t1::\n::notice::ok',
      ),
    ).toEqual([
      {
        command: 'error',
        properties: { file: 'a,b.ts', line: '3', col: '5' },
        message: 'bad\nworse',
        line: 2,
      },
      { command: 'notice', properties: {}, message: 'ok', line: 6 },
    ]);
    expect(parseCommandFile('a<<EOF_1\nline 1\nline 2\nEOF_1\nb=plain\n')).toEqual({
      a: 'line 1\nline 2',
      b: 'plain',
    });
  });
});

describe('runAction', () => {
  let actionDir: string;

  beforeEach(() => {
    actionDir = mkdtempSync(join(tmpdir(), 'policy-gate-throwaway-action-'));
    writeFileSync(
      join(actionDir, 'action.yml'),
      [
        'name: throwaway',
        'description: writes an output and a summary',
        'inputs:',
        '  token: { description: token, required: true, default: "${{ github.token }}" }',
        '  greeting: { description: what to say, required: false, default: hello }',
        'runs: { using: node24, main: dist/index.js }',
        '',
      ].join('\n'),
    );
    mkdirSync(join(actionDir, 'dist'));
    writeFileSync(
      join(actionDir, 'dist', 'index.js'),
      `import { appendFileSync, readFileSync } from 'node:fs';
const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
const output = (name, value) => appendFileSync(process.env.GITHUB_OUTPUT, name + '<<ghadelimiter_1\\n' + value + '\\nghadelimiter_1\\n');
output('greeting', process.env.INPUT_GREETING + ', ' + event.pull_request.user.login);
output('token-is-set', String(process.env.INPUT_TOKEN === process.env.EXPECTED_TOKEN));
output('node', process.version + ' ' + process.execPath);
output('sha', process.env.GITHUB_SHA + ' ' + process.env.GITHUB_REF + ' ' + process.cwd());
appendFileSync(process.env.GITHUB_STEP_SUMMARY, '## Policy gate\\n\\nall good\\n');
console.log('::warning file=.github/policy.jsonc,line=2,col=3::multi%0Aline');
`,
    );
    writeFileSync(join(actionDir, 'dist', 'package.json'), '{"type":"module"}\n');
  });

  afterEach(() => rmSync(actionDir, { recursive: true, force: true }));

  for (const nodeBinary of ['system', 'node24'] as const) {
    it(`runs dist/index.js with the runner environment under ${nodeBinary} node`, async () => {
      const result = await runAction({
        nodeBinary,
        actionDir,
        workspaceDir: repo.dir,
        ...pullRequestEvent({ repo }),
        inputs: { greeting: 'hi' },
        apiUrl: fake.apiUrl,
        token: fake.token,
        extraEnv: { EXPECTED_TOKEN: fake.token },
      });
      try {
        expect(result.stderr).toBe('');
        expect(result.exitCode).toBe(0);
        expect(result.outputs).toEqual({
          greeting: 'hi, octo-contributor',
          'token-is-set': 'true',
          node: expect.stringContaining(nodeBinaryPath(nodeBinary)),
          sha: `${repo.mergeSha} refs/pull/1/merge ${repo.dir}`,
        });
        if (nodeBinary === 'node24') expect(result.outputs.node).toMatch(/^v24\./);
        expect(result.summary).toBe('## Policy gate\n\nall good\n');
        expect(result.workflowCommands).toEqual([
          {
            command: 'warning',
            properties: { file: '.github/policy.jsonc', line: '2', col: '3' },
            message: 'multi\nline',
            line: 1,
          },
        ]);
        expect(result.env).toMatchObject({
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_REPOSITORY: 'octo-org/octo-repo',
          GITHUB_HEAD_REF: 'feature',
          GITHUB_BASE_REF: 'main',
          GITHUB_GRAPHQL_URL: `${fake.url}/graphql`,
          INPUT_TOKEN: fake.token,
          INPUT_GREETING: 'hi',
        });
      } finally {
        await result.cleanup();
      }
    });
  }

  it('kills an action that runs past the timeout', async () => {
    writeFileSync(join(actionDir, 'dist', 'index.js'), 'setInterval(() => {}, 1000);\n');
    const result = await runAction({
      actionDir,
      workspaceDir: repo.dir,
      ...scheduleEvent({ repo }),
      apiUrl: fake.apiUrl,
      token: fake.token,
      timeoutMs: 300,
    });
    await result.cleanup();
    expect([result.timedOut, result.signal, result.exitCode]).toEqual([true, 'SIGKILL', null]);
  });

  it('refuses an input action.yml does not declare', async () => {
    await expect(
      runAction({
        actionDir,
        workspaceDir: repo.dir,
        ...scheduleEvent({ repo }),
        inputs: { greting: 'typo' },
        apiUrl: fake.apiUrl,
        token: fake.token,
      }),
    ).rejects.toThrow(/unexpected input\(s\) greting/);
  });
});
