// How OpenClaw 2026.9.6 names the agent a route goes to (src/agents/agent-roster.ts and
// agent-scope-config.ts of the release): the configured agent ids, the implicit owner of
// unmatched routes, and the errors it raises when it cannot pick one. Only what route
// resolution needs; the config is the loaded one the policy plugin receives.
import { DEFAULT_AGENT_ID, normalizeAgentId } from '../../current/agent-id.js';
import { isRecord } from '../../record.js';

/** Raised where OpenClaw throws: the policy command then fails (exit 2) with this message. */
export class RouteResolutionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RouteResolutionError';
  }
}

/** `AgentSelectionRequiredError`: several agents and no way to choose one. */
export function agentSelectionRequired(surface: string, hint: string): RouteResolutionError {
  return new RouteResolutionError(
    `Multiple agents are configured, but ${surface} has no explicit owner. ${hint}`,
  );
}

type Roster = { kind: 'entries' | 'list'; value: unknown } | undefined;

/** `readAgentRosterProperty`: `agents.entries` when set, else `agents.list` when set. */
function rosterOf(config: Record<string, unknown>): Roster {
  const agents = config.agents;
  if (!isRecord(agents)) return undefined;
  if (Object.hasOwn(agents, 'entries') && agents.entries !== undefined)
    return { kind: 'entries', value: agents.entries };
  if (Object.hasOwn(agents, 'list') && agents.list !== undefined) return { kind: 'list', value: agents.list };
  return undefined;
}

interface RosterAgent {
  /** The entry key, or the list item's `id` (whatever it holds). */
  id: unknown;
  isLegacyDefault: boolean;
}

/** `listAgentEntries`: object entries of the roster, keyed entries carrying their key as id. */
export function rosterAgents(config: Record<string, unknown>): RosterAgent[] {
  const roster = rosterOf(config);
  if (roster?.kind === 'entries' && isRecord(roster.value)) {
    return Object.entries(roster.value)
      .filter(([, entry]) => isRecord(entry))
      .map(([id, entry]) => ({ id, isLegacyDefault: (entry as Record<string, unknown>).default === true }));
  }
  if (roster?.kind !== 'list' || !Array.isArray(roster.value)) return [];
  return roster.value
    .filter((entry: unknown): entry is object => entry !== null && typeof entry === 'object')
    .map((entry) => {
      const record = entry as Record<string, unknown>;
      return { id: record.id, isLegacyDefault: record.default === true };
    });
}

const normalizedId = (id: unknown) => normalizeAgentId(typeof id === 'string' ? id : undefined);

/** `listAgentIds`: unique normalised ids; the implicit `main` when there is no roster at all. */
export function configuredAgentIds(config: Record<string, unknown>): string[] {
  const agents = rosterAgents(config);
  if (agents.length === 0 && rosterOf(config) === undefined) return [DEFAULT_AGENT_ID];
  return [...new Set(agents.map((agent) => normalizedId(agent.id)))];
}

/** The normalised ids of roster agents with a non-blank id (no implicit `main`). */
export function rosterAgentIds(config: Record<string, unknown>): string[] {
  return rosterAgents(config).flatMap((agent) =>
    typeof agent.id === 'string' && agent.id.trim() !== '' ? [normalizeAgentId(agent.id)] : [],
  );
}

/** `tryResolveSoleAgentId`. */
function soleAgentId(config: Record<string, unknown>): string | undefined {
  const agents = rosterAgents(config);
  if (agents.length === 0) return rosterOf(config) === undefined ? DEFAULT_AGENT_ID : undefined;
  return agents.length === 1 ? normalizedId(agents[0]?.id) : undefined;
}

const isExplicitOwnership = (config: Record<string, unknown>) =>
  isRecord(config.agents) && config.agents.ownership === 'explicit';

/** `tryResolveRawLegacyDefaultAgentId`: exactly one `default: true` marker. */
function legacyDefaultAgentId(config: Record<string, unknown>): string | undefined {
  if (isExplicitOwnership(config)) return undefined;
  const marked = rosterAgents(config).filter((agent) => agent.isLegacyDefault);
  return marked.length === 1 ? normalizedId(marked[0]?.id) : undefined;
}

/**
 * `tryResolveLegacyCompatibilityAgentId`: with explicit ownership the recorded system agent (when
 * configured), else a legacy default marker or the sole agent. The loader's retained legacy owner
 * is keyed by the config object, and the policy command evaluates a copy, so it never applies.
 */
export function compatibilityAgentId(config: Record<string, unknown>): string | undefined {
  if (isExplicitOwnership(config)) {
    const defaults = isRecord(config.agents) ? config.agents.defaults : undefined;
    const systemAgent = isRecord(defaults) ? defaults.systemAgent : undefined;
    const recorded = isRecord(systemAgent) ? systemAgent.agentId : undefined;
    if (typeof recorded !== 'string' || recorded.trim() === '') return undefined;
    const agentId = normalizeAgentId(recorded);
    return configuredAgentIds(config).includes(agentId) ? agentId : undefined;
  }
  return legacyDefaultAgentId(config) ?? soleAgentId(config);
}

/** `resolveDefaultAgentId`: a legacy marker or the sole agent, else an error. */
export function requiredDefaultAgentId(
  config: Record<string, unknown>,
  surface: string,
  hint: string,
): string {
  const agentId = legacyDefaultAgentId(config) ?? soleAgentId(config);
  if (agentId !== undefined) return agentId;
  if (configuredAgentIds(config).length === 0)
    throw new RouteResolutionError(
      'No agents configured. Run `openclaw onboard` or `openclaw agents add` first.',
    );
  throw agentSelectionRequired(surface, hint);
}
