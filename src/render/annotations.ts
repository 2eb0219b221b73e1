// Annotations at file, line and column: one per finding (new and still present) and one per
// located evidence change, in the Checks API shape; and the same as a workflow command for when
// the token cannot create check runs.
import type { EvidenceEntryRef, EvidenceFieldChange } from '../engine/explain.js';
import type { Finding } from '../engine/types.js';
import type { LocatedFinding, SourceLocation, WorkspaceGateResult } from '../gate/report.js';
import { changeLocation } from './change-sections.js';
import { capLength, commandData, commandProperty, plainText } from './escape.js';
import { fallbackLocation, fixLocation, learnedFiles, type WorkspaceFiles } from './annotation-files.js';
import { fixPlainLines } from './fix-recommendation.js';
import { repoRelativePath } from './repo-paths.js';
import { valuePreview } from './value-preview.js';

export type { WorkspaceFiles } from './annotation-files.js';

export type AnnotationLevel = 'failure' | 'warning' | 'notice';

/** The Checks API's annotation object. */
export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  /** Only when `start_line === end_line` (GitHub rejects columns across lines). */
  start_column?: number;
  end_column?: number;
  annotation_level: AnnotationLevel;
  message: string;
  title?: string;
  raw_details?: string;
}

export const ANNOTATION_TITLE_LIMIT = 255;
/** GitHub allows 65,535; an annotation is a note beside a line, and 50 go in one request. */
export const ANNOTATION_MESSAGE_LIMIT = 4000;

const LEVEL_ORDER: Record<AnnotationLevel, number> = { failure: 0, warning: 1, notice: 2 };

/**
 * Annotations for one workspace, failures first. Paths are relative to the repository root
 * (`workspaceDir` joined with the workspace-relative file), never absolute and never through `..`.
 * A finding without a location goes on line 1 of its file (see `annotation-files.ts`); one whose
 * file would leave the repository is left out rather than pointed somewhere else.
 */
export function annotationsFor(
  result: WorkspaceGateResult,
  workspaceDir: string,
  files: Partial<WorkspaceFiles> = {},
): Annotation[] {
  const known = learnedFiles(result, files);
  const annotations: Annotation[] = [];
  const add = (annotation: Annotation | undefined): void => {
    if (annotation !== undefined) annotations.push(annotation);
  };
  for (const item of result.findings.new) add(findingAnnotation(item, 'new', workspaceDir, known));
  for (const item of result.findings.stillPresent)
    add(findingAnnotation(item, 'still present', workspaceDir, known));
  const evidence = result.explanation?.evidence;
  if (evidence !== undefined) {
    const located = (entry: EvidenceEntryRef): SourceLocation | undefined =>
      changeLocation(result, entry.source);
    for (const entry of evidence.added)
      add(
        changeAnnotation(
          located(entry),
          workspaceDir,
          'Evidence added since the accepted attestation',
          entryLabel(entry),
        ),
      );
    for (const entry of evidence.removed)
      add(
        changeAnnotation(
          located(entry),
          workspaceDir,
          'Evidence removed since the accepted attestation',
          entryLabel(entry),
        ),
      );
    for (const entry of evidence.changed) {
      add(
        changeAnnotation(
          located(entry),
          workspaceDir,
          'Evidence changed since the accepted attestation',
          `${entryLabel(entry)}: ${fieldChanges(entry.changes)}`,
        ),
      );
    }
  }
  for (const weakening of result.weakenings ?? []) {
    add(
      changeAnnotation(
        weakening.location,
        workspaceDir,
        `Policy weakened (${weakening.kind}): ${weakening.rule}`,
        `${weakening.detail}. Needs acceptance.`,
      ),
    );
  }
  for (const change of result.toolChanges ?? []) {
    if (!change.downgrade) continue;
    const values = `${change.before ?? 'none'} → ${change.after ?? 'none'}`;
    add(
      changeAnnotation(
        change.location,
        workspaceDir,
        `Tool downgrade: ${change.kind.replaceAll('-', ' ')}`,
        `${change.toolId}: ${values}. Needs acceptance.`,
      ),
    );
  }
  // Array.prototype.sort is stable: within a level, findings keep the engine's order.
  return annotations.sort((a, b) => LEVEL_ORDER[a.annotation_level] - LEVEL_ORDER[b.annotation_level]);
}

function findingAnnotation(
  item: LocatedFinding,
  status: 'new' | 'still present',
  workspaceDir: string,
  files: Partial<WorkspaceFiles>,
): Annotation | undefined {
  const { finding } = item;
  // Unlocated (an attestation lock, exec approvals outside the repository): where its fix points,
  // else line 1 of the file it is about.
  const where =
    placed(item.location, workspaceDir) ??
    placed(fixLocation(item), workspaceDir) ??
    placed(fallbackLocation(finding, files), workspaceDir);
  if (where === undefined) return undefined;
  const details = [
    finding.target === undefined ? undefined : `target: ${finding.target}`,
    finding.requirement === undefined ? undefined : `requirement: ${finding.requirement}`,
    status === 'still present'
      ? 'The accepted attestation already records this finding.'
      : 'New since the accepted attestation.',
  ].filter((line): line is string => line !== undefined);
  return {
    ...where,
    annotation_level: levelFor(finding.severity),
    message: findingMessage(item, workspaceDir),
    title: plainText(
      `${finding.checkId}${status === 'new' ? '' : ' (still present)'}`,
      ANNOTATION_TITLE_LIMIT,
      { singleLine: true },
    ),
    raw_details: plainText(details.join('\n'), ANNOTATION_MESSAGE_LIMIT),
  };
}

