// The nine gateway checks of OpenClaw 2026.9.6 (`gatewayExposureFindings`, SPEC-2026.9 §10.2), in
// the release's order. They have no shape gate: each reads its own rule and ignores values of the
// wrong type (the shape finding reports those).
import { finding } from '../../findings.js';
import { configAddress, policyAddress } from '../../oc-path.js';
import { isRecord, valueAtPath } from '../../record.js';
import type { Finding } from '../../types.js';
import type { GatewayEntry } from './scan.js';

export const NON_LOOPBACK_BIND = 'policy/gateway-non-loopback-bind';
export const AUTH_DISABLED = 'policy/gateway-auth-disabled';
export const RATE_LIMIT_MISSING = 'policy/gateway-rate-limit-missing';
export const CONTROL_UI_INSECURE = 'policy/gateway-control-ui-insecure';
export const TAILSCALE_FUNNEL = 'policy/gateway-tailscale-funnel';
export const REMOTE_ENABLED = 'policy/gateway-remote-enabled';
export const HTTP_ENDPOINT_ENABLED = 'policy/gateway-http-endpoint-enabled';
export const HTTP_URL_FETCH_UNRESTRICTED = 'policy/gateway-http-url-fetch-unrestricted';
export const NODE_COMMAND_DENIED = 'policy/gateway-node-command-denied';

/** The Control UI toggles that weaken its protection (two of them are fixed at false). */
const INSECURE_CONTROL_UI_TOGGLES = new Set([
  'gateway-control-ui-insecure-auth',
  'gateway-control-ui-device-auth-disabled',
  'gateway-control-ui-host-origin-fallback',
]);

interface Check {
  checkId: string;
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
    checkId: NON_LOOPBACK_BIND,
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
    checkId: AUTH_DISABLED,
    rule: ['auth', 'requireAuth'],
    enabledBy: true,
    violates: (e) => e.kind === 'auth' && e.value === 'none',
    message: () => 'Gateway authentication is disabled.',
    fixHint: 'Set gateway.auth.mode to token, password, or trusted-proxy.',
  },
  {
    checkId: RATE_LIMIT_MISSING,
    rule: ['auth', 'requireExplicitRateLimit'],
    enabledBy: true,
    violates: (e) => e.kind === 'authRateLimit' && e.explicit !== true,
    message: () => 'Gateway authentication rate-limit posture is not explicit.',
    fixHint: 'Configure gateway.auth.rateLimit or update policy after review.',
  },
  {
    checkId: CONTROL_UI_INSECURE,
    rule: ['controlUi', 'allowInsecure'],
    enabledBy: false,
    violates: (e) => e.kind === 'controlUi' && e.value === true && INSECURE_CONTROL_UI_TOGGLES.has(e.id),
    message: (e) => `Gateway Control UI insecure toggle '${e.id}' is enabled.`,
    fixHint: 'Disable the insecure Control UI toggle or update policy after review.',
  },
  {
    checkId: TAILSCALE_FUNNEL,
    rule: ['exposure', 'allowTailscaleFunnel'],
    enabledBy: false,
    violates: (e) => e.kind === 'tailscale' && e.value === 'funnel',
    message: () => 'Gateway Tailscale Funnel exposure is enabled.',
    fixHint: 'Use tailscale serve/off or update policy after review.',
  },
  {
    checkId: REMOTE_ENABLED,
    rule: ['remote', 'allow'],
    enabledBy: false,
    violates: (e) => e.kind === 'remote',
    message: (e) => `Gateway remote posture '${e.id}' is enabled.`,
    fixHint: 'Disable remote gateway mode/config or update policy after review.',
  },
];

const URL_FETCH_CHECK: Check = {
  checkId: HTTP_URL_FETCH_UNRESTRICTED,
  rule: ['http', 'requireUrlAllowlists'],
  enabledBy: true,
  violates: (e) => e.kind === 'httpUrlFetch' && e.hasAllowlist !== true,
  message: (e) => `Gateway HTTP URL-fetch input '${e.id}' has no URL allowlist.`,
  fixHint: 'Add a urlAllowlist for this URL-fetch input or update policy after review.',
};

