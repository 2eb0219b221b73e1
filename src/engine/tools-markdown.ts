// TOOLS.md tool declarations (SPEC.md §3.3), read exactly as OpenClaw's `policy check` reads them.
//
// OpenClaw matches lines with backtracking regular expressions, some of which go polynomial on
// hostile input (long runs of spaces). Every pattern here is either free of overlapping
// quantifiers or replaced by a small scan, and each comment says which OpenClaw behaviour the
// helper keeps. The quirks are part of the attested evidence, so they are kept on purpose:
//   - only `\n` and `\r\n` end a line; a lone `\r` (or U+2028/U+2029) stays in the line, where
//     OpenClaw's `.` refuses it, so such a line is neither a heading nor a declaration;
//   - `\s` is Unicode whitespace (NBSP, U+3000, U+FEFF…), while `\b` and `\w` are ASCII;
//   - metadata ends at any line that merely *looks* like a declaration (an indented `### x`,
//     `### #x`, a bullet whose name slugs to nothing), and the field patterns search the
//     metadata joined with `\n`, so `risk:` and its value may sit on different lines.
//
// Speed: the text is read in one pass, line by line, without splitting it. A line whose first
// character is none of `#`, `-`, `*`, `+` or whitespace can neither open, close nor end anything,
// so it costs one character test; a tool's metadata is one slice of the text. The plain
// line-by-line reading this replaces is kept as the oracle of a property test.

import type { ToolDeclaration } from './types.js';

/** Slug of a heading or tool name: OpenClaw's anchor rule (SPEC.md §3.3 rule 1). */
export function slugifyHeading(text: string): string {
  // Equivalent to: lowercase, `_` → `-`, runs outside [a-z0-9-] → `-`, collapse repeated
  // hyphens, trim hyphens: every character outside [a-z0-9] separates, a run of them becomes one
  // hyphen, and hyphens at either end go.
  const lower = text.toLowerCase();
  if (PLAIN_SLUG.test(lower)) return lower;
  const hyphenated = lower.replace(SEPARATOR_RUNS, '-');
  const start = hyphenated.startsWith('-') ? 1 : 0;
  const end =
    hyphenated.length > start && hyphenated.endsWith('-') ? hyphenated.length - 1 : hyphenated.length;
  return hyphenated.slice(start, end);
}

const PLAIN_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SEPARATOR_RUNS = /[^a-z0-9]+/g;

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

/** Characters JavaScript's `.` does not match (`\n` never survives the line split). */
const DOT_EXCLUDED = /[\r\u2028\u2029]/;
const DOT_ACCEPTED = /[^\r\u2028\u2029]/;
const WHITESPACE = /\s/;

interface Heading {
  depth: number;
  slug: string;
}

/**
 * An ATX heading as OpenClaw sees one: 1–6 `#` at column 0, whitespace, then a text from which
 * trailing whitespace and `#`s are stripped (no space needed before them). The kept text must be
 * non-empty and free of `.`-excluded characters. A BOM before the `#` means no heading.
 */
