// Which sandboxPosture entries one agent scope judges (`scopedSandboxAgentMatches`, SPEC-2026.9
// §9.2): the agent's own entries, and a defaults entry only where the agent has no entry for the
// same field and the defaults would reach it (its backend is observable for container fields, its
// browser is not disabled for browser fields).
import { AgentEntryIndex } from '../../current/agent-entry-index.js';
import {
  isObservableContainerBackend,
  type SandboxCdpRangeEvidence,
  type SandboxPostureEvidence,
  type SandboxValueEvidence,
} from './entries.js';

export function scopedSandboxEntries(
  entries: readonly SandboxPostureEvidence[],
  agentId: string,
): SandboxPostureEvidence[] {
  const index = AgentEntryIndex.of(entries);
  const ownEntries = index.own(agentId).filter((entry) => entry.scope === 'agent');
  return index.select(
    agentId,
    (entry) =>
      entry.scope === 'defaults' &&
      !defaultsUnreachable(entry, ownEntries) &&
      !ownEntries.some((own) => describeSameField(own, entry)),
  );
}

function defaultsUnreachable(
  entry: SandboxPostureEvidence,
  ownEntries: readonly SandboxPostureEvidence[],
): boolean {
  if (needsContainerBackend(entry)) {
    const backend = ownEntries.find((own): own is SandboxValueEvidence => own.kind === 'backend');
    if (backend !== undefined && !isObservableContainerBackend(backend.value)) return true;
  }
  if (needsBrowser(entry)) {
    const range = ownEntries.find(
      (own): own is SandboxCdpRangeEvidence => own.kind === 'browserCdpSourceRange',
    );
    if (range?.value === false) return true;
  }
  return false;
}

function needsContainerBackend(entry: SandboxPostureEvidence): boolean {
  return (
    (entry.kind === 'containerNetwork' && entry.networkSurface === 'docker') ||
    entry.kind === 'containerSecurityProfile' ||
    (entry.kind === 'containerMount' && entry.bindSurface === 'docker')
  );
}

function needsBrowser(entry: SandboxPostureEvidence): boolean {
  return (
    entry.kind === 'browserCdpSourceRange' ||
    (entry.kind === 'containerNetwork' && entry.networkSurface === 'browser') ||
    (entry.kind === 'containerMount' && entry.bindSurface === 'browser')
  );
}

function describeSameField(a: SandboxPostureEvidence, b: SandboxPostureEvidence): boolean {
  return (
    a.kind === b.kind &&
    fieldOf(a, 'bindSurface') === fieldOf(b, 'bindSurface') &&
    fieldOf(a, 'networkSurface') === fieldOf(b, 'networkSurface') &&
    fieldOf(a, 'profile') === fieldOf(b, 'profile')
  );
}

function fieldOf(entry: SandboxPostureEvidence, key: 'bindSurface' | 'networkSurface' | 'profile'): unknown {
  return (entry as unknown as Record<string, unknown>)[key];
}
