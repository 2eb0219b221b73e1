// Policy-side `oc://` segments (SPEC-2026.9 §6): a segment that is not a plain word or `#<index>`
// is written as a JSON string. The config side (`ocSegment` in oc-path.ts) quotes differently
// (it never escapes), so the two must not be mixed up: targets into the policy use this one.

const RAW_SEGMENT = /^(?:[A-Za-z0-9_-]+|#\d+)$/;

export function policySegment(segment: string): string {
  return RAW_SEGMENT.test(segment) ? segment : JSON.stringify(segment);
}

/** `scopes/<segment>`: where a named scope's overlay lives in the policy document. */
export function scopeTargetPrefix(scopeName: string): string {
  return `scopes/${policySegment(scopeName)}`;
}
