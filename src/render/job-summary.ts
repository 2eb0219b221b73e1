// The job summary ($GITHUB_STEP_SUMMARY): every workspace, the same sections as the comment. It is
// what people see when the token cannot write (forks), so it carries everything that fits.
import type { GateReport } from '../gate/report.js';
import { codeSpan } from './escape.js';
import { fitSections, fixedSection, SUMMARY_LIST_CAPS } from './fit-sections.js';
import { compactOverview, reportSections, reportStatusLine } from './report-sections.js';
import type { RenderContext } from './verdict-text.js';

/**
 * The runner refuses a step summary over 1 MiB ("supports content up to a size of 1024k") and
 * fails the job; this counts UTF-8 bytes, as the runner does.
 */
export const JOB_SUMMARY_LIMIT_BYTES = 1_048_576;

export function renderJobSummary(report: GateReport, context: RenderContext = {}): string {
  const header = [
    '## policy-gate',
    reportStatusLine(report),
    `<sub>${codeSpan(report.repository, 100)} · ${codeSpan(report.event, 40)} · head ${codeSpan(report.headSha.slice(0, 12), 12)}</sub>`,
  ].join('\n\n');
  // +1 for the final newline.
  const fits = (text: string): boolean => Buffer.byteLength(text, 'utf8') + 1 <= JOB_SUMMARY_LIMIT_BYTES;
  const sections = [
    fixedSection(header),
    ...reportSections(report.workspaces, context, (parts) => [
      ...parts.overview,
      ...parts.details,
      ...parts.howToAccept,
    ]),
  ];
  const fitted = fitSections(sections, fits, SUMMARY_LIST_CAPS);
  if (fitted.fits) return `${fitted.text}\n`;
  return `${header}\n\n${compactOverview(report.workspaces, context, (text) => fits(`${header}\n\n${text}`))}\n`;
}
