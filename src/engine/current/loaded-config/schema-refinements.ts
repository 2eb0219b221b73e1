// The release schema's cross-field rules (its zod `superRefine`s) that touch what policy reads:
// the agent roster, route-binding owners, custom model providers, MCP servers, sandbox containers
// and tool policies. Each returns zod-style issues relative to the checked object.

import { isRecord } from '../../record.js';
import { normalizeAgentId } from '../agent-id.js';
import { isBuiltInModelProviderOverlay } from './model-provider-overlays.js';
import { execModeConflictIssues, sandboxBrowserIssues, sandboxDockerIssues } from './sandbox-refinements.js';
import type { Refinements, SchemaIssue } from './schema-parse.js';

type Check = (value: Record<string, unknown>) => SchemaIssue[];

const custom = (path: (string | number)[], message: string): SchemaIssue => ({
  path,
  message,
  continuable: true,
});

const agentsRoster: Check = (agents) => {
  const issues: SchemaIssue[] = [];
  const entries = Object.entries(isRecord(agents.entries) ? agents.entries : {});
  if (entries.length === 0)
    issues.push(custom(['entries'], 'agents.entries must contain at least one configured agent'));
  const firstKeyById = new Map<string, string>();
  for (const [key] of entries) {
    const id = normalizeAgentId(key);
    const first = firstKeyById.get(id);
    if (first === undefined) firstKeyById.set(id, key);
    else {
      issues.push(
        custom(
          ['entries', key],
          `agents.entries keys "${first}" and "${key}" resolve to the same agent id "${id}"; rename one key so each agent has a unique id`,
        ),
      );
    }
  }
  const marked = entries.filter(([, entry]) => isRecord(entry) && entry.default === true).length;
  if (marked > 1)
    issues.push(
      custom(['entries'], `agents.entries must contain at most one default=true entry (found ${marked})`),
    );
  if (agents.ownership === 'explicit' && marked > 0) {
    issues.push(
      custom(['ownership'], 'agents.ownership=explicit cannot be combined with a legacy default=true marker'),
    );
  }
  if (entries.length > 1 && marked === 0 && agents.ownership !== 'explicit') {
    issues.push(
      custom(
        ['ownership'],
        'multi-agent rosters require agents.ownership="explicit" or one legacy default=true marker; add agents.ownership="explicit" or run openclaw doctor',
      ),
    );
  }
  return issues;
};

/** Owners named anywhere must be configured agents (`main` is always fine for bindings). */
const rootAgentReferences: Check = (config) => {
  const agents = isRecord(config.agents) ? config.agents : {};
  const entryIds = Object.entries(isRecord(agents.entries) ? agents.entries : {})
    .filter(([, entry]) => isRecord(entry))
    .map(([id]) => normalizeAgentId(id));
  const known = new Set(entryIds.length === 0 ? ['main'] : entryIds);
  const defaults = isRecord(agents.defaults) ? agents.defaults : {};
  const roleOwner = (value: unknown) => (isRecord(value) ? value.agentId : undefined);
  const targets: [(string | number)[], unknown][] = [
    [['agents', 'defaults', 'heartbeat', 'agentId'], roleOwner(defaults.heartbeat)],
    [['agents', 'defaults', 'systemAgent', 'agentId'], roleOwner(defaults.systemAgent)],
    [['talk', 'agentId'], roleOwner(config.talk)],
  ];
  const issues: SchemaIssue[] = [];
  for (const [path, agentId] of targets) {
    if (typeof agentId === 'string' && !known.has(normalizeAgentId(agentId))) {
      issues.push(custom(path, `Unknown agent id "${agentId}" (not in agents.entries).`));
    }
  }
  if (entryIds.length > 0 && Array.isArray(config.bindings)) {
    (config.bindings as unknown[]).forEach((binding, index) => {
      const agentId = isRecord(binding) ? binding.agentId : undefined;
      if (typeof agentId === 'string' && agentId !== 'main' && !known.has(normalizeAgentId(agentId))) {
        issues.push(
          custom(['bindings', index, 'agentId'], `Unknown agent id "${agentId}" (not in agents.entries).`),
        );
      }
    });
  }
  return issues;
};

const customModelProviders: Check = (providers) =>
  Object.entries(providers).flatMap(([id, provider]) => {
    if (isBuiltInModelProviderOverlay(id) || !isRecord(provider)) return [];
    const issues: SchemaIssue[] = [];
    if (!provider.baseUrl) {
      issues.push(
        custom(
          [id, 'baseUrl'],
          'custom model providers must declare baseUrl; provider overlays without baseUrl are only supported for bundled providers',
        ),
      );
    }
    if (!Array.isArray(provider.models)) {
      issues.push(
        custom(
          [id, 'models'],
          'custom model providers must declare models; provider overlays without models are only supported for bundled providers',
        ),
      );
    }
    return issues;
  });

/** ACP bindings must target one conversation. */
const acpBinding: Check = (binding) => {
  if (binding.type !== 'acp') return [];
  const match = isRecord(binding.match) ? binding.match : {};
  const peer = isRecord(match.peer) ? match.peer : {};
  const id = typeof peer.id === 'string' ? peer.id.trim() : '';
  return id === ''
    ? [custom(['match', 'peer'], 'ACP bindings require match.peer.id to target a concrete conversation.')]
    : [];
};

