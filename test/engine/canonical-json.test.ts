import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  compareKeys,
  hashOf,
  sortByKey,
  writeCanonical,
} from '../../src/engine/canonical-json.js';

describe('canonical JSON', () => {
  it('sorts keys with en-US collation, not code points', () => {
    expect(canonicalJson({ b: 1, B: 2, a: 3, _x: 4, é: 5, Z: 6, '10': 7, '9': 8 })).toBe(
      '{"_x":4,"10":7,"9":8,"a":3,"b":1,"B":2,"é":5,"Z":6}',
    );
  });

  it('keeps array order and writes no whitespace', () => {
    expect(canonicalJson({ list: [3, 1, { y: true, x: null }], s: 'a "q"' })).toBe(
      '{"list":[3,1,{"x":null,"y":true}],"s":"a \\"q\\""}',
    );
  });

  it('writes an undefined property as the bare word undefined (OpenClaw quirk)', () => {
    expect(canonicalJson({ ok: true, policyHash: undefined })).toBe('{"ok":true,"policyHash":undefined}');
  });

  it('hashes as sha256 of the UTF-8 canonical form', () => {
    // echo -n '{"a":"é"}' | sha256sum
    // printf '{"a":"é"}' | sha256sum
    expect(hashOf({ a: 'é' })).toBe(
      'sha256:' + 'b3a092a6af48807fa9482b2ee140105575daa26d5b24b3c0e60a7e2dee6683b1',
    );
  });

  it('ignores object key order (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(shuffleKeys(value))).toBe(canonicalJson(value));
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and parses back to the same JSON value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

function shuffleKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shuffleKeys);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).reverse();
    return Object.fromEntries(entries.map(([k, v]) => [k, shuffleKeys(v)]));
  }
  return value;
}

describe('canonical JSON fast path', () => {
  const trickyKey = fc.constantFrom(
    '__proto__',
    '10',
    '9',
    '0',
    'é',
    'e\u0301',
    'É',
    '_',
    '-',
    'a',
    'B',
    'constructor',
    'toString',
    '',
  );
  const tricky = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.jsonValue({ maxDepth: 2 }),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(fc.oneof(trickyKey, fc.string()), tie('value'), { maxKeys: 5 }),
    ),
  })).value;

  it('equals the exact writer on any JSON value, including tricky keys (property)', () => {
    fc.assert(
      fc.property(tricky, (value) => {
        // JSON.parse round trip gives real own "__proto__" properties, as JSON5 does.
        const parsed: unknown = JSON.parse(JSON.stringify(value));
        expect(canonicalJson(parsed)).toBe(writeCanonical(parsed));
      }),
      { numRuns: 1000 },
    );
  });

  it('orders keys that collate as equal by code units, so key order never changes the hash', () => {
    const nfc = '\u00e9';
    const nfd = 'e\u0301';
    expect(canonicalJson({ [nfc]: 1, [nfd]: 2 })).toBe(canonicalJson({ [nfd]: 2, [nfc]: 1 }));
    expect(hashOf({ a: 1, 'a\u200b': 2 })).toBe(hashOf({ 'a\u200b': 2, a: 1 }));
  });

  it('handles an own __proto__ key and integer-like keys exactly', () => {
    expect(canonicalJson(JSON.parse('{"__proto__": 1, "b": {"c": 2}, "10": 1, "9": 0}'))).toBe(
      '{"__proto__":1,"10":1,"9":0,"b":{"c":2}}',
    );
    expect(canonicalJson({ list: [{ z: 1 }, { y: 2 }], a: { b: undefined } })).toBe(
      '{"a":{"b":undefined},"list":[{"z":1},{"y":2}]}',
    );
  });
});

describe('compareKeys', () => {
  const collator = new Intl.Collator('en-US');
  const asciiKey = fc.oneof(
    fc.string({ unit: fc.constantFrom(...'aAbBzZ09-_ .:/@#~'.split('')), maxLength: 6 }),
    fc.string({
      unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
      maxLength: 8,
    }),
  );
  const anyKey = fc.oneof(
    asciiKey,
    fc.string({ maxLength: 6 }),
    fc.string({ unit: 'grapheme', maxLength: 4 }),
  );

  it('orders exactly as Intl.Collator("en-US") (property)', () => {
    fc.assert(
      fc.property(anyKey, anyKey, (a, b) => {
        const icu = collator.compare(a, b);
        if (icu !== 0) expect(Math.sign(compareKeys(a, b))).toBe(Math.sign(icu));
        // Distinct keys that collate as equal are still ordered (by code units), antisymmetrically.
        else expect(Math.sign(compareKeys(a, b))).toBe(a === b ? 0 : a < b ? -1 : 1);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('sortByKey', () => {
  const key = fc.oneof(
    fc.string({ unit: fc.constantFrom(...'aAbBzZ09-_ .:/@'.split('')), maxLength: 5 }),
    fc.string({ unit: fc.constantFrom(...'az09-'.split('')), maxLength: 5 }),
    fc.string({
      unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
      maxLength: 6,
    }),
    fc.string({ maxLength: 4 }),
  );

  it('orders exactly like a stable sort with compareKeys (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.nat()), { maxLength: 40 }), (items) => {
        const expected = [...items].sort((a, b) => compareKeys(a[0], b[0]));
        expect(sortByKey(items, (item) => item[0])).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
