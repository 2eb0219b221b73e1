// The nine gateway checks of OpenClaw 2026.9.6 (`gatewayExposureFindings`, SPEC-2026.9 §10.2), in
// the release's order. They have no shape gate: each reads its own rule and ignores values of the
// wrong type (the shape finding reports those).
import type { CurrentCheckId } from '../../current/check-ids.js';
import { policyEvidenceFinding } from '../../current/evidence-finding.js';
import { lowercasedPolicyList } from '../../current/policy-rule-values.js';
import { requirementOf, topLevelRules, type RuleLocation } from '../../current/rule-location.js';
import { configAddress } from '../../oc-path.js';
import { policyStringList } from '../../policy-lists.js';
import { isRecord, valueAtPath } from '../../record.js';
import type { PolicyName } from '../../rule-family.js';
import type { Finding } from '../../types.js';
import type { GatewayEntry } from './scan.js';

/** The Control UI toggles that weaken its protection (two of them are fixed at false). */
const INSECURE_CONTROL_UI_TOGGLES = new Set([
  'gateway-control-ui-insecure-auth',
  'gateway-control-ui-device-auth-disabled',
  'gateway-control-ui-host-origin-fallback',
]);

interface Check {
  checkId: CurrentCheckId;
  /** The rule under `gateway`, e.g. `exposure/allowNonLoopbackBind`. */
  rule: readonly [string, string];
  /** Whether the rule is on (the value it must have to check anything). */
  enabledBy: boolean;
  violates: (entry: GatewayEntry) => boolean;
  message: (entry: GatewayEntry) => string;
  fixHint: string;
}

/** The boolean-switched checks, in the order the release runs them. */
const BOOLEAN_CHECKS_BEFORE_HTTP: readonly Check[] = [
  {
    checkId: 'policy/gateway-non-loopback-bind',
    rule: ['exposure', 'allowNonLoopbackBind'],
    enabledBy: false,
    violates: (e) => e.kind === 'bind' && e.nonLoopback === true,
    message: (e) =>
      e.explicit === false
        ? 'Gateway bind is omitted while the runtime default can permit non-loopback exposure.'
        : `Gateway bind setting '${e.id}' permits non-loopback exposure.`,
    fixHint: 'Use gateway.bind=loopback or update policy after review.',
  },
  {
    checkId: 'policy/gateway-auth-disabled',
    rule: ['auth', 'requireAuth'],
    enabledBy: true,
    violates: (e) => e.kind === 'auth' && e.value === 'none',
    message: () => 'Gateway authentication is disabled.',
    fixHint: 'Set gateway.auth.mode to token, password, or trusted-proxy.',
  },
  {
    checkId: 'policy/gateway-rate-limit-missing',
    rule: ['auth', 'requireExplicitRateLimit'],
    enabledBy: true,
    violates: (e) => e.kind === 'authRateLimit' && e.explicit !== true,
    message: () => 'Gateway authentication rate-limit posture is not explicit.',
    fixHint: 'Configure gateway.auth.rateLimit or update policy after review.',
  },
  {
    checkId: 'policy/gateway-control-ui-insecure',
    rule: ['controlUi', 'allowInsecure'],
    enabledBy: false,
    violates: (e) => e.kind === 'controlUi' && e.value === true && INSECURE_CONTROL_UI_TOGGLES.has(e.id),
    message: (e) => `Gateway Control UI insecure toggle '${e.id}' is enabled.`,
    fixHint: 'Disable the insecure Control UI toggle or update policy after review.',
  },
  {
    checkId: 'policy/gateway-tailscale-funnel',
    rule: ['exposure', 'allowTailscaleFunnel'],
    enabledBy: false,
    violates: (e) => e.kind === 'tailscale' && e.value === 'funnel',
    message: () => 'Gateway Tailscale Funnel exposure is enabled.',
    fixHint: 'Use tailscale serve/off or update policy after review.',
  },
  {
    checkId: 'policy/gateway-remote-enabled',
    rule: ['remote', 'allow'],
    enabledBy: false,
    violates: (e) => e.kind === 'remote',
    message: (e) => `Gateway remote posture '${e.id}' is enabled.`,
    fixHint: 'Disable remote gateway mode/config or update policy after review.',
  },
];

