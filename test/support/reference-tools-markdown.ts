// The oracle for src/engine/tools-markdown.ts: the plain line-by-line reading of TOOLS.md (split
// into lines, every test on every line, metadata lines joined), as the engine did before it
// learned to read the text in one pass. A property test holds the two equal.
//
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

import type { ToolDeclaration } from '../../src/engine/types.js';

/** Slug of a heading or tool name: OpenClaw's anchor rule (SPEC.md §3.3 rule 1). */
export function slugifyHeading(text: string): string {
  // One pass, equivalent to: lowercase, `_` → `-`, runs outside [a-z0-9-] → `-`, collapse
  // repeated hyphens, trim hyphens. Every character outside [a-z0-9] separates; a run of
  // separators becomes one hyphen, and only between kept characters. (Called once per line of
  // TOOLS.md, so the four-regex form was the parser's hot spot.)
  const lower = text.toLowerCase();
  let slug = '';
  let separated = false;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (separated && slug.length > 0) slug += '-';
      separated = false;
      slug += lower[i];
    } else {
      separated = true;
    }
  }
  return slug;
}

/** Tools declared in the first Tools section, in file order, duplicates kept. Never throws. */
export function parseToolsMarkdown(text: string): ToolDeclaration[] {
  return declaredTools(text).map((tool) => toolDeclaration(tool, tool.metadataLines.join('\n')));
}

/** TOOLS.md read once for a loader: the declarations, and the fields a tool writes twice. */
export interface ToolsMarkdown {
  tools: ToolDeclaration[];
  conflicts: ToolFieldConflict[];
}

export function readToolsMarkdown(text: string): ToolsMarkdown {
  const result: ToolsMarkdown = { tools: [], conflicts: [] };
  for (const tool of declaredTools(text)) {
    const metadata = tool.metadataLines.join('\n'); // joined once for both readings
    result.tools.push(toolDeclaration(tool, metadata));
    result.conflicts.push(...fieldConflicts(tool, metadata));
  }
  return result;
}

interface DeclaredTool {
  id: string;
  /** 1-based line of the declaration. */
  line: number;
  /** The inline remainder, then every following line up to the next declaration. */
  metadataLines: string[];
}

