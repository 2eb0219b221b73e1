// Issue 3, items 2, 3, 4, 11, 12 and 13: what the action writes and how often — idempotence on
// re-runs, the API budget of a normal PR run, the sticky comment found again behind 230 other
// comments, "turned green", the ten outputs, and one comment per workspace. Issue 12 added reads
// to every budget: the settings file on the base, the trees of both commits (symbolic links), and
// for a pass the pull request again before publishing and the check runs again after.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pullRequestEvent } from './harness/event-payloads.js';
import {
  annotationCommands,
  cleanUpAfterAll,
  exampleStates,
  CREATE_CHECK_RUN,
  CREATE_COMMENT,
  EXAMPLE,
  EXAMPLE_TOOLS_PLUS,
  exampleConfigWith,
  GET_PULL,
  GET_TREE,
  inDir,
  LIST_COMMENTS,
  LIST_PULL_FILES,
  ownComments,
  READ_FILES,
  READ_SETTINGS,
  requestKinds,
  REREAD_CHECK_RUNS,
  REREAD_PULL_REQUEST,
  scenario,
  UPDATE_COMMENT,
  verdictLineOf,
  withAttestation,
} from './gate-scenario.js';

cleanUpAfterAll();

const { base: BASE, plus: PLUS } = await exampleStates();

/** What every PR run reads before it decides: the settings file, the files, the two commits' trees. */
const READS = [READ_SETTINGS, READ_FILES, GET_TREE, GET_TREE];