/** Room for a finding's fix in its annotation; the finding's message gets the rest. */
const MAX_FIX_TEXT = 1500;
const MAX_HINT_TEXT = 500;

/**
 * The finding's message, then how to fix it: `Fix: <fixHint>` (2026.5.20), or the fix
 * recommendation with where to change it and the finding's hint (2026.9.6). The fix is capped
 * first, so a long message can never push it out.
 */
function findingMessage({ finding, fix }: LocatedFinding, workspaceDir: string): string {
  if (fix === undefined)
    return plainText(
      finding.fixHint === undefined ? finding.message : `${finding.message}\nFix: ${finding.fixHint}`,
      ANNOTATION_MESSAGE_LIMIT,
    );
  const fixText = plainText(fixPlainLines(fix, workspaceDir).join('\n'), MAX_FIX_TEXT);
  const hint =
    finding.fixHint === undefined
      ? []
      : [plainText(`Hint: ${finding.fixHint}`, MAX_HINT_TEXT, { singleLine: true })];
  const room = ANNOTATION_MESSAGE_LIMIT - [fixText, ...hint].reduce((sum, part) => sum + part.length + 1, 0);
  return [plainText(finding.message, room), fixText, ...hint].join('\n');
}

function changeAnnotation(
  location: SourceLocation | undefined,
  workspaceDir: string,
  title: string,
  message: string,
): Annotation | undefined {
  const where = placed(location, workspaceDir);
  if (where === undefined) return undefined;
  return {
    ...where,
    annotation_level: 'warning',
    message: plainText(message, ANNOTATION_MESSAGE_LIMIT),
    title,
  };
}

type Placement = Pick<Annotation, 'path' | 'start_line' | 'end_line' | 'start_column' | 'end_column'>;

function placed(
  location: { file: string; line: number; column?: number } | undefined,
  workspaceDir: string,
): Placement | undefined {
  if (location === undefined) return undefined;
  const path = repoRelativePath(workspaceDir, location.file);
  if (path === undefined) return undefined;
  const line = positive(location.line) ?? 1;
  const column = location.column === undefined ? undefined : positive(location.column);
  // A location is one point, so start and end are on the same line and columns are allowed.
  return column === undefined
    ? { path, start_line: line, end_line: line }
    : { path, start_line: line, end_line: line, start_column: column, end_column: column };
}

function positive(value: number): number | undefined {
  return Number.isInteger(value) && value >= 1 ? value : undefined;
}

function levelFor(severity: Finding['severity']): AnnotationLevel {
  if (severity === 'error') return 'failure';
  if (severity === 'info') return 'notice';
  return 'warning';
}

function entryLabel(entry: EvidenceEntryRef): string {
  const { id, ref } = entry.entry;
  return `${capLength(entry.slice, 200)} ${capLength(typeof id === 'string' ? id : typeof ref === 'string' ? ref : entry.source, 500)}`;
}

function fieldChanges(changes: readonly EvidenceFieldChange[]): string {
  return changes
    .slice(0, 50)
    .map(
      (change) =>
        `${capLength(change.field, 200)} ${valuePreview(change.before, 500)} → ${valuePreview(change.after, 500)}`,
    )
    .join('; ');
}

const WORKFLOW_COMMAND: Record<AnnotationLevel, string> = {
  failure: 'error',
  warning: 'warning',
  notice: 'notice',
};

/**
 * `::error title=…,file=…,line=…,col=…::message`, escaped exactly as @actions/core escapes
 * properties and data, for the read-only-token fallback. The runner shows at most 10 of each level
 * per step; choosing which is the caller's business.
 */
export function toWorkflowCommand(annotation: Annotation): string {
  // @actions/core's order (toCommandProperties), so the line is byte-for-byte what `core.error` writes.
  const properties: [string, string | number | undefined][] = [
    ['title', annotation.title],
    ['file', annotation.path],
    ['line', annotation.start_line],
    ['endLine', annotation.end_line === annotation.start_line ? undefined : annotation.end_line],
    ['col', annotation.start_column],
    ['endColumn', annotation.end_column],
  ];
  const written = properties.flatMap(([key, value]) =>
    value === undefined || value === '' ? [] : [`${key}=${commandProperty(String(value))}`],
  );
  return `::${WORKFLOW_COMMAND[annotation.annotation_level]} ${written.join(',')}::${commandData(annotation.message)}`;
}