export function gatewayFindings(
  policy: unknown,
  policyDocument: string,
  entries: readonly GatewayEntry[],
): Finding[] {
  return [
    ...BOOLEAN_CHECKS_BEFORE_HTTP.flatMap((check) =>
      booleanCheckFindings(check, policy, policyDocument, entries),
    ),
    ...deniedEndpointFindings(policy, policyDocument, entries),
    ...booleanCheckFindings(URL_FETCH_CHECK, policy, policyDocument, entries),
    ...nodeCommandFindings(policy, policyDocument, entries),
  ];
}

function booleanCheckFindings(
  check: Check,
  policy: unknown,
  policyDocument: string,
  entries: readonly GatewayEntry[],
): Finding[] {
  if (valueAtPath(policy, ['gateway', ...check.rule]) !== check.enabledBy) return [];
  return entries
    .filter(check.violates)
    .map((entry) =>
      evidenceFinding(
        entry.source,
        check.checkId,
        check.message(entry),
        policyDocument,
        check.rule,
        check.fixHint,
      ),
    );
}

/** Endpoint ids compare case-insensitively (the shape check wants them exact). */
function deniedEndpointFindings(
  policy: unknown,
  policyDocument: string,
  entries: readonly GatewayEntry[],
): Finding[] {
  const denied = new Set(
    trimmedStrings(valueAtPath(policy, ['gateway', 'http', 'denyEndpoints'])).map(lower),
  );
  if (denied.size === 0) return [];
  return entries
    .filter((e) => e.kind === 'httpEndpoint' && e.endpoint !== undefined && denied.has(lower(e.endpoint)))
    .map((entry) =>
      evidenceFinding(
        entry.source,
        HTTP_ENDPOINT_ENABLED,
        `Gateway HTTP endpoint '${entry.endpoint ?? entry.id}' is denied by policy.`,
        policyDocument,
        ['http', 'denyEndpoints'],
        'Disable the HTTP endpoint or update policy after review.',
      ),
    );
}

const NODE_DENY_LIST = configAddress('gateway', 'nodes', 'commands', 'deny');

/**
 * Each command the policy denies (trimmed, case-sensitive, duplicates kept) must be denied by the
 * config too. A list with a non-string or blank entry turns the check off.
 */
function nodeCommandFindings(
  policy: unknown,
  policyDocument: string,
  entries: readonly GatewayEntry[],
): Finding[] {
  const required = valueAtPath(policy, ['gateway', 'nodes', 'denyCommands']);
  if (!isValidCommandList(policy, required)) return [];
  const configDenied = new Set(
    entries.filter((e) => e.kind === 'nodeDenyCommand' && e.command !== undefined).map((e) => e.command),
  );
  return trimmedStrings(required)
    .filter((command) => !configDenied.has(command))
    .map((command) =>
      evidenceFinding(
        NODE_DENY_LIST,
        NODE_COMMAND_DENIED,
        `Gateway node command '${command}' is denied by policy but not denied by OpenClaw config.`,
        policyDocument,
        ['nodes', 'denyCommands'],
        `Add '${command}' to gateway.nodes.commands.deny or update policy after review.`,
      ),
    );
}

/** The release's `hasValidOptionalStringList`: also true when the path does not lead to a list. */
function isValidCommandList(policy: unknown, list: unknown): boolean {
  if (!isRecord(policy) || !isRecord(policy.gateway) || !isRecord(policy.gateway.nodes)) return true;
  return (
    list === undefined ||
    (Array.isArray(list) && list.every((entry) => typeof entry === 'string' && entry.trim() !== ''))
  );
}

/** OpenClaw's `readStringList` without lowercasing: an all-strings array, trimmed, blanks dropped. */
function trimmedStrings(value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string')) return [];
  return (value as string[]).map((entry) => entry.trim()).filter((entry) => entry !== '');
}

const lower = (text: string) => text.toLowerCase();

function evidenceFinding(
  source: string,
  checkId: string,
  message: string,
  policyDocument: string,
  rule: readonly string[],
  fixHint: string,
): Finding {
  return finding({
    checkId,
    message,
    path: 'openclaw config',
    ocPath: source,
    target: source,
    requirement: policyAddress(policyDocument, 'gateway', ...rule),
    fixHint,
  });
}
