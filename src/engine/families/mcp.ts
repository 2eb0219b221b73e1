import { compareAllowlist, compareDenylist } from '../strictness.js';
import { sortByKey } from '../canonical-json.js';
import { finding } from '../findings.js';
import { configAddress, ocSegment, policyAddress } from '../oc-path.js';
import { policyStringList, presentList } from '../policy-lists.js';
import { isRecord, recordOrEmpty } from '../record.js';
import type { HashedForm, RuleFamily } from '../rule-family.js';
import type { Finding, McpServerEvidence, McpTransport } from '../types.js';

const DENIED = 'policy/mcp-denied-server';
const UNAPPROVED = 'policy/mcp-unapproved-server';
const SERVER_IDS = { one: 'a MCP server id', many: 'MCP server ids' };
const ALLOW = ['mcp', 'servers', 'allow'];
const DENY = ['mcp', 'servers', 'deny'];

export const mcpFamily: RuleFamily = {
  name: 'mcp',
  checkIds: [DENIED, UNAPPROVED],
  containers: [
    { path: ['mcp'], kind: 'object' },
    { path: ['mcp', 'servers'], kind: 'object' },
    { path: ['mcp', 'servers', 'allow'], kind: 'string-list', noun: SERVER_IDS },
    { path: ['mcp', 'servers', 'deny'], kind: 'string-list', noun: SERVER_IDS },
  ],
  collectEvidence: ({ config }) => ({ mcpServers: scanMcpServers(config) }),
  hashedEntries: {
    mcpServers: (s: McpServerEvidence): HashedForm<McpServerEvidence> => ({
      command: s.command,
      id: s.id,
      source: s.source,
      transport: s.transport,
      url: s.url,
    }),
  },
  describeRules: (policy) => [
    ...policyStringList(policy, ['mcp', 'servers', 'allow']).map((value) => ({
      rule: 'mcp.servers.allow',
      value,
    })),
    ...policyStringList(policy, ['mcp', 'servers', 'deny']).map((value) => ({
      rule: 'mcp.servers.deny',
      value,
    })),
  ],
  compareStrictness: (baseline, candidate, names) => [
    ...compareAllowlist(
      names,
      'mcp.servers.allow',
      policyStringList(baseline, ALLOW),
      presentList(candidate, ALLOW),
    ),
    ...compareDenylist(
      names,
      'mcp.servers.deny',
      policyStringList(baseline, DENY),
      presentList(candidate, DENY),
    ),
  ],
  findings({ policy, name, evidence }) {
    const allow = new Set(policyStringList(policy, ['mcp', 'servers', 'allow']));
    const deny = new Set(policyStringList(policy, ['mcp', 'servers', 'deny']));
    const out: Finding[] = [];
    for (const server of evidence.mcpServers) {
      const common = { path: 'openclaw config', ocPath: server.source, target: server.source };
      if (deny.has(server.id)) {
        out.push(
          finding({
            checkId: DENIED,
            message: `MCP server '${server.id}' is denied by policy.`,
            ...common,
            requirement: policyAddress(name.document, 'mcp', 'servers', 'deny'),
            fixHint: 'Remove this configured MCP server or update the policy after review.',
          }),
        );
      } else if (allow.size > 0 && !allow.has(server.id)) {
        out.push(
          finding({
            checkId: UNAPPROVED,
            message: `MCP server '${server.id}' is not in the policy allowlist.`,
            ...common,
            requirement: policyAddress(name.document, 'mcp', 'servers', 'allow'),
            fixHint: 'Use an approved MCP server or update the policy after review.',
          }),
        );
      }
    }
    return out;
  },
};

export function scanMcpServers(config: Record<string, unknown>): McpServerEvidence[] {
  return sortByKey(Object.entries(recordOrEmpty(recordOrEmpty(config.mcp).servers)), ([id]) => id).map(
    ([id, value]) => {
      const entry: McpServerEvidence = {
        id,
        transport: transportOf(value),
        source: configAddress('mcp', 'servers', ocSegment(id)),
      };
      if (isRecord(value)) {
        if (typeof value.command === 'string') entry.command = value.command;
        if (typeof value.url === 'string') entry.url = redactUrl(value.url);
      }
      return entry;
    },
  );
}

function transportOf(value: unknown): McpTransport {
  if (!isRecord(value)) return 'unknown';
  if (typeof value.command === 'string') return 'stdio';
  if (value.transport === 'sse' || value.transport === 'streamable-http') return value.transport;
  if (typeof value.url === 'string') return 'streamable-http';
  return 'unknown';
}

/** Only scheme and host reach evidence: never credentials, paths or query strings. */
export function redactUrl(raw: string): string {
  return plainUrlOrigin(raw) ?? parsedUrlOrigin(raw);
}

function parsedUrlOrigin(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw); // one parse (URL.canParse then new URL would parse twice)
  } catch {
    return '[redacted-url]';
  }
  return `${url.protocol}//${url.host}`;
}

/**
 * `protocol//host` of the plainest URLs, read without the URL parser (whose cold start costs
 * more than the rest of the MCP scan): a lowercase http(s) or ws(s) scheme, userinfo without `@`,
 * a host of lowercase ASCII labels whose last one starts with a letter (so no IPv4 or IDNA
 * rewriting applies), and a port without leading zeros. Anything else, or anything the URL
 * parser would clean up first (spaces, tabs, backslashes, non-ASCII), goes to the parser. A
 * property test holds the two equal.
 */
function plainUrlOrigin(raw: string): string | undefined {
  const match = PLAIN_URL.exec(raw);
  if (match === null || UNCLEAN.test(raw)) return undefined;
  const [, scheme, host, port] = match as unknown as [string, string, string, string | undefined];
  if (host.includes('xn--')) return undefined;
  if (port === undefined || port === DEFAULT_PORTS[scheme]) return `${scheme}://${host}`;
  return Number(port) <= 65535 ? `${scheme}://${host}:${port}` : undefined;
}

const PLAIN_URL =
  /^(https?|wss?):\/\/(?:[^@/?#\\]*@)?((?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*)(?::([1-9][0-9]{0,4}))?(?=[/?#]|$)/;
const UNCLEAN = /[^\x21-\x7e]|\\/;
const DEFAULT_PORTS: Readonly<Record<string, string>> = { http: '80', https: '443', ws: '80', wss: '443' };
