// How findings name whose settings an evidence entry describes (SPEC-2026.9 §10.2): the agent's
// id, or the family's words for the shared settings every agent inherits.

/** `agent '<id>'`, or `sharedSettings` (e.g. `global tools config`) for an entry of no agent. */
export function ownerLabel(entry: { agentId?: string }, sharedSettings: string): string {
  return entry.agentId === undefined ? sharedSettings : `agent '${entry.agentId}'`;
}