const LEGACY_MCP_KEYS = [
  'connectTimeout',
  'connect_timeout',
  'timeout',
  'workingDirectory',
  'supports_parallel_tool_calls',
  'ssl_verify',
  'client_cert',
  'client_key',
];

const mcpServer: Check = (server) => {
  const issues = LEGACY_MCP_KEYS.filter((key) => Object.hasOwn(server, key)).map((key) =>
    custom([], `Unrecognized key: "${key}"`),
  );
  if (isRecord(server.codex) && Object.hasOwn(server.codex, 'default_tools_approval_mode')) {
    issues.push(
      custom(['codex', 'default_tools_approval_mode'], 'Unrecognized key: "default_tools_approval_mode"'),
    );
  }
  if (Object.hasOwn(server, 'disabled')) {
    const replacement =
      typeof server.disabled === 'boolean'
        ? `"enabled: ${!server.disabled}" instead, then run "openclaw doctor --fix" to migrate existing config`
        : 'the canonical "enabled" boolean instead';
    issues.push(custom(['disabled'], `unsupported key "disabled"; use ${replacement}`));
  }
  const oauth = isRecord(server.oauth) ? server.oauth : {};
  if (oauth.identity === 'per-requester') {
    if (server.auth !== 'oauth')
      issues.push(custom(['oauth', 'identity'], 'oauth.identity "per-requester" requires auth: "oauth"'));
    if (oauth.authProfileId)
      issues.push(
        custom(
          ['oauth', 'authProfileId'],
          'oauth.authProfileId cannot be used with oauth.identity "per-requester"',
        ),
      );
    if (!server.url)
      issues.push(
        custom(['oauth', 'identity'], 'oauth.identity "per-requester" requires an HTTP server URL'),
      );
    if (server.command !== undefined || server.transport === 'stdio') {
      issues.push(
        custom(
          ['oauth', 'identity'],
          'oauth.identity "per-requester" cannot be combined with a command or "stdio" transport',
        ),
      );
    }
  }
  if (server.transport === 'stdio' && (typeof server.command !== 'string' || server.command.trim() === '')) {
    issues.push(custom(['transport'], '"stdio" transport requires a non-empty command'));
  }
  return issues;
};

const mcpServers: Check = (servers) =>
  Object.hasOwn(servers, '__proto__')
    ? [custom(['__proto__'], 'MCP server name "__proto__" is reserved; rename the server')]
    : [];

const allowAlsoAllow =
  (message: string): Check =>
  (policy) => {
    const filled = (value: unknown) => Array.isArray(value) && value.length > 0;
    return filled(policy.allow) && filled(policy.alsoAllow) ? [custom([], message)] : [];
  };
const scopeHint =
  'cannot set both allow and alsoAllow in the same scope (merge alsoAllow into allow, or remove allow and use profile + alsoAllow)';

const toolPolicyIn = (scope: string) => allowAlsoAllow(`${scope} ${scopeHint}`);

/** Schema path (see Refinements) -> the release's checks at that path. */
const CHECKS_BY_PATH: ReadonlyMap<string, readonly Check[]> = new Map<string, Check[]>([
  ['', [rootAgentReferences]],
  ['agents', [agentsRoster]],
  ['bindings.#', [acpBinding]],
  ['models.providers', [customModelProviders]],
  ['mcp.servers', [mcpServers]],
  ['mcp.servers.*', [mcpServer]],
  ['agents.defaults.sandbox.docker', [sandboxDockerIssues]],
  ['agents.entries.*.sandbox.docker', [sandboxDockerIssues]],
  ['agents.defaults.sandbox.browser', [sandboxBrowserIssues]],
  ['agents.entries.*.sandbox.browser', [sandboxBrowserIssues]],
  ['tools', [toolPolicyIn('tools')]],
  ['agents.entries.*.tools', [toolPolicyIn('agent tools')]],
  ['tools.byProvider.*', [toolPolicyIn('tools.byProvider policy')]],
  ['agents.entries.*.tools.byProvider.*', [toolPolicyIn('tools.byProvider policy')]],
  ['tools.toolsBySender.*', [toolPolicyIn('tools policy')]],
  ['agents.entries.*.tools.toolsBySender.*', [toolPolicyIn('tools policy')]],
  ['tools.subagents.tools', [toolPolicyIn('tools policy')]],
  ['tools.sandbox.tools', [toolPolicyIn('tools policy')]],
  ['agents.entries.*.tools.sandbox.tools', [toolPolicyIn('tools policy')]],
  ['tools.exec', [execModeConflictIssues]],
  ['agents.entries.*.tools.exec', [execModeConflictIssues]],
]);

/** The release's refinements, for parseWithRefinements. */
export const releaseRefinements: Refinements = (schemaPath, value) => {
  const checks = CHECKS_BY_PATH.get(schemaPath);
  if (checks === undefined || !isRecord(value)) return [];
  return checks.flatMap((check) => check(value));
};
