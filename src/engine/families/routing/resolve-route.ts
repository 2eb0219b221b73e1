// OpenClaw 2026.9.6's route resolution (`resolveAgentRoute`, src/routing/resolve-route.ts and
// binding-scope.ts of the release), reduced to what a routing probe reports: the agent and how it
// was matched. Bindings of the probe's channel and account are tried tier by tier, most specific
// first; the first binding of a tier (in config order) whose scope fits wins.
import { DEFAULT_AGENT_ID, normalizeAgentId, normalizeAgentIdStrict } from '../../current/agent-id.js';
import { isRecord } from '../../record.js';
import {
  agentSelectionRequired,
  compatibilityAgentId,
  requiredDefaultAgentId,
  rosterAgentIds,
} from './agent-roster.js';

export type MatchKind =
  | 'binding.peer'
  | 'binding.peer.parent'
  | 'binding.peer.wildcard'
  | 'binding.guild+roles'
  | 'binding.guild'
  | 'binding.team'
  | 'binding.account'
  | 'binding.channel'
  | 'default';

export interface RoutePeer {
  kind: string;
  id: string;
}

/** A probe's `route` (its shape is validated before evidence is collected). */
export interface RouteQuery {
  channel: string;
  accountId?: string;
  peer?: RoutePeer;
  parentPeer?: RoutePeer;
  guildId?: string;
  teamId?: string;
  memberRoleIds?: readonly string[];
}

export interface ResolvedRoute {
  agentId: string;
  matchedBy: MatchKind;
}

type PeerConstraint =
  | { state: 'none' }
  | { state: 'invalid' }
  | { state: 'wildcard-kind'; kind: ChatType }
  | { state: 'valid'; kind: ChatType; id: string };

interface BindingMatch {
  accountPattern: string;
  peer: PeerConstraint;
  guildId: string | undefined;
  teamId: string | undefined;
  roles: readonly unknown[] | undefined;
}

interface RouteBinding {
  agentId: unknown;
  match: BindingMatch;
}

type ChatType = 'direct' | 'group' | 'channel';

const lowercaseTrimmed = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : '');

/** `normalizeChatType`: `dm` is `direct`; unknown kinds are none. */
function chatType(value: unknown): ChatType | undefined {
  const kind = lowercaseTrimmed(value);
  if (kind === 'direct' || kind === 'dm') return 'direct';
  return kind === 'group' || kind === 'channel' ? kind : undefined;
}

/** `normalizeRouteBindingId`: strings trimmed, numbers written out, anything else empty. */
function bindingId(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'bigint') return String(value).trim();
  return '';
}

const BLOCKED_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** `normalizeAccountId`: like agent ids, with `default` for blank and unrepresentable ids. */
export function normalizeAccountId(value: string | undefined): string {
  const canonical = normalizeAgentIdStrict(value);
  return canonical === undefined || BLOCKED_KEYS.has(canonical) ? 'default' : canonical;
}

function peerConstraint(peer: unknown): PeerConstraint {
  if (peer === undefined || peer === null || peer === false || peer === '' || peer === 0)
    return { state: 'none' };
  const record = isRecord(peer) ? peer : {};
  const kind = chatType(record.kind);
  const id = bindingId(record.id);
  if (kind === undefined || id === '') return { state: 'invalid' };
  return id === '*' ? { state: 'wildcard-kind', kind } : { state: 'valid', kind, id };
}

function bindingMatch(match: Record<string, unknown>): BindingMatch {
  return {
    accountPattern: typeof match.accountId === 'string' ? match.accountId.trim() : '',
    peer: peerConstraint(match.peer),
    guildId: bindingId(match.guildId) || undefined,
    teamId: bindingId(match.teamId) || undefined,
    roles: Array.isArray(match.roles) && match.roles.length > 0 ? match.roles : undefined,
  };
}

interface ParsedBinding extends RouteBinding {
  channel: string;
  /** `normalizeAccountId(accountPattern)`, or `*`. */
  account: string;
}

/**
 * The config's route bindings (not `type: "acp"`, valid peer), read once per config object: every
 * probe resolves against the same loaded config, which nothing mutates.
 */
const parsedBindings = new WeakMap<object, ParsedBinding[]>();
function routeBindings(config: Record<string, unknown>): ParsedBinding[] {
  let parsed = parsedBindings.get(config);
  if (parsed !== undefined) return parsed;
  parsed = [];
  for (const binding of Array.isArray(config.bindings) ? (config.bindings as unknown[]) : []) {
    if (!isRecord(binding) || binding.type === 'acp') continue;
    const rawMatch = isRecord(binding.match) ? binding.match : {};
    const match = bindingMatch(rawMatch);
    if (match.peer.state === 'invalid') continue;
    const account = match.accountPattern === '*' ? '*' : normalizeAccountId(match.accountPattern);
    parsed.push({ agentId: binding.agentId, match, channel: lowercaseTrimmed(rawMatch.channel), account });
  }
  parsedBindings.set(config, parsed);
  return parsed;
}

/** Route bindings (not `type: "acp"`) of a channel for an account: its own and `*`, config order. */
function bindingsFor(config: Record<string, unknown>, channel: string, accountId: string): RouteBinding[] {
  if (channel === '') return [];
  return routeBindings(config).filter(
    (binding) => binding.channel === channel && (binding.account === '*' || binding.account === accountId),
  );
}

/** `group` and `channel` peers are interchangeable. */
const sameChatKind = (a: string, b: string) =>
  a === b || (a === 'group' && b === 'channel') || (a === 'channel' && b === 'group');
const peerKey = (kind: string, id: string) => `${kind === 'channel' ? 'group' : kind}:${id}`;

interface RouteScope {
  peer: RoutePeer | undefined;
  guildId: string;
  teamId: string;
  memberRoleIds: ReadonlySet<unknown>;
}

