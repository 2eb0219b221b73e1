import fc from 'fast-check';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/engine/canonical-json.js';
import { keyCount, mayHaveDuplicateKeys, strictJsonShape } from '../../src/workspace/duplicate-scan.js';
import { parseJsonDocument } from '../../src/workspace/json-document.js';

const key = fc.oneof(
  fc.constantFrom('a', 'b', '__proto__', '10', 'é', 'a\u2028b', ''),
  fc.string({ maxLength: 4 }),
);
const jsonish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 1 }),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }),
  ),
})).value;

/** Writes arrays of [key, value] tuples as objects, so duplicate keys can occur. */
function writeWithDuplicates(value: unknown): string {
  if (
    Array.isArray(value) &&
    value.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string')
  ) {
    return `{${value.map(([k, v]) => `${JSON.stringify(k)}:${writeWithDuplicates(v)}`).join(',')}}`;
  }
  if (Array.isArray(value)) return `[${value.map(writeWithDuplicates).join(',')}]`;
  return JSON.stringify(value);
}

describe('parse fast paths', () => {
  it('JSON.parse and JSON5.parse agree on every strict JSON text (property)', () => {
    fc.assert(
      fc.property(jsonish, (value) => {
        const text = writeWithDuplicates(value);
        const document = parseJsonDocument(text, 'x.json');
        expect(document.ok).toBe(true);
        if (document.ok) expect(canonicalJson(document.value)).toBe(canonicalJson(JSON5.parse(text)));
      }),
      { numRuns: 1000 },
    );
  });

  it('the quick duplicate scan never misses a duplicate the full outline finds (property)', () => {
    fc.assert(
      fc.property(jsonish, fc.boolean(), (value, asJson5) => {
        let text = writeWithDuplicates(value);
        if (asJson5) text = `// c\n${text.replace(/"([A-Za-z]+)":/g, '$1:')}`;
        const document = parseJsonDocument(text, 'x.json5');
        if (!document.ok) return;
        if (document.duplicateKeys.length > 0) expect(mayHaveDuplicateKeys(text)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('reports duplicates found through either path with positions', () => {
    const strict = parseJsonDocument('{"a": 1, "b": {"c": 1, "c": 2}}', 'x.json');
    const json5 = parseJsonDocument("{a: 1, b: {c: 1, 'c': 2,},}", 'x.json5');
    for (const document of [strict, json5]) {
      expect(document.ok && document.duplicateKeys.map((d) => [d.path, d.key])).toEqual([[['b'], 'c']]);
    }
    const clean = parseJsonDocument('{"a": [{"x": 1}, {"x": 2}]}', 'x.json');
    expect(clean.ok && clean.duplicateKeys).toEqual([]);
  });
});

describe('strictJsonShape', () => {
  const repeatsKey = (text: string): boolean => strictJsonShape(text).keys !== keyCount(JSON.parse(text));

  it('finds a repeated key exactly when jsonc-parser sees one in strict JSON (property)', () => {
    fc.assert(
      fc.property(jsonish, (value) => {
        const text = writeWithDuplicates(value);
        // On strict JSON jsonc-parser reports no error, so its answer is exact.
        expect(repeatsKey(text)).toBe(mayHaveDuplicateKeys(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('treats escaped and plain spellings of a key as the same key', () => {
    expect(repeatsKey('{"a": 1, "\\u0061": 2}')).toBe(true);
    expect(repeatsKey('{"a\\"": 1, "a": {"a": [{"a": 1}]}}')).toBe(false);
    expect(repeatsKey('[{"x": 1}, {"x": 1}]')).toBe(false);
    expect(repeatsKey('{"__proto__": 1, "__proto__": 2}')).toBe(true);
    expect(repeatsKey('{"a" : 1, "b"\r\n:\t{"c"  :  []}}')).toBe(false);
    expect(repeatsKey('{"k" :1, "q": "\\\\", "k"\n:\t2}')).toBe(true);
  });

  it('measures depth outside strings only', () => {
    expect(strictJsonShape('[[{"a": "[[[{{{"}]], {}]').depth).toBe(3);
    expect(strictJsonShape('"\\"[["').depth).toBe(0);
    expect(strictJsonShape('1').depth).toBe(0);
  });

  it('stays linear on text that is not JSON (unterminated strings, a trailing backslash)', () => {
    const n = 400_000;
    // An opening quote, then escaped quotes to the end: a scanner that retried at every quote
    // would read the rest of the text again each time.
    for (const text of [`"${'\\"'.repeat(n)}`, `[${'\\"'.repeat(n)}`, `${'"a'.repeat(n)}\\`]) {
      expect(parseJsonDocument(text, 'x.json').ok).toBe(false);
    }
  });

  it('refuses strict JSON nested past the limit before JSON.parse builds it', () => {
    const deep = `${'['.repeat(600)}${']'.repeat(600)}`;
    expect(parseJsonDocument(deep, 'deep.json')).toMatchObject({ ok: false, kind: 'too-deep' });
    const fine = `${'['.repeat(512)}${']'.repeat(512)}`;
    expect(parseJsonDocument(fine, 'fine.json').ok).toBe(true);
    // Brackets inside a JSON5 single-quoted string are not structure.
    const json5 = `{a: '${'['.repeat(600)}'}`;
    expect(parseJsonDocument(json5, 'x.json5').ok).toBe(true);
  });
});
