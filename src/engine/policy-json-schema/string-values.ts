// Enumerated string values as the release compares them. The shape checks compare list entries
// trimmed (most lists), untouched (`raw`) or trimmed and lowercased (`lower`), so `" coding "` and
// `"Risk"` can be valid. The schema offers the exact spellings (`enum`, for completion) and also
// accepts what the release's normalisation accepts (`pattern`), so it never flags a valid policy.
import type { ListNormalization } from '../current/shape/ordered-shape.js';
import type { JsonSchema } from './json-schema.js';

/** Allowed values, as a schema accepting what `normalization` maps to one of them. */
export function enumeratedString(values: readonly string[], normalization: ListNormalization): JsonSchema {
  const exact: JsonSchema = { type: 'string', enum: [...values] };
  if (normalization === 'raw') return exact;
  const alternatives = values.map((value) =>
    [...value].map((char) => (normalization === 'lower' ? anyCaseOf(char) : escapeRegExp(char))).join(''),
  );
  return {
    anyOf: [
      exact,
      {
        type: 'string',
        pattern: `^\\s*(?:${alternatives.join('|')})\\s*$`,
        patternErrorMessage: `Use one of: ${values.join(', ')}.`,
      },
    ],
  };
}

/**
 * Only ECMAScript's syntax characters: validators compile patterns with the `u` flag, which refuses
 * any other escaped character (`\-`). `\s` and `String.prototype.trim` agree on what whitespace is.
 */
function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/**
 * A character class of every UTF-16 code unit whose `toLowerCase()` is `char` (e.g. `k`: k, K and
 * the Kelvin sign U+212A), so the pattern matches exactly what `entry.trim().toLowerCase()` accepts.
 */
function anyCaseOf(char: string): string {
  const variants = lowercaseSources().get(char) ?? [char];
  if (variants.length === 1) return escapeRegExp(char);
  const members = variants.map((variant) =>
    /^[\x20-\x7e]$/.test(variant)
      ? escapeRegExp(variant)
      : `\\u${variant.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
  return `[${members.join('')}]`;
}

let sources: Map<string, string[]> | undefined;

/** Lowercase character → the code units lowercasing to it (itself first); computed once. */
function lowercaseSources(): Map<string, string[]> {
  if (sources !== undefined) return sources;
  const found = new Map<string, string[]>();
  for (let code = 0; code <= 0xffff; code += 1) {
    const char = String.fromCharCode(code);
    const lower = char.toLowerCase();
    if (lower === char || lower.length !== 1) continue;
    found.set(lower, [...(found.get(lower) ?? [lower]), char]);
  }
  sources = found;
  return found;
}
