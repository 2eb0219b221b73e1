// The zod checks of single values in the release schema (schema-node.ts ValueCheck): lengths,
// patterns, URLs, integers and bounds, and a few refinements policy-relevant keys carry — with
// zod's messages (and the reader's bound hints).

import type { SchemaIssue, ValueCheck } from './schema-node.js';

/** One zod check on a value that parsed; the trimmed value for `trim`. */
export function runCheck(value: unknown, check: ValueCheck): { value: unknown; issue?: SchemaIssue } {
  const fail = (message: string) => ({ value, issue: { path: [], message, continuable: true } });
  const unit = Array.isArray(value) ? 'items' : 'characters';
  const kind = Array.isArray(value) ? 'array' : 'string';
  const size = Array.isArray(value) ? value.length : typeof value === 'string' ? codePointLength(value) : 0;
  switch (check[0]) {
    case 'trim':
      return { value: typeof value === 'string' ? value.trim() : value };
    case 'min':
      return size < check[1] ? fail(`Too small: expected ${kind} to have >=${check[1]} ${unit}`) : { value };
    case 'max':
      return size > check[1] ? fail(`Too big: expected ${kind} to have <=${check[1]} ${unit}`) : { value };
    case 'regex':
      if (typeof value !== 'string' || checkPattern(check[1], check[2]).test(value)) return { value };
      return fail(check[3] ?? `Invalid string: must match pattern /${check[1]}/${check[2]}`);
    case 'int':
      if (typeof value !== 'number' || Number.isSafeInteger(value)) return { value };
      return {
        value,
        issue: {
          path: [],
          message: 'Invalid input: expected int, received number',
          continuable: false,
          incomplete: true,
        },
      };
    case 'url': {
      if (typeof value !== 'string') return { value };
      const trimmed = value.trim();
      return URL.canParse(trimmed) ? { value: trimmed.replace(/[\t\n\r]/g, '') } : fail('Invalid URL');
    }
    case 'httpUrl': {
      const protocol = typeof value === 'string' && URL.canParse(value) ? new URL(value).protocol : undefined;
      return protocol === 'http:' || protocol === 'https:'
        ? { value }
        : fail('Expected http:// or https:// URL');
    }
    case 'fileSecretId': {
      if (typeof value !== 'string' || value === 'value') return { value };
      const ok =
        value.startsWith('/') &&
        value
          .slice(1)
          .split('/')
          .every((segment) => /^(?:[^~]|~0|~1)*$/.test(segment));
      return ok
        ? { value }
        : fail(
            'File secret reference id must be an absolute JSON pointer (example: "/providers/openai/apiKey"), or "value" for singleValue mode.',
          );
    }
    case 'execSecretId': {
      if (typeof value !== 'string') return { value };
      const ok =
        /^[A-Za-z0-9][A-Za-z0-9._:/#-]{0,255}$/.test(value) &&
        !value.split('/').some((s) => s === '.' || s === '..');
      return ok
        ? { value }
        : fail(
            'Exec secret reference id must match /^[A-Za-z0-9][A-Za-z0-9._:/#-]{0,255}$/ and must not include "." or ".." path segments (example: "vault/openai/api-key" or "aws/secret#json_key").',
          );
    }
    case 'modelRefOrEmpty': {
      if (typeof value !== 'string' || value === '') return { value };
      const slash = value.indexOf('/');
      const ok =
        slash > 0 &&
        slash < value.length - 1 &&
        value.slice(0, slash).trim() !== '' &&
        value.slice(slash + 1).trim() !== '';
      return ok ? { value } : fail('Expected provider/model, or an empty string to disable decision models.');
    }
    case 'gt': {
      const [, bound, inclusive] = check;
      if (typeof value !== 'number' || (inclusive ? value >= bound : value > bound)) return { value };
      const hint = inclusive ? `(minimum: ${bound})` : `(must be greater than ${bound})`;
      return fail(`Too small: expected number to be ${inclusive ? '>=' : '>'}${bound} ${hint}`);
    }
    case 'lt': {
      const [, bound, inclusive] = check;
      if (typeof value !== 'number' || (inclusive ? value <= bound : value < bound)) return { value };
      const hint = inclusive ? `(maximum: ${bound})` : `(must be less than ${bound})`;
      return fail(`Too big: expected number to be ${inclusive ? '<=' : '<'}${bound} ${hint}`);
    }
  }
}

// The schema's `regex` checks, compiled once each (none is global or sticky: no state to share).
const checkPatterns = new Map<string, RegExp>();
function checkPattern(source: string, flags: string): RegExp {
  if (flags.includes('g') || flags.includes('y')) return new RegExp(source, flags);
  const cacheKey = `${flags}/${source}`;
  let compiled = checkPatterns.get(cacheKey);
  if (compiled === undefined) checkPatterns.set(cacheKey, (compiled = new RegExp(source, flags)));
  return compiled;
}

/** `[...text].length` without the array: code points, a surrogate pair counting once. */
function codePointLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}