describe.concurrent('publishing', () => {
  it('API budget: a passing PR run makes 9 requests — 4 reads, the PR re-read, list comments, create the comment and the check run, the check runs re-read', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: { 'README.md': 'docs only\n' } });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    expect(run.outputs.verdict).toBe('unchanged');
    expect(run.exitCode).toBe(0);
    expect(requestKinds(s.fake.requests)).toEqual([
      ...READS,
      REREAD_PULL_REQUEST, // before publishing a pass: is the head still the one evaluated?
      LIST_COMMENTS,
      CREATE_COMMENT,
      CREATE_CHECK_RUN,
      REREAD_CHECK_RUNS, // after creating a success: did a newer run fail meanwhile?
    ]);
    expect(s.fake.violations).toEqual([]);
  });

  it('API budget: a drifting PR with annotations makes 7 requests, plus one per 50 annotations after the first 50', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: { 'AGENTS.md': EXAMPLE_TOOLS_PLUS } });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    expect(run.outputs.verdict).toBe('drift');
    const annotations = s.fake.state.checkRuns[0]?.annotations ?? [];
    expect(annotations.length).toBeGreaterThan(0);
    // A failure is not re-read: nothing it publishes could be a stale pass.
    expect(requestKinds(s.fake.requests)).toEqual([
      ...READS,
      LIST_COMMENTS,
      CREATE_COMMENT,
      CREATE_CHECK_RUN,
    ]);
    expect(s.fake.requests.length).toBe(7 + Math.ceil(annotations.length / 50) - 1);
    expect(s.fake.violations).toEqual([]);
  });

  for (const [name, headChanges, verdict, reads] of [
    // A pass re-reads the pull request, which also returns the head's check runs.
    ['a passing', { 'README.md': 'docs only\n' }, 'unchanged', [...READS, REREAD_PULL_REQUEST]],
    ['a failing', { 'AGENTS.md': EXAMPLE_TOOLS_PLUS }, 'drift', READS],
  ] as const) {
    it(`idempotence: a second run on the same head of ${name} PR writes nothing`, async () => {
      const s = await scenario({ baseFiles: BASE, headChanges });
      const first = await s.run(pullRequestEvent({ repo: s.repo }));
      expect(first.outputs.verdict).toBe(verdict);
      const writesBefore = s.fake.writes().length;
      const requestsBefore = s.fake.requests.length;
      const bodyBefore = ownComments(s.fake)[0]?.body;
      const second = await s.run(pullRequestEvent({ repo: s.repo }));
      expect(second.outputs.verdict).toBe(verdict);
      expect(second.exitCode).toBe(first.exitCode);
      expect(second.stderr).toBe('');
      const newRequests = s.fake.requests.slice(requestsBefore);
      // The GraphQL reads also return the head's check runs: the same result is not re-published.
      expect(requestKinds(newRequests)).toEqual([...reads, LIST_COMMENTS]);
      expect(s.fake.writes().slice(writesBefore)).toEqual([]);
      expect(ownComments(s.fake)).toHaveLength(1);
      expect(ownComments(s.fake)[0]?.body).toBe(bodyBefore);
      expect(second.outputs['comment-id']).toBe(first.outputs['comment-id']);
      expect(s.fake.state.checkRuns).toHaveLength(1);
      expect(second.outputs['check-run-id']).toBe(first.outputs['check-run-id']);
      expect(s.fake.violations).toEqual([]);
    });
  }

  it('finds its comment behind 230 comments by others (3 pages) and updates it when the head moves', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: { 'README.md': 'docs only\n' } });
    s.fake.seedComments(230);
    const first = await s.run(pullRequestEvent({ repo: s.repo }));
    expect(first.outputs.verdict).toBe('unchanged');
    expect(requestKinds(s.fake.requests)).toEqual([
      ...READS,
      REREAD_PULL_REQUEST,
      LIST_COMMENTS,
      LIST_COMMENTS,
      LIST_COMMENTS,
      CREATE_COMMENT,
      CREATE_CHECK_RUN,
      REREAD_CHECK_RUNS,
    ]);
    const [ours] = ownComments(s.fake);
    expect(String(ours?.id)).toBe(first.outputs['comment-id']);

    const before = s.repo.headSha;
    s.repo.commit('feature', { 'README.md': 'docs, edited\n' });
    s.fake.seedComments(5); // the conversation goes on: ours is no longer the newest
    const seen = s.fake.requests.length;
    const second = await s.run(pullRequestEvent({ repo: s.repo, action: 'synchronize', before }));
    expect(second.outputs.verdict).toBe('unchanged');
    expect(requestKinds(s.fake.requests.slice(seen))).toEqual([
      ...READS,
      REREAD_PULL_REQUEST,
      LIST_COMMENTS,
      LIST_COMMENTS,
      LIST_COMMENTS,
      GET_PULL, // the comment names an older head: make sure this run is for the PR's current head
      UPDATE_COMMENT,
      CREATE_CHECK_RUN,
      REREAD_CHECK_RUNS,
    ]);
    expect(s.fake.state.comments).toHaveLength(236);
    expect(ownComments(s.fake)).toHaveLength(1);
    expect(second.outputs['comment-id']).toBe(first.outputs['comment-id']);
    expect(ownComments(s.fake)[0]?.body.split('\n')[0]).toBe(
      `<!-- policy-gate:v1 workspace=. head=${s.repo.headSha} -->`,
    );
    expect(s.fake.violations).toEqual([]);
  });

  it('a slower run for an older head publishes nothing — neither comment nor check run — and fails', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: { 'README.md': 'docs only\n' } });
    const olderEvent = pullRequestEvent({ repo: s.repo }); // built now: it names the first head
    const older = s.repo.headSha;
    s.repo.commit('feature', { 'AGENTS.md': EXAMPLE_TOOLS_PLUS });
    const newer = await s.run(pullRequestEvent({ repo: s.repo, action: 'synchronize', before: older }));
    expect(newer.outputs.verdict).toBe('drift');
    const newest = ownComments(s.fake)[0]?.body;
    const checkRunsBefore = structuredClone(s.fake.state.checkRuns);
    expect(checkRunsBefore.map((c) => [c.headSha, c.conclusion])).toEqual([[s.repo.headSha, 'failure']]);
    const seen = s.fake.requests.length;
    const late = await s.run(olderEvent);
    // The older head would pass, but the pull request has moved on: it re-reads it and stops there.
    expect(late.outputs.verdict).toBe('unchanged');
    expect(late.exitCode).toBe(1);
    expect(requestKinds(s.fake.requests.slice(seen))).toEqual([...READS, REREAD_PULL_REQUEST]);
    expect(late.workflowCommands.find((c) => c.command === 'error')?.message).toBe(
      `policy-gate does not pass this run: the pull request's head moved from ${older.slice(0, 12)} to ${s.repo.headSha.slice(0, 12)} while policy-gate evaluated ${older.slice(0, 12)}; the run for the new head decides, so this run publishes no result.`,
    );
    expect(ownComments(s.fake)[0]?.body).toBe(newest);
    expect(s.fake.state.checkRuns).toEqual(checkRunsBefore);
    expect(late.outputs['comment-id']).toBe('');
    expect(late.outputs['check-run-id']).toBe('');
    expect(s.fake.violations).toEqual([]);
  });

  it('comment: never and check-run: false — no writes at all; annotations go to workflow commands', async () => {
    const s = await scenario({
      baseFiles: BASE,
      headChanges: { 'openclaw.json': exampleConfigWith({ shell: { command: 'bash' } }) },
    });
    const run = await s.run(pullRequestEvent({ repo: s.repo }), {
      inputs: { comment: 'never', 'check-run': false },
    });
    expect(run.outputs.verdict).toBe('findings');
    expect(run.exitCode).toBe(1);
    // Reads only; the pull request's files because `acceptors` (none) comes from the workflow and
    // the new MCP server needs acceptance: a PR must not have removed them from the workflow.
    expect(requestKinds(s.fake.requests)).toEqual([...READS, LIST_PULL_FILES]);
    expect(s.fake.writes()).toEqual([]);
    expect(annotationCommands(run)).toContainEqual(
      expect.objectContaining({
        command: 'error',
        properties: expect.objectContaining({ file: 'openclaw.json', title: 'policy/mcp-denied-server' }),
      }),
    );
    expect(run.outputs['comment-id']).toBe('');
    expect(run.outputs['check-run-id']).toBe('');
    expect(s.fake.violations).toEqual([]);
  });

  it('comment: on-change — an unchanged PR opens no comment; a drifting one does', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: { 'README.md': 'docs only\n' } });
    const quiet = await s.run(pullRequestEvent({ repo: s.repo }), { inputs: { comment: 'on-change' } });
    expect(quiet.outputs.verdict).toBe('unchanged');
    expect(ownComments(s.fake)).toHaveLength(0);
    const before = s.repo.headSha;
    s.repo.commit('feature', { 'AGENTS.md': EXAMPLE_TOOLS_PLUS });
    const loud = await s.run(pullRequestEvent({ repo: s.repo, action: 'synchronize', before }), {
      inputs: { comment: 'on-change' },
    });
    expect(loud.outputs.verdict).toBe('drift');
    expect(ownComments(s.fake)).toHaveLength(1);
    expect(s.fake.violations).toEqual([]);
  });

  it('turned green: a drifting PR re-accepts; the same comment is updated and says it turned green', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: { 'AGENTS.md': EXAMPLE_TOOLS_PLUS } });
    const first = await s.run(pullRequestEvent({ repo: s.repo }));
    expect(first.outputs.verdict).toBe('drift');
    expect(first.exitCode).toBe(1);
    const failing = ownComments(s.fake)[0]?.body ?? '';
    expect(verdictLineOf(failing)).toMatch(/^❌ \*\*drift\*\*/);
    expect(failing).not.toContain('Turned green');

    const before = s.repo.headSha;
    s.repo.commit(
      'feature',
      { 'policy.attestation.json': PLUS['policy.attestation.json'] ?? '' },
      're-accept',
    );
    const second = await s.run(pullRequestEvent({ repo: s.repo, action: 'synchronize', before }));
    expect(second.outputs.verdict).toBe('reaccepted');
    expect(second.exitCode).toBe(0);
    expect(ownComments(s.fake)).toHaveLength(1);
    expect(second.outputs['comment-id']).toBe(first.outputs['comment-id']);
    const green = ownComments(s.fake)[0]?.body ?? '';
    expect(verdictLineOf(green)).toMatch(/^✅ \*\*reaccepted\*\*/);
    expect(green).toContain('🟢 Turned green: this PR was **drift** on an earlier commit and passes now.');

    // A re-run of the green head changes nothing: the comment keeps saying it turned green.
    const writes = s.fake.writes().length;
    await s.run(pullRequestEvent({ repo: s.repo, action: 'synchronize', before }));
    expect(s.fake.writes().slice(writes)).toEqual([]); // not even a check run: the same result is already shown
    expect(ownComments(s.fake)[0]?.body).toBe(green);
    expect(s.fake.violations).toEqual([]);
  });

  it('turned red: a passing PR that starts drifting says so', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: { 'README.md': 'docs only\n' } });
    await s.run(pullRequestEvent({ repo: s.repo }));
    const before = s.repo.headSha;
    s.repo.commit('feature', { 'AGENTS.md': EXAMPLE_TOOLS_PLUS });
    const second = await s.run(pullRequestEvent({ repo: s.repo, action: 'synchronize', before }));
    expect(second.outputs.verdict).toBe('drift');
    expect(ownComments(s.fake)[0]?.body).toContain(
      '🔴 This PR passed (**unchanged**) on an earlier commit and fails now.',
    );
    expect(s.fake.violations).toEqual([]);
  });

  it('outputs: all ten, consistent with the fake, the report file and the SARIF file', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: { 'AGENTS.md': EXAMPLE_TOOLS_PLUS } });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    expect(Object.keys(run.outputs).sort()).toEqual(
      [
        'accepted-hash',
        'attestation-hash',
        'changed',
        'check-run-id',
        'comment-id',
        'findings',
        'openclaw-version',
        'report',
        'sarif',
        'verdict',
      ].sort(),
    );
    const acceptedHash = JSON.parse(BASE['policy.attestation.json'] ?? '').attestation.attestationHash;
    const candidateHash = JSON.parse(PLUS['policy.attestation.json'] ?? '').attestation.attestationHash;
    expect(run.outputs).toMatchObject({
      verdict: 'drift',
      'openclaw-version': '2026.9.6',
      'attestation-hash': candidateHash,
      'accepted-hash': acceptedHash,
      findings: '0',
      'comment-id': String(ownComments(s.fake)[0]?.id),
      'check-run-id': String(s.fake.state.checkRuns[0]?.id),
    });
    expect(JSON.parse(run.outputs.changed ?? '')).toEqual(['evidence', 'attestation']);
    const reportPath = run.outputs.report ?? '';
    expect(reportPath.startsWith(run.runnerTemp)).toBe(true);
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    expect(report).toMatchObject({
      repository: 'octo-org/octo-repo',
      event: 'pull_request',
      headSha: s.repo.headSha,
      baseSha: s.repo.baseSha,
      passed: false,
      workspaces: [{ workspaceId: '.', verdict: 'drift', candidateHash, acceptedHash }],
    });
    const sarifPath = run.outputs.sarif ?? '';
    expect(sarifPath.startsWith(run.runnerTemp)).toBe(true);
    // Drift has no findings: a valid SARIF log with one run and no results.
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8'));
    expect(sarif).toMatchObject({ version: '2.1.0', runs: [{ results: [] }] });
    expect(s.fake.violations).toEqual([]);
  });

  it('several workspaces: one comment each, found again on a re-run; the verdict is the worst', async () => {
    const a = await withAttestation(EXAMPLE, 'agents/a');
    const b = await withAttestation(EXAMPLE, 'agents/b');
    const s = await scenario({
      baseFiles: { ...a, ...b },
      headChanges: inDir('agents/b', { 'AGENTS.md': EXAMPLE_TOOLS_PLUS }),
    });
    const inputs = { workspace: 'agents/a agents/b' };
    const first = await s.run(pullRequestEvent({ repo: s.repo }), { inputs });
    expect(first.outputs.verdict).toBe('drift');
    expect(first.exitCode).toBe(1);
    const comments = ownComments(s.fake);
    expect(comments.map((c) => c.body.split('\n')[0])).toEqual([
      `<!-- policy-gate:v1 workspace=agents/a head=${s.repo.headSha} -->`,
      `<!-- policy-gate:v1 workspace=agents/b head=${s.repo.headSha} -->`,
    ]);
    expect(verdictLineOf(comments[0]?.body ?? '')).toMatch(/^✅ \*\*unchanged\*\* in `agents\/a`/);
    expect(verdictLineOf(comments[1]?.body ?? '')).toMatch(/^❌ \*\*drift\*\* in `agents\/b`/);
    expect(first.outputs['comment-id']).toBe(String(comments[0]?.id));
    // One read of each kind and one listing serve both workspaces.
    expect(requestKinds(s.fake.requests)).toEqual([
      ...READS,
      LIST_COMMENTS,
      CREATE_COMMENT,
      CREATE_COMMENT,
      CREATE_CHECK_RUN,
    ]);
    expect(s.fake.state.checkRuns[0]?.output.title).toBe('1 of 2 workspaces fail: agents/b (drift)');
    const annotationPaths = new Set(s.fake.state.checkRuns[0]?.annotations.map((x) => x.path));
    expect([...annotationPaths]).toEqual(['agents/b/AGENTS.md']);

    const writes = s.fake.writes().length;
    const second = await s.run(pullRequestEvent({ repo: s.repo }), { inputs });
    expect(second.outputs.verdict).toBe('drift');
    expect(s.fake.writes().slice(writes)).toEqual([]); // not even a check run: the same result is already shown
    expect(ownComments(s.fake)).toHaveLength(2);
    expect(s.fake.violations).toEqual([]);
  });
});
