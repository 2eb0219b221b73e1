// How the per-agent posture scanners (tool posture, sandbox, agent workspace; SPEC-2026.9 §7.3,
// §7.5, §7.6) read config values: OpenClaw's lenient coercions, and the agent-over-defaults
// layering every posture value goes through.
import { compareKeys } from '../../canonical-json.js';

/** `normalizeOptionalString`: a string trimmed, or undefined when blank or not a string. */
export function trimmedString(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** `asBoolean`. */
export function booleanValue(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

/** `readStringArray`: the non-blank strings of an array, untrimmed; [] for anything else. */
export function nonBlankStrings(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((entry): entry is string => typeof entry === 'string' && entry.trim() !== '');
}

/** A value read from an agent's own settings, else from the settings it inherits. */
export interface LayeredValue<T> {
  value: T;
  /** Either layer sets it. */
  explicit: boolean;
  /** Only the inherited layer sets it: its source is under the inherited base. */
  inherited: boolean;
}

export function layeredValue<T>(
  local: T | undefined,
  inherited: T | undefined,
  fallback: T,
): LayeredValue<T> {
  return {
    value: local ?? inherited ?? fallback,
    explicit: local !== undefined || inherited !== undefined,
    inherited: local === undefined && inherited !== undefined,
  };
}

/** `{ agentId }` for an agent's entry, nothing for the global or defaults entry. */
export function agentIdField(agentId: string | undefined): { agentId?: string } {
  return agentId === undefined ? {} : { agentId };
}

/** The release's evidence order: `localeCompare` by source, then by id (stable). */
export function sortedBySourceThenId<T extends { source: string; id: string }>(entries: readonly T[]): T[] {
  return entries.toSorted((a, b) => compareKeys(a.source, b.source) || compareKeys(a.id, b.id));
}
