// How the 2026.9.6 checks read their rule values (SPEC-2026.9 §10.1). A value of the wrong type
// imposes nothing: the shape validator reports it.
import { policyStringList } from '../policy-lists.js';
import { valueAtPath } from '../record.js';
import { booleanValue } from './config-values.js';

/** The release's list normalisation (`readStringList`): trimmed and lowercased. */
export const trimmedLowercase = (entry: string): string => entry.trim().toLowerCase();

/** `readStringList`: the trimmed, lowercased, non-empty entries; [] unless every entry is a string. */
export function lowercasedPolicyList(rules: Record<string, unknown>, path: readonly string[]): string[] {
  return policyStringList(rules, path, trimmedLowercase);
}

/** `readBooleanPath`: the boolean at `path`, else undefined. */
export function policyBoolean(rules: unknown, path: readonly string[]): boolean | undefined {
  return booleanValue(valueAtPath(rules, path));
}
