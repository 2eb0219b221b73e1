import { afterEach, describe, expect, it } from 'vitest';
import { publishCheckRun } from '../../src/github/check-run.js';
import { describeGitHubFailure, isPermissionFailure, type GitHubOperation } from '../../src/github/errors.js';
import { GitHubRequestTimeout } from '../../src/github/request-timeout.js';
import { readFilesAtCommits } from '../../src/github/repository-files.js';
import { listReviews } from '../../src/github/reviews.js';
import { upsertStickyComment } from '../../src/github/sticky-comment.js';
import { commentMarker } from '../../src/render/comment.js';
import type { FaultRule } from '../e2e/harness/fault-injection.js';
import { closeOpenFixtures, startGitHubFixture, type GitHubFixture } from './github-fixture.js';

afterEach(closeOpenFixtures);

interface Case {
  operation: GitHubOperation;
  fault: FaultRule;
  grant: string;
  run(fixture: GitHubFixture): Promise<unknown>;
}

const comment = (fixture: GitHubFixture, headSha: string) => {
  const { repo } = fixture;
  return upsertStickyComment(fixture.client, {
    owner: repo.owner,
    repo: repo.name,
    issueNumber: repo.pullRequest.number,
    workspaceId: '.',
    headSha,
    body: `${commentMarker('.', headSha)}\nnew`,
    ownLogin: undefined,
  });
};

const CASES: Case[] = [
  {
    operation: 'read-files',
    fault: { pathPattern: '/graphql', status: 403 },
    grant: 'add `contents: read` to `permissions:`',
    run: ({ client, repo }) =>
      readFilesAtCommits(client, { owner: repo.owner, repo: repo.name }, [
        { commit: repo.headSha, paths: ['a'] },
      ]),
  },
  {
    operation: 'list-comments',
    fault: { method: 'GET', pathPattern: '/repos/*/*/issues/*/comments', status: 403 },
    grant: 'add `pull-requests: read` to `permissions:`',
    run: (fixture) => comment(fixture, fixture.repo.headSha),
  },
  {
    operation: 'read-pull-request',
    fault: { method: 'GET', pathPattern: '/repos/*/*/pulls/*', status: 403 },
    grant: 'add `pull-requests: read` to `permissions:`',
    run: async (fixture) => {
      fixture.fake.seedComments(1, {
        authors: ['github-actions[bot]'],
        body: () => `${commentMarker('.', fixture.repo.baseSha)}\nold`,
      });
      return comment(fixture, fixture.repo.headSha);
    },
  },
  {
    operation: 'list-reviews',
    fault: { method: 'GET', pathPattern: '/repos/*/*/pulls/*/reviews', status: 403 },
    grant: 'add `pull-requests: read` to `permissions:`',
    run: ({ client, repo }) => listReviews(client, { owner: repo.owner, repo: repo.name, pullNumber: 1 }),
  },
  {
    operation: 'update-check-run',
    fault: { method: 'PATCH', pathPattern: '/repos/*/*/check-runs/*', status: 403 },
    grant: 'add `checks: write` to `permissions:`',
    run: ({ client, repo }) =>
      publishCheckRun(client, {
        owner: repo.owner,
        repo: repo.name,
        headSha: repo.headSha,
        name: 'policy-gate',
        conclusion: 'failure',
        output: { title: 't', summary: 's' },
        annotations: Array.from({ length: 51 }, (_, i) => ({
          path: 'policy.jsonc',
          start_line: i + 1,
          end_line: i + 1,
          annotation_level: 'failure' as const,
          message: 'm',
        })),
      }),
  },
];

describe('describeGitHubFailure', () => {
  for (const { operation, fault, grant, run } of CASES) {
    it(`names what to grant when ${operation} is refused with 403`, async () => {
      const fixture = await startGitHubFixture();
      fixture.fake.injectFault(fault);
      const failure = await run(fixture).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toMatchObject({ name: 'GitHubOperationFailure', operation });
      expect((failure as Error).message).toContain(
        `GitHub answered 403 (Resource not accessible by integration); ${grant}`,
      );
      expect(describeGitHubFailure(failure, 'write-comment')).toBe((failure as Error).message);
      expect(describeGitHubFailure((failure as Error).cause, operation)).toBe((failure as Error).message);
      expect(isPermissionFailure(failure)).toBe(true);
      expect(fixture.fake.pendingFaults()).toEqual([]);
    });
  }

  it('explains errors that did not come from an HTTP reply', () => {
    const timeout = new Error('wrapped', { cause: new GitHubRequestTimeout(30_000, 'GET') });
    expect(describeGitHubFailure(timeout, 'list-reviews')).toMatch(
      /^Could not list the pull request's reviews: GitHub did not answer within 30 s/,
    );
    expect(describeGitHubFailure(new Error('ghs_' + 'x'.repeat(36) + ' leaked'), 'read-files')).toBe(
      'Could not read files from the repository: *** leaked; re-run the job, and report it if it persists.',
    );
    expect(describeGitHubFailure('a string', 'write-comment')).toBe(
      'Could not write the pull request comment: a string; re-run the job, and report it if it persists.',
    );
    expect(isPermissionFailure(new Error('no status'))).toBe(false);
    expect(isPermissionFailure(undefined)).toBe(false);
  });
});
