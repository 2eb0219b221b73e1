// The sections of one workspace's report, in reading order, shared by the comment, the check run
// and the job summary. Each renderer picks the parts it shows and its own budget.
import type { WorkspaceGateResult } from '../gate/report.js';
import { acceptanceSection, howToAcceptSection } from './acceptance-sections.js';
import { evidenceSection, policySection } from './change-sections.js';
import { componentTable } from './component-table.js';
import { codeSpan, markdownText } from './escape.js';
import { findingSection } from './finding-section.js';
import { guardedChangeSection } from './guarded-sections.js';
import { toolChangeSection, weakeningSection } from './review-sections.js';
import { fixedSection, type Section } from './fit-sections.js';
import { bootstrapSection, reasonSection, releaseSection, staleSection } from './state-sections.js';
import { transitionLine, verdictLine, type RenderContext } from './verdict-text.js';

export interface WorkspaceParts {
  /** Verdict, reason, stale/bootstrap explanation and the component table. */
  overview: Section[];
  /** Findings, evidence changes, policy changes, acceptance: the collapsible sections. */
  details: Section[];
  /** How to accept, shown last; empty when there is nothing to accept. */
  howToAccept: Section[];
}

export function workspaceParts(result: WorkspaceGateResult, context: RenderContext): WorkspaceParts {
  const baseLabel = context.baseRef === undefined ? 'the base branch' : codeSpan(context.baseRef);
  const verdict = [verdictLine(result, context), transitionLine(result, context)]
    .filter((line) => line !== '')
    .join('\n\n');
  return {
    overview: present([
      fixedSection(verdict),
      releaseSection(result),
      reasonSection(result),
      staleSection(result, baseLabel),
      bootstrapSection(result, baseLabel),
      componentSection(result),
    ]),
    details: present([
      findingSection(result, context.links),
      weakeningSection(result),
      toolChangeSection(result),
      guardedChangeSection(result),
      evidenceSection(result),
      policySection(result),
      acceptanceSection(result),
    ]),
    howToAccept: present([howToAcceptSection(result)]),
  };
}

/** All of a workspace's sections in reading order. */
export function workspaceSections(result: WorkspaceGateResult, context: RenderContext): Section[] {
  const parts = workspaceParts(result, context);
  return [...parts.overview, ...parts.details, ...parts.howToAccept];
}

function componentSection(result: WorkspaceGateResult): Section | undefined {
  const text = componentTable(result.components);
  if (text === '') return undefined;
  const changed = result.components
    .filter((row) => row.changed)
    .map((row) => markdownText(row.component, 40));
  return {
    dropRank: 5,
    render: () => text,
    omitted: () =>
      `_Component table left out to stay within GitHub's size limit; changed: ${changed.length === 0 ? 'none' : changed.join(', ')}._`,
  };
}

function present(sections: (Section | undefined)[]): Section[] {
  return sections.filter((section): section is Section => section !== undefined);
}
