// The toolPosture evidence of OpenClaw 2026.9.6 (`scanPolicyToolPosture`, SPEC-2026.9 §7.5): the
// global `tools` settings, then each configured agent's, every value layered over the global one.
import { compareKeys } from '../../canonical-json.js';
import { ocSegment } from '../../oc-path.js';
import { recordOrEmpty } from '../../record.js';
import {
  booleanValue,
  GLOBAL_TOOLS_SOURCE,
  layeredValue,
  nonBlankStrings,
  trimmedString,
  type LayeredValue,
} from '../../current/config-values.js';
import { configuredAgentSettings } from '../../current/configured-agents.js';
import { agentIdField, sortedBySourceThenId } from '../../current/evidence-entries.js';
import type {
  ToolPostureEvidence,
  ToolPostureListEvidence,
  ToolPostureListKind,
  ToolPostureSubject,
  ToolPostureValueEvidence,
  ToolPostureValueKind,
} from './entries.js';
import { execPosture } from './exec-posture.js';

export function scanToolPosture(config: Record<string, unknown>): ToolPostureEvidence[] {
  const globalTools = recordOrEmpty(config.tools);
  const agents = recordOrEmpty(config.agents);
  const defaultSandbox = recordOrEmpty(recordOrEmpty(agents.defaults).sandbox);
  const subjects: ToolPostureSubject[] = [
    {
      id: 'tools',
      scope: 'global',
      tools: globalTools,
      inheritedTools: {},
      sandbox: defaultSandbox,
      inheritedSandbox: {},
      sourceBase: GLOBAL_TOOLS_SOURCE,
    },
  ];
  for (const agent of configuredAgentSettings(config)) {
    subjects.push({
      id: agent.agentId,
      scope: 'agent',
      agentId: agent.agentId,
      tools: recordOrEmpty(agent.value.tools),
      inheritedTools: globalTools,
      sandbox: recordOrEmpty(agent.value.sandbox),
      inheritedSandbox: defaultSandbox,
      sourceBase: `${agent.sourceBase}/tools`,
    });
  }
  return sortedBySourceThenId(subjects.flatMap(subjectEntries));
}

function subjectEntries(subject: ToolPostureSubject): ToolPostureEvidence[] {
  const { tools, inheritedTools } = subject;
  const fs = recordOrEmpty(tools.fs);
  const inheritedFs = recordOrEmpty(inheritedTools.fs);
  return [
    postureValue(subject, 'profile', 'profile', trimmedLayer(tools.profile, inheritedTools.profile, 'full')),
    toolList(subject, 'allow'),
    alsoAllowList(subject),
    toolList(subject, 'deny'),
    postureValue(
      subject,
      'fs/workspaceOnly',
      'fsWorkspaceOnly',
      layeredValue(booleanValue(fs.workspaceOnly), booleanValue(inheritedFs.workspaceOnly), false),
    ),
    ...execPosture(subject).map((setting) =>
      postureValue(subject, setting.suffix, setting.kind, setting.layer, setting.sourceSuffix),
    ),
    ...elevatedPosture(subject),
  ];
}

function trimmedLayer(local: unknown, inherited: unknown, fallback: string): LayeredValue<string> {
  return layeredValue(trimmedString(local), trimmedString(inherited), fallback);
}

/** `pushToolPostureValue`: the id is the suffix with `/` → `-`; inherited values cite the global base. */
export function postureValue(
  subject: ToolPostureSubject,
  suffix: string,
  kind: ToolPostureValueKind,
  layer: LayeredValue<string | boolean>,
  sourceSuffix: string = suffix,
): ToolPostureValueEvidence {
  return {
    id: `${subject.id}-${suffix.replaceAll('/', '-')}`,
    kind,
    source: `${layer.inherited ? GLOBAL_TOOLS_SOURCE : subject.sourceBase}/${sourceSuffix}`,
    scope: subject.scope,
    ...agentIdField(subject.agentId),
    value: layer.value,
    explicit: layer.explicit,
  };
}

