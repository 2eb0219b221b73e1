// The entry types of the sandboxPosture evidence (SPEC-2026.9 §7.6). Field order is the release's
// key order: the scanner builds entries in it and the report prints them so.
import { ownerLabel } from '../../current/owner-label.js';

interface SandboxEntryBase {
  id: string;
  source: string;
  scope: 'defaults' | 'agent';
  agentId?: string;
}

/** mode, backend, and the docker/browser container networks. */
export interface SandboxValueEvidence extends SandboxEntryBase {
  kind: 'mode' | 'backend' | 'containerNetwork';
  value: string;
  networkSurface?: 'docker' | 'browser';
  explicit: boolean;
}

export interface SandboxProfileEvidence extends SandboxEntryBase {
  kind: 'containerSecurityProfile';
  profile: 'seccomp' | 'apparmor';
  value?: string;
  explicit: boolean;
}

/**
 * One bind mount. `bindHost` is the key with the value `undefined` when the spec has no `:`: the
 * report leaves it out, but the release's canonical JSON (and so the workspace hash) writes
 * `"bindHost":undefined`.
 */
export interface SandboxMountEvidence extends SandboxEntryBase {
  kind: 'containerMount';
  bind: string;
  bindHost: string | undefined;
  bindMode: 'ro' | 'rw';
  bindSurface: 'docker' | 'browser';
  explicit: true;
}

/** The browser's CDP source range; `value: false` records an explicitly disabled browser. */
export interface SandboxCdpRangeEvidence extends SandboxEntryBase {
  kind: 'browserCdpSourceRange';
  value?: string | false;
  explicit: boolean;
}

export type SandboxPostureEvidence =
  SandboxValueEvidence | SandboxProfileEvidence | SandboxMountEvidence | SandboxCdpRangeEvidence;

/** Whose sandbox one group of entries describes, and what it inherits. */
export interface SandboxSubject {
  id: string;
  scope: 'defaults' | 'agent';
  agentId?: string;
  sandbox: Record<string, unknown>;
  inheritedSandbox: Record<string, unknown>;
  /** A shared sandbox scope: the agent's own docker and browser settings do not apply. */
  sharedScope: boolean;
  sourceBase: string;
}

/** Backends whose container posture the scanner can observe. */
export function isObservableContainerBackend(backend: string): boolean {
  const lowered = backend.toLowerCase();
  return lowered === 'docker' || lowered === 'podman';
}

/** How sandbox findings name an entry's owner (SPEC-2026.9 §10.1). */
export function sandboxLabel(entry: SandboxPostureEvidence): string {
  return ownerLabel(entry, 'default sandbox config');
}
