import { visit } from 'jsonc-parser';

/**
 * A quick answer to "can this text have duplicate keys?" without building any tree: jsonc-parser's
 * scanner visits the text once, keeping one key set per open object. `false` only when the text
 * was read without a single complaint and no object repeats a key; anything else (a duplicate,
 * or JSON5 syntax jsonc-parser does not know) sends the caller to the full positional outline.
 */
export function mayHaveDuplicateKeys(text: string): boolean {
  const open: (Set<string> | undefined)[] = [];
  let suspicious = false;
  visit(
    text,
    {
      onObjectBegin: () => {
        open.push(new Set());
      },
      onObjectEnd: () => {
        open.pop();
      },
      onArrayBegin: () => {
        open.push(undefined);
      },
      onArrayEnd: () => {
        open.pop();
      },
      onObjectProperty: (property) => {
        const keys = open[open.length - 1];
        if (keys === undefined || keys.has(property)) suspicious = true;
        else keys.add(property);
      },
      onError: () => {
        suspicious = true;
      },
    },
    { allowTrailingComma: true, disallowComments: false },
  );
  return suspicious;
}

/**
 * Whether text that JSON.parse has already accepted repeats a key in some object. The text is
 * known to be valid strict JSON, so a scan for strings, braces and brackets suffices: string ends
 * are found with indexOf, a string followed by `:` is a key, and a key with escapes is decoded
 * with JSON.parse so `"a"` and `"\u0061"` count as the same key, as they do for the parsers.
 */
export function strictJsonRepeatsKey(text: string): boolean {
  const open: (Set<string> | undefined)[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      const end = closingQuote(text, i);
      let next = end + 1;
      while (isJsonWhitespace(text.charCodeAt(next))) next++;
      if (text.charCodeAt(next) === COLON) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        const keys = open[open.length - 1];
        if (keys !== undefined) {
          if (keys.has(key)) return true;
          keys.add(key);
        }
      }
      i = end;
    } else if (code === OPEN_BRACE) open.push(new Set());
    else if (code === OPEN_BRACKET) open.push(undefined);
    else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) open.pop();
  }
  return false;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** Index of the quote closing the string that opens at `start` (one preceded by an even run of backslashes). */
function closingQuote(text: string, start: number): number {
  let at = text.indexOf('"', start + 1);
  while (at > 0) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return at;
    at = text.indexOf('"', at + 1);
  }
  return text.length;
}

function isJsonWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}
