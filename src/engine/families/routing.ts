// SKELETON: the routing family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.6).
import type { PolicyFamily } from '../current/policy-family.js';
import { policyHasRoutingRules } from '../current/policy-scope.js';
import { routingShapeFinding } from '../current/shape/index.js';
import { isRecord } from '../record.js';

const ANY_NAME = { display: 'policy.jsonc', document: 'policy.jsonc' };

export const routingFamily: PolicyFamily = {
  name: 'routing',
  evidence: [
    {
      key: 'routing',
      inEarlyReturns: false,
      // Only a routing section with a valid shape is scanned (its messages do not matter here).
      collectedFor: ({ policy }) =>
        policyHasRoutingRules(policy) &&
        isRecord(policy) &&
        routingShapeFinding(policy.routing, ANY_NAME) === undefined,
      collect: () => ({ bindings: [], probes: [] }),
    },
  ],
  findings: () => [],
};
