import { createHash } from 'node:crypto';

// OpenClaw sorts keys with `String#localeCompare`, i.e. the host's default ICU locale. Under
// C, C.UTF-8 and en_US (every CI runner, most servers) that is en-US collation; under sv_SE or
// tr_TR a few non-ASCII keys sort differently, which would make an accepted hash depend on the
// machine. We pin en-US so CI and runtime always agree (documented in the README).
const collator = new Intl.Collator('en-US');

/** Compares two strings the way canonical JSON orders keys. */
export const compareKeys: (a: string, b: string) => number = collator.compare;

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
  const parts: string[] = [];
  writeCanonical(value, parts, 0);
  return parts.join('');
}

function writeCanonical(value: unknown, out: string[], depth: number): void {
  if (depth > MAX_CANONICAL_DEPTH) throw new CanonicalDepthError();
  if (Array.isArray(value)) {
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(',');
      writeCanonical(value[i], out, depth + 1);
    }
    out.push(']');
    return;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort(compareKeys);
    out.push('{');
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      if (i > 0) out.push(',');
      out.push(JSON.stringify(key), ':');
      writeCanonical(record[key], out, depth + 1);
    }
    out.push('}');
    return;
  }
  // JSON.stringify(undefined) is undefined; String() turns it into the bare word OpenClaw emits.
  out.push(String(JSON.stringify(value)));
}

/** `H(v)`: "sha256:" + lowercase hex SHA-256 of the UTF-8 canonical form. */
export function hashOf(value: unknown): string {
  return `sha256:${createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex')}`;
}
