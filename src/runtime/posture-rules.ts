// 2026.9.6: the check's findings that bear on one tool call, and the agent's own tool deny list.
//
// The check judges the whole workspace; the runtime never judges a setting again. A finding bears
// on a call when
//   - its rule applies to the evaluated agent: a top-level rule, or a rule of a scope whose
//     `agentIds` name that agent (the finding's `requirement` says which);
//   - the settings it judges are the agent's: its evidence entry is one the family's own scope
//     evaluation judges for that agent (its own entries, or the shared ones it inherits,
//     SPEC-2026.9 §9.2), and the finding names that entry's owner;
//   - the setting governs the tool: exec settings the exec tools, `tools.fs` the filesystem tools,
//     a required deny the tool it names, the sandbox mode and the tool profile every tool.
// So the rule that makes `check` report a finding is the rule that blocks the matching call.
import type { PolicyCheck } from '../engine/check.js';
import { agentScopeEntries } from '../engine/current/agent-scope-entries.js';
import type { CurrentCheckId } from '../engine/current/check-ids.js';
import { ownerLabel } from '../engine/current/owner-label.js';
import { agentScopeTargets, scopedAgentIdMatches } from '../engine/current/policy-scope.js';
import { scopedRules, sectionRequirement, topLevelRules } from '../engine/current/rule-location.js';
import {
  expandToolGroups,
  normalizeToolPolicyName,
  toolDenyMatcher,
  toolListDenies,
} from '../engine/current/tool-matcher.js';
import { WORKSPACE_TOOLS, type AgentWorkspaceEvidence } from '../engine/families/agent-workspace/entries.js';
import { EXEC_APPROVALS_URI, type ExecApprovalEntry } from '../engine/families/exec-approvals/scan.js';
import { sandboxLabel, type SandboxPostureEvidence } from '../engine/families/sandbox/entries.js';
import { scopedSandboxEntries } from '../engine/families/sandbox/scoped-entries.js';
import type {
  ToolPostureEvidence,
  ToolPostureListEvidence,
} from '../engine/families/tool-posture/entries.js';
import { scanToolPosture } from '../engine/families/tool-posture/evidence.js';
import type { PolicyName } from '../engine/rule-family.js';
import type { Evidence, Finding } from '../engine/types.js';
import type { PostureReasonCode } from './reason-codes.js';

/** One reason a call of some tools is blocked, or needs a person, for the evaluated agent. */
export interface PostureRule {
  code: PostureReasonCode | 'tool_denied_by_config';
  outcome: 'block' | 'require-approval';
  /** What is wrong, one or two sentences: the finding's message and fix hint. */
  why: string;
  /** The requirement that decided: the policy rule, or the config's deny list. */
  ruleId: string;
  bearsOn(tool: string): boolean;
}

/** The exec tools: what `tools.exec`, `tools.elevated` and the exec approvals govern. */
const EXEC_TOOLS = ['exec', 'process'];
const FS_TOOLS = expandToolGroups(['group:fs']);
/** The tools that run inside the sandbox's containers. */
const SANDBOXED_TOOLS = [...EXEC_TOOLS, ...FS_TOOLS, 'browser'];

type Family = 'toolPosture' | 'agentWorkspace' | 'sandboxPosture' | 'execApprovals';
type Bearing =
  | { kind: 'every-tool' }
  | { kind: 'tools'; tools: readonly string[] }
  /** The tool (or group, or glob) the message names after `marker`, at its end. */
  | { kind: 'named'; marker: string };

interface FindingBearing {
  code: PostureReasonCode;
  family: Family;
  bearing: Bearing;
  /** Block, except where the runtime can supply what the policy asks for (a person, for exec ask). */
  outcome?: 'require-approval';
}

const EVERY_TOOL: Bearing = { kind: 'every-tool' };
const EXEC: Bearing = { kind: 'tools', tools: EXEC_TOOLS };
const SANDBOXED: Bearing = { kind: 'tools', tools: SANDBOXED_TOOLS };
const REQUIRED_TOOL: Bearing = { kind: 'named', marker: "does not deny required tool '" };

/**
 * The findings that bear on calls. Not here, because they only make the agent stricter than the
 * policy expects: `tools-also-allow-missing`, `exec-approvals-allowlist-missing`.
 */
