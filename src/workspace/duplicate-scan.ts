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

/** What one scan of strict JSON text tells about it. */
export interface StrictJsonShape {
  /** Deepest nesting of objects and arrays. */
  depth: number;
  /** Keys written, in all objects. */
  keys: number;
}

/**
 * Depth and key count of strict JSON text, in one pass that allocates nothing: one regular
 * expression steps from token to token (a whole string, with the `:` that makes it a key, or a
 * bracket), and the character the match ends on says which it was. Exact for text JSON.parse
 * accepts. On any other text the figures mean nothing, and the pass is still linear: the string
 * alternative always matches once it starts (at the closing quote, or at the end of the text).
 * JSON.parse keeps one property per distinct key of an object, so a text it accepts repeats a
 * key in some object exactly when it writes more keys than its value holds (`keyCount`);
 * `"a"` and `"\u0061"` are the same key.
 */
export function strictJsonShape(text: string): StrictJsonShape {
  let keys = 0;
  let depth = 0;
  let deepest = 0;
  const token = new RegExp(JSON_TOKEN);
  while (token.test(text)) {
    const last = text.charCodeAt(token.lastIndex - 1);
    if (last === COLON) {
      keys++;
    } else if (last === OPEN_BRACE || last === OPEN_BRACKET) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (last === CLOSE_BRACE || last === CLOSE_BRACKET) {
      depth--;
    }
  }
  return { depth: deepest, keys };
}

const JSON_TOKEN = /"(?:[^"\\]|\\[\s\S])*(?:"|\\?$)(?:[ \t\r\n]*:)?|[{[]|[}\]]/g;

/** Own keys of every object in a parsed JSON value (recursive: call it within the depth limit). */
export function keyCount(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'object' && item !== null) count += keyCount(item);
    return count;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  count = keys.length;
  for (const key of keys) {
    const item = record[key];
    if (typeof item === 'object' && item !== null) count += keyCount(item);
  }
  return count;
}

const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
