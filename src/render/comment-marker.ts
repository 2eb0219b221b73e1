// The hidden marker on the first line of the sticky comment: it finds our comment again and says
// which workspace and head commit it was written for, so a slower run for an older head can see
// that it must not overwrite it.
import { createHash } from 'node:crypto';

export const COMMENT_MARKER_VERSION = 1;

/** Workspace ids longer than this (in encoded form) are replaced by a digest in the marker. */
const MAX_MARKER_FIELD = 1024;
/** Bytes left as they are; everything else is percent-encoded (UTF-8), including `~`, `>` and space. */
const PLAIN_BYTE = /^[A-Za-z0-9._/-]$/;
/**
 * Anchored at the start of the body, where we write it: untrusted text later in the comment may
 * contain the same characters inside code spans and blocks (code is literal), which renders as
 * text but would fool a search anywhere in the body.
 */
const MARKER = /^<!-- policy-gate:v(\d{1,6}) workspace=([A-Za-z0-9._/%~-]+) head=([A-Za-z0-9._/%~-]+) -->/;

export interface CommentMarker {
  version: number;
  /** The workspace id, or `~sha256-<hex>` for one too long to carry (see `markerWorkspaceId`). */
  workspaceId: string;
  headSha: string;
}

/**
 * `<!-- policy-gate:v1 workspace=<id> head=<sha> -->`. The id comes from configuration, so it is
 * percent-encoded: it can contain neither `-->`/`--!>` (which would end the comment early and show
 * the rest) nor a space (which would end the field).
 */
export function commentMarker(workspaceId: string, headSha: string): string {
  return `<!-- policy-gate:v${COMMENT_MARKER_VERSION} workspace=${markerField(workspaceId)} head=${markerField(headSha)} -->`;
}

/** The marker a comment body starts with, or undefined when it does not start with one that decodes. */
export function parseCommentMarker(body: string): CommentMarker | undefined {
  const match = MARKER.exec(body);
  if (!match) return undefined;
  const [, version = '', workspace = '', head = ''] = match;
  const workspaceId = decodeField(workspace);
  const headSha = decodeField(head);
  if (workspaceId === undefined || headSha === undefined) return undefined;
  return { version: Number(version), workspaceId, headSha };
}

/**
 * What `parseCommentMarker` returns as `workspaceId` for a comment written for `workspaceId`: the
 * id itself, unless it is too long to carry, then `~sha256-<hex>` of it. Compare with this.
 */
export function markerWorkspaceId(workspaceId: string): string {
  return markerField(workspaceId).startsWith('~') ? digest(workspaceId) : wellFormed(workspaceId);
}

/** Lone surrogates cannot be encoded as UTF-8; they travel (and come back) as U+FFFD. */
function wellFormed(value: string): string {
  return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function markerField(value: string): string {
  // Encoding never shortens a value, so a long one need not be encoded to know it is too long.
  const encoded = value.length > MAX_MARKER_FIELD ? undefined : percentEncode(value);
  return encoded === undefined || encoded.length > MAX_MARKER_FIELD ? digest(value) : encoded;
}

function digest(value: string): string {
  return `~sha256-${createHash('sha256').update(value).digest('hex')}`;
}

function decodeField(field: string): string | undefined {
  if (field.startsWith('~')) return field;
  try {
    return decodeURIComponent(field);
  } catch {
    // A malformed escape is not a marker we wrote: treat the comment as someone else's.
    return undefined;
  }
}

function percentEncode(value: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(value)) {
    const char = String.fromCharCode(byte);
    out +=
      byte < 0x80 && PLAIN_BYTE.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
