// The few pieces of JSON5's lexical grammar that our own scanners need (nesting-depth guard and
// key positions). They mirror json5 2.2.3's lexer (lib/parse.js): the same whitespace set, the
// same comment forms, strings in either quote that end at an unescaped line break, and the same
// escape sequences.

const SPACE_SEPARATOR = /\p{Zs}/u;

/** JSON5 WhiteSpace and LineTerminator, for one UTF-16 code unit. */
export function isJson5Whitespace(char: string): boolean {
  switch (char) {
    case '\t':
    case '\v':
    case '\f':
    case ' ':
    case '\u00A0':
    case '\uFEFF':
    case '\n':
    case '\r':
    case '\u2028':
    case '\u2029':
      return true;
    default:
      return char.charCodeAt(0) > 0x7f && SPACE_SEPARATOR.test(char);
  }
}

function isCommentEnd(char: string | undefined): boolean {
  return char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029';
}

/**
 * `text[start]` is `/`. Returns the index just after the comment (end of text when it is never
 * closed), or undefined when the slash does not start a comment.
 */
export function skipComment(text: string, start: number): number | undefined {
  const kind = text[start + 1];
  if (kind === '/') {
    let index = start + 2;
    while (index < text.length && !isCommentEnd(text[index])) index += 1;
    return index;
  }
  if (kind === '*') {
    const close = text.indexOf('*/', start + 2);
    return close === -1 ? text.length : close + 2;
  }
  return undefined;
}

/**
 * `text[start]` is a quote. Returns the index just after the closing quote; for an unterminated
 * string, the index of the line break (or end of text) where json5 would report the error.
 */
export function skipString(text: string, start: number): number {
  const quote = text[start];
  let index = start + 1;
  while (index < text.length) {
    const char = text[index];
    if (char === quote) return index + 1;
    if (char === '\\') {
      // An escaped CRLF is one line continuation; stepping over only the CR would leave the LF
      // looking like an unescaped line break.
      index += text[index + 1] === '\r' && text[index + 2] === '\n' ? 3 : 2;
      continue;
    }
    if (char === '\n' || char === '\r') return index;
    index += 1;
  }
  return text.length;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '0': '\0',
};

/** The value of a JSON5 string literal's body (between the quotes), as json5 decodes it. */
export function decodeStringBody(body: string): string {
  if (!body.includes('\\')) return body;
  let decoded = '';
  for (let index = 0; index < body.length; index += 1) {
    const char = body[index] as string;
    if (char !== '\\') {
      decoded += char;
      continue;
    }
    index += 1;
    const escape = body[index] ?? '';
    const simple = SIMPLE_ESCAPES[escape];
    if (simple !== undefined) {
      decoded += simple;
    } else if (escape === 'x' || escape === 'u') {
      const length = escape === 'x' ? 2 : 4;
      decoded += String.fromCharCode(parseInt(body.slice(index + 1, index + 1 + length), 16));
      index += length;
    } else if (escape === '\r') {
      if (body[index + 1] === '\n') index += 1;
    } else if (escape !== '\n' && escape !== '\u2028' && escape !== '\u2029') {
      decoded += escape;
    }
  }
  return decoded;
}

/** The name an unquoted JSON5 key stands for (identifiers may contain `\uXXXX` escapes). */
export function decodeIdentifier(identifier: string): string {
  return identifier.replace(/\\u([0-9a-fA-F]{4})/g, (_escape, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}
