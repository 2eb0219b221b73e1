// Builders of sandboxPosture entries shared by the container and browser scanners
// (`pushSandboxPostureValue`, `pushSandboxBindPosture`; SPEC-2026.9 §7.6).
import { recordOrEmpty } from '../../record.js';
import { AGENT_DEFAULTS_SOURCE, type LayeredValue } from '../../current/config-values.js';
import { agentIdField } from '../../current/evidence-entries.js';
import { bindModeOf, splitBindSpec } from './bind-spec.js';
import type { SandboxMountEvidence, SandboxSubject, SandboxValueEvidence } from './entries.js';

export const DEFAULT_SANDBOX = `${AGENT_DEFAULTS_SOURCE}/sandbox`;

/** The agent's own docker settings (none under a shared scope) and the inherited ones. */
export function dockerLayers(subject: SandboxSubject): [Record<string, unknown>, Record<string, unknown>] {
  const local = subject.sharedScope ? {} : recordOrEmpty(subject.sandbox.docker);
  return [local, recordOrEmpty(subject.inheritedSandbox.docker)];
}

export function sourceOf(subject: SandboxSubject, inherited: boolean, suffix: string): string {
  return `${inherited ? DEFAULT_SANDBOX : subject.sourceBase}/${suffix}`;
}

/** `pushSandboxPostureValue`: the id is the suffix with `/` → `-`. */
export function sandboxValue(
  subject: SandboxSubject,
  suffix: string,
  kind: SandboxValueEvidence['kind'],
  layer: LayeredValue<string>,
  networkSurface?: 'docker' | 'browser',
): SandboxValueEvidence {
  return {
    id: `${subject.id}-${suffix.replaceAll('/', '-')}`,
    kind,
    source: sourceOf(subject, layer.inherited, suffix),
    scope: subject.scope,
    ...agentIdField(subject.agentId),
    value: layer.value,
    ...(networkSurface === undefined ? {} : { networkSurface }),
    explicit: layer.explicit,
  };
}

export interface BindLists {
  inherited: string[];
  local: string[];
  sourceSuffix: 'docker/binds' | 'browser/binds';
  surface: 'docker' | 'browser';
}

/** The inherited binds, then the agent's own; ids count across both, sources within each list. */
export function bindMounts(subject: SandboxSubject, binds: BindLists): SandboxMountEvidence[] {
  return [...binds.inherited, ...binds.local].map((bind, index) => {
    const inherited = index < binds.inherited.length;
    const position = inherited ? index : index - binds.inherited.length;
    const spec = splitBindSpec(bind);
    return {
      id: `${subject.id}-${binds.surface}-bind-${index}`,
      kind: 'containerMount',
      source: sourceOf(subject, inherited, `${binds.sourceSuffix}/#${position}`),
      scope: subject.scope,
      ...agentIdField(subject.agentId),
      bind,
      bindHost: spec?.host,
      bindMode: bindModeOf(spec),
      bindSurface: binds.surface,
      explicit: true,
    };
  });
}
