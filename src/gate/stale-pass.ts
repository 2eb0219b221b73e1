// No stale success (issue 12, item 3), the pure part. A pass is only as good as what it read: the
// head commit, the approvals, and — because GitHub shows the newest check run of a name — the
// runs of other evaluations of the same commit. Right before a pass is published the shell reads
// those again; these functions say what the fresh facts do to the report.
import type { Acceptance, GateReport, WorkspaceGateResult } from './report.js';

/** A policy-gate check run as GitHub lists it (the fields that order runs). */
export interface ListedRun {
  id: number | null;
  status: string;
  conclusion: string | null;
  /** ISO 8601. */
  startedAt?: string | null;
}

/**
 * Completed runs that did not pass and whose evaluation started no earlier than `startedAt` (to
 * the second: GitHub keeps whole seconds, so a tie counts as newer). Such a run read the
 * pull request after this one did; a pass from this run would be older information published
 * on top of it. `ownId` is this run's own check run, once created.
 */
export function newerContradictions(
  runs: readonly ListedRun[],
  startedAt: Date,
  ownId?: number,
): ListedRun[] {
  const since = Math.floor(startedAt.getTime() / 1000) * 1000;
  return runs.filter((run) => {
    if (run.id !== null && run.id === ownId) return false;
    if (run.status.toUpperCase() !== 'COMPLETED' || run.conclusion === null) return false;
    if (run.conclusion.toUpperCase() === 'SUCCESS') return false;
    const started = run.startedAt ? Date.parse(run.startedAt) : Number.NaN;
    // A run without a start time cannot be ordered: it may be newer.
    return Number.isNaN(started) || started >= since;
  });
}

/** The report with each result's acceptance re-decided; a pass whose acceptance no longer holds fails. */
export function withAcceptances(
  report: GateReport,
  fresh: ReadonlyMap<string, Acceptance & { satisfied: boolean }>,
): GateReport {
  const workspaces = report.workspaces.map((result) => {
    const acceptance = fresh.get(result.workspaceId);
    return acceptance === undefined ? result : withAcceptance(result, acceptance);
  });
  return { ...report, workspaces, passed: workspaces.every((w) => w.passed) };
}

/**
 * One result with a fresh acceptance. Still satisfied: the same result (the approver may differ).
 * Not satisfied: exactly what the verdict table gives a result awaiting acceptance.
 */
export function withAcceptance(
  result: WorkspaceGateResult,
  fresh: Acceptance & { satisfied: boolean },
): WorkspaceGateResult {
  const acceptance: Acceptance = {
    status: fresh.status,
    acceptors: fresh.acceptors,
    reasons: fresh.reasons,
    ...(fresh.approvedBy === undefined ? {} : { approvedBy: fresh.approvedBy }),
  };
  if (fresh.satisfied) return { ...result, acceptance };
  return { ...result, acceptance, verdict: 'awaiting-acceptance', passed: false };
}

/** The report with every passing result turned into an `error`: its pass could not be confirmed. */
export function withPassesWithdrawn(report: GateReport, reason: string): GateReport {
  const workspaces = report.workspaces.map((result) =>
    result.passed ? { ...result, verdict: 'error' as const, passed: false, reason } : result,
  );
  return { ...report, workspaces, passed: false };
}
