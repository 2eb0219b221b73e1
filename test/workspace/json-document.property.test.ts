import * as fc from 'fast-check';
import JSON5 from 'json5';
import { parseTree, type ParseError } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, parseJsonDocument, type JsonDocument } from '../../src/workspace/json-document.js';
import { outlineJson5 } from '../../src/workspace/json5-outline.js';
import { outlineFromJsonc, type PositionNode } from '../../src/workspace/position-tree.js';

/** The comparable part of a result (locate is a fresh closure each time). */
function observable(document: JsonDocument): unknown {
  return document.ok
    ? { ok: true, value: document.value, root: document.locate([]), duplicates: document.duplicateKeys }
    : document;
}

/** The outline has exactly the value's shape: same keys (last occurrence wins), same lengths. */
function shapeMatches(value: unknown, node: PositionNode): boolean {
  if (Array.isArray(value)) {
    return (
      node.kind === 'array' &&
      node.items.length === value.length &&
      value.every((item, i) => shapeMatches(item, node.items[i] as PositionNode))
    );
  }
  if (typeof value === 'object' && value !== null) {
    if (node.kind !== 'object') return false;
    const last = new Map(node.properties.map((property) => [property.key, property.value]));
    const keys = Object.keys(value);
    return (
      last.size === keys.length &&
      keys.every(
        (key) =>
          last.has(key) &&
          shapeMatches((value as Record<string, unknown>)[key], last.get(key) as PositionNode),
      )
    );
  }
  return node.kind === 'scalar';
}

const fragment = fc.constantFrom(
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  '"a"',
  "'b'",
  'c',
  '$d',
  '\\u0061',
  '1',
  '-0x1F',
  '+.5e3',
  'Infinity',
  'NaN',
  'true',
  'null',
  '"\\\\"',
  "'\\''",
  '"x\\\ny"',
  '// c\n',
  '/* c */',
  '/*',
  '*/',
  '/',
  '\n',
  '\r\n',
  ' ',
  '\t',
  '\u00A0',
  '\u2028',
  '\uFEFF',
  '\u3000',
  '"',
  "'",
  '\\',
  'ü',
  '😀',
  '__proto__',
  '"__proto__"',
);
const jsonish = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));
const objectish = fc.array(fragment, { maxLength: 40 }).map((parts) => `{${parts.join('')}}`);

// Valid JSON5 built from its grammar, with the awkward parts on purpose: every key spelling,
// every number form, comments and exotic whitespace between all tokens, trailing commas.
const trivia = fc
  .array(
    fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\r\n',
      '\v',
      '\f',
      '\u00A0',
      '\uFEFF',
      '\u2028',
      '\u3000',
      '// c\n',
      '/* c */',
      '/**/',
    ),
    { maxLength: 3 },
  )
  .map((parts) => parts.join(''));
const keyText = fc.oneof(
  fc.constantFrom('a', 'b', '$x', '_y', 'ü', '\\u0061', 'a\\u0062', 'c1', '__proto__'),
  fc
    .tuple(
      fc.constantFrom("'", '"'),
      fc.constantFrom(
        'a',
        'b',
        '',
        'x y',
        '\\x61',
        '\\u0062',
        "\\'",
        '\\"',
        '\\\n',
        '\\\r\n',
        '\\\u2028',
        'a/b',
        '#0',
        '[{',
        '//',
        '/*',
        ':',
      ),
    )
    .map(([quote, body]) => quote + body + quote),
);
const scalarText = fc.constantFrom(
  '1',
  '-1',
  '+1',
  '.5',
  '5.',
  '0x1F',
  '-0XaB',
  '1e3',
  'Infinity',
  '-Infinity',
  'NaN',
  'true',
  'false',
  'null',
  "'s'",
  '"s"',
  '"a\\u0041"',
  "'/*not a comment*/'",
  '"[{"',
  "']'",
);
const { json5Text } = fc.letrec<{ json5Text: string; objectText: string; arrayText: string }>((tie) => ({
  json5Text: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarText,
    tie('objectText'),
    tie('arrayText'),
  ),
  objectText: fc
    .tuple(
      fc.array(fc.tuple(keyText, trivia, trivia, tie('json5Text')), { maxLength: 5 }),
      trivia,
      fc.boolean(),
    )
    .map(([entries, space, trailing]) => {
      const body = entries.map(
        ([key, before, after, value]) => `${before}${key}${after}:${before}${value}${after}`,
      );
      return `{${space}${body.join(',')}${trailing && body.length > 0 ? ',' : ''}${space}}`;
    }),
  arrayText: fc
    .tuple(fc.array(fc.tuple(trivia, tie('json5Text')), { maxLength: 5 }), trivia, fc.boolean())
    .map(([items, space, trailing]) => {
      const body = items.map(([before, value]) => `${before}${value}${before}`);
      return `[${space}${body.join(',')}${trailing && body.length > 0 ? ',' : ''}${space}]`;
    }),
}));

