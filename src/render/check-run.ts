// The check run's output (title, summary, text) and its conclusion.
import type { GateReport, WorkspaceGateResult } from '../gate/report.js';
import { plainText } from './escape.js';
import { fitSections, fixedSection, SUMMARY_LIST_CAPS, type Section } from './fit-sections.js';
import { compactOverview, reportSections, reportStatusLine } from './report-sections.js';
import { verdictHeadline, type RenderContext } from './verdict-text.js';

/** Checks API limits: `output.title` 255 characters, `output.summary` and `output.text` 65,535. */
export const CHECK_RUN_TITLE_LIMIT = 255;
export const CHECK_RUN_SUMMARY_LIMIT = 65_535;
export const CHECK_RUN_TEXT_LIMIT = 65_535;

export type CheckConclusion = 'success' | 'failure' | 'neutral';

export interface CheckRunOutput {
  title: string;
  /** Markdown: verdicts, component tables, stale/error explanations and how to accept. */
  summary: string;
  /** Markdown: the collapsible findings, evidence, policy and acceptance sections, when any. */
  text?: string;
}

/**
 * `success` when the gate passed; when it failed, `failure` — or `neutral` in advisory mode, which
 * branch protection counts as passing (that is what advisory means). A single workspace result has
 * no mode of its own: pass the report's.
 */
export function conclusionFor(
  report: GateReport | WorkspaceGateResult,
  mode: GateReport['mode'] = 'enforce',
): CheckConclusion {
  if (report.passed) return 'success';
  const effectiveMode = isReport(report) ? report.mode : mode;
  return effectiveMode === 'advisory' ? 'neutral' : 'failure';
}

export function renderCheckRunOutput(
  input: GateReport | WorkspaceGateResult,
  context: RenderContext = {},
): CheckRunOutput {
  const report = isReport(input) ? input : undefined;
  const results = report?.workspaces ?? [input as WorkspaceGateResult];
  const status =
    report === undefined || (results.length === 1 && report.mode === 'enforce')
      ? []
      : [fixedSection(reportStatusLine(report))];

  const summaryFits = (text: string): boolean => text.length <= CHECK_RUN_SUMMARY_LIMIT;
  const summarySections = [
    ...status,
    ...reportSections(results, context, (parts) => [...parts.overview, ...parts.howToAccept]),
  ];
  const summary = fitted(summarySections, summaryFits) ?? compactOverview(results, context, summaryFits);

  const output: CheckRunOutput = { title: checkRunTitle(results, report?.mode ?? 'enforce'), summary };
  const detailSections = reportSections(results, context, (parts) => parts.details);
  if (detailSections.length > 0) {
    const textFits = (text: string): boolean => text.length <= CHECK_RUN_TEXT_LIMIT;
    output.text =
      fitted(detailSections, textFits) ??
      '_The details do not fit in a check run; the job summary and the JSON report (`report` output) have them._';
  }
  return output;
}

function fitted(sections: Section[], fits: (text: string) => boolean): string | undefined {
  const result = fitSections(sections, fits, SUMMARY_LIST_CAPS);
  return result.fits ? result.text : undefined;
}

/** `drift in packages/a: differs from the accepted attestation`; for several workspaces, the failing ones. */
function checkRunTitle(results: readonly WorkspaceGateResult[], mode: GateReport['mode']): string {
  const failing = results.filter((result) => !result.passed);
  let title: string;
  if (results.length === 1 && results[0] !== undefined) title = verdictHeadline(results[0]);
  else if (failing.length === 0) title = `all ${results.length} workspaces pass`;
  else
    title = `${failing.length} of ${results.length} workspaces fail: ${failing.map((r) => `${r.workspaceId} (${r.verdict})`).join(', ')}`;
  const prefixed = mode === 'advisory' && failing.length > 0 ? `advisory: ${title}` : title;
  return plainText(prefixed, CHECK_RUN_TITLE_LIMIT, { singleLine: true });
}

function isReport(input: GateReport | WorkspaceGateResult): input is GateReport {
  return 'workspaces' in input;
}
