import { valueAtPath } from './record.js';

/**
 * A policy string list as rules read it: trimmed, blank entries dropped; a list holding any
 * non-string, or a value that is not a list, imposes nothing (the shape validator reports it).
 * That is OpenClaw's reading (recorded in test/fixtures/conformance).
 */
export function policyStringList(
  policy: Record<string, unknown>,
  path: readonly string[],
  normalize: (entry: string) => string = (entry) => entry.trim(),
): string[] {
  const value = valueAtPath(policy, path);
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string')) return [];
  const out: string[] = [];
  for (const entry of value as string[]) {
    const normalized = normalize(entry);
    if (normalized !== '') out.push(normalized);
  }
  return out;
}

/** Like `policyStringList`, but undefined when the list is absent (to tell "removed" from "emptied"). */
export function presentList(
  policy: Record<string, unknown>,
  path: readonly string[],
  normalize?: (entry: string) => string,
): string[] | undefined {
  return valueAtPath(policy, path) === undefined ? undefined : policyStringList(policy, path, normalize);
}
