// The toolPosture family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.10, §7.5, §10.2): evidence in
// `tool-posture/evidence.ts`, findings in `tool-posture/findings.ts`.
import { collectedWhen, type PolicyFamily } from '../current/policy-family.js';
import { policyHasToolPostureRules } from '../current/policy-scope.js';
import { scanToolPosture } from './tool-posture/evidence.js';
import { toolPostureFindings } from './tool-posture/findings.js';

export type { ToolPostureEvidence } from './tool-posture/entries.js';

export const toolPostureFamily: PolicyFamily = {
  name: 'toolPosture',
  evidence: [collectedWhen('toolPosture', policyHasToolPostureRules, scanToolPosture)],
  findings: toolPostureFindings,
};
