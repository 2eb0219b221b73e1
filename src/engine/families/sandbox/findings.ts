// The sandboxPosture findings of OpenClaw 2026.9.6 (`sandboxPostureFindings`, SPEC-2026.9 §10.2):
// the top-level `sandbox` rules over every entry, then each agent scope's rules over the entries
// that describe that agent (§9.2).
import { isRecord } from '../../record.js';
import type { Finding } from '../../types.js';
import type { FindingsInput } from '../../current/policy-family.js';
import { agentScopeTargets } from '../../current/policy-scope.js';
import { hasValidScopedPolicy, sandboxPostureShapeFinding } from '../../current/shape/index.js';
import {
  evidenceFinding,
  policyStringList,
  requirementOf,
  scopedRules,
  topLevelRules,
  type RuleLocation,
} from '../tool-posture/policy-rules.js';
import { containerFindings } from './container-findings.js';
import type { SandboxPostureEvidence, SandboxValueEvidence } from './entries.js';
import { sandboxLabel } from './label.js';
import { scopedSandboxEntries } from './scoped-entries.js';

export const SANDBOX_MODE_UNAPPROVED = 'policy/sandbox-mode-unapproved';
export const SANDBOX_BACKEND_UNAPPROVED = 'policy/sandbox-backend-unapproved';

export function sandboxPostureFindings({ policy, name, evidence }: FindingsInput): Finding[] {
  if (!isRecord(policy)) return [];
  const entries = (evidence.sandboxPosture ?? []) as SandboxPostureEvidence[];
  const findings: Finding[] = [];
  if (isRecord(policy.sandbox) && sandboxPostureShapeFinding(policy.sandbox, name) === undefined) {
    findings.push(...sandboxRuleFindings(policy.sandbox, topLevelRules(name, 'sandbox'), entries));
  }
  if (!hasValidScopedPolicy(policy, name)) return findings;
  for (const target of agentScopeTargets(policy)) {
    const rules = target.overlay.sandbox;
    if (!isRecord(rules) || sandboxPostureShapeFinding(rules, name, target.scopeName) !== undefined) continue;
    const location = scopedRules(name, target.scopeName, 'sandbox');
    findings.push(...sandboxRuleFindings(rules, location, scopedSandboxEntries(entries, target.agentId)));
  }
  return findings;
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
    checkId: SANDBOX_MODE_UNAPPROVED,
    setting: 'sandbox mode',
    fixHint: 'Set agents.defaults.sandbox.mode or agents.entries.<id>.sandbox.mode to an approved value.',
  },
  backend: {
    rule: 'allowBackends',
    checkId: SANDBOX_BACKEND_UNAPPROVED,
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
  const allowed = new Set(policyStringList(rules, [rule.rule]));
  if (allowed.size === 0) return [];
  return entries
    .filter((entry): entry is SandboxValueEvidence => entry.kind === kind)
    .filter((entry) => !allowed.has(entry.value.toLowerCase()))
    .map((entry) =>
      evidenceFinding(entry.source, {
        checkId: rule.checkId,
        message: `${sandboxLabel(entry)} uses unapproved ${rule.setting} '${entry.value}'.`,
        requirement: requirementOf(location, rule.rule),
        fixHint: rule.fixHint,
      }),
    );
}