const BEARINGS: Partial<Record<CurrentCheckId, FindingBearing>> = {
  'policy/agents-workspace-access-denied': {
    code: 'agents_workspace_access_denied',
    family: 'agentWorkspace',
    bearing: { kind: 'tools', tools: WORKSPACE_TOOLS },
  },
  'policy/agents-tool-not-denied': {
    code: 'agents_tool_not_denied',
    family: 'agentWorkspace',
    bearing: REQUIRED_TOOL,
  },
  'policy/tools-profile-unapproved': {
    code: 'tools_profile_unapproved',
    family: 'toolPosture',
    bearing: EVERY_TOOL,
  },
  'policy/tools-fs-workspace-only-required': {
    code: 'tools_fs_workspace_only_required',
    family: 'toolPosture',
    bearing: { kind: 'tools', tools: FS_TOOLS },
  },
  'policy/tools-exec-security-unapproved': {
    code: 'tools_exec_security_unapproved',
    family: 'toolPosture',
    bearing: EXEC,
  },
  'policy/tools-exec-ask-unapproved': {
    code: 'tools_exec_ask_unapproved',
    family: 'toolPosture',
    bearing: EXEC,
    outcome: 'require-approval',
  },
  'policy/tools-exec-host-unapproved': {
    code: 'tools_exec_host_unapproved',
    family: 'toolPosture',
    bearing: EXEC,
  },
  'policy/tools-elevated-enabled': { code: 'tools_elevated_enabled', family: 'toolPosture', bearing: EXEC },
  'policy/tools-also-allow-unexpected': {
    code: 'tools_also_allow_unexpected',
    family: 'toolPosture',
    bearing: { kind: 'named', marker: "has unexpected tools.alsoAllow entry '" },
  },
  'policy/tools-required-deny-missing': {
    code: 'tools_required_deny_missing',
    family: 'toolPosture',
    bearing: REQUIRED_TOOL,
  },
  'policy/sandbox-mode-unapproved': {
    code: 'sandbox_mode_unapproved',
    family: 'sandboxPosture',
    bearing: EVERY_TOOL,
  },
  'policy/sandbox-backend-unapproved': {
    code: 'sandbox_backend_unapproved',
    family: 'sandboxPosture',
    bearing: EVERY_TOOL,
  },
  'policy/sandbox-container-posture-unobservable': {
    code: 'sandbox_container_posture_unobservable',
    family: 'sandboxPosture',
    bearing: SANDBOXED,
  },
  'policy/sandbox-container-host-network-denied': {
    code: 'sandbox_container_host_network_denied',
    family: 'sandboxPosture',
    bearing: SANDBOXED,
  },
  'policy/sandbox-container-namespace-join-denied': {
    code: 'sandbox_container_namespace_join_denied',
    family: 'sandboxPosture',
    bearing: SANDBOXED,
  },
  'policy/sandbox-container-mount-mode-required': {
    code: 'sandbox_container_mount_mode_required',
    family: 'sandboxPosture',
    bearing: SANDBOXED,
  },
  'policy/sandbox-container-runtime-socket-mount': {
    code: 'sandbox_container_runtime_socket_mount',
    family: 'sandboxPosture',
    bearing: SANDBOXED,
  },
  'policy/sandbox-container-unconfined-profile': {
    code: 'sandbox_container_unconfined_profile',
    family: 'sandboxPosture',
    bearing: SANDBOXED,
  },
  'policy/sandbox-browser-cdp-source-range-missing': {
    code: 'sandbox_browser_cdp_source_range_missing',
    family: 'sandboxPosture',
    bearing: { kind: 'tools', tools: ['browser'] },
  },
  'policy/exec-approvals-missing': { code: 'exec_approvals_missing', family: 'execApprovals', bearing: EXEC },
  'policy/exec-approvals-invalid': { code: 'exec_approvals_invalid', family: 'execApprovals', bearing: EXEC },
  'policy/exec-approvals-default-security-unapproved': {
    code: 'exec_approvals_default_security_unapproved',
    family: 'execApprovals',
    bearing: EXEC,
  },
  'policy/exec-approvals-agent-security-unapproved': {
    code: 'exec_approvals_agent_security_unapproved',
    family: 'execApprovals',
    bearing: EXEC,
  },
  'policy/exec-approvals-auto-allow-skills-enabled': {
    code: 'exec_approvals_auto_allow_skills_enabled',
    family: 'execApprovals',
    bearing: EXEC,
  },
  'policy/exec-approvals-allowlist-unexpected': {
    code: 'exec_approvals_allowlist_unexpected',
    family: 'execApprovals',
    bearing: EXEC,
  },
};

/** The policy sections whose rules can bear on a call, top level or inside an agent scope. */
const SECTIONS = ['agents/workspace', 'tools', 'sandbox', 'execApprovals'];

export interface PostureSubject {
  check: PolicyCheck;
  policy: unknown;
  name: PolicyName;
  /** The loaded config the check evaluated. */
  config: Record<string, unknown>;
  /** The evaluated agent (normalised). */
  agentId: string;
}

/**
 * The agent's deny list first (OpenClaw would not run such a tool at all), then every bearing
 * finding in the check's order. Pure.
 */
export function postureRules(subject: PostureSubject): PostureRule[] {
  const rules: PostureRule[] = [];
  const deny = configDenyRule(subject);
  if (deny !== undefined) rules.push(deny);
  const applies = ruleAppliesToAgent(subject);
  const describes = agentEntryMatchers(subject.check.evidence, subject.agentId);
  for (const finding of subject.check.attestedFindings) {
    const bearing = Object.hasOwn(BEARINGS, finding.checkId)
      ? BEARINGS[finding.checkId as CurrentCheckId]
      : undefined;
    if (bearing === undefined || !applies(finding.requirement) || !describes[bearing.family](finding))
      continue;
    rules.push({
      code: bearing.code,
      outcome: bearing.outcome ?? 'block',
      why: finding.fixHint === undefined ? finding.message : `${finding.message} ${finding.fixHint}`,
      ruleId: finding.requirement!,
      bearsOn: bearsOn(bearing.bearing, finding.message),
    });
  }
  return rules;
}

