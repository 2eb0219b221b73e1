import type { SandboxPostureEvidence } from './entries.js';

/** How sandbox findings name an entry's owner (SPEC-2026.9 §10.1). */
export function sandboxLabel(entry: SandboxPostureEvidence): string {
  return entry.agentId === undefined ? 'default sandbox config' : `agent '${entry.agentId}'`;
}
