import { afterEach, describe, expect, it } from 'vitest';
import {
  CheckRunAnnotationsIncomplete,
  publishCheckRun,
  type CheckRunAnnotation,
  type CheckRunRequest,
} from '../../src/github/check-run.js';
import { isPermissionFailure } from '../../src/github/errors.js';
import { closeOpenFixtures, requestLines, startGitHubFixture, type GitHubFixture } from './github-fixture.js';

let fixture: GitHubFixture;

afterEach(closeOpenFixtures);

const CREATE = 'POST /repos/{owner}/{repo}/check-runs';
const UPDATE = 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}';

function findings(count: number): CheckRunAnnotation[] {
  return Array.from({ length: count }, (_, i) => ({
    path: 'policy.jsonc',
    start_line: i + 1,
    end_line: i + 1,
    start_column: 3,
    end_column: 9,
    annotation_level: i % 2 === 0 ? ('failure' as const) : ('warning' as const),
    message: `finding ${i + 1}`,
    title: `rule ${i + 1}`,
  }));
}

function checkRun(extra: Partial<CheckRunRequest> = {}): CheckRunRequest {
  return {
    owner: fixture.repo.owner,
    repo: fixture.repo.name,
    headSha: fixture.repo.headSha,
    name: 'policy-gate',
    conclusion: 'failure',
    output: { title: 'Policy gate: drift', summary: '120 findings', text: 'details' },
    annotations: [],
    ...extra,
  };
}

describe('publishCheckRun', () => {
  it('creates the run completed with the first 50 annotations, then adds the rest 50 at a time', async () => {
    fixture = await startGitHubFixture();
    const { client, fake } = fixture;
    const annotations = findings(120);
    const published = await publishCheckRun(client, checkRun({ annotations }));
    expect(published).toEqual({ id: expect.any(Number), annotationRequests: 3 });
    expect(requestLines(fake)).toEqual([CREATE, UPDATE, UPDATE]);
    const [run] = fake.state.checkRuns;
    expect(run?.id).toBe(published.id);
    expect(run?.annotationBatches.map((batch) => batch.length)).toEqual([50, 50, 20]);
    expect(run?.annotations).toEqual(annotations);
    expect([run?.status, run?.conclusion, run?.headSha, run?.output]).toEqual([
      'completed',
      'failure',
      fixture.repo.headSha,
      { title: 'Policy gate: drift', summary: '120 findings', text: 'details' },
    ]);
    const create = fake.requests[0]?.body as Record<string, unknown>;
    expect(create).toMatchObject({ conclusion: 'failure', head_sha: fixture.repo.headSha });
    expect(create).not.toHaveProperty('status');
    for (const update of fake.requests.slice(1)) {
      expect(update.body).toMatchObject({ output: { title: 'Policy gate: drift', summary: '120 findings' } });
    }
  });

  it('sends one request when there are no annotations, with the details URL', async () => {
    fixture = await startGitHubFixture();
    const { client, fake } = fixture;
    const published = await publishCheckRun(
      client,
      checkRun({
        conclusion: 'success',
        detailsUrl: 'https://example.com/runs/1',
        output: { title: 'ok', summary: 'clean' },
      }),
    );
    expect(published.annotationRequests).toBe(0);
    expect(requestLines(fake)).toEqual([CREATE]);
    expect(fake.requests[0]?.body).toEqual({
      name: 'policy-gate',
      head_sha: fixture.repo.headSha,
      conclusion: 'success',
      details_url: 'https://example.com/runs/1',
      output: { title: 'ok', summary: 'clean' },
    });
    expect(fake.state.checkRuns[0]).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      detailsUrl: 'https://example.com/runs/1',
    });
  });

  it('drops columns from an annotation that spans lines rather than have GitHub refuse the batch', async () => {
    fixture = await startGitHubFixture();
    const { client, fake } = fixture;
    const spanning: CheckRunAnnotation = {
      path: 'policy.jsonc',
      start_line: 1,
      end_line: 3,
      start_column: 2,
      end_column: 4,
      annotation_level: 'notice',
      message: 'spans lines',
    };
    await publishCheckRun(client, checkRun({ annotations: [spanning] }));
    expect(fake.state.checkRuns[0]?.annotations).toEqual([
      {
        path: 'policy.jsonc',
        start_line: 1,
        end_line: 3,
        annotation_level: 'notice',
        message: 'spans lines',
      },
    ]);
  });

  it('names `checks: write` when the token may not create check runs', async () => {
    fixture = await startGitHubFixture();
    const { client, fake } = fixture;
    fake.injectFault({ method: 'POST', pathPattern: '/repos/*/*/check-runs', status: 403 });
    const failure = await publishCheckRun(client, checkRun()).catch((error: unknown) => error);
    expect(isPermissionFailure(failure)).toBe(true);
    expect(failure).toMatchObject({
      operation: 'create-check-run',
      message: expect.stringMatching(
        /^Could not create the check run: GitHub answered 403 .*add `checks: write` to `permissions:`/,
      ),
    });
  });

  it('says which check run is left with part of its annotations when an update keeps failing', async () => {
    fixture = await startGitHubFixture();
    const { client, fake } = fixture;
    fake.injectFault({
      method: 'PATCH',
      pathPattern: '/repos/*/*/check-runs/*',
      status: 502,
      times: Infinity,
    });
    const failure = await publishCheckRun(client, checkRun({ annotations: findings(70) })).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(CheckRunAnnotationsIncomplete);
    const incomplete = failure as CheckRunAnnotationsIncomplete;
    expect([incomplete.checkRunId, incomplete.annotationsSent]).toEqual([fake.state.checkRuns[0]?.id, 50]);
    expect(incomplete.message).toMatch(
      /^Could not add annotations to the check run: GitHub answered 502 \(Server Error\) even after retrying/,
    );
    expect(isPermissionFailure(incomplete)).toBe(false);
    expect(fake.requests.map((request) => request.status)).toEqual([201, 502, 502, 502]);
    fake.clearFaults();
  });
});
