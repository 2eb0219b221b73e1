// Who must accept and why, and how to (re-)accept the candidate.
import type { AcceptanceStatus, WorkspaceGateResult } from '../gate/report.js';
import { codeBlock, codeSpan, htmlText, markdownText } from './escape.js';
import type { Section } from './fit-sections.js';
import { cappedList, details, formatCount } from './markdown-blocks.js';

const STATUS_TEXT: Record<AcceptanceStatus, { label: string; sentence: string }> = {
  'not-needed': { label: 'not needed', sentence: 'not needed' },
  'nobody-required': {
    label: 'no acceptors configured',
    sentence: 'not required: no acceptors are configured',
  },
  awaiting: {
    label: 'awaiting approval',
    sentence: "awaiting an approval of this PR's head commit by one of the acceptors",
  },
  accepted: { label: 'accepted', sentence: 'accepted' },
};

export function acceptanceSection(result: WorkspaceGateResult): Section | undefined {
  const acceptance = result.acceptance;
  if (acceptance.status === 'not-needed' && acceptance.reasons.length === 0) return undefined;
  // A status outside the union can only come from a forged report; show it, escaped per context.
  const known = Object.hasOwn(STATUS_TEXT, acceptance.status) ? STATUS_TEXT[acceptance.status] : undefined;
  const status = {
    label: known?.label ?? htmlText(acceptance.status, 40),
    sentence: known?.sentence ?? markdownText(acceptance.status, 40),
  };
  return {
    dropRank: 3,
    render(listCap) {
      const lines = [`- **Status:** ${status.sentence}`];
      if (acceptance.acceptors.length > 0)
        lines.push(`- **Acceptors:** ${namesList(acceptance.acceptors, listCap)}`);
      if (acceptance.approvedBy !== undefined)
        lines.push(`- **Approved by:** ${codeSpan(acceptance.approvedBy, 100)}`);
      if (acceptance.reasons.length > 0) {
        lines.push(
          '- **Why acceptance is needed:**',
          cappedList(acceptance.reasons, listCap, (reason) => markdownText(reason, 400), '  '),
        );
      }
      return details(`Acceptance: ${status.label}`, lines.join('\n'), acceptance.status === 'awaiting');
    },
    omitted: () =>
      `_Acceptance: ${known?.label ?? status.sentence} (details left out to stay within GitHub's size limit)._`,
  };
}

/**
 * Logins and `org/team` slugs as code spans and without `@`: GitHub mentions nobody inside code,
 * and naming the acceptors must not notify them on every push.
 */
function namesList(names: readonly string[], cap: number): string {
  const shown = names.slice(0, cap).map((name) => codeSpan(name, 100));
  if (names.length > shown.length) shown.push(`and ${formatCount(names.length - shown.length)} more`);
  return shown.join(', ');
}

/** The exact command, the file it writes and the hash it will record. Always kept whole. */
export function howToAcceptSection(result: WorkspaceGateResult): Section | undefined {
  const how = result.howToAccept;
  if (how === undefined || result.passed) return undefined;
  const body = [
    'Run this at the repository root on the PR branch, then commit and push the attestation file it writes:',
    codeBlock(
      [how.command, `# writes ${how.attestationPath}`, `# attestationHash: ${how.resultingHash}`],
      'sh',
    ),
  ];
  if (result.acceptance.acceptors.length > 0)
    body.push('Then one of the acceptors approves the PR on that commit.');
  if (result.verdict === 'findings')
    body.push('Accepting does not clear findings: fix them first, then accept.');
  const text = details('How to accept', body.join('\n\n'), true);
  return { render: () => text };
}
