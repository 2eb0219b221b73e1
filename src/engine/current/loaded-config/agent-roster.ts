// The reader's roster migration (`migratePersistedImplicitMainRoster`): the legacy `agents.list`
// becomes `agents.entries` keyed by id, a config without agents gets the implicit agent `main`,
// and a multi-agent roster's single `default:true` marker turns into explicit per-surface owners
// (agent-roles.ts) before the markers are removed. Rosters it cannot convert are left as they
// are; the schema then refuses them.

import { isRecord } from '../../record.js';
import { normalizeAgentId } from '../agent-id.js';
import { materializeLegacyDefaultRoles } from './agent-roles.js';

export interface RosterMigration {
  config: Record<string, unknown>;
  /** The reader's `agents.entries` diagnostics, in its order. */
  diagnostics: string[];
  /** The agent named by the legacy marker in a multi-agent roster. */
  legacyDefaultAgentId?: string;
}

export interface RosterOptions {
  /** Home directory for the default workspace of a pinned first agent. */
  homeDir: string;
}

const MOVED = 'Moved agents.list to keyed agents.entries.';

/** `agents.list` as keyed entries, or undefined when an id is missing, non-canonical or repeated. */
function keyedLegacyList(list: unknown): Record<string, Record<string, unknown>> | undefined {
  if (!Array.isArray(list)) return undefined;
  const entries: Record<string, Record<string, unknown>> = {};
  for (const item of list as unknown[]) {
    if (!isRecord(item)) return undefined;
    const { id, ...settings } = item;
    if (typeof id !== 'string' || id === '' || id.trim() !== id) return undefined;
    if (normalizeAgentId(id) !== id || Object.hasOwn(entries, id)) return undefined;
    entries[id] = settings;
  }
  return entries;
}

/** Which roster the raw `agents` section owns: `entries` wins over `list`. */
function rosterOf(agents: Record<string, unknown>): { kind: 'entries' | 'list'; value: unknown } | undefined {
  if (Object.hasOwn(agents, 'entries') && agents.entries !== undefined)
    return { kind: 'entries', value: agents.entries };
  if (Object.hasOwn(agents, 'list') && agents.list !== undefined) return { kind: 'list', value: agents.list };
  return undefined;
}

/** A converted multi-agent list without markers keeps the first agent on the shared workspace. */
function firstAgentWorkspacePin(
  agents: Record<string, unknown>,
  entries: Record<string, Record<string, unknown>>,
  options: RosterOptions,
): string | undefined {
  const values = Object.values(entries);
  const first = values[0];
  if (agents.ownership !== undefined || values.length < 2 || first === undefined) return undefined;
  if (!values.every((entry) => !Object.hasOwn(entry, 'default') || entry.default === false)) return undefined;
  const authored = first.workspace;
  if (Object.hasOwn(first, 'workspace') && !(typeof authored === 'string' && authored.trim() === ''))
    return undefined;
  const defaults = isRecord(agents.defaults) ? agents.defaults : {};
  const shared = typeof defaults.workspace === 'string' ? defaults.workspace.trim() : '';
  return shared !== '' ? shared : `${options.homeDir}/.openclaw/workspace`;
}

function withoutDefaultMarkers(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(entries).map(([id, entry]) => {
      if (!isRecord(entry)) return [id, entry];
      return [id, Object.fromEntries(Object.entries(entry).filter(([key]) => key !== 'default'))];
    }),
  );
}

export function migrateAgentRoster(root: Record<string, unknown>, options: RosterOptions): RosterMigration {
  const unchanged: RosterMigration = { config: root, diagnostics: [] };
  if (Object.hasOwn(root, 'agents') && !isRecord(root.agents)) return unchanged;
  let agents: Record<string, unknown> = isRecord(root.agents) ? root.agents : {};
  let roster = rosterOf(agents);
  let converted: Record<string, Record<string, unknown>> | undefined;
  if (roster?.kind === 'list') {
    converted = keyedLegacyList(roster.value);
    if (converted === undefined) return unchanged;
    const rest = Object.fromEntries(Object.entries(agents).filter(([key]) => key !== 'list'));
    agents = { ...rest, entries: converted };
    roster = rosterOf(agents);
  }
  const diagnostics = converted !== undefined ? [MOVED] : [];
  const entries = roster?.value;
  if (roster === undefined || (isRecord(entries) && Object.keys(entries).length === 0)) {
    if (agents.ownership === 'explicit')
      return { config: converted ? { ...root, agents } : root, diagnostics };
    return { config: { ...root, agents: { ...agents, entries: { main: {} } } }, diagnostics };
  }
  if (!isRecord(entries)) return unchanged;
  const validIds = Object.keys(entries).filter((id) => isRecord(entries[id]));
  if (validIds.length === 0) return unchanged;
  const valid = (id: string) => entries[id] as Record<string, unknown>;
  if (validIds.some((id) => Object.hasOwn(valid(id), 'default') && typeof valid(id).default !== 'boolean')) {
    return unchanged;
  }
  const marked = validIds.filter((id) => valid(id).default === true);
  const hasLegacyMarker = agents.ownership !== 'explicit' && marked.length === 1;
  const legacyDefaultAgentId = validIds.length > 1 && hasLegacyMarker ? marked[0] : undefined;
  let next: Record<string, unknown> = { ...root, agents };

  if (converted !== undefined && legacyDefaultAgentId === undefined) {
    const workspace = firstAgentWorkspacePin(agents, converted, options);
    const firstId = Object.keys(converted)[0];
    if (workspace !== undefined && firstId !== undefined) {
      next = {
        ...next,
        agents: { ...agents, entries: { ...converted, [firstId]: { ...converted[firstId], workspace } } },
      };
      diagnostics.push("Preserved the first legacy agent's existing workspace.");
    }
  }
  if (legacyDefaultAgentId !== undefined) {
    const roles = materializeLegacyDefaultRoles(next, legacyDefaultAgentId);
    next = roles.config;
    if (roles.inserted) diagnostics.push('Materialized legacy per-surface agent ownership.');
  }
  if (hasLegacyMarker) {
    const nextAgents = isRecord(next.agents) ? next.agents : agents;
    const nextEntries = isRecord(nextAgents.entries) ? nextAgents.entries : entries;
    next = { ...next, agents: { ...nextAgents, entries: withoutDefaultMarkers(nextEntries) } };
    diagnostics.push('Removed retired agents.entries.*.default markers.');
  }
  const changed = converted !== undefined || legacyDefaultAgentId !== undefined || hasLegacyMarker;
  return {
    config: changed || diagnostics.length > 0 ? next : root,
    diagnostics,
    ...(legacyDefaultAgentId !== undefined
      ? { legacyDefaultAgentId: normalizeAgentId(legacyDefaultAgentId) }
      : {}),
  };
}
