// The grammar both OpenClaw releases use for governed tool declarations: headings, bullets and
// the metadata fields of one tool. 2026.5.20 reads them from TOOLS.md (`tools-markdown.ts`),
// 2026.9.6 from the `## Tools` section of AGENTS.md (`agents-markdown.ts`); only where a section
// starts and ends, and which lines declare a tool, differ between the two.
//
// OpenClaw matches lines with backtracking regular expressions, some of which go polynomial on
// hostile input (long runs of spaces). Every pattern here is either free of overlapping
// quantifiers or replaced by a small scan, and each comment says which OpenClaw behaviour the
// helper keeps. The quirks are part of the attested evidence, so they are kept on purpose:
//   - only `\n` and `\r\n` end a line; a lone `\r` (or U+2028/U+2029) stays in the line, where
//     OpenClaw's `.` refuses it, so such a line is neither a heading nor a declaration;
//   - `\s` is Unicode whitespace (NBSP, U+3000, U+FEFF…), while `\b` and `\w` are ASCII;
//   - the field patterns search the metadata joined with `\n`, so `risk:` and its value may sit
//     on different lines.

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

/** Characters JavaScript's `.` does not match (`\n` never survives the line split). */
export const DOT_EXCLUDED = /[\r\u2028\u2029]/;
const DOT_ACCEPTED = /[^\r\u2028\u2029]/;
const WHITESPACE = /\s/;

export interface Heading {
  depth: number;
  /** The heading's text: what `^(#{1,6})\s+(.+?)\s*#*\s*$` captures second. */
  text: string;
  /** Its slug; '' when the caller asked for the depth only. */
  slug: string;
}

/**
 * An ATX heading as OpenClaw sees one (`^(#{1,6})\s+(.+?)\s*#*\s*$`): 1–6 `#` at column 0,
 * whitespace, then a text from which trailing whitespace and `#`s are stripped (no space needed
 * before them). The kept text must be non-empty and free of `.`-excluded characters. A BOM before
 * the `#` means no heading.
 */
export function headingOf(line: string, withSlug = true): Heading | undefined {
  if (!line.startsWith('#')) return undefined;
  const opening = /^(#{1,6})(\s+)/.exec(line);
  if (opening === null) return undefined;
  const depth = opening[1]!.length;
  const body = line.slice(opening[0].length);
  if (body === '') {
    // Only whitespace follows the hashes: one of its characters (never the first; the last that
    // `.` accepts) becomes the text. The slug is empty.
    const text = lastDotAccepted(opening[2]!.slice(1));
    return text === undefined ? undefined : { depth, text, slug: '' };
  }
  const text = body.slice(0, Math.max(1, closingSequenceStart(body)));
  if (DOT_EXCLUDED.test(text)) return undefined;
  return { depth, text, slug: withSlug ? slugifyHeading(text) : '' };
}

function lastDotAccepted(whitespace: string): string | undefined {
  for (let i = whitespace.length - 1; i >= 0; i--) {
    if (DOT_ACCEPTED.test(whitespace[i]!)) return whitespace[i];
  }
  return undefined;
}

/** Index where the trailing run of whitespace, then `#`s, then whitespace begins. */
function closingSequenceStart(body: string): number {
  let end = body.length;
  while (end > 0 && WHITESPACE.test(body[end - 1]!)) end--;
  while (end > 0 && body[end - 1] === '#') end--;
  while (end > 0 && WHITESPACE.test(body[end - 1]!)) end--;
  return end;
}

/** A tool's name as written, and where its inline metadata starts in the line (or heading text). */
export interface NamedDeclaration {
  name: string;
  inlineAt: number;
}

/**
 * A column-0 `-`/`*`/`+` bullet whose name runs to the first `:` (`^[-*+]\s+([^:\s][^:]*?)\s*:(.*)$`):
 * the name starts at the first non-space after the bullet, which must not be the colon, and the
 * rest of the line is inline metadata, which must be free of `.`-excluded characters.
 */
export function bulletDeclaration(line: string): NamedDeclaration | undefined {
  const lead = BULLET_LEAD.exec(line);
  const colon = line.indexOf(':');
  if (lead === null || colon < 0 || DOT_EXCLUDED.test(line.slice(colon + 1))) return undefined;
  return { name: line.slice(lead[0].length, colon).trimEnd(), inlineAt: colon + 1 };
}

const BULLET_LEAD = /^[-*+]\s+(?=[^:\s])/;

/**
 * The looser bullet test OpenClaw ends metadata with (`^[-*+]\s+[^:\s][^:]*?\s*:`): it ignores
 * what follows the colon, so a bullet with a line separator after its colon still ends metadata.
 */
export function looksLikeBulletDeclaration(line: string): boolean {
  return LOOSE_BULLET.test(line) && line.includes(':');
}

const LOOSE_BULLET = /^[-*+]\s+[^:\s]/;

/** The fields a tool's metadata declares, in the order OpenClaw writes them. */
export interface ToolMetadata {
  risk?: string;
  sensitivity?: string;
  owner?: string;
  capabilities?: string[];
}

/**
 * Adds the fields `metadata` (the inline remainder, then the following lines, joined with `\n`)
 * declares to `entry`, after its own keys: risk, sensitivity, owner, capabilities.
 */
export function withToolMetadata<Entry extends object>(entry: Entry, metadata: string): Entry & ToolMetadata {
  const tool: Entry & ToolMetadata = entry;
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
export const NAMED_RISK = /\brisk\s*:\s*([a-z0-9_-]*[a-z0-9_])/i;
export const NAMED_SENSITIVITY = /\bsensitivity\s*:\s*([a-z0-9_-]*[a-z0-9_])/i;
// Case kept; the value backs off to its last ASCII word boundary (`owner:Zoë` gives `Zo`). A value
// without any word character fails, and such a run cannot hide a later `owner`, so this is linear.
export const OWNER = /\bowner\s*:\s*([^\s#]+)\b/i;
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
