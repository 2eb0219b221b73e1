// What the reader materialises when a multi-agent roster names its default agent with the
// legacy `default:true` marker: that agent becomes the explicit owner of every per-surface role
// (heartbeat, system agent, auth inheritance, a fixed session store, talk) and of every configured
// channel that no channel-wide route binding owns yet.

import { isRecord } from '../../record.js';
import { normalizeAgentId } from '../agent-id.js';
import { routeBindingChannelId } from './channel-catalog.js';

const CHANNEL_METADATA_KEYS = new Set(['defaults', 'modelByChannel']);

function trimmedString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A binding that routes a whole channel (`accountId: "*"`, no peer, guild, team or roles). */
function isChannelWideBinding(binding: Record<string, unknown>, channelId: string): boolean {
  const match = binding.match;
  if (!isRecord(match)) return false;
  const channel = typeof match.channel === 'string' ? routeBindingChannelId(match.channel) : undefined;
  return (
    channel === channelId &&
    (typeof match.accountId === 'string' ? match.accountId.trim() : undefined) === '*' &&
    match.peer === undefined &&
    trimmedString(match.guildId) === undefined &&
    trimmedString(match.teamId) === undefined &&
    (!Array.isArray(match.roles) || match.roles.length === 0)
  );
}

/** Configured (not disabled) channels without a channel-wide route binding, sorted. */
export function unboundChannelIds(config: Record<string, unknown>): string[] {
  if (config.bindings !== undefined && !Array.isArray(config.bindings)) return [];
  const bindings = ((config.bindings ?? []) as unknown[]).filter(
    (binding): binding is Record<string, unknown> => isRecord(binding) && binding.type !== 'acp',
  );
  const channels = new Set<string>();
  for (const [key, value] of Object.entries(isRecord(config.channels) ? config.channels : {})) {
    const channelId = routeBindingChannelId(key);
    if (channelId === undefined || CHANNEL_METADATA_KEYS.has(key.trim())) continue;
    if (!isRecord(value) || value.enabled !== false) channels.add(channelId);
  }
  return [...channels]
    .sort()
    .filter((channelId) => !bindings.some((b) => isChannelWideBinding(b, channelId)));
}

function agentEntryValues(config: Record<string, unknown>): Record<string, unknown>[] {
  const agents = isRecord(config.agents) ? config.agents : {};
  const entries = isRecord(agents.entries) ? agents.entries : {};
  return Object.values(entries).filter((entry): entry is Record<string, unknown> => isRecord(entry));
}

/** The single configured agent (or `main` when there is none or several). */
function soleAgentOrMain(config: Record<string, unknown>): string {
  const agents = isRecord(config.agents) ? config.agents : {};
  const ids = Object.entries(isRecord(agents.entries) ? agents.entries : {})
    .filter(([, entry]) => isRecord(entry))
    .map(([id]) => id);
  return ids.length === 1 ? normalizeAgentId(ids[0]) : 'main';
}

/** A session store path shared by all agents (no `{agentId}` placeholder). */
function isFixedSessionStore(store: unknown): boolean {
  return typeof store === 'string' && store.trim() !== '' && !store.includes('{agentId}');
}

/**
 * `materializeLegacyDefaultAgentRoles`: the config with the roles given to `legacyDefault`, and
 * whether anything was inserted.
 */
export function materializeLegacyDefaultRoles(
  config: Record<string, unknown>,
  legacyDefault: string,
): { config: Record<string, unknown>; inserted: boolean } {
  const agentId = normalizeAgentId(legacyDefault);
  let next = config;
  let inserted = false;
  const channels = unboundChannelIds(config);
  if (channels.length > 0) {
    const existing = Array.isArray(next.bindings) ? (next.bindings as unknown[]) : [];
    const generated = channels.map((channel) => ({ agentId, match: { channel, accountId: '*' } }));
    next = { ...next, bindings: [...existing, ...generated] };
    inserted = true;
  }
  const agents = isRecord(config.agents) ? config.agents : {};
  const rawDefaults = agents.defaults;
  if (rawDefaults === undefined || isRecord(rawDefaults)) {
    const defaults: Record<string, unknown> = { ...(isRecord(rawDefaults) ? rawDefaults : {}) };
    const unset = (key: string): boolean => {
      const value = defaults[key];
      return value === undefined || (isRecord(value) && !Object.hasOwn(value, 'agentId'));
    };
    const roles: [string, boolean][] = [
      [
        'heartbeat',
        !agentEntryValues(config).some((entry) => Boolean(entry.heartbeat)) &&
          defaults.heartbeat === undefined,
      ],
      ['systemAgent', unset('systemAgent')],
      ['authInheritance', agentId !== soleAgentOrMain(config) && unset('authInheritance')],
      [
        'sessionStore',
        isFixedSessionStore(isRecord(config.session) ? config.session.store : undefined) &&
          unset('sessionStore'),
      ],
    ];
    let changed = false;
    for (const [key, enabled] of roles) {
      if (!enabled) continue;
      defaults[key] = { ...(isRecord(defaults[key]) ? defaults[key] : {}), agentId };
      changed = true;
    }
    if (changed) {
      const nextAgents = isRecord(next.agents) ? next.agents : {};
      next = { ...next, agents: { ...nextAgents, defaults } };
      inserted = true;
    }
  }
  const talk = config.talk;
  if (talk === undefined || (isRecord(talk) && !Object.hasOwn(talk, 'agentId'))) {
    next = { ...next, talk: { ...(isRecord(talk) ? talk : {}), agentId } };
    inserted = true;
  }
  return { config: next, inserted };
}
