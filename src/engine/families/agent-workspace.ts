// SKELETON: the agentWorkspace family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.9, §7.3). Evidence and findings to come.
import { collectedWhen, type PolicyFamily } from '../current/policy-family.js';
import { policyHasAgentWorkspaceRules } from '../current/policy-scope.js';

export const agentWorkspaceFamily: PolicyFamily = {
  name: 'agentWorkspace',
  evidence: [collectedWhen('agentWorkspace', policyHasAgentWorkspaceRules, () => [])],
  findings: () => [],
};
