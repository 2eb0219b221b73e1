// The `gatewayExposure` evidence scanner of OpenClaw 2026.9.6 (`scanPolicyGatewayExposure`,
// SPEC-2026.9 §7.2): how the gateway is reachable (bind, Tailscale, remote mode), how it
// authenticates, the Control UI toggles, the HTTP endpoints with their URL-fetch inputs, and the
// node command lists. Entries are sorted by source (stably: equal sources keep push order).
import { compareKeys } from '../../canonical-json.js';
import { configAddress, ocSegment } from '../../oc-path.js';
import { isRecord, recordOrEmpty } from '../../record.js';

export type GatewayEntryKind =
  | 'bind'
  | 'auth'
  | 'authRateLimit'
  | 'controlUi'
  | 'tailscale'
  | 'remote'
  | 'httpEndpoint'
  | 'httpUrlFetch'
  | 'nodeDenyCommand'
  | 'nodeCommand';

/** One `gatewayExposure` entry; keys in the release's order (they are hashed). */
export interface GatewayEntry {
  id: string;
  kind: GatewayEntryKind;
  source: string;
  value: string | boolean;
  nonLoopback?: boolean;
  endpoint?: HttpEndpoint;
  explicit?: boolean;
  hasAllowlist?: boolean;
  command?: string;
}

export type HttpEndpoint = 'chatCompletions' | 'responses';

const GATEWAY = (...segments: string[]) => configAddress('gateway', ...segments);
/** The Control UI always checks device identity: two toggles the release reports as fixed. */
const DEVICE_IDENTITY_INVARIANT = 'oc://openclaw.invariant/gateway/controlUi/deviceIdentity';

export function scanGatewayExposure(config: Record<string, unknown>): GatewayEntry[] {
  const gateway = recordOrEmpty(config.gateway);
  const tailscale = recordOrEmpty(gateway.tailscale);
  const controlUi = recordOrEmpty(gateway.controlUi);
  const endpoints = recordOrEmpty(recordOrEmpty(gateway.http).endpoints);
  const entries: GatewayEntry[] = [
    ...bindEntries(gateway, tailscale),
    ...authEntries(recordOrEmpty(gateway.auth)),
    ...booleanEntry('gateway-control-ui-enabled', controlUi.enabled, GATEWAY('controlUi', 'enabled')),
    ...booleanEntry('gateway-control-ui-insecure-auth', false, DEVICE_IDENTITY_INVARIANT),
    ...booleanEntry('gateway-control-ui-device-auth-disabled', false, DEVICE_IDENTITY_INVARIANT),
    ...booleanEntry(
      'gateway-control-ui-host-origin-fallback',
      controlUi.dangerouslyAllowHostHeaderOriginFallback,
      GATEWAY('controlUi', 'dangerouslyAllowHostHeaderOriginFallback'),
    ),
    ...tailscaleEntries(tailscale),
    ...remoteEntries(gateway),
    ...httpEndpointEntries(endpoints, 'chatCompletions'),
    ...httpEndpointEntries(endpoints, 'responses'),
    ...nodeCommandEntries(recordOrEmpty(gateway.nodes)),
  ];
  return entries.sort((a, b) => compareKeys(a.source, b.source));
}

function bindEntries(gateway: Record<string, unknown>, tailscale: Record<string, unknown>): GatewayEntry[] {
  const bind = typeof gateway.bind === 'string' ? gateway.bind : undefined;
  // Tailscale serve/funnel make the runtime bind to loopback when no bind is configured.
  const tailscaleForcesLoopback = tailscale.mode === 'serve' || tailscale.mode === 'funnel';
  const entries: GatewayEntry[] = [
    {
      id: bind === undefined ? 'gateway-bind-default' : 'gateway-bind',
      kind: 'bind',
      source: GATEWAY('bind'),
      value: bind ?? (tailscaleForcesLoopback ? 'loopback' : 'runtime-default'),
      // `custom` is judged by its host entry below.
      nonLoopback:
        bind === undefined ? !tailscaleForcesLoopback : bind !== 'custom' && NON_LOOPBACK_BINDS.has(bind),
      explicit: bind !== undefined,
    },
  ];
  const host = gateway.customBindHost;
  if (bind === 'custom' && typeof host === 'string' && host.trim() !== '') {
    entries.push({
      id: 'gateway-custom-bind-host',
      kind: 'bind',
      source: GATEWAY('customBindHost'),
      value: host,
      nonLoopback: isNonLoopbackCustomHost(host),
    });
  }
  return entries;
}

const NON_LOOPBACK_BINDS = new Set(['auto', 'lan', 'custom', 'tailnet']);
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const CANONICAL_IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);

/**
 * Only a canonical dotted-decimal IPv4 address outside 127.0.0.0/8 counts as non-loopback: the
 * release does not resolve names (`localhost`, `example.org`) nor read IPv6, so those pass.
 */
function isNonLoopbackCustomHost(host: string): boolean {
  const normalized = host.trim().toLowerCase();
  return CANONICAL_IPV4.test(normalized) && !normalized.startsWith('127.');
}

