// Issue 12, item 6: a GitHub answer of 10 MB or more ends in a clear `error` verdict — published
// like any other — not in Octokit's JSON parser. Both tests fail if the size limit is removed: the
// padded answers are otherwise valid, and would be believed.
import { describe, expect, it } from 'vitest';
import { pullRequestReviewEvent } from './harness/event-payloads.js';
import {
  cleanUpAfterAll,
  exampleStates,
  graphqlKindOf,
  ownComments,
  READ_FILES,
  scenario,
  verdictLineOf,
} from './gate-scenario.js';

cleanUpAfterAll();

const { base: BASE, repropose: REPROPOSE } = await exampleStates();
const TEN_MB = 10_000_000;

describe.concurrent('hostile API answers', () => {
  it('a 10 MB review list (an approval padded past the limit) is an error verdict, not an acceptance', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: REPROPOSE });
    const approval = {
      id: 7,
      user: { login: 'alice', id: 7, type: 'User' },
      state: 'APPROVED',
      commit_id: s.repo.headSha,
      body: 'x'.repeat(TEN_MB),
    };
    s.fake.injectFault({
      method: 'GET',
      pathPattern: '/repos/*/*/pulls/*/reviews',
      status: 200,
      body: [approval],
    });
    const run = await s.run(
      pullRequestReviewEvent({ repo: s.repo, action: 'submitted', reviewer: 'alice' }),
      {
        inputs: { acceptors: 'alice' },
      },
    );
    expect(run.outputs.verdict).toBe('error');
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    const failure = run.workflowCommands.find((command) => command.command === 'error')?.message ?? '';
    expect(failure).toMatch(
      /Could not list the pull request's reviews: GitHub's answer (reached|declared) 10(\.\d)? MB, and policy-gate refuses any answer of 10 MB or more rather than parse it/,
    );
    // Asked once: the retry plugin does not download it again.
    expect(s.fake.requests.filter((request) => request.path.endsWith('/reviews'))).toHaveLength(1);
    expect(verdictLineOf(ownComments(s.fake)[0]?.body ?? '')).toMatch(/^⚠️ \*\*error\*\*/);
    expect(s.fake.state.checkRuns.map((checkRun) => checkRun.conclusion)).toEqual(['failure']);
  });

  it('a 10 MB answer to the read of the workspace files is an error verdict naming the limit', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: { 'README.md': 'docs\n' } });
    // Only the read of the workspace files (the settings file is read before it, in its own request).
    s.fake.injectFault({
      pathPattern: '/graphql',
      bodyMatches: (body) => graphqlKindOf(body) === READ_FILES,
      status: 200,
      body: { data: { viewer: { login: 'github-actions[bot]' } }, padding: 'x'.repeat(TEN_MB) },
    });
    const run = await s.run(pullRequestReviewEvent({ repo: s.repo, action: 'submitted', reviewer: 'alice' }));
    expect(s.fake.pendingFaults()).toEqual([]);
    expect(run.outputs.verdict).toBe('error');
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    const failure = run.workflowCommands.find((command) => command.command === 'error')?.message ?? '';
    expect(failure).toMatch(
      /Could not read files from the repository: GitHub's answer (reached|declared) 10(\.\d)? MB/,
    );
    expect(s.fake.state.checkRuns.map((checkRun) => checkRun.conclusion)).toEqual(['failure']);
  });
});
