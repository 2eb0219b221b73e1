import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_JSON_DEPTH,
  parseJsonDocument,
  type JsonDocument,
  type ParsedJsonDocument,
} from '../../src/workspace/json-document.js';

function parsed(text: string): ParsedJsonDocument {
  const document = parseJsonDocument(text, 'policy.jsonc');
  if (!document.ok) throw new Error(`expected a parse, got ${document.error}`);
  return document;
}

/** 1-based line/column of the `occurrence`-th `needle`, counting lines at `\n` like json5. */
function at(text: string, needle: string, occurrence = 0): { line: number; column: number } {
  let index = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) {
    index = text.indexOf(needle, index + 1);
    if (index === -1) throw new Error(`${needle} #${occurrence} not in text`);
  }
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: index - lineStart + 1 };
}

describe('parse errors', () => {
  it.each<[string, string, JsonDocument]>([
    [
      'truncated input',
      '{"a":',
      {
        ok: false,
        kind: 'syntax',
        error: 'JSON5: invalid end of input at 1:6',
        position: { line: 1, column: 6 },
      },
    ],
    [
      'the SPEC example',
      '{"channels":',
      {
        ok: false,
        kind: 'syntax',
        error: 'JSON5: invalid end of input at 1:13',
        position: { line: 1, column: 13 },
      },
    ],
    [
      'empty input',
      '',
      {
        ok: false,
        kind: 'syntax',
        error: 'JSON5: invalid end of input at 1:1',
        position: { line: 1, column: 1 },
      },
    ],
    [
      'whitespace only',
      ' \n ',
      {
        ok: false,
        kind: 'syntax',
        error: 'JSON5: invalid end of input at 2:2',
        position: { line: 2, column: 2 },
      },
    ],
    [
      'binary garbage',
      '\u0000\u0001\uFFFDPNG',
      {
        ok: false,
        kind: 'syntax',
        error: "JSON5: invalid character '\\0' at 1:1",
        position: { line: 1, column: 1 },
      },
    ],
    [
      'a second closing brace',
      '{\n  "a": 1\n}}',
      {
        ok: false,
        kind: 'syntax',
        error: "JSON5: invalid character '}' at 3:2",
        position: { line: 3, column: 2 },
      },
    ],
    [
      'an invalid escape in an identifier',
      '{\\u0030a: 1}',
      {
        ok: false,
        kind: 'syntax',
        error: 'JSON5: invalid identifier character at 1:2',
        position: { line: 1, column: 2 },
      },
    ],
  ])('keeps json5 message and position for %s', (_name, text, expected) => {
    expect(parseJsonDocument(text, 'policy.jsonc')).toEqual(expected);
  });
});

describe('JSON5 values', () => {
  it('parses comments, trailing commas, unquoted keys, single quotes, hex, signs and Infinity', () => {
    const text = "// policy\n{ a: 1, 'b': 'two', /* c */ c: [0x1F, +1, -.5, Infinity,], d: { e: null, }, }";
    expect(parsed(text).value).toEqual({ a: 1, b: 'two', c: [31, 1, -0.5, Infinity], d: { e: null } });
  });

  it('keeps the last value of a duplicated key, like OpenClaw', () => {
    expect(parsed('{"deny": ["a"], "deny": []}').value).toEqual({ deny: [] });
  });

  it('parses a text starting with a byte-order mark (json5 treats it as whitespace)', () => {
    const document = parsed('\uFEFF{"a": 1}');
    expect(document.value).toEqual({ a: 1 });
    expect(document.locate(['a'])).toEqual({ line: 1, column: 3 });
  });

  it('does not let json5 write a console warning per U+2028 in a string', () => {
    const warn = vi.spyOn(console, 'warn');
    const original = console.warn;
    expect(parsed(`{"a": "${'\u2028'.repeat(1000)}"}`).value).toEqual({ a: '\u2028'.repeat(1000) });
    expect(warn).not.toHaveBeenCalled();
    expect(console.warn).toBe(original);
  });
});

