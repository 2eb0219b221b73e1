// The ingress family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.7, §7.1, §9.2, §10.2): who may reach an
// agent through the configured channels. Evidence from `./ingress/scan.ts`; the checks run for
// the top-level `ingress` section and for every channel-scoped overlay, each only when its own
// shape is valid (an invalid section already yields its shape finding).
import { collectedWhen, type PolicyFamily } from '../current/policy-family.js';
import { channelScopeTargets, policyHasIngressRules } from '../current/policy-scope.js';
import { topLevelThenScopedFindings } from '../current/scoped-rule-findings.js';
import { ingressShapeFinding } from '../current/shape/index.js';
import type { PolicyName } from '../rule-family.js';
import type { Evidence, Finding } from '../types.js';
import type { IngressEntry } from './ingress/channel-scope.js';
import { ingressRuleFindings } from './ingress/checks.js';
import { scanIngress } from './ingress/scan.js';

export type { IngressEntry } from './ingress/channel-scope.js';
export { scanIngress } from './ingress/scan.js';

export const ingressFamily: PolicyFamily = {
  name: 'ingress',
  evidence: [collectedWhen('ingress', policyHasIngressRules, scanIngress)],
  findings: ({ policy, name, evidence }) => ingressFindings(policy, name, evidence),
};

export function ingressFindings(policy: unknown, name: PolicyName, evidence: Evidence): Finding[] {
  const entries = (evidence.ingress as IngressEntry[] | undefined) ?? [];
  return topLevelThenScopedFindings(policy, name, {
    path: ['ingress'],
    shapeFinding: ingressShapeFinding,
    requireValidScopes: true,
    scopeTargets: channelScopeTargets,
    entries,
    scopedEntries: (target) =>
      entries.filter((entry) => (entry.channel ?? '').trim().toLowerCase() === target.channelId),
    ruleFindings: ingressRuleFindings,
  });
}
