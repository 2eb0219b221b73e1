import { createHash } from 'node:crypto';

// OpenClaw sorts keys with `String#localeCompare`, i.e. the host's default ICU locale. Under
// C, C.UTF-8 and en_US (every CI runner, most servers) that is en-US collation; under sv_SE or
// tr_TR a few non-ASCII keys sort differently, which would make an accepted hash depend on the
// machine. We pin en-US so CI and runtime always agree (documented in the README).
const collator = new Intl.Collator('en-US');

/**
 * Compares two strings the way canonical JSON orders keys: en-US collation. Keys are nearly
 * always printable ASCII, where ICU's result reduces to two passes: primary weights (case folded)
 * decide, then the first case difference (lower before upper). The weights are read off this
 * runtime's own collator at start-up, and a property test holds the two equal; any other
 * character goes to ICU itself.
 */
export function compareKeys(a: string, b: string): number {
  if (!isPrintableAscii(a) || !isPrintableAscii(b)) return collator.compare(a, b) || byCodeUnits(a, b);
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const difference =
      (PRIMARY_WEIGHT[a.charCodeAt(i)] as number) - (PRIMARY_WEIGHT[b.charCodeAt(i)] as number);
    if (difference !== 0) return difference;
  }
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return isUpperAscii(x) ? 1 : -1;
  }
  return 0;
}

/**
 * Sorts `items` by `keyOf` in `compareKeys` order, stable. When every key is made only of
 * lowercase ASCII letters, digits and `-` (config ids such as `server-0042`: nearly always), keys
 * compare by code units: on those characters en-US collation has one primary weight each, rising
 * with the code unit (`-` < digits < letters), and no case or accent levels. Otherwise every pair
 * goes to `compareKeys`. Held equal to a stable sort by `compareKeys` by a property test.
 */
export function sortByKey<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const keys = items.map(keyOf);
  if (!keys.every((key) => PLAIN_KEY.test(key))) {
    const order = keys.map((_, index) => index).sort((a, b) => compareKeys(keys[a]!, keys[b]!) || a - b);
    return order.map((index) => items[index]!);
  }
  // All plain: code-unit order, and often the order they are already in (one pass, no sort).
  let ascending = true;
  for (let i = 1; i < keys.length && ascending; i++) ascending = keys[i - 1]! <= keys[i]!;
  if (ascending) return items.slice();
  const order = keys
    .map((_, index) => index)
    .sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
  return order.map((index) => items[index]!);
}

const PLAIN_KEY = /^[-a-z0-9]*$/;

/**
 * Ties between distinct keys that collate as equal (NFC `é` and NFD `e\u0301`, or `a` and
 * `a\u200b`) are broken by code units, so the canonical form never depends on the order keys were
 * written in. OpenClaw keeps file order there (its hash then depends on key order); this is the
 * only place the two can differ.
 */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const FIRST_PRINTABLE = 0x20;
const LAST_PRINTABLE = 0x7e;

/** Primary collation weight of each printable ASCII character (index = char code). */
const PRIMARY_WEIGHT: readonly number[] = (() => {
  const primary = new Intl.Collator('en-US', { sensitivity: 'base' });
  const characters: string[] = [];
  for (let code = FIRST_PRINTABLE; code <= LAST_PRINTABLE; code++) characters.push(String.fromCharCode(code));
  characters.sort(collator.compare);
  const weights: number[] = [];
  let weight = 0;
  characters.forEach((character, index) => {
    if (index > 0 && primary.compare(characters[index - 1] as string, character) !== 0) weight++;
    weights[character.charCodeAt(0)] = weight;
  });
  return weights;
})();

function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < FIRST_PRINTABLE || code > LAST_PRINTABLE) return false;
  }
  return true;
}

