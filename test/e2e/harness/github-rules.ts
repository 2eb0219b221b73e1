// GitHub's rules that its OpenAPI schema does not state (or states only in prose), so the fake
// can reject what GitHub would reject. Each check returns the 422 to send, or undefined.
import { validationFailed, invalidRequest, type RouteResponse } from './github-errors.js';

export const COMMENT_BODY_MAX = 65_536;
export const CHECK_RUN_OUTPUT_MAX = 65_535;
export const ANNOTATIONS_PER_REQUEST_MAX = 50;
const ANNOTATION_TITLE_MAX = 255;
const ANNOTATION_TEXT_MAX_BYTES = 64 * 1024;

const COMMENT_DOCS = 'https://docs.github.com/rest/issues/comments#create-an-issue-comment';
const CHECK_RUN_DOCS = 'https://docs.github.com/rest/checks/runs#create-a-check-run';

/** GitHub counts characters (code points), not UTF-16 units. */
export function characterCount(text: string): number {
  return Array.from(text).length;
}

export function commentBodyRule(body: unknown): RouteResponse | undefined {
  if (typeof body !== 'string') return undefined; // the schema check reports the type
  if (characterCount(body) > COMMENT_BODY_MAX) {
    return validationFailed(
      [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: `body is too long (maximum is ${COMMENT_BODY_MAX} characters)`,
        },
      ],
      COMMENT_DOCS,
    );
  }
  return undefined;
}

interface CheckRunRequest {
  status?: unknown;
  conclusion?: unknown;
  completed_at?: unknown;
  output?: { summary?: unknown; text?: unknown; title?: unknown; annotations?: unknown };
}

/**
 * `status: completed` needs a conclusion; a conclusion means completed (GitHub sets the status
 * itself, so a conclusion next to `queued`/`in_progress` is a contradiction); so does
 * `completed_at`. Annotations: at most 50 per request, lines from 1 with end ≥ start, columns
 * only on a single line, title ≤ 255 characters, message and raw_details ≤ 64 KB.
 */
export function checkRunRule(body: CheckRunRequest): RouteResponse | undefined {
  if (body.status === 'completed' && body.conclusion === undefined) {
    return invalidRequest('Invalid request.\n\n"conclusion" wasn\'t supplied.', CHECK_RUN_DOCS);
  }
  if (body.completed_at !== undefined && body.conclusion === undefined) {
    return invalidRequest('Invalid request.\n\n"conclusion" wasn\'t supplied.', CHECK_RUN_DOCS);
  }
  if (body.conclusion !== undefined && body.status !== undefined && body.status !== 'completed') {
    return invalidRequest(
      `Invalid request.\n\nFor 'status', "${String(body.status)}" is not "completed" although a conclusion was given.`,
      CHECK_RUN_DOCS,
    );
  }
  const output = body.output;
  if (!output) return undefined;
  for (const field of ['summary', 'text'] as const) {
    const value = output[field];
    if (typeof value === 'string' && characterCount(value) > CHECK_RUN_OUTPUT_MAX) {
      return validationFailed(
        [
          {
            resource: 'CheckRun',
            code: 'custom',
            field: `output.${field}`,
            message: `output.${field} is too long (maximum is ${CHECK_RUN_OUTPUT_MAX} characters)`,
          },
        ],
        CHECK_RUN_DOCS,
      );
    }
  }
  const annotations = output.annotations;
  if (!Array.isArray(annotations)) return undefined;
  if (annotations.length > ANNOTATIONS_PER_REQUEST_MAX) {
    return invalidRequest(
      `Invalid request.\n\nNo more than ${ANNOTATIONS_PER_REQUEST_MAX} items are allowed; ${annotations.length} were supplied.`,
      CHECK_RUN_DOCS,
    );
  }
  for (const annotation of annotations as Array<Record<string, unknown>>) {
    const problem = annotationProblem(annotation);
    if (problem) {
      return validationFailed(
        [{ resource: 'CheckRun', code: 'invalid', field: 'annotations', message: problem }],
        CHECK_RUN_DOCS,
      );
    }
  }
  return undefined;
}

function annotationProblem(annotation: Record<string, unknown>): string | undefined {
  const { start_line: start, end_line: end, start_column: startColumn, end_column: endColumn } = annotation;
  if (typeof start !== 'number' || typeof end !== 'number') return 'start_line and end_line are required';
  if (start < 1 || end < start) return `end_line (${end}) must be ≥ start_line (${start}) ≥ 1`;
  if ((startColumn !== undefined || endColumn !== undefined) && start !== end) {
    return 'start_column and end_column are only allowed when start_line equals end_line';
  }
  if (typeof startColumn === 'number' && typeof endColumn === 'number' && endColumn < startColumn) {
    return `end_column (${endColumn}) must be ≥ start_column (${startColumn})`;
  }
  if (typeof annotation.title === 'string' && characterCount(annotation.title) > ANNOTATION_TITLE_MAX) {
    return `title is too long (maximum is ${ANNOTATION_TITLE_MAX} characters)`;
  }
  for (const field of ['message', 'raw_details'] as const) {
    const value = annotation[field];
    if (typeof value === 'string' && Buffer.byteLength(value) > ANNOTATION_TEXT_MAX_BYTES) {
      return `${field} is too long (maximum is 64 KB)`;
    }
  }
  return undefined;
}
