// Findings, grouped as new / still present / resolved against the accepted attestation.
import type { LocatedFinding, WorkspaceGateResult } from '../gate/report.js';
import { codeSpan, markdownText } from './escape.js';
import type { Section } from './fit-sections.js';
import { fixMarkdownLines } from './fix-recommendation.js';
import { markdownLocation, type HeadLinks } from './head-links.js';
import { cappedList, details, formatCount } from './markdown-blocks.js';

/** Finding messages are sentences; they get more room than names. */
const MAX_MESSAGE = 400;

/**
 * `links`: where the head's lines can be browsed; locations are then links, else code spans. Each
 * finding's fix (2026.9.6) is nested under it, so it is capped and dropped with its finding.
 */
export function findingSection(result: WorkspaceGateResult, links?: HeadLinks): Section | undefined {
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
              `**${label}**\n\n${cappedList(items, listCap, (item) => findingItem(item, result.workspaceId, links))}`,
          )
          .join('\n\n'),
        result.verdict === 'findings',
      ),
    omitted: () =>
      `_Findings (${counts}) are not listed here, to stay within GitHub's size limit; the job summary and the JSON report list them._`,
  };
}

/**
 * `` `policy/x` (error) Message. — `openclaw.jsonc:12` ``, and its fix as nested items:
 * `` Fix (automatic): Summary. `` and `` Change: `tools.profile` (`openclaw.json:3`); policy rule: … ``
 */
export function findingItem(
  { finding, location, fix }: LocatedFinding,
  workspaceId: string,
  links?: HeadLinks,
): string {
  const unlocated = location === undefined ? unlocatedWhere(finding.path, finding.line) : undefined;
  const where =
    location !== undefined
      ? markdownLocation(workspaceId, location, links)
      : unlocated === undefined
        ? undefined
        : codeSpan(unlocated);
  const suffix = where === undefined ? '' : ` — ${where}`;
  const item = `${codeSpan(finding.checkId)} (${markdownText(finding.severity, 20)}) ${markdownText(finding.message, MAX_MESSAGE)}${suffix}`;
  if (fix === undefined) return item;
  return [item, ...fixMarkdownLines(fix, workspaceId, links).map((line) => `  - ${line}`)].join('\n');
}

function unlocatedWhere(path: string | undefined, line: number | undefined): string | undefined {
  if (path === undefined) return undefined;
  return line === undefined ? path : `${path}:${line}`;
}