function offsetOf(text: string, position: { line: number; column: number }): number {
  let lineStart = 0;
  for (let line = 1; line < position.line; line += 1) lineStart = text.indexOf('\n', lineStart) + 1;
  return lineStart + position.column - 1;
}

/** Every key path in a value, paired with the key it ends in. */
function keyPaths(value: unknown, prefix: (string | number)[] = []): [(string | number)[], string][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => keyPaths(item, [...prefix, index]));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => [
    [[...prefix, key], key] as [(string | number)[], string],
    ...keyPaths(child, [...prefix, key]),
  ]);
}

const KEY_TOKEN = /^(?:"(?:[^"\\]|\\[\s\S])*"|'(?:[^'\\]|\\[\s\S])*'|(?:[^\s:/]|\\u[0-9a-fA-F]{4})+)/u;

describe('parseJsonDocument on grammar-generated JSON5', () => {
  it('parses, outlines with the value shape, and locates each key at a token json5 reads as that key', () => {
    fc.assert(
      fc.property(trivia, json5Text, trivia, (before, body, after) => {
        const text = before + body + after;
        const document = parseJsonDocument(text, 'policy.jsonc');
        if (!document.ok) throw new Error(`${document.error} in ${JSON.stringify(text)}`);
        expect(shapeMatches(document.value, outlineJson5(text, MAX_JSON_DEPTH + 1))).toBe(true);
        for (const [path, key] of keyPaths(document.value)) {
          const position = document.locate(path);
          const token = KEY_TOKEN.exec(
            text.slice(offsetOf(text, position as { line: number; column: number })),
          );
          expect(token).not.toBeNull();
          expect(Object.keys(JSON5.parse(`{${(token as RegExpExecArray)[0]}:0}`) as object)).toEqual([key]);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseJsonDocument on any input', () => {
  it('never throws and gives the same result twice', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), jsonish, objectish),
        fc.array(fc.oneof(fc.string(), fc.nat(5))),
        (text, path) => {
          const first = parseJsonDocument(text, 'policy.jsonc');
          const second = parseJsonDocument(text, 'policy.jsonc');
          expect(observable(second)).toEqual(observable(first));
          if (first.ok) {
            // json5 accepted it, so positions must exist, follow the value's shape, and never throw.
            expect(first.locate([])).toBeDefined();
            expect(first.locate(path)).toBeDefined();
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('outlines every document json5 accepts with exactly the shape of its value', () => {
    fc.assert(
      fc.property(fc.oneof(jsonish, objectish), (text) => {
        const document = parseJsonDocument(text, 'policy.jsonc');
        if (document.ok)
          expect(shapeMatches(document.value, outlineJson5(text, MAX_JSON_DEPTH + 1))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('never overflows the stack on deep random bracket soup', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('[', '{', '"a":', ']', '}', ',', '1'), { minLength: 400, maxLength: 3000 }),
        (parts) => {
          const document = parseJsonDocument(parts.join(''), 'policy.jsonc');
          if (document.ok) expect(document.locate([0, 0, 0, 'a'])).toBeDefined();
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the two positioners agree', () => {
  it('jsonc-parser and the JSON5 scanner outline any JSON document identically', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 1, 2, '\t', '\r\n'), (value, space) => {
        let text = JSON.stringify(value, null, typeof space === 'string' && space !== '\t' ? 2 : space);
        if (space === '\r\n') text = text.replace(/\n/g, '\r\n');
        const errors: ParseError[] = [];
        const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
        expect(errors).toEqual([]);
        expect(outlineJson5(text, MAX_JSON_DEPTH + 1)).toEqual(
          outlineFromJsonc(tree as NonNullable<typeof tree>),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('JSON5.stringify output (unquoted keys, single quotes) is outlined with the value shape', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom("'", '"'), fc.constantFrom(0, 2), (value, quote, space) => {
        const text = JSON5.stringify(value, { quote, space });
        const document = parseJsonDocument(text, 'policy.jsonc');
        expect(document.ok).toBe(true);
        if (document.ok)
          expect(shapeMatches(document.value, outlineJson5(text, MAX_JSON_DEPTH + 1))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
