// Sections for the verdicts that need words of their own: error (the reason), stale (which file,
// both hashes, what to commit) and bootstrap (how to add the first attestation). Always kept.
import type { WorkspaceGateResult } from '../gate/report.js';
import { capLength, codeBlock, codeSpan, markdownText } from './escape.js';
import type { Section } from './fit-sections.js';
import { fixedSection } from './fit-sections.js';

const MAX_REASON_LINES = 20;
/** The whole reason, in code points: it always stays, so its worst size must be small. */
const MAX_REASON = 1000;

/** The reason: what went wrong for `error`, extra context on other verdicts. */
export function reasonSection(result: WorkspaceGateResult): Section | undefined {
  if (result.reason === undefined || result.reason.trim() === '') return undefined;
  const lines = capLength(result.reason, MAX_REASON).split(/\r\n|\r|\n/);
  const quoted = lines
    .slice(0, MAX_REASON_LINES)
    .map((line) => (line === '' ? '>' : `> ${markdownText(line, MAX_REASON)}`));
  if (lines.length > MAX_REASON_LINES) quoted.push(`> … and ${lines.length - MAX_REASON_LINES} more lines`);
  return fixedSection(
    `**${result.verdict === 'error' ? 'What went wrong' : 'Note'}**\n\n${quoted.join('\n')}`,
  );
}

export function staleSection(result: WorkspaceGateResult, baseLabel: string): Section | undefined {
  const stale = result.stale;
  if (stale === undefined) return undefined;
  const where = stale.which === 'proposed' ? 'proposed on this PR' : `accepted on ${baseLabel}`;
  const hashes = codeBlock([
    `file:          ${stale.path}`,
    `recorded hash: ${stale.fileHash ?? '(none)'}`,
    `current state: ${stale.actualHash}`,
  ]);
  const path = codeSpan(stale.path);
  const how = acceptCommandRef(result);
  // A specific reason (the PR deletes the file, or the file does not verify) beats the generic text.
  const what =
    stale.which === 'proposed' && result.reason !== undefined
      ? `${markdownText(result.reason, 1000)} Regenerate it with ${how} and commit ${path}.`
      : stale.which === 'proposed'
        ? `The attestation file ${path} on this PR records a different state than the PR now has (it went stale with later commits). Regenerate it with ${how} and commit ${path}.`
        : `${baseLabel} was changed without re-accepting, so its attestation file ${path} no longer attests its own files. Re-accept on this PR with ${how} and commit ${path}, so the new attestation is reviewed like any other.`;
  return fixedSection(`**Stale attestation file** (${where})\n\n${hashes}\n\n${what}`);
}

export function bootstrapSection(result: WorkspaceGateResult, baseLabel: string): Section | undefined {
  if (result.verdict !== 'bootstrap') return undefined;
  const file =
    result.howToAccept === undefined ? 'the attestation file' : codeSpan(result.howToAccept.attestationPath);
  return fixedSection(
    `There is no accepted attestation on ${baseLabel} for this workspace, so there is nothing to compare this PR with. ` +
      `Add the first one in this PR: run ${acceptCommandRef(result)}, commit ${file}, and merge once it is approved. ` +
      'Later pull requests are then gated against it.',
  );
}

function acceptCommandRef(result: WorkspaceGateResult): string {
  return result.howToAccept === undefined ? '`policy-gate accept`' : 'the command under **How to accept**';
}

const RELEASE_SOURCE: Record<NonNullable<WorkspaceGateResult['release']>['source'], string> = {
  input: 'the `openclaw-version` input',
  'proposed attestation': 'the release of the attestation this PR proposes',
  'accepted attestation': 'the release of the accepted attestation',
  default: 'the current release: no attestation names one',
};

/** Which OpenClaw release the head was checked against, and an upgrade of the accepted one. */
export function releaseSection(result: WorkspaceGateResult): Section | undefined {
  const release = result.release;
  if (release === undefined) return undefined;
  // A supported release's own name (the report only ever holds one): no PR text to escape.
  const checked = `Checked against **OpenClaw ${release.checked}** (${RELEASE_SOURCE[release.source]}).`;
  const upgrade = release.upgrade;
  if (upgrade === undefined) return fixedSection(checked);
  const from = codeSpan(upgrade.from);
  const to = codeSpan(upgrade.to);
  const next =
    // The gate adds this reason exactly when the PR proposes an attestation of the other release.
    result.acceptance.reasons.some((reason) =>
      reason.startsWith('this pull request moves the accepted attestation'),
    )
      ? `This PR moves the accepted attestation from OpenClaw ${from} to ${to}: a release upgrade, which needs acceptance like any proposal.`
      : `The attestation accepted on the base is for OpenClaw ${from}, so the head's ${to} attestation cannot match it. To upgrade, run ${acceptCommandRef(result)} and commit the attestation file: the upgrade is then reviewed and accepted like any proposal.`;
  return fixedSection(`${checked}\n\n**Release upgrade** ${from} → ${to}. ${next}`);
}
