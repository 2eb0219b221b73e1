// Findings, grouped as new / still present / resolved against the accepted attestation.
import type { LocatedFinding, WorkspaceGateResult } from '../gate/report.js';
import { codeSpan, markdownText } from './escape.js';
import type { Section } from './fit-sections.js';
import { cappedList, details, formatCount } from './markdown-blocks.js';
import { locationText } from './repo-paths.js';

/** Finding messages are sentences; they get more room than names. */
const MAX_MESSAGE = 400;

export function findingSection(result: WorkspaceGateResult): Section | undefined {
  const { new: added, stillPresent, resolved } = result.findings;
  if (added.length + stillPresent.length + resolved.length === 0) return undefined;
  const counts = `${formatCount(added.length)} new · ${formatCount(stillPresent.length)} still present · ${formatCount(resolved.length)} resolved`;
  const groups: [string, readonly LocatedFinding[]][] = [
    ['New', added],
    ['Still present', stillPresent],
    ['Resolved', resolved],
  ];
  return {
    dropRank: 4,
    render: (listCap) =>
      details(
        `Findings: ${counts}`,
        groups
          .filter(([, items]) => items.length > 0)
          .map(
            ([label, items]) =>
              `**${label}**\n\n${cappedList(items, listCap, (item) => findingItem(item, result.workspaceId))}`,
          )
          .join('\n\n'),
        result.verdict === 'findings',
      ),
    omitted: () =>
      `_Findings (${counts}) are not listed here, to stay within GitHub's size limit; the job summary and the JSON report list them._`,
  };
}

/** `` `policy/x` (error) Message. — `openclaw.jsonc:12` `` */
export function findingItem({ finding, location }: LocatedFinding, workspaceId: string): string {
  const where =
    location !== undefined ? locationText(workspaceId, location) : unlocatedWhere(finding.path, finding.line);
  const suffix = where === undefined ? '' : ` — ${codeSpan(where)}`;
  return `${codeSpan(finding.checkId)} (${markdownText(finding.severity, 20)}) ${markdownText(finding.message, MAX_MESSAGE)}${suffix}`;
}

function unlocatedWhere(path: string | undefined, line: number | undefined): string | undefined {
  if (path === undefined) return undefined;
  return line === undefined ? path : `${path}:${line}`;
}