/** `tools.deny`, global and the agent's own, as OpenClaw's matcher reads them (groups, globs, aliases). */
function configDenyRule({ config, agentId }: PostureSubject): PostureRule | undefined {
  const lists = scanToolPosture(config).filter(
    (entry): entry is ToolPostureListEvidence => entry.kind === 'deny',
  );
  const deny =
    lists.find((entry) => scopedAgentIdMatches(entry.agentId, agentId)) ??
    lists.find((entry) => entry.scope === 'global');
  if (deny === undefined || deny.entries.length === 0) return undefined;
  return {
    code: 'tool_denied_by_config',
    outcome: 'block',
    why: `the OpenClaw config denies it for agent '${agentId}' (${deny.source}: ${deny.entries.join(', ')}).`,
    ruleId: deny.source,
    bearsOn: toolDenyMatcher(deny.entries),
  };
}

/** Whether a requirement is a rule of a top-level section, or of a scope naming the agent. */
function ruleAppliesToAgent({ policy, name, agentId }: PostureSubject): (requirement?: string) => boolean {
  const locations = [
    ...SECTIONS.map((section) => topLevelRules(name, section)),
    ...agentScopeTargets(policy)
      .filter((target) => target.agentId === agentId)
      .flatMap((target) => SECTIONS.map((section) => scopedRules(name, target.scopeName, section))),
  ];
  const prefixes = locations.map(sectionRequirement);
  return (requirement) =>
    requirement !== undefined &&
    prefixes.some((prefix) => requirement === prefix || requirement.startsWith(`${prefix}/`));
}

/** Per family: whether a finding judges one of the entries that describe the agent. */
function agentEntryMatchers(
  evidence: Evidence,
  agentId: string,
): Record<Family, (finding: Finding) => boolean> {
  const judged = <Entry extends { source: string; agentId?: string }>(
    entries: readonly Entry[],
    label: (entry: Entry) => string,
    sources: (entry: Entry) => readonly string[] = (entry) => [entry.source],
  ) => {
    return (finding: Finding) =>
      entries.some(
        (entry) =>
          finding.target !== undefined &&
          sources(entry).includes(finding.target) &&
          finding.message.startsWith(`${label(entry)} `),
      );
  };
  const toolPosture = listOf<ToolPostureEvidence>(evidence.toolPosture);
  const agentWorkspace = listOf<AgentWorkspaceEvidence>(evidence.agentWorkspace);
  const sandbox = listOf<SandboxPostureEvidence>(evidence.sandboxPosture);
  const execApprovals = listOf<ExecApprovalEntry>(evidence.execApprovals).filter(
    (entry) =>
      entry.kind === 'defaults' || entry.agentId === '*' || scopedAgentIdMatches(entry.agentId, agentId),
  );
  return {
    toolPosture: judged(
      agentScopeEntries(toolPosture, agentId, (entry) => entry.scope === 'global'),
      (entry) => ownerLabel(entry, 'global tools config'),
    ),
    agentWorkspace: judged(
      agentScopeEntries(agentWorkspace, agentId, (entry) => entry.scope === 'defaults'),
      (entry) => ownerLabel(entry, 'agents.defaults'),
      (entry) =>
        entry.kind === 'workspaceAccess' ? [entry.source, entry.sandboxModeSource] : [entry.source],
    ),
    sandboxPosture: judged(scopedSandboxEntries(sandbox, agentId), sandboxLabel),
    // Exec-approval sources are unique per entry; the row's own address stands for the row itself.
    execApprovals: (finding) =>
      finding.target === EXEC_APPROVALS_URI || execApprovals.some((entry) => entry.source === finding.target),
  };
}

function listOf<Entry>(value: unknown): readonly Entry[] {
  return Array.isArray(value) ? (value as Entry[]) : [];
}

function bearsOn(bearing: Bearing, message: string): (tool: string) => boolean {
  switch (bearing.kind) {
    case 'every-tool':
      return () => true;
    case 'tools': {
      const tools = new Set(bearing.tools);
      return (tool) => tools.has(normalizeToolPolicyName(tool));
    }
    case 'named': {
      const named = namedTool(message, bearing.marker);
      // A message the runtime cannot read names no tool it could exempt: every tool.
      if (named === undefined) return () => true;
      return (tool) => toolListDenies([named], tool);
    }
  }
}

/** The text between `marker` and the closing `'.` at the end of the message. */
function namedTool(message: string, marker: string): string | undefined {
  const at = message.lastIndexOf(marker);
  if (at < 0 || !message.endsWith("'.")) return undefined;
  return message.slice(at + marker.length, -2);
}
