// Sections for a report of several workspaces (check run, job summary): each workspace's parts
// under its own heading, and a compact one-line-per-workspace fallback for when even the parts
// that always stay do not fit (hundreds of workspaces).
import type { GateReport, WorkspaceGateResult } from '../gate/report.js';
import { codeSpan } from './escape.js';
import { fixedSection, type Section } from './fit-sections.js';
import { cappedList, formatCount } from './markdown-blocks.js';
import { verdictLine, type RenderContext } from './verdict-text.js';
import { workspaceParts, type WorkspaceParts } from './workspace-sections.js';

/** The picked parts of every workspace; a `###` heading per workspace when there are several. */
export function reportSections(
  results: readonly WorkspaceGateResult[],
  context: RenderContext,
  pick: (parts: WorkspaceParts) => Section[],
): Section[] {
  const headed = results.length > 1;
  return results.flatMap((result) => {
    const sections = pick(workspaceParts(result, context));
    if (sections.length === 0 || !headed) return sections;
    return [fixedSection(`### Workspace ${codeSpan(result.workspaceId)}`), ...sections];
  });
}

/** `❌ 1 of 3 workspaces fail the gate.` plus the advisory-mode note, for reports only. */
export function reportStatusLine(report: Pick<GateReport, 'workspaces' | 'mode' | 'passed'>): string {
  const failing = report.workspaces.filter((result) => !result.passed).length;
  const total = report.workspaces.length;
  const status =
    failing === 0
      ? `✅ ${total === 1 ? 'The workspace passes' : `All ${formatCount(total)} workspaces pass`} the gate.`
      : `❌ ${formatCount(failing)} of ${formatCount(total)} ${total === 1 ? 'workspace fails' : 'workspaces fail'} the gate.`;
  return report.mode === 'advisory' && failing > 0
    ? `${status} _Advisory mode: the job passes anyway._`
    : status;
}

/** One verdict line per workspace, as many as fit; the last resort of the report renderers. */
export function compactOverview(
  results: readonly WorkspaceGateResult[],
  context: RenderContext,
  fits: (text: string) => boolean,
): string {
  const note = '_The full report does not fit here; the JSON report (`report` output) has it._';
  let text = '';
  for (const cap of [results.length, 1000, 100, 10, 1]) {
    text = `${cappedList(results, cap, (result) => verdictLine(result, context))}\n\n${note}`;
    if (fits(text)) return text;
  }
  return text;
}
