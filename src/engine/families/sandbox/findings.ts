// The sandboxPosture findings of OpenClaw 2026.9.6 (`sandboxPostureFindings`, SPEC-2026.9 §10.2):
// the top-level `sandbox` rules over every entry, then each agent scope's rules over the entries
// that describe that agent (§9.2).
import type { Finding } from '../../types.js';
import { policyEvidenceFinding } from '../../current/evidence-finding.js';
import type { FindingsInput } from '../../current/policy-family.js';
import { lowercasedPolicyList } from '../../current/policy-rule-values.js';
import { agentScopeTargets } from '../../current/policy-scope.js';
import { requirementOf, type RuleLocation } from '../../current/rule-location.js';
import { topLevelThenScopedFindings } from '../../current/scoped-rule-findings.js';
import { sandboxPostureShapeFinding } from '../../current/shape/index.js';
import { containerFindings } from './container-findings.js';
import { sandboxLabel, type SandboxPostureEvidence, type SandboxValueEvidence } from './entries.js';
import { scopedSandboxEntries } from './scoped-entries.js';

export function sandboxPostureFindings({ policy, name, evidence }: FindingsInput): Finding[] {
  const entries = (evidence.sandboxPosture ?? []) as SandboxPostureEvidence[];
  return topLevelThenScopedFindings(policy, name, {
    path: ['sandbox'],
    shapeFinding: sandboxPostureShapeFinding,
    requireValidScopes: true,
    scopeTargets: agentScopeTargets,
    entries,
    scopedEntries: (target) => scopedSandboxEntries(entries, target.agentId),
    ruleFindings: sandboxRuleFindings,
  });
}

function sandboxRuleFindings(
  rules: Record<string, unknown>,
  location: RuleLocation,
  entries: readonly SandboxPostureEvidence[],
): Finding[] {
  return [
    ...allowedValueFindings(rules, location, entries, 'mode'),
    ...allowedValueFindings(rules, location, entries, 'backend'),
    ...containerFindings(rules, location, entries),
  ];
}

const ALLOWED_VALUE_RULES = {
  mode: {
    rule: 'requireMode',
    checkId: 'policy/sandbox-mode-unapproved',
    setting: 'sandbox mode',
    fixHint: 'Set agents.defaults.sandbox.mode or agents.entries.<id>.sandbox.mode to an approved value.',
  },
  backend: {
    rule: 'allowBackends',
    checkId: 'policy/sandbox-backend-unapproved',
    setting: 'sandbox backend',
    fixHint: 'Use an approved sandbox backend or update policy after review.',
  },
} as const;

/** The mode or backend must be in the policy list (compared lowercased). */
function allowedValueFindings(
  rules: Record<string, unknown>,
  location: RuleLocation,
  entries: readonly SandboxPostureEvidence[],
  kind: 'mode' | 'backend',
): Finding[] {
  const rule = ALLOWED_VALUE_RULES[kind];
  const allowed = new Set(lowercasedPolicyList(rules, [rule.rule]));
  if (allowed.size === 0) return [];
  return entries
    .filter((entry): entry is SandboxValueEvidence => entry.kind === kind)
    .filter((entry) => !allowed.has(entry.value.toLowerCase()))
    .map((entry) =>
      policyEvidenceFinding(entry.source, {
        checkId: rule.checkId,
        message: `${sandboxLabel(entry)} uses unapproved ${rule.setting} '${entry.value}'.`,
        requirement: requirementOf(location, rule.rule),
        fixHint: rule.fixHint,
      }),
    );
}
