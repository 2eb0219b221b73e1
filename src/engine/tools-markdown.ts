// TOOLS.md tool declarations (SPEC.md §3.3), read exactly as OpenClaw 2026.5.20's `policy check`
// reads them. The grammar of one declaration (headings, bullets, metadata fields, and the quirks
// of OpenClaw's patterns) is shared with 2026.9.6's AGENTS.md reader in
// `tool-declaration-grammar.ts`; what is particular to TOOLS.md lives here:
//   - the section is the first heading whose slug is `tools`, up to the next heading of the same
//     or a shallower depth;
//   - a tool is a `### name` heading (at any section depth) or a column-0 bullet;
//   - metadata ends at any line that merely *looks* like a declaration (an indented `### x`,
//     `### #x`, a bullet whose name slugs to nothing).
//
// Speed: the text is read in one pass, line by line, without splitting it. A line whose first
// character is none of `#`, `-`, `*`, `+` or whitespace can neither open, close nor end anything,
// so it costs one character test; a tool's metadata is one slice of the text. The plain
// line-by-line reading this replaces is kept as the oracle of a property test.

import {
  bulletDeclaration,
  DOT_EXCLUDED,
  headingOf,
  looksLikeBulletDeclaration,
  NAMED_RISK,
  NAMED_SENSITIVITY,
  OWNER,
  slugifyHeading,
  withToolMetadata,
  type Heading,
  type NamedDeclaration,
} from './tool-declaration-grammar.js';
import type { ToolDeclaration } from './types.js';

export { slugifyHeading };

/** Tools declared in the first Tools section, in file order, duplicates kept. Never throws. */
export function parseToolsMarkdown(text: string): ToolDeclaration[] {
  const tools: ToolDeclaration[] = [];
  scanDeclarations(text, (id, line, metadata) => tools.push(toolDeclaration(id, line, metadata)));
  return tools;
}

/** TOOLS.md read once for a loader: the declarations, and the fields a tool writes twice. */
export interface ToolsMarkdown {
  tools: ToolDeclaration[];
  conflicts: ToolFieldConflict[];
}

export function readToolsMarkdown(text: string): ToolsMarkdown {
  const result: ToolsMarkdown = { tools: [], conflicts: [] };
  scanDeclarations(text, (id, line, metadata) => {
    result.tools.push(toolDeclaration(id, line, metadata));
    addFieldConflicts(result.conflicts, id, line, metadata);
  });
  return result;
}

/** A field written twice with different values in one tool's metadata. */
export interface ToolFieldConflict {
  toolId: string;
  line: number;
  field: 'risk' | 'sensitivity' | 'owner';
  /** Distinct values in written order; the first is the one OpenClaw uses. */
  values: string[];
}

/**
 * Calls `visit` for each declaration of the Tools section with its slug, 1-based line and
 * metadata: the inline remainder, then every following line up to the next line that ends
 * metadata, joined with `\n`.
 *
 * The section opens after the first heading whose slug is `tools` and closes at the next heading
 * of the same or a shallower depth. Deeper headings stay in the section as ordinary lines, so
 * under `## Tools` a `### deploy` line is a declaration, while under `### Tools` it closes it.
 * Every declaration also ends metadata, so one pass sees each line once.
 */
function scanDeclarations(text: string, visit: (id: string, line: number, metadata: string) => void): void {
  const lines = new LineCursor(text);
  let sectionDepth = 0;
  while (sectionDepth === 0 && lines.next()) {
    if (lines.firstCode() === HASH && headingOf(lines.text())?.slug === 'tools') {
      sectionDepth = (headingOf(lines.text()) as Heading).depth;
    }
  }
  if (sectionDepth === 0) return;

  // The declaration whose metadata is being read: id ('' when none), line, metadata start.
  let openId = '';
  let openLine = 0;
  let metadataStart = 0;
  let metadataEnd = 0;
  while (lines.next()) {
    const first = lines.firstCode();
    if (mayEndMetadata(first)) {
      const line = lines.text();
      if (first === HASH && closesSection(line, sectionDepth)) break;
      if (endsMetadata(line)) {
        if (openId !== '') visit(openId, openLine, metadataText(text, metadataStart, metadataEnd));
        const declaration = parseDeclaration(line);
        openId = declaration?.id ?? '';
        openLine = lines.number;
        metadataStart = lines.start + (declaration?.inlineAt ?? 0);
      }
    }
    metadataEnd = lines.end;
  }
  if (openId !== '') visit(openId, openLine, metadataText(text, metadataStart, metadataEnd));
}

/** Lines of a text split at `\n` and `\r\n`, as `text.split(/\r?\n/)` gives them, without copies. */
class LineCursor {
  /** Start, end (excluding the line break) and 1-based number of the current line. */
  start = 0;
  end = 0;
  number = 0;
  private following = 0;

  constructor(private readonly source: string) {}

