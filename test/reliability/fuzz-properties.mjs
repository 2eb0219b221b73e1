// The fuzz properties of issue 6, item 3, written once over an injected engine so the long run
// (`scripts/fuzz.mjs`, over the built lib/) and the short slice in the suite
// (`fuzz-slice.test.ts`, over src/) check exactly the same things:
//   - the JSONC reader (parseJsonDocument), the TOOLS.md reader (parseToolsMarkdown), the canonical
//     hasher (canonicalJson/hashOf) and the verdict function (verdictFor) never throw;
//   - the same input twice gives the same output;
//   - a decorated spelling of a JSON value (comments, trailing commas, BOM, CRLF, quotes) and a
//     reordering of its keys give the same hash; CRLF line ends give the same tools;
//   - adding a finding or a weakening never turns a failing verdict into a passing one.
// Plain JavaScript (types in fuzz-properties.d.mts) because the script runs without a compiler.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';

// --- JSONC texts ------------------------------------------------------------------------------------

const JSON5_WHITESPACE = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\uFEFF'];
const COMMENTS = ['', '', '', '// note\n', '/* note */', '/* two\nlines */', '//\r\n'];
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function quoted(text, g) {
  const json = JSON.stringify(text);
  return g(fc.boolean) ? `'${json.slice(1, -1).replace(/'/g, "\\'")}'` : json;
}

function numberText(n, g) {
  const plain = JSON.stringify(n);
  if (n >= 0 && !Object.is(n, -0)) {
    const style = g(fc.nat, 3);
    if (style === 1) return `+${plain}`;
    if (style === 2 && Number.isSafeInteger(n)) return `0x${n.toString(16)}`;
  }
  return plain;
}

/** `value` as a person might write it in JSON5; every choice comes from `g`, so it shrinks. */
export function decoratedJson5(value, g, depth = 0) {
  const ws = () =>
    g(fc.constantFrom, ...JSON5_WHITESPACE.slice(0, 3), ...(g(fc.nat, 9) === 0 ? JSON5_WHITESPACE : []));
  const gap = () => `${ws()}${g(fc.constantFrom, ...COMMENTS)}${ws()}`;
  const inner = (v) => decoratedJson5(v, g, depth + 1);
  let text;
  if (Array.isArray(value)) {
    const items = value.map((v) => `${gap()}${inner(v)}`);
    text = `[${items.join(',')}${items.length > 0 && g(fc.boolean) ? ',' : ''}${gap()}]`;
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => {
      const key = IDENTIFIER.test(k) && g(fc.boolean) ? k : quoted(k, g);
      return `${gap()}${key}${gap()}:${gap()}${inner(v)}`;
    });
    text = `{${entries.join(',')}${entries.length > 0 && g(fc.boolean) ? ',' : ''}${gap()}}`;
  } else if (typeof value === 'string') {
    text = quoted(value, g);
  } else if (typeof value === 'number') {
    text = numberText(value, g);
  } else {
    text = JSON.stringify(value);
  }
  if (depth > 0) return text;
  return `${g(fc.boolean) ? '\uFEFF' : ''}${gap()}${text}${gap()}`;
}

/** Random damage: cut, insert, delete or repeat a piece. */
function mutate(text, g) {
  const steps = g(fc.integer, { min: 1, max: 3 });
  let out = text;
  for (let i = 0; i < steps; i++) {
    const at = g(fc.nat, out.length);
    switch (g(fc.nat, 3)) {
      case 0:
        out = out.slice(0, at);
        break;
      case 1:
        out =
          out.slice(0, at) +
          g(
            fc.constantFrom,
            '{',
            '}',
            '[',
            ']',
            ',',
            ':',
            '"',
            "'",
            '/',
            '*',
            '\\',
            '\n',
            '\r',
            '\uFFFD',
            '\u0000',
            '\uFEFF',
            '\ud800',
          ) +
          out.slice(at);
        break;
      case 2:
        out = out.slice(0, at) + out.slice(at + g(fc.nat, 20));
        break;
      default:
        out = out.slice(0, at) + out.slice(at, at + g(fc.nat, 30)).repeat(2) + out.slice(at);
    }
  }
  return out;
}

