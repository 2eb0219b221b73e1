// SKELETON: the toolPosture family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.10, §7.5). Evidence and findings to come.
import { collectedWhen, type PolicyFamily } from '../current/policy-family.js';
import { policyHasToolPostureRules } from '../current/policy-scope.js';

export const toolPostureFamily: PolicyFamily = {
  name: 'toolPosture',
  evidence: [collectedWhen('toolPosture', policyHasToolPostureRules, () => [])],
  findings: () => [],
};
