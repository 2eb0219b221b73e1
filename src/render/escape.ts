// Escaping of untrusted text, one function per output context. Everything that comes from a pull
// request (tool, channel and MCP ids, model refs, rule reasons, finding messages, paths, even
// hashes) goes through one of these before it reaches markdown, HTML, annotations or a workflow
// command. Each function also caps the value, so one megabyte-long name cannot blow a budget.

// Caps count input code points. Escaping makes one code point at most 10 characters (a tag
// character becomes `\\u{E0041}`, `@` becomes `@&#8203;`, `&` becomes `&amp;`), so a capped value
// has a known worst size, and the parts of a comment that always stay have a known worst total.

/** Longest untrusted value shown inline, in code points, before `…` is appended. */
export const MAX_INLINE_VALUE = 200;
/** Longest line inside a code block (commands, paths, hashes): room for any real command. */
export const MAX_CODE_LINE = 400;

const ELLIPSIS = '…';

/**
 * Inserted after `@` and `#` so GitHub links neither mentions nor issue references. GitHub finds
 * `@user`, `@org/team` and `#123` in the *rendered* text nodes (backslash escapes and `&#64;` are
 * already decoded by then), so only a real character between `@` and the name stops it; a
 * zero-width space is invisible and is what Renovate writes in its PR bodies (`@&#8203;user`).
 * It is written as an entity so the raw markdown shows it; input zero-width spaces never look like
 * ours, because they are shown as `\u{200B}` first.
 */
export const LINK_BREAK = '&#8203;';

