// How the 2026.9.6 evidence scanners read config values (SPEC-2026.9 §7): OpenClaw's lenient
// coercions, and the agent-over-defaults layering every per-agent posture value goes through
// (tool posture, sandbox, agent workspace; §7.3, §7.5, §7.6).
import { configAddress } from '../oc-path.js';

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

/** Where the layers an agent inherits from live: `agents.defaults` and the global `tools`. */
export const AGENT_DEFAULTS_SOURCE = configAddress('agents', 'defaults');
export const GLOBAL_TOOLS_SOURCE = configAddress('tools');

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
