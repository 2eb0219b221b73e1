// The sandboxPosture family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.11, §7.6, §10.2): evidence in
// `sandbox/evidence.ts`, findings in `sandbox/findings.ts`.
import { collectedWhen, type PolicyFamily } from '../current/policy-family.js';
import { policyHasSandboxPostureRules } from '../current/policy-scope.js';
import { scanSandboxPosture } from './sandbox/evidence.js';
import { sandboxPostureFindings } from './sandbox/findings.js';

export type { SandboxPostureEvidence } from './sandbox/entries.js';

export const sandboxFamily: PolicyFamily = {
  name: 'sandboxPosture',
  evidence: [collectedWhen('sandboxPosture', policyHasSandboxPostureRules, scanSandboxPosture)],
  findings: sandboxPostureFindings,
};
