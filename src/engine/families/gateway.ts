// SKELETON: the gatewayExposure family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.8, §7.2). Evidence and findings to come.
import { collectedWhen, type PolicyFamily } from '../current/policy-family.js';
import { policyHasGatewayRules } from '../current/policy-scope.js';

export const gatewayFamily: PolicyFamily = {
  name: 'gatewayExposure',
  evidence: [collectedWhen('gatewayExposure', policyHasGatewayRules, () => [])],
  findings: () => [],
};
