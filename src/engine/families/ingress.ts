// The ingress family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.7, §7.1, §9.2, §10.2): who may reach an
// agent through the configured channels. Evidence from `./ingress/scan.ts`; the checks run for
// the top-level `ingress` section and for every channel-scoped overlay, each only when its own
// shape is valid (an invalid section already yields its shape finding).
import { collectedWhen, type PolicyFamily } from '../current/policy-family.js';
import { channelScopeTargets, policyHasIngressRules } from '../current/policy-scope.js';
import { hasValidScopedPolicy, ingressShapeFinding } from '../current/shape/index.js';
import { scopeTargetPrefix } from '../current/shape/policy-segment.js';
import { policyAddress } from '../oc-path.js';
import { isRecord } from '../record.js';
import type { PolicyName } from '../rule-family.js';
import type { Evidence, Finding } from '../types.js';
import type { IngressEntry } from './ingress/channel-scope.js';
import { ingressRuleFindings } from './ingress/checks.js';
import { scanIngress } from './ingress/scan.js';

export type { IngressEntry } from './ingress/channel-scope.js';
export { scanIngress } from './ingress/scan.js';

export const ingressFamily: PolicyFamily = {
  name: 'ingress',
  evidence: [collectedWhen('ingress', policyHasIngressRules, ({ config }) => scanIngress(config))],
  findings: ({ policy, name, evidence }) => ingressFindings(policy, name, evidence),
};

export function ingressFindings(policy: unknown, name: PolicyName, evidence: Evidence): Finding[] {
  if (!isRecord(policy)) return [];
  const entries = (evidence.ingress as IngressEntry[] | undefined) ?? [];
  const findings: Finding[] = [];
  const topLevel = policy.ingress;
  if (ingressShapeFinding(topLevel, name) === undefined && isRecord(topLevel)) {
    findings.push(
      ...ingressRuleFindings({
        rules: topLevel,
        requirementBase: policyAddress(name.document, 'ingress'),
        entries,
      }),
    );
  }
  // Overlays apply only when the scopes section as a whole is valid (SPEC-2026.9 §9.2).
  if (!hasValidScopedPolicy(policy, name)) return findings;
  for (const { scopeName, channelId, overlay } of channelScopeTargets(policy)) {
    const rules = overlay.ingress;
    if (ingressShapeFinding(rules, name, scopeName) !== undefined || !isRecord(rules)) continue;
    findings.push(
      ...ingressRuleFindings({
        rules,
        requirementBase: policyAddress(name.document, scopeTargetPrefix(scopeName), 'ingress'),
        entries: entries.filter((entry) => (entry.channel ?? '').trim().toLowerCase() === channelId),
      }),
    );
  }
  return findings;
}
