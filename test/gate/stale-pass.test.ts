// The pure part of "no stale success" (issue 12, item 3).
import { describe, expect, it } from 'vitest';
import type { GateReport, WorkspaceGateResult } from '../../src/gate/report.js';
import {
  newerContradictions,
  withAcceptance,
  withAcceptances,
  withPassesWithdrawn,
} from '../../src/gate/stale-pass.js';

const STARTED = new Date('2026-03-01T10:00:00.750Z');

describe('newerContradictions', () => {
  const run = (id: number, conclusion: string | null, startedAt: string | null, status = 'COMPLETED') => ({
    id,
    status,
    conclusion,
    startedAt,
  });

  it('a completed run that did not pass and started no earlier (to the second) contradicts a pass', () => {
    const runs = [
      run(1, 'FAILURE', '2026-03-01T09:59:59Z'), // started before this run: older information
      run(2, 'FAILURE', '2026-03-01T10:00:00Z'), // same second: may be newer
      run(3, 'NEUTRAL', '2026-03-01T10:00:05Z'), // advisory failure
      run(4, 'SUCCESS', '2026-03-01T10:00:06Z'),
      run(5, null, '2026-03-01T10:00:07Z', 'IN_PROGRESS'),
      run(6, 'FAILURE', null), // cannot be ordered
    ];
    expect(newerContradictions(runs, STARTED).map((r) => r.id)).toEqual([2, 3, 6]);
  });

  it('never counts the run’s own check run', () => {
    expect(newerContradictions([run(9, 'FAILURE', '2026-03-01T10:01:00Z')], STARTED, 9)).toEqual([]);
  });
});

function result(overrides: Partial<WorkspaceGateResult>): WorkspaceGateResult {
  return {
    workspaceId: '.',
    verdict: 'reaccepted',
    passed: true,
    components: [],
    findings: { new: [], stillPresent: [], resolved: [] },
    acceptance: {
      status: 'accepted',
      acceptors: ['alice', 'org/sec'],
      approvedBy: 'alice',
      reasons: ['this pull request proposes a new attestation'],
    },
    howToAccept: undefined,
    candidateHash: 'sha256:c',
    acceptedHash: 'sha256:a',
    changeLocations: {},
    ...overrides,
  };
}

function report(workspaces: WorkspaceGateResult[]): GateReport {
  return {
    repository: 'o/r',
    event: 'pull_request_review',
    headSha: 'a'.repeat(40),
    baseSha: 'b'.repeat(40),
    mode: 'enforce',
    workspaces,
    passed: workspaces.every((w) => w.passed),
  };
}

describe('withAcceptance', () => {
  it('an acceptance that no longer holds fails exactly as awaiting acceptance', () => {
    const withdrawn = withAcceptance(result({}), {
      status: 'awaiting',
      acceptors: ['alice', 'org/sec'],
      reasons: ['this pull request proposes a new attestation'],
      satisfied: false,
    });
    expect(withdrawn).toMatchObject({
      verdict: 'awaiting-acceptance',
      passed: false,
      acceptance: { status: 'awaiting' },
    });
    expect(withdrawn.acceptance.approvedBy).toBeUndefined();
  });

  it('still satisfied (by another acceptor): still passes, naming who', () => {
    expect(
      withAcceptance(result({}), {
        status: 'accepted',
        acceptors: ['alice', 'org/sec'],
        approvedBy: 'bob',
        reasons: ['this pull request proposes a new attestation'],
        satisfied: true,
      }),
    ).toMatchObject({ passed: true, acceptance: { approvedBy: 'bob' } });
  });

  it('withAcceptances recomputes the report’s pass', () => {
    const both = report([result({}), result({ workspaceId: 'b', verdict: 'unchanged' })]);
    const fresh = new Map([
      ['b', { status: 'awaiting' as const, acceptors: ['alice'], reasons: ['x'], satisfied: false }],
    ]);
    const after = withAcceptances(both, fresh);
    expect(after.passed).toBe(false);
    expect(after.workspaces.map((w) => [w.workspaceId, w.passed])).toEqual([
      ['.', true],
      ['b', false],
    ]);
  });
});

it('withPassesWithdrawn turns every pass into an error with the reason, and leaves failures alone', () => {
  const mixed = report([result({}), result({ workspaceId: 'b', verdict: 'drift', passed: false })]);
  const after = withPassesWithdrawn(mixed, 'could not confirm');
  expect(after.passed).toBe(false);
  expect(after.workspaces.map((w) => [w.verdict, w.passed, w.reason])).toEqual([
    ['error', false, 'could not confirm'],
    ['drift', false, undefined],
  ]);
});