function listEntry(
  subject: ToolPostureSubject,
  id: string,
  kind: ToolPostureListKind,
  source: string,
  entries: string[],
  explicit: boolean,
): ToolPostureListEvidence {
  return { id, kind, source, scope: subject.scope, ...agentIdField(subject.agentId), entries, explicit };
}

/** allow/deny: the inherited entries, then the agent's own (both apply). */
function toolList(subject: ToolPostureSubject, key: 'allow' | 'deny'): ToolPostureListEvidence {
  const local = nonBlankStrings(subject.tools[key]);
  const inherited = nonBlankStrings(subject.inheritedTools[key]);
  const base = local.length === 0 && inherited.length > 0 ? GLOBAL_TOOLS_SOURCE : subject.sourceBase;
  return listEntry(
    subject,
    `${subject.id}-${key}`,
    key,
    `${base}/${key}`,
    [...inherited, ...local],
    local.length > 0 || inherited.length > 0,
  );
}

/** alsoAllow: the agent's own array when it has one (even empty), else the inherited one. */
function alsoAllowList(subject: ToolPostureSubject): ToolPostureListEvidence {
  const local = subject.tools.alsoAllow;
  const inherited = subject.inheritedTools.alsoAllow;
  const usesInherited = !Array.isArray(local) && Array.isArray(inherited);
  return listEntry(
    subject,
    `${subject.id}-alsoAllow`,
    'alsoAllow',
    `${usesInherited ? GLOBAL_TOOLS_SOURCE : subject.sourceBase}/alsoAllow`,
    nonBlankStrings(usesInherited ? inherited : local),
    Array.isArray(local) || Array.isArray(inherited),
  );
}

function elevatedPosture(subject: ToolPostureSubject): ToolPostureEvidence[] {
  const local = recordOrEmpty(subject.tools.elevated);
  const inherited = recordOrEmpty(subject.inheritedTools.elevated);
  const localEnabled = booleanValue(local.enabled);
  const inheritedEnabled = booleanValue(inherited.enabled);
  // A global `enabled: false` cannot be re-enabled by an agent.
  const globallyDisabled = inheritedEnabled === false;
  const enabled = postureValue(subject, 'elevated/enabled', 'elevatedEnabled', {
    value: globallyDisabled ? false : (localEnabled ?? inheritedEnabled ?? true),
    explicit: localEnabled !== undefined || inheritedEnabled !== undefined,
    inherited:
      (globallyDisabled && localEnabled !== false) ||
      (localEnabled === undefined && inheritedEnabled !== undefined),
  });
  return [
    enabled,
    ...elevatedAllowFrom(subject, recordOrEmpty(local.allowFrom), recordOrEmpty(inherited.allowFrom)),
  ];
}

/** One entry per `allowFrom` provider of either layer, the agent's list replacing the inherited one. */
function elevatedAllowFrom(
  subject: ToolPostureSubject,
  local: Record<string, unknown>,
  inherited: Record<string, unknown>,
): ToolPostureListEvidence[] {
  const providers = [...new Set([...Object.keys(inherited), ...Object.keys(local)])].toSorted(compareKeys);
  return providers.map((provider) => {
    const localEntries = senderIds(local[provider]);
    const inheritedEntries = senderIds(inherited[provider]);
    const usesInherited = localEntries.length === 0 && inheritedEntries.length > 0;
    const segment = ocSegment(provider);
    return listEntry(
      subject,
      `${subject.id}-elevated-allow-from-${segment}`,
      'elevatedAllowFrom',
      `${usesInherited ? GLOBAL_TOOLS_SOURCE : subject.sourceBase}/elevated/allowFrom/${segment}`,
      usesInherited ? inheritedEntries : localEntries,
      localEntries.length > 0 || inheritedEntries.length > 0,
    );
  });
}

/** `readStringOrNumberArray`: trimmed non-blank strings and finite numbers as text. */
function senderIds(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const ids: string[] = [];
  for (const entry of value) {
    if (typeof entry === 'string' && entry.trim() !== '') ids.push(entry.trim());
    else if (typeof entry === 'number' && Number.isFinite(entry)) ids.push(String(entry));
  }
  return ids;
}