function headingOf(line: string, withSlug = true): Heading | undefined {
  if (!line.startsWith('#')) return undefined;
  const opening = /^(#{1,6})(\s+)/.exec(line);
  if (opening === null) return undefined;
  const depth = opening[1]!.length;
  const body = line.slice(opening[0].length);
  if (body === '') {
    // Only whitespace follows the hashes: one of its characters (never the first) becomes the
    // text, which OpenClaw accepts when `.` accepts that character. The slug is empty.
    return DOT_ACCEPTED.test(opening[2]!.slice(1)) ? { depth, slug: '' } : undefined;
  }
  const headingText = body.slice(0, Math.max(1, closingSequenceStart(body)));
  if (DOT_EXCLUDED.test(headingText)) return undefined;
  return { depth, slug: withSlug ? slugifyHeading(headingText) : '' };
}

/** Index where the trailing run of whitespace, then `#`s, then whitespace begins. */
function closingSequenceStart(body: string): number {
  let end = body.length;
  while (end > 0 && WHITESPACE.test(body[end - 1]!)) end--;
  while (end > 0 && body[end - 1] === '#') end--;
  while (end > 0 && WHITESPACE.test(body[end - 1]!)) end--;
  return end;
}

interface Declaration {
  id: string;
  /** Where the inline metadata starts in the line. */
  inlineAt: number;
}

/**
 * `### name rest` (name: no whitespace, no `#`, so `### deploy:` names `deploy:`), or a column-0
 * `-`/`*`/`+` bullet whose name runs to the first `:`. The rest of the line is inline metadata,
 * and must be free of `.`-excluded characters. Names that slug to nothing declare nothing.
 */
function parseDeclaration(line: string): Declaration | undefined {
  const named = headingDeclaration(line) ?? bulletDeclaration(line);
  if (named === undefined || DOT_EXCLUDED.test(line.slice(named.inlineAt))) return undefined;
  const id = slugifyHeading(named.name);
  return id === '' ? undefined : { id, inlineAt: named.inlineAt };
}

function headingDeclaration(line: string): { name: string; inlineAt: number } | undefined {
  const match = HEADING_DECLARATION.exec(line);
  return match === null ? undefined : { name: match[1]!, inlineAt: match[0].length };
}

const HEADING_DECLARATION = /^###\s+([^\s#]+)/;

function bulletDeclaration(line: string): { name: string; inlineAt: number } | undefined {
  // The name starts at the first non-space after the bullet, which must not be the colon.
  const lead = BULLET_LEAD.exec(line);
  const colon = line.indexOf(':');
  if (lead === null || colon < 0) return undefined;
  return { name: line.slice(lead[0].length, colon).trimEnd(), inlineAt: colon + 1 };
}

const BULLET_LEAD = /^[-*+]\s+(?=[^:\s])/;

/**
 * OpenClaw stops collecting metadata with looser tests than the declaration patterns: the `###`
 * test runs on the trimmed line and accepts any non-space name, and the bullet test ignores
 * what follows the colon.
 */
function endsMetadata(line: string): boolean {
  return LOOSE_HEADING.test(line.trim()) || (LOOSE_BULLET.test(line) && line.includes(':'));
}

const LOOSE_HEADING = /^###\s+\S/;
const LOOSE_BULLET = /^[-*+]\s+[^:\s]/;

function toolDeclaration(id: string, line: number, metadata: string): ToolDeclaration {
  const tool: ToolDeclaration = { id, line };
  const risk = namedValue(NAMED_RISK, metadata) ?? riskFromAlias(metadata);
  if (risk !== undefined) tool.risk = risk;
  const sensitivity = namedValue(NAMED_SENSITIVITY, metadata);
  if (sensitivity !== undefined) tool.sensitivity = sensitivity;
  const owner = OWNER.exec(metadata)?.[1];
  if (owner !== undefined) tool.owner = owner;
  const capabilities = capabilityTokens(metadata);
  if (capabilities.length > 0) tool.capabilities = capabilities;
  return tool;
}

// `key\s*:\s*([a-z0-9_-]+)\b` ends its value on the last word character of the run (the run's
// class holds every word character, so `\b` can only fall before a trailing `-`). Spelling that
// out as `[a-z0-9_-]*[a-z0-9_]` gives the same match; a run of hyphens alone is no value.
const NAMED_RISK = /\brisk\s*:\s*([a-z0-9_-]*[a-z0-9_])/i;
const NAMED_SENSITIVITY = /\bsensitivity\s*:\s*([a-z0-9_-]*[a-z0-9_])/i;
// Case kept; the value backs off to its last ASCII word boundary (`owner:Zoë` gives `Zo`). A value
// without any word character fails, and such a run cannot hide a later `owner`, so this is linear.
const OWNER = /\bowner\s*:\s*([^\s#]+)\b/i;
// Uppercase and standalone only: `r5`, `R12` and `xR5` are not aliases. Sensitivity has none.
const RISK_ALIAS = /\bR([0-5])\b/;
const RISK_OF_ALIAS = ['low', 'low', 'medium', 'medium', 'high', 'critical'];

function namedValue(pattern: RegExp, metadata: string): string | undefined {
  return pattern.exec(metadata)?.[1]?.toLowerCase();
}

function riskFromAlias(metadata: string): string | undefined {
  const digit = RISK_ALIAS.exec(metadata)?.[1];
  return digit === undefined ? undefined : RISK_OF_ALIAS[Number(digit)];
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

// A token is a whole ASCII word (`\b` is ASCII) of this shape: `RISK`, `R12`, `WRITE_FS`, but not
// `ABCdef`, `_ABC` or `AB`. The pattern is linear: inside a word `\b` fails at once. A token never
// spans a line break, so searching the joined metadata finds each line's tokens.
const CAPABILITY_TOKENS = /\b[A-Z][A-Z0-9_]{2,}\b/g;
const CAPABILITY_TOKENS_OF_LINE = new RegExp(CAPABILITY_TOKENS.source, 'g');
const CAPABILITIES_LABEL = /\bcapabilities\s*:/i;
const TOKEN_PUNCTUATION = /^[\s,;:[\](){}#*_-]*$/;

/**
 * Capability tokens of the metadata, line by line: all of them on the declaration line and on a
 * `capabilities:` line; elsewhere only when the line holds nothing but tokens and punctuation,
 * so prose such as "Calls the GITHUB API" declares nothing. Lines without a token cost nothing.
 */
function capabilityTokens(metadata: string): string[] {
  const tokens: string[] = [];
  let lineEnd = -1;
  let lineCounts = false;
  CAPABILITY_TOKENS.lastIndex = 0;
  for (
    let match = CAPABILITY_TOKENS.exec(metadata);
    match !== null;
    match = CAPABILITY_TOKENS.exec(metadata)
  ) {
    if (match.index > lineEnd) {
      const lineStart = metadata.lastIndexOf('\n', match.index) + 1;
      const newline = metadata.indexOf('\n', match.index);
      lineEnd = newline < 0 ? metadata.length : newline;
      lineCounts = lineStart === 0 || tokensCount(metadata.slice(lineStart, lineEnd));
    }
    if (lineCounts) tokens.push(match[0]);
  }
  return tokens;
}

/** Whether a metadata line (not the declaration line) that holds tokens declares them. */
function tokensCount(line: string): boolean {
  // OpenClaw deletes each token's first occurrence instead; what is left holds the same
  // characters, so the punctuation test agrees (and this stays linear on long lines).
  return CAPABILITIES_LABEL.test(line) || TOKEN_PUNCTUATION.test(line.replace(CAPABILITY_TOKENS_OF_LINE, ''));
}
