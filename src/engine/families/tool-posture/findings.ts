// The toolPosture findings of OpenClaw 2026.9.6 (`toolPostureFindings`, SPEC-2026.9 §10.2): the
// top-level `tools` rules over every entry, then each agent scope's rules over that agent's
// entries (or the global ones it inherits).
import { isRecord } from '../../record.js';
import type { Finding } from '../../types.js';
import { agentScopeEntries } from '../../current/agent-scope-entries.js';
import type { CurrentCheckId } from '../../current/check-ids.js';
import { policyEvidenceFinding } from '../../current/evidence-finding.js';
import { ownerLabel } from '../../current/owner-label.js';
import type { FindingsInput } from '../../current/policy-family.js';
import { lowercasedPolicyList, policyBoolean, trimmedLowercase } from '../../current/policy-rule-values.js';
import { agentScopeTargets } from '../../current/policy-scope.js';
import { requirementOf, type RuleLocation } from '../../current/rule-location.js';
import { topLevelThenScopedFindings } from '../../current/scoped-rule-findings.js';
import { toolsPostureShapeFinding } from '../../current/shape/index.js';
import { expandToolGroups, toolListDenies } from '../../current/tool-matcher.js';
import type { ToolPostureEvidence, ToolPostureListEvidence, ToolPostureValueEvidence } from './entries.js';

export function toolPostureFindings({ policy, name, evidence }: FindingsInput): Finding[] {
  const entries = (evidence.toolPosture ?? []) as ToolPostureEvidence[];
  return topLevelThenScopedFindings(policy, name, {
    path: ['tools'],
    shapeFinding: toolsPostureShapeFinding,
    requireValidScopes: true,
    scopeTargets: agentScopeTargets,
    entries,
    // §9.2: the agent's own entry of a kind, else the global one.
    scopedEntries: (target) =>
      agentScopeEntries(entries, target.agentId, (entry) => entry.scope === 'global'),
    ruleFindings: toolRuleFindings,
  });
}

function toolRuleFindings(
  rules: Record<string, unknown>,
  location: RuleLocation,
  entries: readonly ToolPostureEvidence[],
): Finding[] {
  return [
    ...allowedValueFindings(rules, location, entries, PROFILE_RULE),
    ...requiredSettingFindings(rules, location, entries, WORKSPACE_ONLY_RULE),
    ...EXEC_RULES.flatMap((rule) => allowedValueFindings(rules, location, entries, rule)),
    ...requiredSettingFindings(rules, location, entries, ELEVATED_RULE),
    ...alsoAllowFindings(rules, location, entries),
    ...requiredDenyFindings(rules, location, entries),
  ];
}

const label = (entry: ToolPostureEvidence) => ownerLabel(entry, 'global tools config');

function valueEntries(entries: readonly ToolPostureEvidence[], kind: string): ToolPostureValueEvidence[] {
  return entries.filter((entry): entry is ToolPostureValueEvidence => entry.kind === kind);
}

function listEntries(entries: readonly ToolPostureEvidence[], kind: string): ToolPostureListEvidence[] {
  return entries.filter((entry): entry is ToolPostureListEvidence => entry.kind === kind);
}

/** A string setting that must be one of a policy list (compared lowercased). */
interface AllowedValueRule {
  checkId: CurrentCheckId;
  kind: string;
  rule: string[];
  message: (entryLabel: string, value: string) => string;
  fixHint: string;
}

const PROFILE_RULE: AllowedValueRule = {
  checkId: 'policy/tools-profile-unapproved',
  kind: 'profile',
  rule: ['profiles', 'allow'],
  message: (entryLabel, value) => `${entryLabel} uses unapproved tool profile '${value}'.`,
  fixHint: 'Use an approved tools.profile value or update policy after review.',
};

const execRule = (checkId: CurrentCheckId, kind: string, key: string, setting: string): AllowedValueRule => ({
  checkId,
  kind,
  rule: ['exec', key],
  message: (entryLabel, value) => `${entryLabel} uses unapproved ${setting} '${value}'.`,
  fixHint: 'Adjust the configured tool posture or update policy after review.',
});

const EXEC_RULES: readonly AllowedValueRule[] = [
  execRule('policy/tools-exec-security-unapproved', 'execSecurity', 'allowSecurity', 'exec security'),
  execRule('policy/tools-exec-ask-unapproved', 'execAsk', 'requireAsk', 'exec ask'),
  execRule('policy/tools-exec-host-unapproved', 'execHost', 'allowHosts', 'exec host'),
];

