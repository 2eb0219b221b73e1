// Which evidence entries an agent scope judges (SPEC-2026.9 §9.2): the agent's own entries, and an
// inherited entry (global or defaults settings) of every kind the agent has no entry of itself.
import { AgentEntryIndex } from './agent-entry-index.js';

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
  // Inherited entries are global or defaults ones, never of scope `agent` (AgentEntryIndex).
  const index = AgentEntryIndex.of(entries);
  const ownKinds = new Set(
    index
      .own(agentId)
      .filter((entry) => entry.scope === 'agent')
      .map((entry) => entry.kind),
  );
  return index.select(agentId, (entry) => isInherited(entry) && !ownKinds.has(entry.kind));
}