const jsonValues = fc.jsonValue({
  maxDepth: 5,
  stringUnit: fc.oneof(
    fc.constantFrom(
      'a',
      'ä',
      'z',
      'ı',
      '"',
      "'",
      '\\',
      '\n',
      '\u2028',
      '\u0000',
      '__proto__',
      'é',
      'e\u0301',
    ),
    fc.string({ unit: 'binary', maxLength: 3 }),
  ),
});

const JSONISH = [
  ...'{}[]:,"\'/*\n\r\t \\0123456789-+.eExtrufalsnIiNfyAa_$',
  '\uFEFF',
  '\u2028',
  '\u00a0',
  '\uFFFD',
];
const jsonTexts = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 1 },
  { arbitrary: fc.string({ unit: fc.constantFrom(...JSONISH), maxLength: 300 }), weight: 2 },
  {
    arbitrary: fc.tuple(jsonValues, fc.gen()).map(([value, g]) => mutate(decoratedJson5(value, g), g)),
    weight: 4,
  },
  { arbitrary: fc.tuple(jsonValues, fc.gen()).map(([value, g]) => decoratedJson5(value, g)), weight: 2 },
);

const deepTexts = fc
  .tuple(
    fc.integer({ min: 0, max: 20_000 }),
    fc.constantFrom('[', '{"a":', '{a:', '[{"k":'),
    fc.boolean(),
    fc.constantFrom('', '1', '"x"', '// c\n'),
  )
  .map(([depth, opener, close, middle]) => {
    const closer = opener === '[' ? ']' : opener === '[{"k":' ? '}]' : '}';
    return `${opener.repeat(depth)}${middle || '0'}${close ? closer.repeat(depth) : ''}`;
  });

/** Paths into a parsed value (a few real ones and some that do not exist). */
function pathsOf(value, limit = 6) {
  const out = [[]];
  const walk = (v, path) => {
    if (out.length >= limit || v === null || typeof v !== 'object') return;
    for (const [k, child] of Object.entries(v)) {
      const next = [...path, Array.isArray(v) ? Number(k) : k];
      out.push(next);
      walk(child, next);
      if (out.length >= limit) return;
    }
  };
  walk(value, []);
  out.push(['no', 'such', 'path'], [0, 1, 2]);
  return out;
}

/** Everything a caller can observe of a parsed document, lazy parts included. */
function observe(engine, text) {
  const doc = engine.parseJsonDocument(text, 'fuzz.jsonc');
  if (!doc.ok) return { ok: false, kind: doc.kind, error: doc.error, position: doc.position };
  return {
    ok: true,
    value: doc.value,
    duplicateKeys: doc.duplicateKeys,
    located: pathsOf(doc.value).map((p) => doc.locate(p)),
  };
}

// --- TOOLS.md texts ---------------------------------------------------------------------------------

const META = [
  'risk:low',
  'risk: high',
  'RISK: HIGH',
  'risk:',
  'risk:-',
  'risk:critical',
  'R0',
  'R3',
  'R4',
  'R5',
  'R12',
  'xR5',
  'r5',
  'sensitivity:internal',
  'sensitivity: restricted',
  'owner:@ops',
  'owner:Zoë',
  'owner:',
  'owner:#x',
  'READ_ONLY',
  'IRREVERSIBLE_EXTERNAL',
  'AB',
  'capabilities:',
  '[NET]',
  '(WRITE_FS)',
  '#',
  '*',
  '-',
];
const name = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_.@-]{1,12}$/),
  fc.constantFrom('deploy', 'search_docs', 'Tools', '---', 'ä', '#x', 'a:b'),
);
const meta = fc
  .array(fc.oneof({ arbitrary: fc.constantFrom(...META), weight: 3 }, { arbitrary: name, weight: 1 }), {
    maxLength: 6,
  })
  .chain((tokens) => fc.constantFrom(' ', '  ', ', ', '\t', '\u00a0').map((sep) => tokens.join(sep)));