describe('nesting depth', () => {
  afterEach(() => vi.restoreAllMocks());

  it(`accepts ${MAX_JSON_DEPTH} levels and locates the innermost value`, () => {
    const text = '['.repeat(MAX_JSON_DEPTH) + '1' + ']'.repeat(MAX_JSON_DEPTH);
    const document = parsed(text);
    expect(document.locate(new Array<number>(MAX_JSON_DEPTH).fill(0))).toEqual({
      line: 1,
      column: MAX_JSON_DEPTH + 1,
    });
  });

  it.each([
    ['one level too many', '['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1)],
    ['10,000 levels', '['.repeat(10_000) + ']'.repeat(10_000)],
    ['10,000 unclosed object levels', '{"a":'.repeat(10_000)],
    ['1,000,000 levels', '['.repeat(1_000_000) + ']'.repeat(1_000_000)],
    ['1,000,000 levels of JSON5 objects', '{a:'.repeat(1_000_000) + '1' + '}'.repeat(1_000_000)],
  ])('refuses %s cleanly', (_name, text) => {
    expect(parseJsonDocument(text, 'policy.jsonc')).toEqual({
      ok: false,
      kind: 'too-deep',
      error: 'policy.jsonc nests deeper than 512 levels',
    });
  });

  it('does not count brackets inside strings or comments', () => {
    const brackets = '['.repeat(10_000);
    const text = `{"a": "${brackets}", 'b': '${brackets}', // ${brackets}\n /* ${brackets} */ c: 1}`;
    expect(parsed(text).value).toEqual({ a: brackets, b: brackets, c: 1 });
  });
});

describe('locate', () => {
  // Plain JSONC: positions come from jsonc-parser.
  const config = [
    '{',
    '  // OpenClaw config',
    '  "channels": {',
    '    "telegram": { "enabled": true },',
    '  },',
    '  "mcp": {',
    '    "servers": {',
    '      "my server": { "command": "npx" },',
    '      "my/server": { "url": "https://example.test" }',
    '    }',
    '  }',
    '}',
  ].join('\n');

  it('finds keys, array elements and the root in JSONC', () => {
    const document = parsed(config);
    expect(document.locate([])).toEqual({ line: 1, column: 1 });
    expect(document.locate(['channels', 'telegram'])).toEqual({ line: 4, column: 5 });
    expect(document.locate(['mcp', 'servers', 'my server'])).toEqual({ line: 8, column: 7 });
    expect(document.locate(['mcp', 'servers', 'my/server', 'url'])).toEqual({ line: 9, column: 22 });
  });

  it('falls back to the nearest enclosing node that exists', () => {
    const document = parsed(config);
    expect(document.locate(['mcp', 'servers', 'absent'])).toEqual({ line: 7, column: 5 });
    expect(document.locate(['mcp', 'servers', 'my server', 'command', 'deeper'])).toEqual(
      at(config, '"command"'),
    );
    expect(document.locate(['nothing', 'at', 'all'])).toEqual({ line: 1, column: 1 });
  });

  it('treats numbers as array indexes only, strings as keys only', () => {
    const document = parsed('{"0": {"x": 1}, "list": [10, 20]}');
    expect(document.locate([0, 'x'])).toEqual({ line: 1, column: 1 });
    expect(document.locate(['list', 1])).toEqual({ line: 1, column: 30 });
    expect(document.locate(['list', '1'])).toEqual({ line: 1, column: 17 });
    expect(document.locate(['list', 2])).toEqual({ line: 1, column: 17 });
  });

  // JSON5 that jsonc-parser cannot read: positions come from our JSON5 scanner.
  const policy = [
    '// workspace policy',
    '{',
    '  channels: {',
    '    denyRules: [',
    "      { id: 'no-telegram', when: { provider: 'telegram' } },",
    "      { id: 'no-discord', when: { provider: 'discord' }, reason: 'Not approved.' },",
    '    ],',
    '  },',
    "  'mcp': { servers: { deny: ['shell'], allow: [\"plain\"] } },",
    "  models: { providers: { deny: ['openrouter'], limits: [0x10, +1, .5, Infinity, NaN] } },",
    '  "quoted\\u0020key": 1, \\u0061scii: 2, $dollar_: 3, ünïcödé: 4,',
    '}',
  ].join('\n');

  it('locates unquoted keys, single-quoted keys and array elements in JSON5', () => {
    const document = parsed(policy);
    expect(document.locate([])).toEqual({ line: 2, column: 1 });
    expect(document.locate(['channels', 'denyRules', 1])).toEqual({ line: 6, column: 7 });
    expect(document.locate(['channels', 'denyRules', 1, 'reason'])).toEqual(at(policy, 'reason'));
    expect(document.locate(['mcp', 'servers', 'allow'])).toEqual(at(policy, 'allow'));
    expect(document.locate(['models', 'providers', 'deny'])).toEqual({ line: 10, column: 26 });
    expect(document.locate(['models', 'providers', 'limits', 4])).toEqual(at(policy, 'NaN'));
  });

  it('decodes escaped key names the way json5 does', () => {
    const document = parsed(policy);
    expect(document.value).toMatchObject({ 'quoted key': 1, ascii: 2, $dollar_: 3, ünïcödé: 4 });
    expect(document.locate(['quoted key'])).toEqual(at(policy, '"quoted'));
    expect(document.locate(['ascii'])).toEqual(at(policy, '\\u0061scii'));
    expect(document.locate(['ünïcödé'])).toEqual(at(policy, 'ünïcödé'));
  });

  it('decodes every JSON5 string escape in keys', () => {
    const text = "{'\\x41\\b\\f\\n\\r\\t\\v\\0\\'\\\"\\q\\\n\\\r\nZ': 1, next: 2}";
    const document = parsed(text);
    const key = Object.keys(document.value as object)[0] as string;
    expect(key).toBe('A\b\f\n\r\t\v\0\'"qZ');
    expect(document.locate([key])).toEqual({ line: 1, column: 2 });
    expect(document.locate(['next'])).toEqual(at(text, 'next'));
  });

  it('counts lines at LF in CRLF files, for JSONC and JSON5 alike', () => {
    const jsonc = '{\r\n  "a": {\r\n    "b": [1,\r\n      2]\r\n  }\r\n}\r\n';
    expect(parsed(jsonc).locate(['a', 'b', 1])).toEqual({ line: 4, column: 7 });
    const json5 = jsonc.replace('"b"', 'b');
    expect(parsed(json5).locate(['a', 'b', 1])).toEqual({ line: 4, column: 7 });
    expect(parsed(json5).locate(['a', 'b'])).toEqual({ line: 3, column: 5 });
  });

  it('points at the last of duplicated keys, the one whose value counts', () => {
    const text = '{\n  deny: ["shell"],\n  deny: []\n}';
    expect(parsed(text).locate(['deny'])).toEqual({ line: 3, column: 3 });
  });

  it('locates a scalar root', () => {
    expect(parsed('  42').locate([])).toEqual({ line: 1, column: 3 });
    expect(parsed("  'x'").locate(['anything'])).toEqual({ line: 1, column: 3 });
  });
});