function allowedValueFindings(
  rules: Record<string, unknown>,
  location: RuleLocation,
  entries: readonly ToolPostureEvidence[],
  rule: AllowedValueRule,
): Finding[] {
  const allowed = new Set(lowercasedPolicyList(rules, rule.rule));
  if (allowed.size === 0) return [];
  return valueEntries(entries, rule.kind).flatMap((entry) =>
    typeof entry.value === 'string' && !allowed.has(entry.value.toLowerCase())
      ? [
          policyEvidenceFinding(entry.source, {
            checkId: rule.checkId,
            message: rule.message(label(entry), entry.value),
            requirement: requirementOf(location, rule.rule.join('/')),
            fixHint: rule.fixHint,
          }),
        ]
      : [],
  );
}

/** A boolean setting that must equal the rule's value once the rule is set to it. */
interface RequiredSettingRule {
  checkId: CurrentCheckId;
  kind: string;
  rule: [string, string];
  /** The rule's value that switches the check on; the setting must then have it too. */
  required: boolean;
  message: (entryLabel: string) => string;
  fixHint: string;
}

const WORKSPACE_ONLY_RULE: RequiredSettingRule = {
  checkId: 'policy/tools-fs-workspace-only-required',
  kind: 'fsWorkspaceOnly',
  rule: ['fs', 'requireWorkspaceOnly'],
  required: true,
  message: (entryLabel) => `${entryLabel} does not require workspace-only filesystem tools.`,
  fixHint: 'Set tools.fs.workspaceOnly=true or update policy after review.',
};

const ELEVATED_RULE: RequiredSettingRule = {
  checkId: 'policy/tools-elevated-enabled',
  kind: 'elevatedEnabled',
  rule: ['elevated', 'allow'],
  required: false,
  message: (entryLabel) => `${entryLabel} permits elevated tool mode.`,
  fixHint: 'Set tools.elevated.enabled=false or update policy after review.',
};

function requiredSettingFindings(
  rules: Record<string, unknown>,
  location: RuleLocation,
  entries: readonly ToolPostureEvidence[],
  rule: RequiredSettingRule,
): Finding[] {
  if (policyBoolean(rules, rule.rule) !== rule.required) return [];
  return valueEntries(entries, rule.kind)
    .filter((entry) => entry.value !== rule.required)
    .map((entry) =>
      policyEvidenceFinding(entry.source, {
        checkId: rule.checkId,
        message: rule.message(label(entry)),
        requirement: requirementOf(location, rule.rule.join('/')),
        fixHint: rule.fixHint,
      }),
    );
}

/** Trimmed, lowercased, non-empty, in code-unit order (plain `toSorted()`), without repeats. */
function toolIdSet(ids: readonly string[]): Set<string> {
  return new Set(
    ids
      .map(trimmedLowercase)
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
  const expected = toolIdSet(lowercasedPolicyList(rules, ['alsoAllow', 'expected']));
  const requirement = requirementOf(location, 'alsoAllow/expected');
  return listEntries(entries, 'alsoAllow').flatMap((entry) => {
    const actual = toolIdSet(entry.entries);
    const missing = [...expected].filter((tool) => !actual.has(tool));
    const unexpected = [...actual].filter((tool) => !expected.has(tool));
    return [
      ...missing.map((tool) =>
        policyEvidenceFinding(entry.source, {
          checkId: 'policy/tools-also-allow-missing',
          message: `${label(entry)} is missing expected tools.alsoAllow entry '${tool}'.`,
          requirement,
          fixHint: 'Add the expected tools.alsoAllow entry or update policy after review.',
        }),
      ),
      ...unexpected.map((tool) =>
        policyEvidenceFinding(entry.source, {
          checkId: 'policy/tools-also-allow-unexpected',
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
  const required = lowercasedPolicyList(rules, ['denyTools']);
  if (required.length === 0) return [];
  const requiredTools = [...new Set(required.flatMap((tool) => expandToolGroups([tool])))];
  return listEntries(entries, 'deny').flatMap((entry) =>
    requiredTools
      .filter((tool) => !toolListDenies(entry.entries, tool))
      .map((tool) =>
        policyEvidenceFinding(entry.source, {
          checkId: 'policy/tools-required-deny-missing',
          message: `${label(entry)} does not deny required tool '${tool}'.`,
          requirement: requirementOf(location, 'denyTools'),
          fixHint:
            'Add the tool or group to tools.deny/agents.entries.<id>.tools.deny, or update policy after review.',
        }),
      ),
  );
}
