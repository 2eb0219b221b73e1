// The agentWorkspace findings of OpenClaw 2026.9.6 (`agentWorkspaceFindings`, SPEC-2026.9 §10.2):
// the top-level `agents.workspace` rules over every entry, then each agent scope's over that
// agent's entries (or the defaults when it has none, §9.2). An invalid top-level `agents` section
// silences the whole family, scopes included.
import { isRecord, recordOrEmpty } from '../../record.js';
import type { Finding } from '../../types.js';
import type { FindingsInput } from '../../current/policy-family.js';
import { agentScopeTargets, scopedAgentIdMatches } from '../../current/policy-scope.js';
import { agentsPostureShapeFinding, hasValidScopedPolicy } from '../../current/shape/index.js';
import {
  evidenceFinding,
  policyStringList,
  requirementOf,
  scopedRules,
  topLevelRules,
  type RuleLocation,
} from '../tool-posture/policy-rules.js';
import type { AgentWorkspaceEvidence, ToolDenyEvidence, WorkspaceAccessEvidence } from './entries.js';

export const AGENTS_WORKSPACE_ACCESS_DENIED = 'policy/agents-workspace-access-denied';
export const AGENTS_TOOL_NOT_DENIED = 'policy/agents-tool-not-denied';

export function agentWorkspaceFindings({ policy, name, evidence }: FindingsInput): Finding[] {
  const agentsRules = isRecord(policy) ? policy.agents : undefined;
  if (agentsRules !== undefined && agentsPostureShapeFinding(agentsRules, name) !== undefined) return [];
  const entries = (evidence.agentWorkspace ?? []) as AgentWorkspaceEvidence[];
  const findings = workspaceRuleFindings(
    recordOrEmpty(recordOrEmpty(agentsRules).workspace),
    topLevelRules(name, 'agents/workspace'),
    entries,
  );
  if (!hasValidScopedPolicy(policy, name)) return findings;
  for (const target of agentScopeTargets(policy)) {
    const rules = recordOrEmpty(recordOrEmpty(target.overlay.agents).workspace);
    const agentEntries = entries.filter((entry) =>
      scopedWorkspaceEntryApplies(entry, target.agentId, entries),
    );
    findings.push(
      ...workspaceRuleFindings(rules, scopedRules(name, target.scopeName, 'agents/workspace'), agentEntries),
    );
  }
  return findings;
}

/** §9.2: the agent's own entry of a kind, else the defaults one. */
function scopedWorkspaceEntryApplies(
  entry: AgentWorkspaceEvidence,
  agentId: string,
  entries: readonly AgentWorkspaceEvidence[],
): boolean {
  if (scopedAgentIdMatches(entry.agentId, agentId)) return true;
  return (
    entry.scope === 'defaults' &&
    !entries.some(
      (candidate) =>
        candidate.scope === 'agent' &&
        candidate.kind === entry.kind &&
        scopedAgentIdMatches(candidate.agentId, agentId),
    )
  );
}

function workspaceRuleFindings(
  rules: Record<string, unknown>,
  location: RuleLocation,
  entries: readonly AgentWorkspaceEvidence[],
): Finding[] {
  return [...accessFindings(rules, location, entries), ...toolDenyFindings(rules, location, entries)];
}

function label(entry: AgentWorkspaceEvidence): string {
  return entry.agentId === undefined ? 'agents.defaults' : `agent '${entry.agentId}'`;
}

/**
 * Access is allowed only inside a sandbox covering the main session, with an allowed
 * workspaceAccess; without that sandbox the finding points at the sandbox mode.
 */
function accessFindings(
  rules: Record<string, unknown>,
  location: RuleLocation,
  entries: readonly AgentWorkspaceEvidence[],
): Finding[] {
  const allowed = new Set(policyStringList(rules, ['allowedAccess']));
  if (allowed.size === 0) return [];
  return entries
    .filter((entry): entry is WorkspaceAccessEvidence => entry.kind === 'workspaceAccess')
    .filter((entry) => !entry.sandboxEnabled || !allowed.has(entry.value))
    .map((entry) => {
      const observed = entry.sandboxEnabled
        ? `sandbox workspaceAccess '${entry.value}'`
        : `sandbox mode '${entry.sandboxMode}'`;
      return evidenceFinding(entry.sandboxEnabled ? entry.source : entry.sandboxModeSource, {
        checkId: AGENTS_WORKSPACE_ACCESS_DENIED,
        message: `${label(entry)} ${observed} is not allowed by policy.`,
        requirement: requirementOf(location, 'allowedAccess'),
        fixHint: 'Enable sandbox mode with workspaceAccess none/ro or update policy after review.',
      });
    });
}

function toolDenyFindings(
  rules: Record<string, unknown>,
  location: RuleLocation,
  entries: readonly AgentWorkspaceEvidence[],
): Finding[] {
  const required = new Set(policyStringList(rules, ['denyTools']));
  if (required.size === 0) return [];
  return entries
    .filter((entry): entry is ToolDenyEvidence => entry.kind === 'toolDeny')
    .filter((entry) => required.has(entry.tool) && !entry.denied)
    .map((entry) =>
      evidenceFinding(entry.source, {
        checkId: AGENTS_TOOL_NOT_DENIED,
        message: `${label(entry)} does not deny required tool '${entry.tool}'.`,
        requirement: requirementOf(location, 'denyTools'),
        fixHint:
          'Add the tool to tools.deny or agents.entries.<id>.tools.deny, or update policy after review.',
      }),
    );
}
