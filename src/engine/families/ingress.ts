// SKELETON: the ingress family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.7, §7.1). Evidence and findings to come.
import { collectedWhen, type PolicyFamily } from '../current/policy-family.js';
import { policyHasIngressRules } from '../current/policy-scope.js';

export const ingressFamily: PolicyFamily = {
  name: 'ingress',
  evidence: [collectedWhen('ingress', policyHasIngressRules, () => [])],
  findings: () => [],
};