const indent = fc.constantFrom('', '', '  ', '    ', '\t');
const toolsLine = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      '## Tools',
      '# tools',
      '### TOOLS ##',
      '## Tools_',
      '\uFEFF## Tools',
      '##  Tools  ',
      '#Tools',
      '####### Tools',
      '## Tools\r',
      '## Escalation',
      '# Other',
    ),
    weight: 3,
  },
  {
    arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), name).map(([n, text]) => `${'#'.repeat(n)} ${text}`),
    weight: 2,
  },
  { arbitrary: fc.tuple(indent, name, meta).map(([i, n, m]) => `${i}### ${n} ${m}`), weight: 5 },
  {
    arbitrary: fc
      .tuple(indent, fc.constantFrom('-', '*', '+'), fc.constantFrom(' ', '  ', '\t'), name, meta)
      .map(([i, b, s, n, m]) => `${i}${b}${s}${n}:${m}`),
    weight: 5,
  },
  { arbitrary: fc.tuple(indent, meta).map(([i, m]) => `${i}${m}`), weight: 4 },
  { arbitrary: meta.map((m) => `Capabilities: ${m}`), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      '',
      '\r',
      '\u2028',
      `${' '.repeat(2000)}risk:`,
      '\u00a0',
      `- ${'a'.repeat(3000)}:`,
    ),
    weight: 1,
  },
);
const toolsTexts = fc.array(toolsLine, { maxLength: 40 }).map((lines) => lines.join('\n'));

// --- values for the hasher ----------------------------------------------------------------------------

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const KEY_POOL = [
  'a',
  'A',
  'b',
  'ä',
  'z',
  'ı',
  'i',
  'İ',
  'é',
  'e\u0301',
  'a\u0000',
  'a\u200b',
  '__proto__',
  'constructor',
  'toString',
  '1',
  '10',
  '2',
  '-1',
  '',
];
const keys = fc.oneof(
  fc.constantFrom(...KEY_POOL),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.string({ unit: fc.oneof(fc.constantFrom('a', 'b'), loneSurrogate), maxLength: 3 }),
);
const { hashable } = fc.letrec((tie) => ({
  hashable: fc.oneof({ depthSize: 'small' }, tie('leaf'), tie('array'), tie('object')),
  leaf: fc.oneof(
    fc.constant(null),
    fc.constant(undefined),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    fc.string({ unit: 'binary', maxLength: 6 }),
  ),
  array: fc.array(tie('hashable'), { maxLength: 4 }),
  object: fc
    .uniqueArray(fc.tuple(keys, tie('hashable')), { maxLength: 5, selector: ([k]) => k })
    .map((entries) => Object.fromEntries(entries)),
}));

function shuffledKeys(value, g) {
  if (Array.isArray(value)) return value.map((v) => shuffledKeys(v, g));
  if (value === null || typeof value !== 'object') return value;
  // Fisher–Yates with small-integer draws: `g` caches an arbitrary per distinct argument list, so
  // handing it the entries themselves would grow that cache with every case (and slow the run).
  const entries = Object.entries(value);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = g(fc.nat, i);
    [entries[i], entries[j]] = [entries[j], entries[i]];
  }
  return Object.fromEntries(entries.map(([k, v]) => [k, shuffledKeys(v, g)]));
}

/** Whether some object holds two distinct keys that collate as equal (see the note in the README). */
function hasCollationTie(value, compareKeys) {
  if (value === null || typeof value !== 'object') return false;
  const children = Object.values(value);
  if (!Array.isArray(value)) {
    const ks = Object.keys(value);
    for (let i = 0; i < ks.length; i++)
      for (let j = i + 1; j < ks.length; j++) if (compareKeys(ks[i], ks[j]) === 0) return true;
  }
  return children.some((child) => hasCollationTie(child, compareKeys));
}

const containsUndefined = (value) =>
  value === undefined ||
  (value !== null && typeof value === 'object' && Object.values(value).some(containsUndefined));

// --- gate states for the verdict ------------------------------------------------------------------------

