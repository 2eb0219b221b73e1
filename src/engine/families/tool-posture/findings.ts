// The toolPosture findings of OpenClaw 2026.9.6 (`toolPostureFindings`, SPEC-2026.9 §10.2): the
// top-level `tools` rules over every entry, then each agent scope's rules over that agent's
// entries (or the global ones it inherits).
import { isRecord } from '../../record.js';
import type { Finding } from '../../types.js';
import type { FindingsInput } from '../../current/policy-family.js';
import { agentScopeTargets, scopedAgentIdMatches } from '../../current/policy-scope.js';
import { hasValidScopedPolicy, toolsPostureShapeFinding } from '../../current/shape/index.js';
import { expandToolGroups, toolListDenies } from '../../current/tool-matcher.js';
import type { ToolPostureEvidence, ToolPostureListEvidence, ToolPostureValueEvidence } from './entries.js';
import {
  evidenceFinding,
  policyBoolean,
  policyStringList,
  requirementOf,
  scopedRules,
  topLevelRules,
  type RuleLocation,
} from './policy-rules.js';

export const TOOLS_PROFILE_UNAPPROVED = 'policy/tools-profile-unapproved';
export const TOOLS_FS_WORKSPACE_ONLY_REQUIRED = 'policy/tools-fs-workspace-only-required';
export const TOOLS_EXEC_SECURITY_UNAPPROVED = 'policy/tools-exec-security-unapproved';
export const TOOLS_EXEC_ASK_UNAPPROVED = 'policy/tools-exec-ask-unapproved';
export const TOOLS_EXEC_HOST_UNAPPROVED = 'policy/tools-exec-host-unapproved';
export const TOOLS_ELEVATED_ENABLED = 'policy/tools-elevated-enabled';
export const TOOLS_ALSO_ALLOW_MISSING = 'policy/tools-also-allow-missing';
export const TOOLS_ALSO_ALLOW_UNEXPECTED = 'policy/tools-also-allow-unexpected';
export const TOOLS_REQUIRED_DENY_MISSING = 'policy/tools-required-deny-missing';

export function toolPostureFindings({ policy, name, evidence }: FindingsInput): Finding[] {
  const entries = (evidence.toolPosture ?? []) as ToolPostureEvidence[];
  const findings: Finding[] = [];
  if (
    isRecord(policy) &&
    isRecord(policy.tools) &&
    toolsPostureShapeFinding(policy.tools, name) === undefined
  ) {
    findings.push(...toolRuleFindings(policy.tools, topLevelRules(name, 'tools'), entries));
  }
  if (!isRecord(policy) || !hasValidScopedPolicy(policy, name)) return findings;
  for (const target of agentScopeTargets(policy)) {
    const rules = target.overlay.tools;
    if (!isRecord(rules) || toolsPostureShapeFinding(rules, name, target.scopeName) !== undefined) continue;
    const agentEntries = entries.filter((entry) => scopedToolEntryApplies(entry, target.agentId, entries));
    findings.push(...toolRuleFindings(rules, scopedRules(name, target.scopeName, 'tools'), agentEntries));
  }
  return findings;
}

/** §9.2: the agent's own entry of a kind, else the global one. */
function scopedToolEntryApplies(
  entry: ToolPostureEvidence,
  agentId: string,
  entries: readonly ToolPostureEvidence[],
): boolean {
  if (scopedAgentIdMatches(entry.agentId, agentId)) return true;
  return (
    entry.scope === 'global' &&
    !entries.some(
      (candidate) =>
        candidate.scope === 'agent' &&
        candidate.kind === entry.kind &&
        scopedAgentIdMatches(candidate.agentId, agentId),
    )
  );
}

function toolRuleFindings(
  rules: Record<string, unknown>,
  location: RuleLocation,
  entries: readonly ToolPostureEvidence[],
): Finding[] {
  return [
    ...allowedValueFindings(rules, location, entries, PROFILE_RULE),
    ...workspaceOnlyFindings(rules, location, entries),
    ...EXEC_RULES.flatMap((rule) => allowedValueFindings(rules, location, entries, rule)),
    ...elevatedFindings(rules, location, entries),
    ...alsoAllowFindings(rules, location, entries),
    ...requiredDenyFindings(rules, location, entries),
  ];
}

function label(entry: ToolPostureEvidence): string {
  return entry.agentId === undefined ? 'global tools config' : `agent '${entry.agentId}'`;
}

function valueEntries(entries: readonly ToolPostureEvidence[], kind: string): ToolPostureValueEvidence[] {
  return entries.filter((entry): entry is ToolPostureValueEvidence => entry.kind === kind);
}

function listEntries(entries: readonly ToolPostureEvidence[], kind: string): ToolPostureListEvidence[] {
  return entries.filter((entry): entry is ToolPostureListEvidence => entry.kind === kind);
}

/** A string setting that must be one of a policy list (compared lowercased). */
interface AllowedValueRule {
  checkId: string;
  kind: string;
  rule: string[];
  message: (entryLabel: string, value: string) => string;
  fixHint: string;
}

const PROFILE_RULE: AllowedValueRule = {
  checkId: TOOLS_PROFILE_UNAPPROVED,
  kind: 'profile',
  rule: ['profiles', 'allow'],
  message: (entryLabel, value) => `${entryLabel} uses unapproved tool profile '${value}'.`,
  fixHint: 'Use an approved tools.profile value or update policy after review.',
};

