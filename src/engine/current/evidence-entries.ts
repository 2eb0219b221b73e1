// What the 2026.9.6 evidence scanners share when they build entries (SPEC-2026.9 §7): the
// optional `agentId` key and the release's entry order.
import { compareKeys } from '../canonical-json.js';

/** `{ agentId }` for an agent's entry, nothing for the global or defaults entry. */
export function agentIdField(agentId: string | undefined): { agentId?: string } {
  return agentId === undefined ? {} : { agentId };
}

/** The release's evidence order: `localeCompare` by source, then by id (stable). */
export function sortedBySourceThenId<T extends { source: string; id: string }>(entries: readonly T[]): T[] {
  return entries.toSorted((a, b) => compareKeys(a.source, b.source) || compareKeys(a.id, b.id));
}
