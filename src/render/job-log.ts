// What a blocked run's job log says (issue 13): per failing workspace the verdict, the one-line
// reason, what changed, the next step and where the comment is — the log is where people look
// first when a required check is red. Plain text (the log shows it raw); untrusted values are
// reduced to one line each.
import type { WorkspaceGateResult } from '../gate/report.js';
import { verdictHeadline } from './verdict-text.js';

const MAX_LINE = 300;

/** Lines for one failing workspace; `commentUrl` when its sticky comment exists. */
export function blockedWorkspaceLines(result: WorkspaceGateResult, commentUrl: string | undefined): string[] {
  const lines = [`policy-gate: ${oneLine(verdictHeadline(result))}`];
  const why = reasonOf(result);
  if (why !== undefined) lines.push(`  why: ${oneLine(why)}`);
  const changed = changedParts(result);
  if (changed.length > 0) lines.push(`  changed: ${changed.join('; ')}`);
  lines.push(`  next: ${oneLine(nextStep(result))}`);
  if (commentUrl !== undefined) lines.push(`  comment: ${commentUrl}`);
  return lines;
}

function reasonOf(result: WorkspaceGateResult): string | undefined {
  if (result.reason !== undefined && result.reason.trim() !== '') return result.reason;
  if (result.verdict === 'awaiting-acceptance') return result.acceptance.reasons.join('; ');
  if (result.verdict === 'findings') {
    const first = result.findings.new[0] ?? result.findings.stillPresent[0];
    return first === undefined ? undefined : `${first.finding.checkId}: ${first.finding.message}`;
  }
  if (result.stale !== undefined)
    return `${result.stale.path} records ${result.stale.fileHash ?? 'no hash'}, the state is ${result.stale.actualHash}`;
  return undefined;
}

function changedParts(result: WorkspaceGateResult): string[] {
  const parts: string[] = [];
  const components = result.components.filter((row) => row.changed).map((row) => row.component);
  if (components.length > 0) parts.push(`components ${components.join(', ')}`);
  const count = (n: number | undefined, what: string) => {
    if (n !== undefined && n > 0) parts.push(`${n} ${what}`);
  };
  count(result.findings.new.length, 'new finding(s)');
  count(result.weakenings?.length, 'policy weakening(s)');
  count(result.toolChanges?.filter((change) => change.downgrade).length, 'tool downgrade(s) or removal(s)');
  count(result.guardedChanges?.length, 'guarded setting change(s)');
  if (result.release?.upgrade !== undefined)
    parts.push(`OpenClaw release ${result.release.upgrade.from} → ${result.release.upgrade.to}`);
  return parts;
}

function nextStep(result: WorkspaceGateResult): string {
  const accept = result.howToAccept;
  const acceptStep =
    accept === undefined
      ? 'run `policy-gate accept` in the workspace and commit the attestation file'
      : `run \`${accept.command}\` and commit ${accept.attestationPath} (attestation ${accept.resultingHash})`;
  switch (result.verdict) {
    case 'error':
      return 'fix the problem above (the comment and the job summary have the details), then re-run';
    case 'findings':
      return 'fix the findings (each one says how, in the comment and the annotations), then push';
    case 'stale':
    case 'drift':
    case 'bootstrap':
      return loosens(result) ? `${acceptStep}; the change then needs an acceptor's approval` : acceptStep;
    case 'awaiting-acceptance': {
      const who = result.acceptance.acceptors.join(', ');
      return `one of the acceptors (${who || 'none configured'}) approves this pull request's head commit; the gate re-runs on the review`;
    }
    default:
      return 'nothing: the gate passes';
  }
}

/** Control characters (C0, DEL, C1) and Unicode line breaks: a log line must stay one line. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LINE_BREAKERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** The head loosens something an acceptor must approve, whatever the attestation says. */
function loosens(result: WorkspaceGateResult): boolean {
  return (
    (result.weakenings?.length ?? 0) > 0 ||
    (result.toolChanges?.some((change) => change.downgrade) ?? false) ||
    (result.guardedChanges?.length ?? 0) > 0 ||
    result.release?.upgrade !== undefined
  );
}

function oneLine(text: string): string {
  const line = text.replace(LINE_BREAKERS, ' ').trim();
  return line.length > MAX_LINE ? `${line.slice(0, MAX_LINE - 1)}…` : line;
}
