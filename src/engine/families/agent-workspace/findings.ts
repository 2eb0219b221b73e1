// The agentWorkspace findings of OpenClaw 2026.9.6 (`agentWorkspaceFindings`, SPEC-2026.9 §10.2):
// the top-level `agents.workspace` rules over every entry, then each agent scope's over that
// agent's entries (or the defaults when it has none, §9.2). An invalid top-level `agents` section
// silences the whole family, scopes included.
import { isRecord } from '../../record.js';
import type { Finding } from '../../types.js';
import { agentScopeEntries } from '../../current/agent-scope-entries.js';
import { policyEvidenceFinding } from '../../current/evidence-finding.js';
import { ownerLabel } from '../../current/owner-label.js';
import type { FindingsInput } from '../../current/policy-family.js';
import { lowercasedPolicyList } from '../../current/policy-rule-values.js';
import { agentScopeTargets } from '../../current/policy-scope.js';
import { requirementOf, type RuleLocation } from '../../current/rule-location.js';
import { topLevelThenScopedFindings } from '../../current/scoped-rule-findings.js';
import { agentsPostureShapeFinding } from '../../current/shape/index.js';
import type { AgentWorkspaceEvidence, ToolDenyEvidence, WorkspaceAccessEvidence } from './entries.js';

export function agentWorkspaceFindings({ policy, name, evidence }: FindingsInput): Finding[] {
  const agentsRules = isRecord(policy) ? policy.agents : undefined;
  if (agentsRules !== undefined && agentsPostureShapeFinding(agentsRules, name) !== undefined) return [];
  const entries = (evidence.agentWorkspace ?? []) as AgentWorkspaceEvidence[];
  // The `agents` shape above covers the top-level rules, the `scopes` shape the overlays'.
  return topLevelThenScopedFindings(policy, name, {
    path: ['agents', 'workspace'],
    requireValidScopes: true,
    scopeTargets: agentScopeTargets,
    entries,
    // §9.2: the agent's own entry of a kind, else the defaults one.
    scopedEntries: (target) =>
      agentScopeEntries(entries, target.agentId, (entry) => entry.scope === 'defaults'),
    ruleFindings: workspaceRuleFindings,
  });
}

function workspaceRuleFindings(
  rules: Record<string, unknown>,
  location: RuleLocation,
  entries: readonly AgentWorkspaceEvidence[],
): Finding[] {
  return [...accessFindings(rules, location, entries), ...toolDenyFindings(rules, location, entries)];
}

const label = (entry: AgentWorkspaceEvidence) => ownerLabel(entry, 'agents.defaults');

/**
 * Access is allowed only inside a sandbox covering the main session, with an allowed
 * workspaceAccess; without that sandbox the finding points at the sandbox mode.
 */
function accessFindings(
  rules: Record<string, unknown>,
  location: RuleLocation,
  entries: readonly AgentWorkspaceEvidence[],
): Finding[] {
  const allowed = new Set(lowercasedPolicyList(rules, ['allowedAccess']));
  if (allowed.size === 0) return [];
  return entries
    .filter((entry): entry is WorkspaceAccessEvidence => entry.kind === 'workspaceAccess')
    .filter((entry) => !entry.sandboxEnabled || !allowed.has(entry.value))
    .map((entry) => {
      const observed = entry.sandboxEnabled
        ? `sandbox workspaceAccess '${entry.value}'`
        : `sandbox mode '${entry.sandboxMode}'`;
      return policyEvidenceFinding(entry.sandboxEnabled ? entry.source : entry.sandboxModeSource, {
        checkId: 'policy/agents-workspace-access-denied',
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
  const required = new Set(lowercasedPolicyList(rules, ['denyTools']));
  if (required.size === 0) return [];
  return entries
    .filter((entry): entry is ToolDenyEvidence => entry.kind === 'toolDeny')
    .filter((entry) => required.has(entry.tool) && !entry.denied)
    .map((entry) =>
      policyEvidenceFinding(entry.source, {
        checkId: 'policy/agents-tool-not-denied',
        message: `${label(entry)} does not deny required tool '${entry.tool}'.`,
        requirement: requirementOf(location, 'denyTools'),
        fixHint:
          'Add the tool to tools.deny or agents.entries.<id>.tools.deny, or update policy after review.',
      }),
    );
}
