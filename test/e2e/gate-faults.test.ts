// Issue 3, items 7 and 8: GitHub failing on the way — a 5xx retried, a 403 on the comment (a
// read-only token), a secondary rate limit honoured — and untrusted pull requests: a fork PR whose
// token cannot write, and pull_request_target, where the head is only ever read as data.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pullRequestEvent, pullRequestTargetEvent } from './harness/event-payloads.js';
import {
  annotationCommands,
  cleanUpAfterAll,
  CREATE_CHECK_RUN,
  CREATE_COMMENT,
  EXAMPLE,
  EXAMPLE_TOOLS_PLUS,
  exampleConfigWith,
  GET_TREE,
  LIST_COMMENTS,
  LIST_PULL_FILES,
  ownComments,
  READ_FILES,
  READ_SETTINGS,
  requestKinds,
  REREAD_CHECK_RUNS,
  REREAD_PULL_REQUEST,
  scenario,
  warnings,
  withAttestation,
} from './gate-scenario.js';

cleanUpAfterAll();

const BASE = await withAttestation(EXAMPLE);
const COMMENTS_PATH = '/repos/*/*/issues/*/comments';
const SHELL_CONFIG = exampleConfigWith({ shell: { command: 'bash', args: ['-lc'] } });
/** What every PR run reads before it decides: the settings file, the files, the two commits' trees. */
const READS = [READ_SETTINGS, READ_FILES, GET_TREE, GET_TREE];

describe.concurrent('faults on the way to GitHub', () => {
  it('a 502 on the comment list is retried; the run passes as if nothing happened', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: { 'README.md': 'docs only\n' } });
    s.fake.injectFault({ method: 'GET', pathPattern: COMMENTS_PATH, status: 502 });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    expect(run.outputs.verdict).toBe('unchanged');
    expect(run.exitCode).toBe(0);
    const kinds = requestKinds(s.fake.requests);
    expect(s.fake.requests.map((r, i) => [kinds[i], r.status])).toEqual([
      ...READS.map((kind) => [kind, 200]),
      [REREAD_PULL_REQUEST, 200],
      [LIST_COMMENTS, 502],
      [LIST_COMMENTS, 200],
      [CREATE_COMMENT, 201],
      [CREATE_CHECK_RUN, 201],
      [REREAD_CHECK_RUNS, 200],
    ]);
    expect(s.fake.pendingFaults()).toEqual([]);
    expect(ownComments(s.fake)).toHaveLength(1);
    expect(s.fake.violations).toEqual([]);
  });

  for (const [name, headChanges, verdict, exitCode, decided] of [
    // The new MCP server needs acceptance, and `acceptors` comes from the workflow: its files are listed.
    ['failing (findings)', { 'openclaw.json': SHELL_CONFIG }, 'findings', 1, [...READS, LIST_PULL_FILES]],
    ['passing (unchanged)', { 'README.md': 'docs only\n' }, 'unchanged', 0, [...READS, REREAD_PULL_REQUEST]],
  ] as const) {
    it(`a 403 on creating the comment: a ${name} gate keeps its exit code, warns once, annotates with workflow commands`, async () => {
      const s = await scenario({ baseFiles: BASE, headChanges });
      s.fake.injectFault({ method: 'POST', pathPattern: COMMENTS_PATH, status: 403, times: Infinity });
      const run = await s.run(pullRequestEvent({ repo: s.repo }));
      expect(run.outputs.verdict).toBe(verdict);
      expect(run.exitCode).toBe(exitCode);
      // The token may not write: no check run is attempted after the first refusal.
      expect(requestKinds(s.fake.requests)).toEqual([...decided, LIST_COMMENTS, CREATE_COMMENT]);
      expect(s.fake.state.comments).toEqual([]);
      expect(s.fake.state.checkRuns).toEqual([]);
      expect(run.outputs['comment-id']).toBe('');
      expect(run.outputs['check-run-id']).toBe('');
      const warned = warnings(run);
      expect(warned).toHaveLength(1);
      expect(warned[0]?.message).toContain('pull-requests: write');
      expect(run.summary).toContain(`**${verdict}**`);
      if (verdict === 'findings') {
        expect(annotationCommands(run)).toContainEqual(
          expect.objectContaining({
            command: 'error',
            properties: expect.objectContaining({ file: 'openclaw.json', title: 'policy/mcp-denied-server' }),
          }),
        );
        expect(
          run.workflowCommands.find((c) => c.command === 'error' && c.properties.file === undefined)?.message,
        ).toMatch(/^policy-gate failed: \.: findings/);
      } else {
        expect(annotationCommands(run)).toEqual([]);
      }
      expect(s.fake.violations).toEqual([]);
    });
  }

  it('a comment that still fails with 500 after the retries fails the job, but the summary and outputs still carry the verdict', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: { 'README.md': 'docs only\n' } });
    s.fake.injectFault({ method: 'POST', pathPattern: COMMENTS_PATH, status: 500, times: Infinity });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    expect(requestKinds(s.fake.requests)).toEqual([
      ...READS,
      REREAD_PULL_REQUEST,
      LIST_COMMENTS,
      ...Array<string>(4).fill(CREATE_COMMENT),
    ]);
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('unchanged');
    expect(run.outputs['comment-id']).toBe('');
    expect(run.summary).toContain('**unchanged**');
    const failure = run.workflowCommands.find((c) => c.command === 'error');
    expect(failure?.message).toMatch(
      /^policy-gate decided 'unchanged' but could not publish the result, so the job fails: Could not write the pull request comment: GitHub answered 500/,
    );
    expect(s.fake.violations).toEqual([]);
  });

  it('a secondary rate limit (retry-after: 1) on creating the check run is waited out and retried', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: { 'README.md': 'docs only\n' } });
    s.fake.injectFault({ method: 'POST', pathPattern: '/repos/*/*/check-runs', status: 403, retryAfter: 1 });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    expect(run.outputs.verdict).toBe('unchanged');
    expect(run.exitCode).toBe(0);
    const kinds = requestKinds(s.fake.requests);
    const checkRunPosts = s.fake.requests.filter((_, i) => kinds[i] === CREATE_CHECK_RUN);
    expect(checkRunPosts.map((r) => r.status)).toEqual([403, 201]);
    const [refused, retried] = checkRunPosts;
    // The retry waited at least the second GitHub asked for (a lower bound, not a speed check).
    expect((retried?.receivedAt ?? 0) - (refused?.receivedAt ?? 0)).toBeGreaterThanOrEqual(950);
    expect(s.fake.state.checkRuns).toHaveLength(1);
    expect(run.outputs['check-run-id']).toBe(String(s.fake.state.checkRuns[0]?.id));
    expect(s.fake.violations).toEqual([]);
  });
});

