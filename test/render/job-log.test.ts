import { describe, expect, it } from 'vitest';
import { blockedWorkspaceLines } from '../../src/render/job-log.js';
import { driftResult, findingsResult, reacceptedResult } from './fixtures.js';

const URL = 'https://github.com/acme/agents/pull/7#issuecomment-42';

describe('blockedWorkspaceLines: what a blocked run says in the job log', () => {
  it('drift: the verdict, what changed, the exact accept command and the comment', () => {
    const lines = blockedWorkspaceLines(driftResult(), URL);
    expect(lines[0]).toMatch(/^policy-gate: drift: differs from the accepted attestation$/);
    expect(lines.find((l) => l.startsWith('  changed: '))).toMatch(/components .*attestation/);
    expect(lines.find((l) => l.startsWith('  next: '))).toMatch(/^ {2}next: run `.*accept.*` and commit /);
    expect(lines.at(-1)).toBe(`  comment: ${URL}`);
  });

  it('findings: the first finding as the reason, and how to go on', () => {
    const lines = blockedWorkspaceLines(findingsResult(), undefined);
    expect(lines[1]).toMatch(/^ {2}why: policy\//);
    expect(lines).toContain(
      '  next: fix the findings (each one says how, in the comment and the annotations), then push',
    );
    expect(lines.some((l) => l.startsWith('  comment:'))).toBe(false);
  });

  it('awaiting acceptance: why acceptance is needed and who may give it', () => {
    const lines = blockedWorkspaceLines(reacceptedResult('awaiting'), URL);
    expect(lines).toContain(
      '  why: The PR proposes a new attestation.; Policy weakening: mcp.servers.deny no longer lists shell.',
    );
    expect(lines).toContain(
      "  next: one of the acceptors (alice, acme/security) approves this pull request's head commit; the gate re-runs on the review",
    );
  });

  it('a reason from the pull request stays one line in the log', () => {
    const lines = blockedWorkspaceLines(
      driftResult({ reason: 'line one\n::error::forged\u2028line' }),
      undefined,
    );
    expect(lines[1]).toBe('  why: line one ::error::forged line');
  });
});