describe('duplicate keys', () => {
  it('reports each repeat at nested paths with both positions, in document order', () => {
    const text = [
      '{',
      '  mcp: { servers: { deny: ["shell"], allow: [], deny: [] } },',
      '  channels: { denyRules: [ { id: "a", when: {}, "id": "b", \'id\': "c" } ] },',
      '  "mcp": {},',
      '}',
    ].join('\n');
    expect(parsed(text).duplicateKeys).toEqual([
      {
        path: ['mcp', 'servers'],
        key: 'deny',
        position: { line: 2, column: 49 },
        firstPosition: { line: 2, column: 21 },
      },
      {
        path: ['channels', 'denyRules', 0],
        key: 'id',
        position: at(text, '"id"'),
        firstPosition: at(text, 'id:'),
      },
      {
        path: ['channels', 'denyRules', 0],
        key: 'id',
        position: at(text, "'id'"),
        firstPosition: at(text, 'id:'),
      },
      { path: [], key: 'mcp', position: { line: 4, column: 3 }, firstPosition: { line: 2, column: 3 } },
    ]);
  });

  it('treats differently written spellings of one key as duplicates', () => {
    const text = '{"a": 1, \'a\': 2, a: 3, "\\u0061": 4, \\u0061: 5}';
    expect(parsed(text).duplicateKeys.map((duplicate) => duplicate.position.column)).toEqual([
      10, 18, 24, 37,
    ]);
  });

  it('finds duplicates in plain JSON through jsonc-parser too', () => {
    const text = '{"a": {"b": 1, "b": 2}}';
    expect(parsed(text).duplicateKeys).toEqual([
      { path: ['a'], key: 'b', position: { line: 1, column: 16 }, firstPosition: { line: 1, column: 8 } },
    ]);
  });

  it('is empty for a clean document', () => {
    expect(parsed('{"a": {"b": [1, {"b": 2}]}}').duplicateKeys).toEqual([]);
  });
});