const execRule = (checkId: string, kind: string, key: string, setting: string): AllowedValueRule => ({
  checkId,
  kind,
  rule: ['exec', key],
  message: (entryLabel, value) => `${entryLabel} uses unapproved ${setting} '${value}'.`,
  fixHint: 'Adjust the configured tool posture or update policy after review.',
});

const EXEC_RULES: readonly AllowedValueRule[] = [
  execRule(TOOLS_EXEC_SECURITY_UNAPPROVED, 'execSecurity', 'allowSecurity', 'exec security'),
  execRule(TOOLS_EXEC_ASK_UNAPPROVED, 'execAsk', 'requireAsk', 'exec ask'),
  execRule(TOOLS_EXEC_HOST_UNAPPROVED, 'execHost', 'allowHosts', 'exec host'),
];

function allowedValueFindings(
  rules: Record<string, unknown>,
  location: RuleLocation,
  entries: readonly ToolPostureEvidence[],
  rule: AllowedValueRule,
): Finding[] {
  const allowed = new Set(policyStringList(rules, rule.rule));
  if (allowed.size === 0) return [];
  return valueEntries(entries, rule.kind).flatMap((entry) =>
    typeof entry.value === 'string' && !allowed.has(entry.value.toLowerCase())
      ? [
          evidenceFinding(entry.source, {
            checkId: rule.checkId,
            message: rule.message(label(entry), entry.value),
            requirement: requirementOf(location, rule.rule.join('/')),
            fixHint: rule.fixHint,
          }),
        ]
      : [],
  );
}

function workspaceOnlyFindings(
  rules: Record<string, unknown>,
  location: RuleLocation,
  entries: readonly ToolPostureEvidence[],
): Finding[] {
  if (policyBoolean(rules, ['fs', 'requireWorkspaceOnly']) !== true) return [];
  return valueEntries(entries, 'fsWorkspaceOnly')
    .filter((entry) => entry.value !== true)
    .map((entry) =>
      evidenceFinding(entry.source, {
        checkId: TOOLS_FS_WORKSPACE_ONLY_REQUIRED,
        message: `${label(entry)} does not require workspace-only filesystem tools.`,
        requirement: requirementOf(location, 'fs/requireWorkspaceOnly'),
        fixHint: 'Set tools.fs.workspaceOnly=true or update policy after review.',
      }),
    );
}

function elevatedFindings(
  rules: Record<string, unknown>,
  location: RuleLocation,
  entries: readonly ToolPostureEvidence[],
): Finding[] {
  if (policyBoolean(rules, ['elevated', 'allow']) !== false) return [];
  return valueEntries(entries, 'elevatedEnabled')
    .filter((entry) => entry.value !== false)
    .map((entry) =>
      evidenceFinding(entry.source, {
        checkId: TOOLS_ELEVATED_ENABLED,
        message: `${label(entry)} permits elevated tool mode.`,
        requirement: requirementOf(location, 'elevated/allow'),
        fixHint: 'Set tools.elevated.enabled=false or update policy after review.',
      }),
    );
}

/** Trimmed, lowercased, non-empty, in code-unit order (plain `toSorted()`), without repeats. */
function toolIdSet(ids: readonly string[]): Set<string> {
  return new Set(
    ids
      .map((id) => id.trim().toLowerCase())
      .filter((id) => id !== '')
      .toSorted(),
  );
}

function alsoAllowFindings(
  rules: Record<string, unknown>,
  location: RuleLocation,
  entries: readonly ToolPostureEvidence[],
): Finding[] {
  if (!isRecord(rules.alsoAllow) || rules.alsoAllow.expected === undefined) return [];
  const expected = toolIdSet(policyStringList(rules, ['alsoAllow', 'expected']));
  const requirement = requirementOf(location, 'alsoAllow/expected');
  return listEntries(entries, 'alsoAllow').flatMap((entry) => {
    const actual = toolIdSet(entry.entries);
    const missing = [...expected].filter((tool) => !actual.has(tool));
    const unexpected = [...actual].filter((tool) => !expected.has(tool));
    return [
      ...missing.map((tool) =>
        evidenceFinding(entry.source, {
          checkId: TOOLS_ALSO_ALLOW_MISSING,
          message: `${label(entry)} is missing expected tools.alsoAllow entry '${tool}'.`,
          requirement,
          fixHint: 'Add the expected tools.alsoAllow entry or update policy after review.',
        }),
      ),
      ...unexpected.map((tool) =>
        evidenceFinding(entry.source, {
          checkId: TOOLS_ALSO_ALLOW_UNEXPECTED,
          message: `${label(entry)} has unexpected tools.alsoAllow entry '${tool}'.`,
          requirement,
          fixHint: 'Remove the unexpected tools.alsoAllow entry or update policy after review.',
        }),
      ),
    ];
  });
}

function requiredDenyFindings(
  rules: Record<string, unknown>,
  location: RuleLocation,
  entries: readonly ToolPostureEvidence[],
): Finding[] {
  const required = policyStringList(rules, ['denyTools']);
  if (required.length === 0) return [];
  const requiredTools = [...new Set(required.flatMap((tool) => expandToolGroups([tool])))];
  return listEntries(entries, 'deny').flatMap((entry) =>
    requiredTools
      .filter((tool) => !toolListDenies(entry.entries, tool))
      .map((tool) =>
        evidenceFinding(entry.source, {
          checkId: TOOLS_REQUIRED_DENY_MISSING,
          message: `${label(entry)} does not deny required tool '${tool}'.`,
          requirement: requirementOf(location, 'denyTools'),
          fixHint:
            'Add the tool or group to tools.deny/agents.entries.<id>.tools.deny, or update policy after review.',
        }),
      ),
  );
}
