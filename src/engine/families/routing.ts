// The routing family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.6, §7, §10.2): which configured route
// bindings exist, and where each policy probe lands under OpenClaw's own route resolution
// (`./routing/resolve-route.ts`). Scanned only for a routing section with a valid shape. A probe
// OpenClaw cannot resolve (several agents, no owner) throws `RouteResolutionError`, as the
// release does: the policy command then fails.
import { normalizeAgentId } from '../current/agent-id.js';
import type { CurrentCheckId } from '../current/check-ids.js';
import { ANY_POLICY_NAME, type PolicyFamily } from '../current/policy-family.js';
import { policyHasRoutingRules } from '../current/policy-scope.js';
import { requirementOf, topLevelRules } from '../current/rule-location.js';
import { routingShapeFinding } from '../current/shape/index.js';
import { policySegment } from '../current/shape/policy-segment.js';
import { finding } from '../findings.js';
import { configAddress } from '../oc-path.js';
import { isRecord } from '../record.js';
import type { PolicyName } from '../rule-family.js';
import type { Evidence, Finding } from '../types.js';
import { type MatchKind, type RouteQuery, resolveRoute } from './routing/resolve-route.js';

export { RouteResolutionError } from './routing/agent-roster.js';
export { type MatchKind, type RouteQuery, resolveRoute } from './routing/resolve-route.js';

export interface RoutingEvidence {
  bindings: RouteBindingEntry[];
  probes: RoutingProbeEntry[];
}

export interface RouteBindingEntry {
  index: number;
  source: string;
  channel: string;
}

export interface RoutingProbeEntry {
  id: string;
  /** Always `oc://policy/…`, whatever the policy file is called. */
  source: string;
  agentId: string;
  matchedBy: MatchKind;
}

/** A probe of a routing section whose shape is valid. */
interface RoutingProbe {
  id: string;
  route: RouteQuery;
  expect: { agentId: string; matchedBy?: readonly string[] };
}

interface RoutingRules {
  requireBindings?: boolean;
  requireConfiguredChannels?: boolean;
  probes?: readonly RoutingProbe[];
}

/** The routing section, when it is an object whose shape is valid. */
function validRoutingRules(policy: unknown, name: PolicyName): RoutingRules | undefined {
  if (!policyHasRoutingRules(policy) || !isRecord(policy)) return undefined;
  return routingShapeFinding(policy.routing, name) === undefined
    ? (policy.routing as RoutingRules)
    : undefined;
}

export function scanRouting(config: Record<string, unknown>, rules: RoutingRules): RoutingEvidence {
  return {
    bindings: routeBindings(config).map(({ index, channel }) => ({
      index,
      source: configAddress('bindings', `#${index}`),
      channel,
    })),
    probes: (rules.probes ?? []).map((probe, index) => {
      const result = resolveRoute(config, probe.route);
      return {
        id: probe.id,
        source: `oc://policy/routing/probes/#${index}`,
        agentId: result.agentId,
        matchedBy: result.matchedBy,
      };
    }),
  };
}

/** `listPolicyRouteBindings`: route bindings (not ACP) with a string agent id and channel. */
function routeBindings(config: Record<string, unknown>): { index: number; channel: string }[] {
  if (!Array.isArray(config.bindings)) return [];
  return (config.bindings as unknown[]).flatMap((binding, index) => {
    if (!isRecord(binding) || binding.type === 'acp' || !isRecord(binding.match)) return [];
    const channel = binding.match.channel;
    return typeof binding.agentId === 'string' && typeof channel === 'string' ? [{ index, channel }] : [];
  });
}

export function routingFindings(policy: unknown, name: PolicyName, evidence: Evidence): Finding[] {
  const rules = validRoutingRules(policy, name);
  const routing = evidence.routing as RoutingEvidence | undefined;
  if (rules === undefined || routing === undefined) return [];
  const common = { path: name.display };
  const location = topLevelRules(name, 'routing');
  const findings: Finding[] = [];
  if (rules.requireBindings === true && routing.bindings.length === 0) {
    findings.push(
      finding({
        checkId: 'policy/routing-bindings-required' satisfies CurrentCheckId,
        message: 'Routing policy requires at least one channel route binding, but none are configured.',
        ...common,
        target: configAddress('bindings'),
        requirement: requirementOf(location, 'requireBindings'),
        fixHint: 'Add an intentional route binding or update the policy after review.',
      }),
    );
  }
  if (rules.requireConfiguredChannels === true) {
    const configured = new Set(
      ((evidence.channels ?? []) as { id: string }[]).map((channel) => channel.id.toLowerCase()),
    );
    for (const binding of routing.bindings) {
      if (configured.has(binding.channel.toLowerCase())) continue;
      findings.push(
        finding({
          checkId: 'policy/routing-binding-channel-unconfigured' satisfies CurrentCheckId,
          message: `Route binding ${binding.index} names unconfigured channel ${binding.channel}.`,
          ...common,
          target: binding.source,
          requirement: requirementOf(location, 'requireConfiguredChannels'),
          fixHint: `Configure channels.${binding.channel}, correct the binding channel, or update the policy after review.`,
        }),
      );
    }
  }
  for (const probe of rules.probes ?? []) {
    const result = routing.probes.find((entry) => entry.id === probe.id);
    if (result === undefined) continue;
    const probeSegment = policySegment(probe.id);
    const target = `oc://policy/routing/probes/${probeSegment}/result`;
    const requirement = requirementOf(location, `probes/${probeSegment}/expect`);
    if (normalizeAgentId(result.agentId) !== normalizeAgentId(probe.expect.agentId)) {
      findings.push(
        finding({
          checkId: 'policy/routing-agent-mismatch' satisfies CurrentCheckId,
          message: `Routing probe ${probe.id} resolved to agent ${result.agentId}, not ${probe.expect.agentId}.`,
          ...common,
          target,
          requirement,
          fixHint: 'Review the route bindings and expected destination before changing either one.',
        }),
      );
    }
    if (probe.expect.matchedBy !== undefined && !probe.expect.matchedBy.includes(result.matchedBy)) {
      findings.push(
        finding({
          checkId: 'policy/routing-match-kind-mismatch' satisfies CurrentCheckId,
          message: `Routing probe ${probe.id} matched by ${result.matchedBy}, which is not an expected match kind.`,
          ...common,
          target,
          requirement,
          fixHint:
            'Restore the intended binding specificity or update the accepted match kinds after review.',
        }),
      );
    }
  }
  return findings;
}

export const routingFamily: PolicyFamily = {
  name: 'routing',
  evidence: [
    {
      key: 'routing',
      inEarlyReturns: false,
      collectedFor: ({ policy }) => validRoutingRules(policy, ANY_POLICY_NAME) !== undefined,
      collect: ({ config, policy }) => scanRouting(config, validRoutingRules(policy, ANY_POLICY_NAME) ?? {}),
    },
  ],
  findings: ({ policy, name, evidence }) => routingFindings(policy, name, evidence),
};
