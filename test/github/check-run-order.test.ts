// Runs of one commit in order (issue 12, item 3): the check run carries when its evaluation
// started, a re-run reuses only the newest run of the name, and a success that a later run's
// failure contradicts is withdrawn after the fact.
import { afterEach, describe, expect, it } from 'vitest';
import { withdrawSupersededSuccess } from '../../src/action/check-run-order.js';
import { publishCheckRun, type CheckRunRequest } from '../../src/github/check-run.js';
import type { CheckRunNode } from '../../src/github/file-query.js';
import { readPublishingState } from '../../src/github/pull-request-state.js';
import { closeOpenFixtures, startGitHubFixture, type GitHubFixture } from './github-fixture.js';

afterEach(closeOpenFixtures);

const OUTPUT = { title: 'unchanged: matches the accepted attestation', summary: 'ok' };

function request(
  fixture: GitHubFixture,
  extra: Partial<CheckRunRequest & { existing: CheckRunNode[] }> = {},
): CheckRunRequest & { existing?: CheckRunNode[] } {
  return {
    owner: fixture.repo.owner,
    repo: fixture.repo.name,
    headSha: fixture.repo.headSha,
    name: 'policy-gate',
    conclusion: 'success',
    output: OUTPUT,
    annotations: [],
    ...extra,
  };
}

async function listed(fixture: GitHubFixture): Promise<CheckRunNode[]> {
  return (
    await readPublishingState(fixture.client, {
      owner: fixture.repo.owner,
      repo: fixture.repo.name,
      commit: fixture.repo.headSha,
    })
  ).checkRuns;
}

describe('publishCheckRun', () => {
  it('sends started_at, and GitHub lists it back', async () => {
    const fixture = await startGitHubFixture();
    await publishCheckRun(fixture.client, request(fixture, { startedAt: '2026-03-01T10:00:00Z' }));
    expect((await listed(fixture)).map((run) => run.startedAt)).toEqual(['2026-03-01T10:00:00Z']);
  });

  it('reuses the newest run only: an older run showing the same result leaves a newer failure in force', async () => {
    const fixture = await startGitHubFixture();
    const old = await publishCheckRun(fixture.client, request(fixture));
    await publishCheckRun(
      fixture.client,
      request(fixture, { conclusion: 'failure', output: { title: 'error', summary: 'x' } }),
    );
    const again = await publishCheckRun(
      fixture.client,
      request(fixture, { existing: await listed(fixture) }),
    );
    expect(again.reused).toBeUndefined();
    expect(again.id).not.toBe(old.id);
    expect(fixture.fake.state.checkRuns.map((run) => run.conclusion)).toEqual([
      'success',
      'failure',
      'success',
    ]);

    const same = await publishCheckRun(fixture.client, request(fixture, { existing: await listed(fixture) }));
    expect(same).toMatchObject({ id: again.id, reused: true });
  });
});

describe('withdrawSupersededSuccess', () => {
  const started = new Date('2026-03-01T10:00:00.500Z');

  it('a failure of a run that started later is found after the create: the success is withdrawn', async () => {
    const fixture = await startGitHubFixture();
    const later = await publishCheckRun(
      fixture.client,
      request(fixture, {
        conclusion: 'failure',
        output: { title: 'error', summary: 'x' },
        startedAt: '2026-03-01T10:00:02Z',
      }),
    );
    const ours = await publishCheckRun(
      fixture.client,
      request(fixture, { startedAt: '2026-03-01T10:00:00Z' }),
    );
    const reason = await withdrawSupersededSuccess(fixture.client, {
      owner: fixture.repo.owner,
      repo: fixture.repo.name,
      headSha: fixture.repo.headSha,
      checkRunId: ours.id,
      startedAt: started,
    });
    expect(reason).toBe(
      `a policy-gate run on this commit that started after this one concluded failure (check run ${later.id}); it read the pull request later, so its result stands and this run's pass is withdrawn.`,
    );
    expect(fixture.fake.state.checkRuns.at(-1)).toMatchObject({
      id: ours.id,
      conclusion: 'failure',
      output: { title: 'superseded: a newer policy-gate evaluation did not pass', summary: reason },
    });
  });

  it('a failure of a run that started earlier is older information: the success stands', async () => {
    const fixture = await startGitHubFixture();
    await publishCheckRun(
      fixture.client,
      request(fixture, {
        conclusion: 'failure',
        output: { title: 'error', summary: 'x' },
        startedAt: '2026-03-01T09:59:58Z',
      }),
    );
    const ours = await publishCheckRun(
      fixture.client,
      request(fixture, { startedAt: '2026-03-01T10:00:00Z' }),
    );
    const writes = fixture.fake.writes().length;
    expect(
      await withdrawSupersededSuccess(fixture.client, {
        owner: fixture.repo.owner,
        repo: fixture.repo.name,
        headSha: fixture.repo.headSha,
        checkRunId: ours.id,
        startedAt: started,
      }),
    ).toBeUndefined();
    expect(fixture.fake.writes()).toHaveLength(writes);
    expect(fixture.fake.state.checkRuns.at(-1)?.conclusion).toBe('success');
  });

  it('when the runs cannot be listed, the pass is withdrawn rather than left unconfirmed', async () => {
    const fixture = await startGitHubFixture();
    const ours = await publishCheckRun(
      fixture.client,
      request(fixture, { startedAt: '2026-03-01T10:00:00Z' }),
    );
    fixture.fake.injectFault({ pathPattern: '/graphql', status: 403 });
    const reason = await withdrawSupersededSuccess(fixture.client, {
      owner: fixture.repo.owner,
      repo: fixture.repo.name,
      headSha: fixture.repo.headSha,
      checkRunId: ours.id,
      startedAt: started,
    });
    expect(reason).toMatch(
      /^policy-gate could not confirm that no newer run on this commit failed \(Could not list the commit's check runs: GitHub answered 403/,
    );
    expect(fixture.fake.state.checkRuns.at(-1)?.conclusion).toBe('failure');
  });
});
