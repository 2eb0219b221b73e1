// SKELETON: the sandboxPosture family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.11, §7.6). Evidence and findings to come.
import { collectedWhen, type PolicyFamily } from '../current/policy-family.js';
import { policyHasSandboxPostureRules } from '../current/policy-scope.js';

export const sandboxFamily: PolicyFamily = {
  name: 'sandboxPosture',
  evidence: [collectedWhen('sandboxPosture', policyHasSandboxPostureRules, () => [])],
  findings: () => [],
};
