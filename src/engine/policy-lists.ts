import { valueAtPath } from './record.js';

/**
 * A policy string list as rules read it: trimmed, blank entries dropped, non-strings ignored;
 * an absent or non-array value is an empty list (the shape validator reports it separately).
 */
export function policyStringList(
  policy: Record<string, unknown>,
  path: readonly string[],
  normalize: (entry: string) => string = (entry) => entry.trim(),
): string[] {
  const value = valueAtPath(policy, path);
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const entry of value) {
    if (typeof entry !== 'string') continue;
    const normalized = normalize(entry);
    if (normalized !== '') out.push(normalized);
  }
  return out;
}