const HASHES = ['sha256:aaa', 'sha256:bbb', 'sha256:ccc'];
const hash = fc.constantFrom(...HASHES);
const fileState = fc.oneof(
  fc.constant({ state: 'absent' }),
  fc.constant({ state: 'corrupt', reason: 'policy.attestation.json does not verify.' }),
  hash.map((attestationHash) => ({ state: 'verified', report: {}, attestationHash })),
);
const gateStates = fc.record(
  {
    candidate: fc.record({
      attestationHash: fc.option(hash, { nil: undefined }),
      attestedFindings: fc.nat(3),
    }),
    accepted: fileState,
    baseCurrentHash: fc.option(hash, { nil: undefined }),
    proposed: fc.option(fileState, { nil: undefined }),
    acceptanceSatisfied: fc.boolean(),
    needsAcceptanceAnyway: fc.boolean(),
    error: fc.option(fc.constantFrom('the API failed after retries', ''), { nil: undefined }),
  },
  {
    requiredKeys: [
      'candidate',
      'accepted',
      'baseCurrentHash',
      'proposed',
      'acceptanceSatisfied',
      'needsAcceptanceAnyway',
    ],
  },
);

// --- the properties ---------------------------------------------------------------------------------------

const TOOL_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TOKEN = /^[A-Z][A-Z0-9_]{2,}$/;

/**
 * @param {import('./fuzz-properties.d.mts').FuzzEngine} engine
 * @param {import('./fuzz-properties.d.mts').FuzzTallies} tallies counters the properties add to
 */
export function fuzzProperties(engine, tallies = { collationTies: 0, tooDeep: 0, parsed: 0 }) {
  const {
    parseJsonDocument,
    parseToolsMarkdown,
    canonicalJson,
    writeCanonical,
    hashOf,
    compareKeys,
    verdictFor,
    maxJsonDepth,
  } = engine;
  return [
    {
      target: 'JSONC reader',
      name: 'any text: no throw, same result twice (value, error, duplicate keys, positions)',
      weight: 3,
      property: fc.property(jsonTexts, (text) => {
        const first = observe(engine, text);
        if (first.ok) tallies.parsed += 1;
        return isDeepStrictEqual(first, observe(engine, text));
      }),
    },
    {
      target: 'JSONC reader',
      name: 'comments, trailing commas, quotes, BOM, CRLF: the same value and hash as plain JSON',
      weight: 2,
      property: fc.property(jsonValues, fc.gen(), (value, g) => {
        const text = decoratedJson5(value, g);
        const doc = parseJsonDocument(text, 'fuzz.jsonc');
        const plain = parseJsonDocument(JSON.stringify(value), 'fuzz.json');
        return (
          doc.ok &&
          plain.ok &&
          hashOf(doc.value) === hashOf(value) &&
          hashOf(plain.value) === hashOf(value) &&
          doc.duplicateKeys.length === 0
        );
      }),
    },
    {
      target: 'JSONC reader',
      name: 'nesting up to 20,000 levels: refused past the limit, never a stack overflow',
      weight: 1,
      property: fc.property(deepTexts, (text) => {
        const doc = parseJsonDocument(text, 'deep.jsonc');
        let depth = 0;
        let max = 0;
        for (const ch of text) {
          if (ch === '[' || ch === '{') max = Math.max(max, ++depth);
          else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
        }
        if (max > maxJsonDepth) {
          tallies.tooDeep += 1;
          return !doc.ok && doc.kind === 'too-deep';
        }
        if (doc.ok) void doc.duplicateKeys;
        return true;
      }),
    },
    {
      target: 'TOOLS.md reader',
      name: 'any text: no throw, same tools twice, well-formed ids, lines, tokens',
      weight: 3,
      property: fc.property(fc.oneof(toolsTexts, fc.string({ unit: 'binary', maxLength: 300 })), (text) => {
        const tools = parseToolsMarkdown(text);
        const lineCount = text.split(/\r?\n/).length;
        const wellFormed = tools.every(
          (t) =>
            TOOL_ID.test(t.id) &&
            Number.isInteger(t.line) &&
            t.line >= 1 &&
            t.line <= lineCount &&
            (t.risk === undefined || /^[a-z0-9_-]+$/.test(t.risk)) &&
            (t.sensitivity === undefined || /^[a-z0-9_-]+$/.test(t.sensitivity)) &&
            (t.capabilities === undefined || t.capabilities.every((c) => TOKEN.test(c))),
        );
        return wellFormed && isDeepStrictEqual(tools, parseToolsMarkdown(text));
      }),
    },
    {
      target: 'TOOLS.md reader',
      name: 'CRLF line ends: the same tools as LF',
      weight: 1,
      property: fc.property(toolsTexts, (text) => {
        fc.pre(!text.includes('\r'));
        return isDeepStrictEqual(parseToolsMarkdown(text), parseToolsMarkdown(text.replace(/\n/g, '\r\n')));
      }),
    },
    {
      target: 'canonical hasher',
      name: 'key order irrelevant (unless two keys collate equal), fast path = exact writer, deterministic',
      weight: 3,
      property: fc.property(hashable, fc.gen(), (value, g) => {
        const canonical = canonicalJson(value);
        if (canonical !== writeCanonical(value) || canonical !== canonicalJson(value)) return false;
        const digest = hashOf(value);
        if (!/^sha256:[0-9a-f]{64}$/.test(digest) || digest !== hashOf(value)) return false;
        if (!containsUndefined(value) && hashOf(JSON.parse(canonical)) !== digest) return false;
        if (hasCollationTie(value, compareKeys)) {
          tallies.collationTies += 1;
          return true;
        }
        return hashOf(shuffledKeys(value, g)) === digest;
      }),
    },
    {
      target: 'verdict',
      name: 'no throw, deterministic, a pass needs a clean, readable, evaluated head',
      weight: 1,
      property: fc.property(gateStates, (states) => {
        const decision = verdictFor(states);
        if (!isDeepStrictEqual(decision, verdictFor(structuredClone(states)))) return false;
        if (!decision.passed) return true;
        return (
          ['reaccepted', 'unchanged'].includes(decision.verdict) &&
          states.error === undefined &&
          states.accepted.state !== 'corrupt' &&
          states.candidate.attestationHash !== undefined &&
          states.candidate.attestedFindings === 0
        );
      }),
    },
    {
      target: 'verdict',
      name: 'monotonic: one more finding never turns a failing verdict into a passing one (and never passes)',
      weight: 1,
      property: fc.property(gateStates, (states) => {
        const before = verdictFor(states);
        const more = verdictFor({
          ...states,
          candidate: { ...states.candidate, attestedFindings: states.candidate.attestedFindings + 1 },
        });
        // Monotonic, and stronger: a head with a finding never passes at all.
        return (before.passed || !more.passed) && !more.passed;
      }),
    },
    {
      target: 'verdict',
      name: 'monotonic: a weakening or downgrade never turns a failing verdict into a passing one',
      weight: 1,
      property: fc.property(gateStates, (states) => {
        const before = verdictFor(states);
        const weakened = verdictFor({ ...states, needsAcceptanceAnyway: true });
        const unaccepted = verdictFor({ ...states, needsAcceptanceAnyway: true, acceptanceSatisfied: false });
        return (before.passed || !weakened.passed) && !unaccepted.passed;
      }),
    },
  ];
}