  next(): boolean {
    if (this.following > this.source.length) return false;
    this.start = this.following;
    const newline = this.source.indexOf('\n', this.start);
    if (newline < 0) {
      this.end = this.source.length;
      this.following = this.source.length + 1;
    } else {
      this.end = newline > this.start && this.source.charCodeAt(newline - 1) === CR ? newline - 1 : newline;
      this.following = newline + 1;
    }
    this.number++;
    return true;
  }

  /** The line's first UTF-16 code unit, or NaN for an empty line. */
  firstCode(): number {
    return this.start < this.end ? this.source.charCodeAt(this.start) : NaN;
  }

  text(): string {
    return this.source.slice(this.start, this.end);
  }
}

const CR = 0x0d;
const HASH = 0x23;
const PLUS = 0x2b;
const HYPHEN = 0x2d;
const ASTERISK = 0x2a;

/**
 * Whether a line starting with this code unit can end metadata, close the section or declare a
 * tool. Those need a `#` or a bullet at column 0, or (after trimming) an indented `###`; every
 * character `String#trim` removes is at or below U+0020 or at or above U+00A0.
 */
function mayEndMetadata(first: number): boolean {
  return (
    first === HASH ||
    first === HYPHEN ||
    first === ASTERISK ||
    first === PLUS ||
    first <= 0x20 ||
    first >= 0xa0
  );
}

/** The metadata from `start` to `end`, with each `\r\n` line break written as `\n`. */
function metadataText(text: string, start: number, end: number): string {
  const metadata = text.slice(start, end);
  return metadata.includes('\r') ? metadata.replace(CRLF, '\n') : metadata;
}

const CRLF = /\r\n/g;

function closesSection(line: string, sectionDepth: number): boolean {
  // A run of more `#` than the section's depth is a deeper heading or none: no need to read on.
  let hashes = 0;
  while (line.charCodeAt(hashes) === HASH) hashes++;
  if (hashes > sectionDepth) return false;
  const heading = headingOf(line, false);
  return heading !== undefined && heading.depth <= sectionDepth;
}

interface Declaration {
  id: string;
  /** Where the inline metadata starts in the line. */
  inlineAt: number;
}

/**
 * `### name rest` (name: no whitespace, no `#`, so `### deploy:` names `deploy:`), or a column-0
 * bullet (`bulletDeclaration`). The rest of the line is inline metadata, and must be free of
 * `.`-excluded characters. Names that slug to nothing declare nothing.
 */
function parseDeclaration(line: string): Declaration | undefined {
  const named = headingDeclaration(line) ?? bulletDeclaration(line);
  if (named === undefined) return undefined;
  const id = slugifyHeading(named.name);
  return id === '' ? undefined : { id, inlineAt: named.inlineAt };
}

function headingDeclaration(line: string): NamedDeclaration | undefined {
  const match = HEADING_DECLARATION.exec(line);
  if (match === null || DOT_EXCLUDED.test(line.slice(match[0].length))) return undefined;
  return { name: match[1]!, inlineAt: match[0].length };
}

const HEADING_DECLARATION = /^###\s+([^\s#]+)/;

/**
 * OpenClaw stops collecting metadata with looser tests than the declaration patterns: the `###`
 * test runs on the trimmed line and accepts any non-space name, and the bullet test ignores
 * what follows the colon.
 */
function endsMetadata(line: string): boolean {
  return LOOSE_HEADING.test(line.trim()) || looksLikeBulletDeclaration(line);
}

const LOOSE_HEADING = /^###\s+\S/;

function toolDeclaration(id: string, line: number, metadata: string): ToolDeclaration {
  return withToolMetadata({ id, line }, metadata);
}

const FIELD_NAMES: readonly ToolFieldConflict['field'][] = ['risk', 'sensitivity', 'owner'];
const FIELD_PATTERNS: Readonly<Record<ToolFieldConflict['field'], RegExp>> = {
  risk: new RegExp(NAMED_RISK.source, 'gi'),
  sensitivity: new RegExp(NAMED_SENSITIVITY.source, 'gi'),
  owner: new RegExp(OWNER.source, 'gi'),
};

/**
 * Fields a tool declares twice with different values (`risk:low … risk:critical`). OpenClaw uses
 * the first silently, so a reviewer could read one level while another applies; loaders refuse
 * such a file, as they refuse duplicate JSON keys.
 */
function addFieldConflicts(
  conflicts: ToolFieldConflict[],
  toolId: string,
  line: number,
  metadata: string,
): void {
  // Nearly every tool names each field once: a cheap scan for a second occurrence of the field's
  // name (a superset of a second value) spares the full search in that common case.
  const lowered = metadata.toLowerCase();
  for (const field of FIELD_NAMES) {
    const first = lowered.indexOf(field);
    if (first < 0 || lowered.indexOf(field, first + field.length) < 0) continue;
    const normalise = field === 'owner' ? (value: string) => value : (value: string) => value.toLowerCase();
    const values = [
      ...new Set(Array.from(metadata.matchAll(FIELD_PATTERNS[field]), (match) => normalise(match[1] ?? ''))),
    ];
    if (values.length > 1) conflicts.push({ toolId, line, field, values });
  }
}
