// Which evidence entries an agent scope judges (SPEC-2026.9 §9.2): the agent's own entries, and an
// inherited entry (global or defaults settings) of every kind the agent has no entry of itself.
import { scopedAgentIdMatches } from './policy-scope.js';

interface ScopedEntry {
  kind: string;
  scope: string;
  agentId?: string;
}

/** In entry order; `isInherited` tells the entries an agent without its own one falls back to. */
export function agentScopeEntries<Entry extends ScopedEntry>(
  entries: readonly Entry[],
  agentId: string,
  isInherited: (entry: Entry) => boolean,
): Entry[] {
  const isOwn = (entry: Entry) => scopedAgentIdMatches(entry.agentId, agentId);
  const ownKinds = new Set(
    entries.filter((entry) => entry.scope === 'agent' && isOwn(entry)).map((e) => e.kind),
  );
  return entries.filter((entry) => isOwn(entry) || (isInherited(entry) && !ownKinds.has(entry.kind)));
}
