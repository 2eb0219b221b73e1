// Issue 3, items 5 and 6: more than 50 annotations go to the check run in batches of 50, each at
// AGENTS.md (2026.9.6) and the tool's line; and a PR with megabyte-long names and thousands of findings still
// gets a comment GitHub accepts (≤ 65,536 characters) that shows the verdict and how to accept.
import { describe, expect, it } from 'vitest';
import { pullRequestEvent } from './harness/event-payloads.js';
import {
  cleanUpAfterAll,
  CREATE_CHECK_RUN,
  CREATE_COMMENT,
  EXAMPLE,
  GET_TREE,
  LIST_COMMENTS,
  ownComments,
  READ_FILES,
  READ_SETTINGS,
  requestKinds,
  scenario,
  UPDATE_CHECK_RUN,
  verdictLineOf,
  withAttestation,
  withTool,
} from './gate-scenario.js';

cleanUpAfterAll();

describe.concurrent('annotations and size limits', () => {
  it('120 tools missing required metadata: annotations in batches [50, 50, 20] at AGENTS.md and each tool’s line', async () => {
    const header = '# Agents\n\n## Tools\n\nNone of these declares a risk.\n\n';
    const tools = Array.from(
      { length: 120 },
      (_, i) => `### tool_${String(i).padStart(3, '0')}\nDoes thing ${i}.\n`,
    ).join('\n');
    const files = {
      'policy.jsonc': '{ "tools": { "requireMetadata": ["risk"] } }\n',
      'openclaw.json': '{ "plugins": { "entries": { "policy": { "enabled": true } } } }\n',
      'AGENTS.md': `${header}${tools}`,
    };
    // The base accepted these findings; the PR keeps them (still present) and changes nothing else.
    const s = await scenario({
      baseFiles: await withAttestation(files),
      headChanges: { 'README.md': 'docs only\n' },
    });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    expect(run.outputs.verdict).toBe('findings');
    expect(run.outputs.findings).toBe('120');
    expect(run.exitCode).toBe(1);
    expect(requestKinds(s.fake.requests)).toEqual([
      READ_SETTINGS,
      READ_FILES,
      GET_TREE, // head, then base: symbolic links a PR adds to the workspace
      GET_TREE,
      LIST_COMMENTS,
      CREATE_COMMENT,
      CREATE_CHECK_RUN,
      UPDATE_CHECK_RUN,
      UPDATE_CHECK_RUN,
    ]);
    const [check] = s.fake.state.checkRuns;
    expect(check?.annotationBatches.map((batch) => batch.length)).toEqual([50, 50, 20]);
    expect(check?.conclusion).toBe('failure');
    const lines = `${header}${tools}`.split('\n');
    expect(check?.annotations).toHaveLength(120);
    check?.annotations.forEach((annotation, i) => {
      expect(annotation).toMatchObject({
        path: 'AGENTS.md',
        annotation_level: 'failure',
        title: 'policy/tools-missing-risk-level (still present)',
        message: expect.stringContaining(`'tool-${String(i).padStart(3, '0')}'`),
      });
      expect(annotation.start_line).toBe(annotation.end_line);
      expect(lines[annotation.start_line - 1]).toBe(`### tool_${String(i).padStart(3, '0')}`);
    });
    expect(s.fake.violations).toEqual([]);
  });

  it('megabyte-long tool names and channel account ids, thousands of findings: the comment fits and still shows the verdict and how to accept', async () => {
    const BASE = await withAttestation(EXAMPLE);
    const hugeTool = `tool_${'t'.repeat(1_048_576)}`;
    // 2026.9.6 refuses unknown channel ids; an account of a known channel may be named anything.
    const hugeAccount = `acct-${'c'.repeat(1_048_576)}`;
    const bare = Array.from({ length: 1500 }, (_, i) => `### bare_${i}`).join('\n');
    const tools = withTool(`### ${hugeTool} risk:low sensitivity:internal owner:@big\n\n${bare}`);
    const config = JSON.parse(EXAMPLE['openclaw.json'] ?? '{}');
    config.channels.telegram.accounts = { [hugeAccount]: { botToken: '123:abc' } };
    const s = await scenario({
      baseFiles: BASE,
      headChanges: { 'AGENTS.md': tools, 'openclaw.json': JSON.stringify(config) },
    });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    expect(run.stderr).toBe('');
    expect(run.outputs.verdict).toBe('findings');
    expect(Number(run.outputs.findings)).toBe(1500 * 3); // no risk, sensitivity or owner on each bare tool
    expect(run.exitCode).toBe(1);

    const comments = ownComments(s.fake);
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(verdictLineOf(body)).toMatch(
      /^❌ \*\*findings\*\* — the policy check reports 4,?500 findings on this PR \(4,?500 new\)/,
    );
    expect(body).toContain('How to accept');
    expect(body).toContain('npx policy-gate accept');
    expect(body).toContain(`# attestationHash: ${run.outputs['attestation-hash']}`);
    expect(body).not.toContain('t'.repeat(10_000));
    expect(body).not.toContain('c'.repeat(10_000));

    // At most 1000 annotations (20 requests of 50); the summaries fit the Checks API.
    const [check] = s.fake.state.checkRuns;
    expect(check?.annotations).toHaveLength(1000);
    expect(check?.annotationBatches.every((batch) => batch.length === 50)).toBe(true);
    expect((check?.output.summary ?? '').length).toBeLessThanOrEqual(65_535);
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1_048_576);
    expect(run.summary).toContain('**findings**');
    expect(requestKinds(s.fake.requests).filter((kind) => kind === UPDATE_CHECK_RUN)).toHaveLength(19);
    expect(s.fake.violations).toEqual([]);
  });
});
