// The sticky pull-request comment for one workspace.
import type { HeadLinks } from './head-links.js';
import type { Verdict, WorkspaceGateResult } from '../gate/report.js';
import { commentMarker } from './comment-marker.js';
import { codeSpan } from './escape.js';
import { COMMENT_LIST_CAPS, fitSections, fixedSection } from './fit-sections.js';
import { verdictLine } from './verdict-text.js';
import { workspaceSections } from './workspace-sections.js';

export {
  commentMarker,
  markerWorkspaceId,
  parseCommentMarker,
  type CommentMarker,
} from './comment-marker.js';

/** GitHub rejects longer issue and PR comment bodies ("Body is too long (maximum is 65536 characters)"). */
export const COMMENT_BODY_LIMIT = 65_536;

export interface CommentContext {
  repository: string;
  headSha: string;
  /** The previous run's outcome for this workspace (from the comment it is about to replace). */
  previous?: { verdict: Verdict; passed: boolean };
  /** The base branch's name, shown as "accepted on `main`"; "the base branch" without it. */
  baseRef?: string;
  /** Where the head's lines can be linked; locations are plain text without it. */
  links?: HeadLinks;
}

/**
 * The marker on the first line, then the verdict, the component table, the collapsible sections
 * and how to accept, shortened to fit `COMMENT_BODY_LIMIT` UTF-16 code units (never fewer than
 * GitHub counts): lists are capped first, then whole sections dropped for a one-line note, least
 * important first (evidence, policy, acceptance, findings, the table). The marker, the verdict and
 * how to accept always stay; every value in them is capped, so they always fit.
 */
export function renderComment(result: WorkspaceGateResult, context: CommentContext): string {
  const marker = commentMarker(result.workspaceId, context.headSha);
  const sections = [...workspaceSections(result, context), fixedSection(footer(context))];
  const fits = (text: string): boolean => marker.length + 1 + text.length <= COMMENT_BODY_LIMIT;
  const fitted = fitSections(sections, fits, COMMENT_LIST_CAPS);
  if (fitted.fits) return `${marker}\n${fitted.text}`;
  // Unreachable with the caps in escape.ts; kept so a future section cannot make GitHub reject us.
  return `${marker}\n${verdictLine(result, context)}\n\n_The details do not fit in a comment; see the job summary._`;
}

function footer(context: CommentContext): string {
  return `<sub>policy-gate · ${codeSpan(context.repository, 100)} at ${codeSpan(context.headSha.slice(0, 12), 12)}</sub>`;
}
