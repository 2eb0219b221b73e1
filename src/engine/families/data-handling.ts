// SKELETON: the dataHandling family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.12, §7.4).
import type { PolicyFamily } from '../current/policy-family.js';
import { policyHasDataHandlingRules } from '../current/policy-scope.js';

export const dataHandlingFamily: PolicyFamily = {
  name: 'dataHandling',
  evidence: [
    {
      key: 'dataHandling',
      // The release collects it in every early return too (SPEC-2026.9 §1).
      inEarlyReturns: true,
      collectedFor: (source) => policyHasDataHandlingRules(source.policy),
      collect: () => [],
    },
  ],
  findings: () => [],
};
