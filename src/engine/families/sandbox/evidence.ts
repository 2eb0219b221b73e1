// The sandboxPosture evidence of OpenClaw 2026.9.6 (`scanPolicySandboxPosture`, SPEC-2026.9 §7.6):
// `agents.defaults.sandbox`, then each configured agent's sandbox layered over it.
import { recordOrEmpty } from '../../record.js';
import { booleanValue, layeredValue, nonBlankStrings, trimmedString } from '../../current/config-values.js';
import { configuredAgentSettings } from '../../current/configured-agents.js';
import { agentIdField, sortedBySourceThenId } from '../../current/evidence-entries.js';
import { browserPosture } from './browser-evidence.js';
import { bindMounts, DEFAULT_SANDBOX, dockerLayers, sandboxValue, sourceOf } from './entry-builders.js';
import {
  isObservableContainerBackend,
  type SandboxPostureEvidence,
  type SandboxProfileEvidence,
  type SandboxSubject,
} from './entries.js';

export function scanSandboxPosture(config: Record<string, unknown>): SandboxPostureEvidence[] {
  const defaultSandbox = recordOrEmpty(recordOrEmpty(recordOrEmpty(config.agents).defaults).sandbox);
  const subjects: SandboxSubject[] = [
    {
      id: 'agents-defaults',
      scope: 'defaults',
      sandbox: defaultSandbox,
      inheritedSandbox: {},
      sharedScope: false,
      sourceBase: DEFAULT_SANDBOX,
    },
  ];
  for (const agent of configuredAgentSettings(config)) {
    const sandbox = recordOrEmpty(agent.value.sandbox);
    subjects.push({
      id: agent.agentId,
      scope: 'agent',
      agentId: agent.agentId,
      sandbox,
      inheritedSandbox: defaultSandbox,
      sharedScope: sandboxScopeIsShared(sandbox, defaultSandbox),
      sourceBase: `${agent.sourceBase}/sandbox`,
    });
  }
  return sortedBySourceThenId(subjects.flatMap(subjectEntries));
}

/** `scope: "shared"`, or (no scope set) `perSession: false`, the agent's own setting first. */
function sandboxScopeIsShared(sandbox: Record<string, unknown>, inherited: Record<string, unknown>): boolean {
  const scope = trimmedString(sandbox.scope) ?? trimmedString(inherited.scope);
  if (scope !== undefined) return scope === 'shared';
  return (booleanValue(sandbox.perSession) ?? booleanValue(inherited.perSession)) === false;
}

function subjectEntries(subject: SandboxSubject): SandboxPostureEvidence[] {
  const { sandbox, inheritedSandbox } = subject;
  const mode = layeredValue(trimmedString(sandbox.mode), trimmedString(inheritedSandbox.mode), 'off');
  const backend = layeredValue(
    trimmedString(sandbox.backend),
    trimmedString(inheritedSandbox.backend),
    'docker',
  );
  const effectiveBackend = backend.value.toLowerCase();
  return [
    sandboxValue(subject, 'mode', 'mode', mode),
    sandboxValue(subject, 'backend', 'backend', { ...backend, value: effectiveBackend }),
    ...(isObservableContainerBackend(effectiveBackend) ? dockerPosture(subject) : []),
    ...browserPosture(subject, effectiveBackend),
  ];
}

function dockerPosture(subject: SandboxSubject): SandboxPostureEvidence[] {
  const [local, inherited] = dockerLayers(subject);
  const network = layeredValue(trimmedString(local.network), trimmedString(inherited.network), 'none');
  return [
    sandboxValue(subject, 'docker/network', 'containerNetwork', network, 'docker'),
    securityProfile(subject, local, inherited, 'seccomp'),
    securityProfile(subject, local, inherited, 'apparmor'),
    ...bindMounts(subject, {
      inherited: nonBlankStrings(inherited.binds),
      local: nonBlankStrings(local.binds),
      sourceSuffix: 'docker/binds',
      surface: 'docker',
    }),
  ];
}

function securityProfile(
  subject: SandboxSubject,
  local: Record<string, unknown>,
  inherited: Record<string, unknown>,
  profile: 'seccomp' | 'apparmor',
): SandboxProfileEvidence {
  const key = profile === 'apparmor' ? 'apparmorProfile' : 'seccompProfile';
  const localValue = trimmedString(local[key]);
  const inheritedValue = trimmedString(inherited[key]);
  const value = localValue ?? inheritedValue;
  return {
    id: `${subject.id}-docker-${profile}-profile`,
    kind: 'containerSecurityProfile',
    source: sourceOf(subject, localValue === undefined && inheritedValue !== undefined, `docker/${key}`),
    scope: subject.scope,
    ...agentIdField(subject.agentId),
    profile,
    ...(value === undefined ? {} : { value }),
    explicit: value !== undefined,
  };
}
