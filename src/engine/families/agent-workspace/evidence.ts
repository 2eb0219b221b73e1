// The agentWorkspace evidence of OpenClaw 2026.9.6 (`scanPolicyAgentWorkspace`, SPEC-2026.9
// §7.3): for `agents.defaults` and each configured agent, the sandbox workspace access and
// whether each workspace tool is denied.
import { recordOrEmpty } from '../../record.js';
import {
  AGENT_DEFAULTS_SOURCE,
  GLOBAL_TOOLS_SOURCE,
  nonBlankStrings,
  trimmedString,
} from '../../current/config-values.js';
import { configuredAgentSettings } from '../../current/configured-agents.js';
import { agentIdField, sortedBySourceThenId } from '../../current/evidence-entries.js';
import { toolListDenies } from '../../current/tool-matcher.js';
import { WORKSPACE_TOOLS, type AgentWorkspaceEvidence, type WorkspaceTool } from './entries.js';

/** Whose workspace one group of entries describes, and what it inherits. */
interface WorkspaceSubject {
  id: string;
  scope: 'defaults' | 'agent';
  agentId?: string;
  sandbox: Record<string, unknown>;
  inheritedSandbox: Record<string, unknown>;
  tools: Record<string, unknown>;
  inheritedTools: Record<string, unknown>;
  /** `agents.defaults` or the agent's own base. */
  workspaceBase: string;
  /** The global `tools` or the agent's `tools`. */
  toolsBase: string;
}

export function scanAgentWorkspace(config: Record<string, unknown>): AgentWorkspaceEvidence[] {
  const defaultSandbox = recordOrEmpty(recordOrEmpty(recordOrEmpty(config.agents).defaults).sandbox);
  const globalTools = recordOrEmpty(config.tools);
  const subjects: WorkspaceSubject[] = [
    {
      id: 'agents-defaults',
      scope: 'defaults',
      sandbox: defaultSandbox,
      inheritedSandbox: {},
      tools: globalTools,
      inheritedTools: {},
      workspaceBase: AGENT_DEFAULTS_SOURCE,
      toolsBase: GLOBAL_TOOLS_SOURCE,
    },
  ];
  for (const agent of configuredAgentSettings(config)) {
    subjects.push({
      id: agent.agentId,
      scope: 'agent',
      agentId: agent.agentId,
      sandbox: recordOrEmpty(agent.value.sandbox),
      inheritedSandbox: defaultSandbox,
      tools: recordOrEmpty(agent.value.tools),
      inheritedTools: globalTools,
      workspaceBase: agent.sourceBase,
      toolsBase: `${agent.sourceBase}/tools`,
    });
  }
  return sortedBySourceThenId(subjects.flatMap(subjectEntries));
}

/** The source of a sandbox setting: the layer that sets it, else the defaults' address. */
function sandboxSettingSource(subject: WorkspaceSubject, key: string): string {
  if (trimmedString(subject.sandbox[key]) !== undefined) return `${subject.workspaceBase}/sandbox/${key}`;
  return `${AGENT_DEFAULTS_SOURCE}/sandbox/${key}`;
}

function subjectEntries(subject: WorkspaceSubject): AgentWorkspaceEvidence[] {
  const mode = trimmedString(subject.sandbox.mode) ?? trimmedString(subject.inheritedSandbox.mode) ?? 'off';
  const sandboxEnabled = mode === 'all';
  const access = trimmedString(subject.sandbox.workspaceAccess);
  const inheritedAccess = trimmedString(subject.inheritedSandbox.workspaceAccess);
  const agentId = agentIdField(subject.agentId);
  return [
    {
      id: `${subject.id}-workspace-access`,
      kind: 'workspaceAccess',
      source: sandboxSettingSource(subject, 'workspaceAccess'),
      scope: subject.scope,
      ...agentId,
      value: access ?? inheritedAccess ?? 'none',
      sandboxMode: mode,
      sandboxModeSource: sandboxSettingSource(subject, 'mode'),
      sandboxEnabled,
      explicit: access !== undefined,
    },
    ...WORKSPACE_TOOLS.map((tool): AgentWorkspaceEvidence => {
      const denial = toolDenial(subject, tool, sandboxEnabled);
      return {
        id: `${subject.id}-tool-${tool}`,
        kind: 'toolDeny',
        source: denial?.source ?? `${subject.toolsBase}/deny`,
        scope: subject.scope,
        ...agentId,
        tool,
        denied: denial !== undefined,
        explicit: denial !== undefined,
      };
    }),
  ];
}

interface DenyList {
  entries: string[];
  source: string;
}

/**
 * The first list that denies the tool: the subject's own `tools.deny`, the inherited one, and,
 * when the sandbox covers the main session, the subject's `tools.sandbox.tools.deny` if it has
 * that array, else the inherited one.
 */
function toolDenial(
  subject: WorkspaceSubject,
  tool: WorkspaceTool,
  sandboxEnabled: boolean,
): DenyList | undefined {
  const lists: DenyList[] = [
    { entries: nonBlankStrings(subject.tools.deny), source: `${subject.toolsBase}/deny` },
    { entries: nonBlankStrings(subject.inheritedTools.deny), source: `${GLOBAL_TOOLS_SOURCE}/deny` },
  ];
  if (sandboxEnabled) {
    const own = sandboxToolDeny(subject.tools);
    lists.push(
      own !== undefined
        ? { entries: own, source: `${subject.toolsBase}/sandbox/tools/deny` }
        : {
            entries: sandboxToolDeny(subject.inheritedTools) ?? [],
            source: `${GLOBAL_TOOLS_SOURCE}/sandbox/tools/deny`,
          },
    );
  }
  return lists.find((list) => toolListDenies(list.entries, tool));
}

/** `tools.sandbox.tools.deny` when it is an array, else undefined. */
function sandboxToolDeny(tools: Record<string, unknown>): string[] | undefined {
  const deny = recordOrEmpty(recordOrEmpty(tools.sandbox).tools).deny;
  return Array.isArray(deny) ? nonBlankStrings(deny) : undefined;
}
