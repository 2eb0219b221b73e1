// What a reviewer must see being loosened: policy weakening, governed-tool downgrades and removals.
import type { LocatedToolChange, LocatedWeakening, WorkspaceGateResult } from '../gate/report.js';
import { codeSpan, markdownText } from './escape.js';
import type { Section } from './fit-sections.js';
import { cappedList, details, formatCount } from './markdown-blocks.js';
import { locationText } from './repo-paths.js';

export function weakeningSection(result: WorkspaceGateResult): Section | undefined {
  const weakenings = result.weakenings ?? [];
  if (weakenings.length === 0) return undefined;
  const item = (w: LocatedWeakening): string =>
    `**${w.kind}** ${codeSpan(w.rule)}: ${markdownText(w.detail, 500)}${w.location ? ` — ${codeSpan(locationText(result.workspaceId, w.location))}` : ''}`;
  return {
    dropRank: 4,
    render: (listCap) =>
      details(
        `⚠️ Policy weakened: ${formatCount(weakenings.length)} rule(s) loosened — needs acceptance`,
        `Compared rule by rule with the base branch's policy (allowlists may only shrink, denylists and requirements only grow).\n\n${cappedList(weakenings, listCap, item)}`,
        true,
      ),
    omitted: () =>
      `_${formatCount(weakenings.length)} policy weakening(s) are not listed here to stay within GitHub's size limit; see the job summary._`,
  };
}

export function toolChangeSection(result: WorkspaceGateResult): Section | undefined {
  const changes = result.toolChanges ?? [];
  if (changes.length === 0) return undefined;
  const downgrades = changes.filter((change) => change.downgrade).length;
  const files = [...new Set(changes.map((change) => change.file))].map((file) => markdownText(file, 40));
  const item = (change: LocatedToolChange): string => {
    const values =
      change.before !== undefined || change.after !== undefined
        ? `: ${change.before === undefined ? '_none_' : codeSpan(change.before)} → ${change.after === undefined ? '_none_' : codeSpan(change.after)}`
        : '';
    const where = change.location ? ` — ${codeSpan(locationText(result.workspaceId, change.location))}` : '';
    return `${change.downgrade ? '**downgrade** ' : ''}${codeSpan(change.toolId)} ${change.kind.replaceAll('-', ' ')}${values}${where}`;
  };
  return {
    dropRank: 3,
    render: (listCap) =>
      details(
        `Tool changes in ${files.join(' and ')}: ${formatCount(changes.length)}${downgrades > 0 ? ` (${formatCount(downgrades)} downgrade(s) or removal(s) need acceptance)` : ''}`,
        cappedList(changes, listCap, item),
        downgrades > 0,
      ),
    omitted: () =>
      `_${formatCount(changes.length)} tool change(s) are not listed here to stay within GitHub's size limit; see the job summary._`,
  };
}