describe.concurrent('untrusted pull requests', () => {
  it('a fork PR with a read-only token: the gate still decides, warns once, and annotates through workflow commands', async () => {
    const s = await scenario({
      baseFiles: BASE,
      headChanges: { 'AGENTS.md': EXAMPLE_TOOLS_PLUS },
      forkOwner: 'octo-fork',
    });
    for (const method of ['POST', 'PATCH'])
      s.fake.injectFault({ method, pathPattern: '/repos/**', status: 403, times: Infinity });
    const event = pullRequestEvent({ repo: s.repo });
    expect(event.eventPayload).toMatchObject({
      pull_request: { head: { repo: { full_name: 'octo-fork/octo-repo', fork: true } } },
    });
    const run = await s.run(event);
    expect(run.outputs.verdict).toBe('drift');
    expect(run.exitCode).toBe(1);
    expect(requestKinds(s.fake.requests)).toEqual([...READS, LIST_COMMENTS, CREATE_COMMENT]);
    expect(s.fake.state.comments).toEqual([]);
    expect(warnings(run)).toHaveLength(1);
    expect(warnings(run)[0]?.message).toContain('from a fork the token is read-only');
    expect(annotationCommands(run)).toContainEqual(
      expect.objectContaining({
        command: 'warning',
        properties: expect.objectContaining({ file: 'AGENTS.md', line: '21' }),
      }),
    );
    expect(run.summary).toContain('**drift**');
    expect(run.summary).toContain('npx policy-gate accept');
    expect(s.fake.violations).toEqual([]);
  });

  it('pull_request_target: the head is read as data — an AGENTS.md symlink to /etc/passwd is refused, and nothing of the head runs', async () => {
    const sentinelDir = mkdtempSync(path.join(tmpdir(), 'policy-gate-sentinel-'));
    const sentinel = path.join(sentinelDir, 'executed');
    const trap = { executable: `#!/bin/sh\necho executed > '${sentinel}'\n` };
    const s = await scenario({
      baseFiles: BASE,
      headChanges: {
        'AGENTS.md': { symlinkTo: '/etc/passwd' },
        git: trap,
        node: trap,
        npx: trap,
        'policy-gate': trap,
        'node_modules/.bin/policy-gate': trap,
        'package.json': JSON.stringify({
          name: 'evil',
          scripts: { preinstall: `sh -c "echo executed > '${sentinel}'"` },
        }),
      },
    });
    // The worst workflow: it checks out the PR head and puts it first on PATH.
    s.repo.checkout(s.repo.headSha);
    const run = await s.run(pullRequestTargetEvent({ repo: s.repo }), {
      extraEnv: {
        PATH: `${s.repo.dir}:${path.join(s.repo.dir, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
      },
    });
    expect(run.outputs.verdict).toBe('error');
    expect(run.exitCode).toBe(1);
    expect(existsSync(sentinel)).toBe(false);
    const comment = ownComments(s.fake)[0]?.body ?? '';
    expect(comment).toContain('symbolic link');
    const passwd = readFileSync('/etc/passwd', 'utf8').split('\n')[0] ?? '';
    expect(passwd).toMatch(/^root:/);
    const report = readFileSync(run.outputs.report ?? '', 'utf8');
    const check = s.fake.state.checkRuns[0];
    for (const text of [
      run.stdout,
      run.stderr,
      run.summary,
      JSON.stringify(run.outputs),
      comment,
      report,
      JSON.stringify(check),
    ]) {
      expect(text).not.toContain(passwd);
      expect(text).not.toContain('root:x:0:0');
    }
    expect(s.fake.violations).toEqual([]);
  });
});