/**
 * Runs every property with its share of `cases` (by weight), seeds `seed`, `seed + 1`, ….
 * @returns {import('./fuzz-properties.d.mts').FuzzReport}
 */
export function runFuzz(engine, { cases, seed }) {
  const tallies = { collationTies: 0, tooDeep: 0, parsed: 0 };
  const properties = fuzzProperties(engine, tallies);
  const totalWeight = properties.reduce((sum, p) => sum + p.weight, 0);
  const rows = properties.map((p, index) => {
    const numRuns = Math.max(1, Math.round((cases * p.weight) / totalWeight));
    const started = performance.now();
    const details = fc.check(p.property, { numRuns, seed: seed + index, maxSkipsPerRun: 1000 });
    return {
      target: p.target,
      property: p.name,
      seed: seed + index,
      cases: details.numRuns,
      skipped: details.numSkips,
      failed: details.failed,
      counterexample: details.failed ? describeCounterexample(details) : undefined,
      ms: Math.round(performance.now() - started),
    };
  });
  return { seed, rows, tallies };
}

function describeCounterexample(details) {
  const error = details.errorInstance instanceof Error ? `: ${details.errorInstance.message}` : '';
  let shown;
  try {
    shown = JSON.stringify(details.counterexample);
  } catch {
    shown = String(details.counterexample);
  }
  return `${(shown ?? 'undefined').slice(0, 500)}${error} (path ${details.counterexamplePath})`;
}