function isUpperAscii(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/** Nesting beyond this is refused rather than risking the stack (inputs are capped far lower). */
const MAX_CANONICAL_DEPTH = 4096;

export class CanonicalDepthError extends Error {
  constructor() {
    super(`value nests deeper than ${MAX_CANONICAL_DEPTH} levels`);
    this.name = 'CanonicalDepthError';
  }
}

/**
 * Canonical JSON (SPEC.md §4): arrays keep order, object keys sorted by `compareKeys`, no
 * whitespace. A property whose value is `undefined` is written as the bare text `undefined`,
 * an OpenClaw quirk that attestation hashes depend on.
 */
export function canonicalJson(value: unknown): string {
  return canonicalOf(value, 0);
}

// Records are written key by key; each array goes through the native fast path with the key list
// of its own subtree (a short list, so JSON.stringify probes few absent keys per element).
function canonicalOf(value: unknown, depth: number): string {
  if (depth > MAX_CANONICAL_DEPTH) throw new CanonicalDepthError();
  if (Array.isArray(value)) {
    const keyOrder = canonicalKeyOrder(value);
    return keyOrder === undefined ? writeCanonical(value, depth) : JSON.stringify(value, keyOrder);
  }
  if (value === null || typeof value !== 'object') return writeCanonical(value, depth);
  const record = value as Record<string, unknown>;
  const parts = sortedKeys(record).map(
    (key) => `${JSON.stringify(key)}:${canonicalOf(record[key], depth + 1)}`,
  );
  return `{${parts.join(',')}}`;
}

// Fast path. Given an array replacer, JSON.stringify writes every object's properties in the
// order of that list (ECMA-262 SerializeJSONObject uses the PropertyList, even for integer-like
// keys), so the union of all keys, sorted once, yields the canonical form in one native call.
// Three cases keep the exact writer: `undefined` values (JSON.stringify drops them, the
// canonical form writes them); a "__proto__" key (JSON.stringify reads listed keys with [[Get]],
// which finds the inherited prototype on objects lacking their own); and two distinct keys that
// collate as equal (their relative order would depend on each object's insertion order).
function canonicalKeyOrder(value: unknown): string[] | undefined {
  const keys = new Set<string>();
  lastCollected = [];
  if (!collectKeys(value, keys, 0) || keys.has('__proto__')) return undefined;
  const order = [...keys].sort(compareKeys);
  for (let i = 1; i < order.length; i++) {
    if (compareKeys(order[i - 1] as string, order[i] as string) === 0) return undefined;
  }
  return order;
}

function collectKeys(value: unknown, keys: Set<string>, depth: number): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'object' || value === null) return true;
  if (depth > MAX_CANONICAL_DEPTH) throw new CanonicalDepthError();
  if (Array.isArray(value)) {
    for (const item of value) if (!collectKeys(item, keys, depth + 1)) return false;
    return true;
  }
  const record = value as Record<string, unknown>;
  const own = Object.keys(record);
  // Objects of one array nearly always share their key list: add it to the set once.
  if (!sameKeys(own, lastCollected)) {
    for (const key of own) keys.add(key);
    lastCollected = own;
  }
  for (const key of own) if (!collectKeys(record[key], keys, depth + 1)) return false;
  return true;
}

/** The key list `collectKeys` last added; reset for every new set. */
let lastCollected: readonly string[] = [];

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sortedKeys(record: object): string[] {
  return Object.keys(record).sort(compareKeys);
}

/** The exact canonical writer; `canonicalJson` uses it whenever the fast path could differ. */
export function writeCanonical(value: unknown, depth = 0): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
      return 'undefined';
    case 'object':
      break;
    default:
      // bigint, symbol, function: what JSON.stringify does with them (never produced by JSON5).
      return String(JSON.stringify(value));
  }
  if (value === null) return 'null';
  if (depth > MAX_CANONICAL_DEPTH) throw new CanonicalDepthError();
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out += writeCanonical(value[i], depth + 1);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  let out = '{';
  let first = true;
  for (const key of sortedKeys(record)) {
    if (!first) out += ',';
    first = false;
    out += `${JSON.stringify(key)}:${writeCanonical(record[key], depth + 1)}`;
  }
  return `${out}}`;
}

/** `H(v)`: "sha256:" + lowercase hex SHA-256 of the UTF-8 canonical form. */
export function hashOf(value: unknown): string {
  return sha256Hash(canonicalJson(value));
}

/** "sha256:" + lowercase hex SHA-256 of the UTF-8 text (already in canonical form). */
export function sha256Hash(canonicalText: string): string {
  return `sha256:${createHash('sha256').update(canonicalText, 'utf8').digest('hex')}`;
}
