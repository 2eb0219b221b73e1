// The one-line verdict that opens every rendering, and its plain-text form for check-run titles.
import type { HeadLinks } from './head-links.js';
import type { Verdict, WorkspaceGateResult } from '../gate/report.js';
import { codeSpan, markdownText } from './escape.js';
import { plural } from './markdown-blocks.js';

/** What the renderers know beyond the report. */
export interface RenderContext {
  /** The base branch's name, when known (`main`); otherwise "the base branch". */
  baseRef?: string;
  /** The previous run's outcome on this PR, to say when it turned green or red. */
  previous?: { verdict: Verdict; passed: boolean };
  /** Where the head's lines can be linked; locations are plain text without it. */
  links?: HeadLinks;
}

export function verdictEmoji(result: WorkspaceGateResult): string {
  if (result.passed) return '✅';
  if (result.verdict === 'error') return '⚠️';
  if (result.verdict === 'awaiting-acceptance') return '⏳';
  return '❌';
}

/** `❌ **drift** in `packages/a` — the attestation on this PR differs from …` */
export function verdictLine(result: WorkspaceGateResult, context: RenderContext): string {
  const where = result.workspaceId === '.' ? '' : ` in ${codeSpan(result.workspaceId)}`;
  const base = context.baseRef === undefined ? 'the base branch' : codeSpan(context.baseRef);
  // The verdict is one of ours; escaped all the same, as a report may have been read back from JSON.
  return `${verdictEmoji(result)} **${markdownText(result.verdict, 40)}**${where} — ${verdictSentence(result, base)}`;
}

function verdictSentence(result: WorkspaceGateResult, base: string): string {
  switch (result.verdict) {
    case 'error':
      return 'the gate could not evaluate this workspace, so it fails until the problem below is fixed';
    case 'findings': {
      const present = result.findings.new.length + result.findings.stillPresent.length;
      return `the policy check reports ${plural(present, 'finding')} on this PR (${result.findings.new.length} new)`;
    }
    case 'stale':
      return result.stale?.which === 'accepted'
        ? `the attestation accepted on ${base} no longer attests ${base}'s own files`
        : "the attestation file on this PR does not attest the PR's current state";
    case 'drift':
      return `the attestation on this PR differs from the one accepted on ${base}`;
    case 'awaiting-acceptance': {
      const [first, ...more] = result.acceptance.reasons;
      const why =
        first === undefined
          ? ''
          : `: ${markdownText(first, 300)}${more.length > 0 ? ` (and ${plural(more.length, 'more reason')})` : ''}`;
      return `everything else holds, but this PR needs an approval by an acceptor on this commit${why}`;
    }
    case 'reaccepted':
      if (result.acceptance.status === 'accepted') {
        const by = result.acceptance.approvedBy;
        return `this PR proposes a new attestation, accepted${by === undefined ? '' : ` by ${codeSpan(by)}`}`;
      }
      return 'this PR proposes a new attestation that matches its state';
    case 'unchanged':
      if (result.acceptance.status === 'accepted') {
        const by = result.acceptance.approvedBy;
        return `this PR matches the attestation accepted on ${base}; its other changes were accepted${by === undefined ? '' : ` by ${codeSpan(by)}`}`;
      }
      return `this PR matches the attestation accepted on ${base}`;
    case 'bootstrap':
      return `${base} has no accepted attestation for this workspace yet`;
    default:
      return result.passed ? 'the gate passes' : 'the gate fails';
  }
}

/** When the previous run on this PR had the other outcome, one line saying so. */
export function transitionLine(result: WorkspaceGateResult, context: RenderContext): string {
  const previous = context.previous;
  if (previous === undefined || previous.passed === result.passed) return '';
  const was = `**${markdownText(previous.verdict, 40)}**`;
  return result.passed
    ? `🟢 Turned green: this PR was ${was} on an earlier commit and passes now.`
    : `🔴 This PR passed (${was}) on an earlier commit and fails now.`;
}

/** Plain text (for titles): `drift in packages/a: the attestation differs from the accepted one`. */
export function verdictHeadline(result: WorkspaceGateResult): string {
  const where = result.workspaceId === '.' ? '' : ` in ${result.workspaceId}`;
  const headline = Object.hasOwn(HEADLINES, result.verdict)
    ? HEADLINES[result.verdict](result)
    : result.passed
      ? 'passes'
      : 'fails';
  return `${result.verdict}${where}: ${headline}`;
}

const HEADLINES: Record<Verdict, (result: WorkspaceGateResult) => string> = {
  error: () => 'could not be evaluated',
  findings: (r) => plural(r.findings.new.length + r.findings.stillPresent.length, 'finding'),
  stale: (r) =>
    r.stale?.which === 'accepted' ? 'the accepted attestation is stale' : 'the proposed attestation is stale',
  drift: () => 'differs from the accepted attestation',
  'awaiting-acceptance': () => "needs an acceptor's approval of the head",
  reaccepted: (r) => (r.passed ? 'new attestation accepted' : 'new attestation proposed'),
  unchanged: () => 'matches the accepted attestation',
  bootstrap: () => 'no accepted attestation yet',
};