/**
 * Characters that are invisible or reorder what is shown: C0/C1 controls (Cc), format characters
 * (Cf: zero-width U+200B–U+200F, bidi embeddings U+202A–U+202E and isolates U+2066–U+2069, U+FEFF,
 * tag characters), lone surrogates, line/paragraph separators, and the other default-ignorable
 * code points (variation selectors, Hangul fillers). They are shown as `\u{…}` so a reviewer sees
 * a Trojan-Source name for what it is instead of a harmless-looking one.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;
const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029\t\v\f]/g;

/** Keeps the first `max` code points (never splitting a surrogate pair) and marks the cut. */
export function capLength(text: string, max: number): string {
  if (text.length <= max) return text;
  let index = 0;
  for (let count = 0; count < max && index < text.length; count++) {
    index += (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
  }
  return index >= text.length ? text : `${text.slice(0, index)}${ELLIPSIS}`;
}

/** Shows invisible and reordering characters as `\u{202E}`-style text. */
export function showInvisible(text: string): string {
  return text.replace(
    INVISIBLE,
    (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}}`,
  );
}

/** Newlines, carriage returns, tabs and Unicode line separators become single spaces. */
export function collapseLineBreaks(text: string): string {
  return text.replace(LINE_BREAKS, ' ');
}

/** One line, capped, with nothing invisible: the common first step of every inline context. */
function visibleLine(text: string, max: number): string {
  return showInvisible(collapseLineBreaks(capLength(text, max)));
}

/** `'` as `&#x27;`: a decimal `&#39;` would have its `#3` broken as if it were an issue reference. */
const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
};

function breakReferences(text: string): string {
  // `#` first: the breaks inserted for `@` contain `#8203`, which must not be broken again.
  return text
    .replace(/#(?=\p{N})/gu, `#${LINK_BREAK}`)
    .replace(/\b(gh)-(?=\p{N})/giu, `$1-${LINK_BREAK}`)
    .replace(/@(?=[\p{L}\p{N}_])/gu, `@${LINK_BREAK}`);
}

/**
 * Untrusted text inline in markdown: a paragraph, a list item or a table cell.
 *
 * - `&`, `<`, `>` become entities: no HTML, no `<!--`/`-->`/`--!>` that could open or close a
 *   comment (ours is on the first line), no `<https://…>` autolink.
 * - `\`, `` ` ``, `*`, `_`, `~`, `[`, `]`, `|`, `$` are backslash-escaped: no emphasis, code,
 *   strikethrough, links, images, footnotes, math, and no `|` that ends a table cell. Every input
 *   `\` is doubled and every `|` gets one, so an odd number of backslashes always precedes a pipe
 *   (marked counts parity; cmark-gfm looks at one).
 * - `scheme://` and every `www.` (also inside a word: marked links `xwww.a.b`, GFM `_www.a.b`) get
 *   a backslash so extended autolinks do not fire; `user@host` is broken by the mention rule
 *   below. The text still reads as the URL it is.
 * - `@name`, `#123` and `GH-123` get a zero-width space (`LINK_BREAK`) after `@`/`#`/`-`.
 * - Line breaks collapse to spaces (no fake rows, no new blocks) and the value is capped; a value
 *   that starts with `#`, `-`, `+`, `=`, `1.` or spaces is escaped so it cannot open a block even at
 *   the start of a list item.
 */
export function markdownText(text: string, max = MAX_INLINE_VALUE): string {
  const escaped = breakReferences(
    visibleLine(text, max)
      .replace(/[&<>]/g, (char) => HTML_ENTITIES[char] ?? char)
      .replace(/[\\`*_~[\]|$]/g, '\\$&'),
  )
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/(www)\./gi, '$1\\.');
  return escapeBlockStart(escaped);
}

function escapeBlockStart(text: string): string {
  if (text.startsWith(' ')) return `&#32;${text.slice(1)}`;
  if (/^[#+=-]/.test(text)) return `\\${text}`;
  return text.replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/**
 * Untrusted text as an inline code span, for identifiers (check ids, paths, values). The fence is
 * one backtick longer than the longest run inside, so the text cannot close it. GitHub links no
 * mentions inside `<code>`, so none are broken here (that would change what people copy).
 * Not for table cells: a `|` inside a code span still splits a GFM row.
 */
export function codeSpan(text: string, max = MAX_INLINE_VALUE): string {
  const content = visibleLine(text, max);
  if (content === '') return '_(empty)_';
  const fence = '`'.repeat(longestRun(content, '`') + 1);
  const pad =
    content.startsWith('`') || content.endsWith('`') || (content.startsWith(' ') && content.endsWith(' '))
      ? ' '
      : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/**
 * A fenced code block. Each line is collapsed, capped and made visible separately, so an untrusted
 * path cannot add a line (a second command someone might paste) or hide one behind bidi controls.
 */
export function codeBlock(lines: readonly string[], info = ''): string {
  const content = lines.map((line) => visibleLine(line, MAX_CODE_LINE));
  const fence = '`'.repeat(Math.max(3, ...content.map((line) => longestRun(line, '`') + 1)));
  return [`${fence}${info}`, ...content, fence].join('\n');
}

/**
 * Untrusted text inside raw HTML, such as `<summary>` (where markdown is not parsed) or a quoted
 * attribute value: HTML-escaped, one line, capped, mentions and issue references broken.
 */
export function htmlText(text: string, max = MAX_INLINE_VALUE): string {
  return breakReferences(visibleLine(text, max).replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char));
}

/**
 * Plain text for the Checks API (annotation messages, titles, raw details; check-run titles).
 * GitHub shows these as text, so only what a reader cannot see needs care: C0/C1 controls are
 * removed (newlines kept unless `singleLine`), bidi and zero-width characters are shown as
 * `\u{…}`, and the result is at most `max` UTF-16 code units (GitHub's limits count those or less).
 */
export function plainText(text: string, max: number, options: { singleLine?: boolean } = {}): string {
  const lines = capLength(text, max).replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
  const oneLine = options.singleLine ? collapseLineBreaks(lines) : lines;
  // eslint-disable-next-line no-control-regex
  const withoutControls = oneLine.replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, '');
  return capUnits(withoutControls.split('\n').map(showInvisible).join('\n'), max);
}

/** Cuts to `max` UTF-16 code units including the `…`, without splitting a surrogate pair. */
export function capUnits(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}${ELLIPSIS}`;
}

/** The message of a workflow command, exactly as @actions/core's `escapeData` writes it. */
export function commandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property of a workflow command (`file=`, `title=`), exactly as @actions/core's `escapeProperty`. */
export function commandProperty(text: string): string {
  return commandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let current = 0;
  for (const c of text) {
    current = c === char ? current + 1 : 0;
    if (current > longest) longest = current;
  }
  return longest;
}