function authEntries(auth: Record<string, unknown>): GatewayEntry[] {
  const mode = typeof auth.mode === 'string' ? auth.mode : undefined;
  const rateLimited = isRecord(auth.rateLimit);
  return [
    {
      id: 'gateway-auth-mode',
      kind: 'auth',
      source: GATEWAY('auth', 'mode'),
      value: mode ?? 'token',
      explicit: mode !== undefined,
    },
    {
      id: 'gateway-auth-rate-limit',
      kind: 'authRateLimit',
      source: GATEWAY('auth', 'rateLimit'),
      value: rateLimited,
      explicit: rateLimited,
    },
  ];
}

function booleanEntry(id: string, value: unknown, source: string): GatewayEntry[] {
  return typeof value === 'boolean' ? [{ id, kind: 'controlUi', source, value }] : [];
}

function tailscaleEntries(tailscale: Record<string, unknown>): GatewayEntry[] {
  const entries: GatewayEntry[] = [];
  if (typeof tailscale.mode === 'string') {
    entries.push({
      id: 'gateway-tailscale-mode',
      kind: 'tailscale',
      source: GATEWAY('tailscale', 'mode'),
      value: tailscale.mode,
    });
  }
  // Serve that keeps an existing Funnel running is Funnel exposure.
  if (tailscale.mode === 'serve' && tailscale.preserveFunnel === true) {
    entries.push({
      id: 'gateway-tailscale-preserve-funnel',
      kind: 'tailscale',
      source: GATEWAY('tailscale', 'preserveFunnel'),
      value: 'funnel',
    });
  }
  return entries;
}

function remoteEntries(gateway: Record<string, unknown>): GatewayEntry[] {
  if (gateway.mode !== 'remote') return [];
  const entries: GatewayEntry[] = [
    { id: 'gateway-mode-remote', kind: 'remote', source: GATEWAY('mode'), value: 'remote' },
  ];
  const url = recordOrEmpty(gateway.remote).url;
  if (typeof url === 'string' && url.trim() !== '') {
    entries.push({ id: 'gateway-remote-url', kind: 'remote', source: GATEWAY('remote', 'url'), value: true });
  }
  return entries;
}

/**
 * An enabled endpoint, then its URL-fetch inputs: chat completions fetch image URLs only when
 * `allowUrl` is true; responses fetch file and image URLs unless `allowUrl` is false.
 */
function httpEndpointEntries(endpoints: Record<string, unknown>, endpoint: HttpEndpoint): GatewayEntry[] {
  const config = endpoints[endpoint];
  if (!isRecord(config) || config.enabled !== true) return [];
  const source = GATEWAY('http', 'endpoints', endpoint);
  const parts = endpoint === 'chatCompletions' ? (['images'] as const) : (['files', 'images'] as const);
  return [
    {
      id: `gateway-http-${endpoint}`,
      kind: 'httpEndpoint',
      source: `${source}/enabled`,
      value: true,
      endpoint,
    },
    ...parts.flatMap((part) => urlFetchEntries(source, endpoint, part, config[part])),
  ];
}

function urlFetchEntries(
  endpointSource: string,
  endpoint: HttpEndpoint,
  part: 'files' | 'images',
  input: unknown,
): GatewayEntry[] {
  const allowUrl = isRecord(input) ? input.allowUrl : undefined;
  if (allowUrl === false || (allowUrl !== true && endpoint !== 'responses')) return [];
  const allowlist = isRecord(input) ? input.urlAllowlist : undefined;
  return [
    {
      id: `gateway-http-${endpoint}-${part}-url-fetch`,
      kind: 'httpUrlFetch',
      source: `${endpointSource}/${ocSegment(part)}/allowUrl`,
      value: true,
      endpoint,
      explicit: allowUrl === true,
      hasAllowlist: Array.isArray(allowlist) && allowlist.some(isEffectiveAllowlistEntry),
    },
  ];
}

/** Blank, `*` and `*.` allow every host, so they do not restrict anything. */
function isEffectiveAllowlistEntry(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const normalized = value.trim().toLowerCase();
  return normalized !== '' && normalized !== '*' && normalized !== '*.';
}

/** Deny entries, then allow entries that are not also denied (both trimmed, blanks skipped). */
function nodeCommandEntries(nodes: Record<string, unknown>): GatewayEntry[] {
  const commands = recordOrEmpty(nodes.commands);
  const deny = Array.isArray(commands.deny) ? (commands.deny as unknown[]) : [];
  const allow = Array.isArray(commands.allow) ? (commands.allow as unknown[]) : [];
  const denied = new Set(deny.filter((c): c is string => typeof c === 'string').map((c) => c.trim()));
  const entries: GatewayEntry[] = [];
  deny.forEach((raw, index) => {
    const command = typeof raw === 'string' ? raw.trim() : '';
    if (command === '') return;
    entries.push({
      id: `gateway-node-deny-command-${command}`,
      kind: 'nodeDenyCommand',
      source: GATEWAY('nodes', 'commands', 'deny', `#${index}`),
      value: command,
      command,
    });
  });
  allow.forEach((raw, index) => {
    const command = typeof raw === 'string' ? raw.trim() : '';
    if (command === '' || denied.has(command)) return;
    entries.push({
      id: `gateway-node-command-${command}`,
      kind: 'nodeCommand',
      source: GATEWAY('nodes', 'commands', 'allow', `#${index}`),
      value: command,
      command,
    });
  });
  return entries;
}