/** `matchesBindingScope`: peer constraints, then guild, team and roles (any role suffices). */
function scopeMatches(match: BindingMatch, scope: RouteScope): boolean {
  const { peer } = match;
  if (peer.state === 'valid' || peer.state === 'wildcard-kind') {
    if (scope.peer === undefined || !sameChatKind(peer.kind, scope.peer.kind)) return false;
    if (peer.state === 'valid' && scope.peer.id !== peer.id) return false;
  }
  if (match.guildId !== undefined && match.guildId !== scope.guildId) return false;
  if (match.teamId !== undefined && match.teamId !== scope.teamId) return false;
  return match.roles === undefined || match.roles.some((role) => scope.memberRoleIds.has(role));
}

/** The tier a binding belongs to (`buildEvaluatedBindingsIndex`). */
function tierOf(match: BindingMatch): MatchKind | 'peer' {
  if (match.peer.state === 'valid') return 'peer';
  if (match.peer.state === 'wildcard-kind') return 'binding.peer.wildcard';
  if (match.guildId !== undefined) return match.roles === undefined ? 'binding.guild' : 'binding.guild+roles';
  if (match.teamId !== undefined) return 'binding.team';
  return match.accountPattern === '*' ? 'binding.channel' : 'binding.account';
}

function queryPeer(peer: RoutePeer | undefined): RoutePeer | undefined {
  return peer === undefined ? undefined : { kind: chatType(peer.kind) ?? peer.kind, id: bindingId(peer.id) };
}

export function resolveRoute(config: Record<string, unknown>, query: RouteQuery): ResolvedRoute {
  const channel = lowercaseTrimmed(query.channel);
  const accountId = normalizeAccountId(query.accountId);
  const peer = queryPeer(query.peer);
  const parentPeer = queryPeer(query.parentPeer);
  const guildId = bindingId(query.guildId);
  const teamId = bindingId(query.teamId);
  const memberRoleIds = query.memberRoleIds ?? [];
  const scope: RouteScope = { peer, guildId, teamId, memberRoleIds: new Set(memberRoleIds) };
  const bindings = bindingsFor(config, channel, accountId);
  const inTier = (tier: MatchKind | 'peer') => bindings.filter((binding) => tierOf(binding.match) === tier);
  const withPeerKey = (key: string) =>
    inTier('peer').filter(
      ({ match }) => match.peer.state === 'valid' && peerKey(match.peer.kind, match.peer.id) === key,
    );
  const pick = (candidates: readonly RouteBinding[], matchedBy: MatchKind, bindingScope = scope) => {
    const matched = candidates.find((binding) => scopeMatches(binding.match, bindingScope));
    return matched === undefined
      ? undefined
      : { agentId: existingAgentId(config, matched.agentId), matchedBy };
  };
  const route =
    (peer !== undefined ? pick(withPeerKey(peerKey(peer.kind, peer.id)), 'binding.peer') : undefined) ??
    (parentPeer !== undefined && parentPeer.id !== ''
      ? pick(withPeerKey(peerKey(parentPeer.kind, parentPeer.id)), 'binding.peer.parent', {
          ...scope,
          peer: parentPeer,
        })
      : undefined) ??
    (peer !== undefined ? pick(inTier('binding.peer.wildcard'), 'binding.peer.wildcard') : undefined) ??
    (guildId !== '' && memberRoleIds.length > 0
      ? pick(
          inTier('binding.guild+roles').filter((b) => b.match.guildId === guildId),
          'binding.guild+roles',
        )
      : undefined) ??
    (guildId !== ''
      ? pick(
          inTier('binding.guild').filter((b) => b.match.guildId === guildId),
          'binding.guild',
        )
      : undefined) ??
    (teamId !== ''
      ? pick(
          inTier('binding.team').filter((b) => b.match.teamId === teamId),
          'binding.team',
        )
      : undefined) ??
    pick(inTier('binding.account'), 'binding.account') ??
    pick(inTier('binding.channel'), 'binding.channel');
  if (route !== undefined) return route;
  const owner =
    compatibilityAgentId(config) ??
    requiredDefaultAgentId(
      config,
      `${channel} account ${accountId} routing`,
      `Add a channel-wide binding for ${channel}:${accountId}: ${JSON.stringify({
        agentId: '<agentId>',
        match: { channel, accountId },
      })}. Replace <agentId> with a configured agent, then restart the Gateway.`,
    );
  return { agentId: existingAgentId(config, owner), matchedBy: 'default' };
}

const rosterSets = new WeakMap<object, ReadonlySet<string>>();
function rosterAgentIdSet(config: Record<string, unknown>): ReadonlySet<string> {
  let ids = rosterSets.get(config);
  if (ids === undefined) {
    ids = new Set(rosterAgentIds(config));
    rosterSets.set(config, ids);
  }
  return ids;
}

/** `pickFirstExistingAgentId`: the configured agent a binding names, `main`, or an error. */
function existingAgentId(config: Record<string, unknown>, agentId: unknown): string {
  const trimmed = typeof agentId === 'string' ? agentId.trim() : '';
  if (trimmed === '') {
    return normalizeAgentId(
      compatibilityAgentId(config) ??
        requiredDefaultAgentId(
          config,
          'agent lookup',
          'Pass an explicit agent id instead of relying on an implicit route.',
        ),
    );
  }
  const configured = rosterAgentIdSet(config);
  const normalized = normalizeAgentId(trimmed);
  if (configured.has(normalized) || normalized === DEFAULT_AGENT_ID || configured.size === 0)
    return normalized;
  throw agentSelectionRequired(
    'route binding',
    `Update the binding agentId "${trimmed}" to a configured agent.`,
  );
}