function declaredTools(text: string): DeclaredTool[] {
  const lines = text.split(/\r?\n/);
  const section = toolsSection(lines);
  const tools: DeclaredTool[] = [];
  for (let index = section.start; index < section.end; index++) {
    const declaration = parseDeclaration(lines[index]!);
    if (declaration === undefined) continue;
    const metadataLines = [declaration.inline];
    for (let next = index + 1; next < section.end && !endsMetadata(lines[next]!); next++) {
      metadataLines.push(lines[next]!);
    }
    tools.push({ id: declaration.id, line: index + 1, metadataLines });
  }
  return tools;
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
 * Fields a tool declares twice with different values (`risk:low … risk:critical`). OpenClaw uses
 * the first silently, so a reviewer could read one level while another applies; loaders refuse
 * such a file, as they refuse duplicate JSON keys.
 */
function fieldConflicts(tool: DeclaredTool, metadata: string): ToolFieldConflict[] {
  const conflicts: ToolFieldConflict[] = [];
  // Nearly every tool names each field once: a cheap scan for a second occurrence of the field's
  // name (a superset of a second value) spares the full search in that common case.
  const lowered = metadata.toLowerCase();
  for (const [field, pattern, normalise] of FIELD_PATTERNS) {
    const first = lowered.indexOf(field);
    if (first < 0 || lowered.indexOf(field, first + field.length) < 0) continue;
    const values = [...new Set(Array.from(metadata.matchAll(pattern), (match) => normalise(match[1] ?? '')))];
    if (values.length > 1) conflicts.push({ toolId: tool.id, line: tool.line, field, values });
  }
  return conflicts;
}

/**
 * Line indexes (half-open) after the first heading whose slug is `tools`, up to the next heading
 * of the same or a shallower depth. Deeper headings stay in the section as ordinary lines, so
 * under `## Tools` a `### deploy` line is a declaration, while under `### Tools` it closes it.
 */
function toolsSection(lines: string[]): { start: number; end: number } {
  const opening = lines.findIndex((line) => headingOf(line)?.slug === 'tools');
  if (opening < 0) return { start: 0, end: 0 };
  const depth = headingOf(lines[opening]!)?.depth ?? 0;
  let end = opening + 1;
  while (end < lines.length && !closesSection(lines[end]!, depth)) end++;
  return { start: opening + 1, end };
}

function closesSection(line: string, sectionDepth: number): boolean {
  // Every `### tool` line is a heading: only its depth matters here, so skip slugging its text.
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
  inline: string;
}

/**
 * `### name rest` (name: no whitespace, no `#`, so `### deploy:` names `deploy:`), or a column-0
 * `-`/`*`/`+` bullet whose name runs to the first `:`. The rest of the line is inline metadata,
 * and must be free of `.`-excluded characters. Names that slug to nothing declare nothing.
 */
function parseDeclaration(line: string): Declaration | undefined {
  const named = headingDeclaration(line) ?? bulletDeclaration(line);
  if (named === undefined || DOT_EXCLUDED.test(named.inline)) return undefined;
  const id = slugifyHeading(named.name);
  return id === '' ? undefined : { id, inline: named.inline };
}

function headingDeclaration(line: string): { name: string; inline: string } | undefined {
  const match = /^###\s+([^\s#]+)/.exec(line);
  return match === null ? undefined : { name: match[1]!, inline: line.slice(match[0].length) };
}

function bulletDeclaration(line: string): { name: string; inline: string } | undefined {
  // The name starts at the first non-space after the bullet, which must not be the colon.
  const lead = /^[-*+]\s+(?=[^:\s])/.exec(line);
  const colon = line.indexOf(':');
  if (lead === null || colon < 0) return undefined;
  return { name: line.slice(lead[0].length, colon).trimEnd(), inline: line.slice(colon + 1) };
}

/**
 * OpenClaw stops collecting metadata with looser tests than the declaration patterns: the `###`
 * test runs on the trimmed line and accepts any non-space name, and the bullet test ignores
 * what follows the colon.
 */
function endsMetadata(line: string): boolean {
  return /^###\s+\S/.test(line.trim()) || (/^[-*+]\s+[^:\s]/.test(line) && line.includes(':'));
}

function toolDeclaration(declared: DeclaredTool, metadata: string): ToolDeclaration {
  const { id, line, metadataLines } = declared;
  const tool: ToolDeclaration = { id, line };
  const risk = namedValue(NAMED_RISK, metadata) ?? riskFromAlias(metadata);
  if (risk !== undefined) tool.risk = risk;
  const sensitivity = namedValue(NAMED_SENSITIVITY, metadata);
  if (sensitivity !== undefined) tool.sensitivity = sensitivity;
  const owner = OWNER.exec(metadata)?.[1];
  if (owner !== undefined) tool.owner = owner;
  const capabilities = metadataLines.flatMap((metadataLine, index) =>
    capabilityTokens(metadataLine, index === 0),
  );
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

const lower = (value: string): string => value.toLowerCase();
const FIELD_PATTERNS: readonly (readonly [ToolFieldConflict['field'], RegExp, (value: string) => string])[] =
  [
    ['risk', new RegExp(NAMED_RISK.source, 'gi'), lower],
    ['sensitivity', new RegExp(NAMED_SENSITIVITY.source, 'gi'), lower],
    ['owner', new RegExp(OWNER.source, 'gi'), (value) => value],
  ];

function namedValue(pattern: RegExp, metadata: string): string | undefined {
  return pattern.exec(metadata)?.[1]?.toLowerCase();
}

function riskFromAlias(metadata: string): string | undefined {
  const digit = RISK_ALIAS.exec(metadata)?.[1];
  return digit === undefined ? undefined : RISK_OF_ALIAS[Number(digit)];
}

// A token is a whole ASCII word (`\b` is ASCII) of this shape: `RISK`, `R12`, `WRITE_FS`, but not
// `ABCdef`, `_ABC` or `AB`. The pattern is linear: inside a word `\b` fails at once.
const CAPABILITY_TOKENS = /\b[A-Z][A-Z0-9_]{2,}\b/g;
const CAPABILITIES_LABEL = /\bcapabilities\s*:/i;
const TOKEN_PUNCTUATION = /^[\s,;:[\](){}#*_-]*$/;

/**
 * Capability tokens of one metadata line: all of them on the declaration line and on a
 * `capabilities:` line; elsewhere only when the line holds nothing but tokens and punctuation,
 * so prose such as "Calls the GITHUB API" declares nothing.
 */
function capabilityTokens(line: string, isDeclarationLine: boolean): string[] {
  const tokens = line.match(CAPABILITY_TOKENS) ?? [];
  if (tokens.length === 0 || isDeclarationLine || CAPABILITIES_LABEL.test(line)) return tokens;
  // OpenClaw deletes each token's first occurrence instead; what is left holds the same
  // characters, so the punctuation test agrees (and this stays linear on long lines).
  return TOKEN_PUNCTUATION.test(line.replace(CAPABILITY_TOKENS, '')) ? tokens : [];
}
