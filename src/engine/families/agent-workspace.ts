// The agentWorkspace family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.9, §7.3, §10.2): evidence in
// `agent-workspace/evidence.ts`, findings in `agent-workspace/findings.ts`.
import { collectedWhen, type PolicyFamily } from '../current/policy-family.js';
import { policyHasAgentWorkspaceRules } from '../current/policy-scope.js';
import { scanAgentWorkspace } from './agent-workspace/evidence.js';
import { agentWorkspaceFindings } from './agent-workspace/findings.js';

export type { AgentWorkspaceEvidence } from './agent-workspace/entries.js';

export const agentWorkspaceFamily: PolicyFamily = {
  name: 'agentWorkspace',
  evidence: [collectedWhen('agentWorkspace', policyHasAgentWorkspaceRules, scanAgentWorkspace)],
  findings: agentWorkspaceFindings,
};
