// The gatewayExposure family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.8, §7.2, §10.2): how the gateway
// is exposed and protected. Top level only (no scopes), and, unlike the other posture families,
// without a shape gate: the release runs these checks even when `gateway` has a shape finding.
import { collectedWhen, type PolicyFamily } from '../current/policy-family.js';
import { policyHasGatewayRules } from '../current/policy-scope.js';
import { gatewayFindings } from './gateway/checks.js';
import { scanGatewayExposure, type GatewayEntry } from './gateway/scan.js';

export type { GatewayEntry } from './gateway/scan.js';
export { scanGatewayExposure } from './gateway/scan.js';

export const gatewayFamily: PolicyFamily = {
  name: 'gatewayExposure',
  evidence: [collectedWhen('gatewayExposure', policyHasGatewayRules, scanGatewayExposure)],
  findings: ({ policy, name, evidence }) =>
    gatewayFindings(policy, name, (evidence.gatewayExposure as GatewayEntry[] | undefined) ?? []),
};