const URL_FETCH_CHECK: Check = {
  checkId: 'policy/gateway-http-url-fetch-unrestricted',
  rule: ['http', 'requireUrlAllowlists'],
  enabledBy: true,
  violates: (e) => e.kind === 'httpUrlFetch' && e.hasAllowlist !== true,
  message: (e) => `Gateway HTTP URL-fetch input '${e.id}' has no URL allowlist.`,
  fixHint: 'Add a urlAllowlist for this URL-fetch input or update policy after review.',
};

/** The checks read `policy.gateway` whatever its shape (a policy that is not an object has none). */
export function gatewayFindings(
  policy: unknown,
  name: PolicyName,
  entries: readonly GatewayEntry[],
): Finding[] {
  if (!isRecord(policy)) return [];
  const location = topLevelRules(name, 'gateway');
  return [
    ...BOOLEAN_CHECKS_BEFORE_HTTP.flatMap((check) => booleanCheckFindings(check, policy, location, entries)),
    ...deniedEndpointFindings(policy, location, entries),
    ...booleanCheckFindings(URL_FETCH_CHECK, policy, location, entries),
    ...nodeCommandFindings(policy, location, entries),
  ];
}

function booleanCheckFindings(
  check: Check,
  policy: Record<string, unknown>,
  location: RuleLocation,
  entries: readonly GatewayEntry[],
): Finding[] {
  if (valueAtPath(policy, ['gateway', ...check.rule]) !== check.enabledBy) return [];
  return entries.filter(check.violates).map((entry) =>
    policyEvidenceFinding(entry.source, {
      checkId: check.checkId,
      message: check.message(entry),
      requirement: requirementOf(location, check.rule.join('/')),
      fixHint: check.fixHint,
    }),
  );
}

/** Endpoint ids compare case-insensitively (the shape check wants them exact). */
function deniedEndpointFindings(
  policy: Record<string, unknown>,
  location: RuleLocation,
  entries: readonly GatewayEntry[],
): Finding[] {
  const denied = new Set(lowercasedPolicyList(policy, ['gateway', 'http', 'denyEndpoints']));
  if (denied.size === 0) return [];
  return entries
    .filter(
      (e) => e.kind === 'httpEndpoint' && e.endpoint !== undefined && denied.has(e.endpoint.toLowerCase()),
    )
    .map((entry) =>
      policyEvidenceFinding(entry.source, {
        checkId: 'policy/gateway-http-endpoint-enabled',
        message: `Gateway HTTP endpoint '${entry.endpoint ?? entry.id}' is denied by policy.`,
        requirement: requirementOf(location, 'http/denyEndpoints'),
        fixHint: 'Disable the HTTP endpoint or update policy after review.',
      }),
    );
}

const NODE_DENY_LIST = configAddress('gateway', 'nodes', 'commands', 'deny');

/**
 * Each command the policy denies (trimmed, case-sensitive, duplicates kept) must be denied by the
 * config too. A list with a non-string or blank entry turns the check off.
 */
function nodeCommandFindings(
  policy: Record<string, unknown>,
  location: RuleLocation,
  entries: readonly GatewayEntry[],
): Finding[] {
  const path = ['gateway', 'nodes', 'denyCommands'];
  if (!isValidCommandList(policy, valueAtPath(policy, path))) return [];
  const configDenied = new Set(
    entries.filter((e) => e.kind === 'nodeDenyCommand' && e.command !== undefined).map((e) => e.command),
  );
  return policyStringList(policy, path)
    .filter((command) => !configDenied.has(command))
    .map((command) =>
      policyEvidenceFinding(NODE_DENY_LIST, {
        checkId: 'policy/gateway-node-command-denied',
        message: `Gateway node command '${command}' is denied by policy but not denied by OpenClaw config.`,
        requirement: requirementOf(location, 'nodes/denyCommands'),
        fixHint: `Add '${command}' to gateway.nodes.commands.deny or update policy after review.`,
      }),
    );
}

/** The release's `hasValidOptionalStringList`: also true when the path does not lead to a list. */
function isValidCommandList(policy: Record<string, unknown>, list: unknown): boolean {
  if (!isRecord(policy.gateway) || !isRecord(policy.gateway.nodes)) return true;
  return (
    list === undefined ||
    (Array.isArray(list) && list.every((entry) => typeof entry === 'string' && entry.trim() !== ''))
  );
}
