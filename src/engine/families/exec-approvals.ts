// SKELETON: the execApprovals family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.14, §7.8).
import type { PolicyFamily } from '../current/policy-family.js';
import { policyHasExecApprovalsRules } from '../current/policy-scope.js';

export const execApprovalsFamily: PolicyFamily = {
  name: 'execApprovals',
  evidence: [
    {
      key: 'execApprovals',
      inEarlyReturns: false,
      collectedFor: (source) =>
        policyHasExecApprovalsRules(source.policy) && source.execApprovalsRaw !== undefined,
      collect: () => [],
    },
  ],
  findings: () => [],
};
