// Which agent a policy command evaluates (SPEC-2026.9 §2.2 step 4): the release's
// `resolvePolicyCommandAgentId` over the loaded config.

import { isRecord } from '../../record.js';
import { DEFAULT_AGENT_ID, normalizeAgentId } from '../agent-id.js';

export type PolicySurface = 'policy check' | 'policy watch' | 'policy compare';

/** The configured agents as the release lists them: `agents.entries`, else `agents.list`. */
function configuredAgentRecords(config: Record<string, unknown>): {
  rosterSet: boolean;
  agents: { id: unknown; default: unknown }[];
} {
  const agents = isRecord(config.agents) ? config.agents : undefined;
  if (agents === undefined) return { rosterSet: false, agents: [] };
  if (Object.hasOwn(agents, 'entries') && agents.entries !== undefined) {
    const entries = isRecord(agents.entries) ? agents.entries : {};
    return {
      rosterSet: true,
      agents: Object.entries(entries)
        .filter(([, entry]) => isRecord(entry))
        .map(([id, entry]) => ({ id, default: (entry as Record<string, unknown>).default })),
    };
  }
  if (Object.hasOwn(agents, 'list') && agents.list !== undefined) {
    const list = Array.isArray(agents.list) ? agents.list : [];
    return {
      rosterSet: true,
      agents: list
        .filter((entry): entry is Record<string, unknown> => isRecord(entry))
        .map((entry) => ({ id: entry.id, default: entry.default })),
    };
  }
  return { rosterSet: false, agents: [] };
}

/** `listAgentIds`: unique normalised ids; the implicit `main` when no roster is configured. */
export function configuredAgentIds(config: Record<string, unknown>): string[] {
  const { rosterSet, agents } = configuredAgentRecords(config);
  if (agents.length === 0 && !rosterSet) return [DEFAULT_AGENT_ID];
  const ids = agents.map((agent) => normalizeAgentId(typeof agent.id === 'string' ? agent.id : undefined));
  return [...new Set(ids)];
}

/** A single legacy `default:true` marker (outside an explicit roster) names the default agent. */
function legacyMarkedAgentId(config: Record<string, unknown>): string | undefined {
  const agents = isRecord(config.agents) ? config.agents : {};
  if (agents.ownership === 'explicit') return undefined;
  const marked = configuredAgentRecords(config).agents.filter((agent) => agent.default === true);
  const only = marked.length === 1 ? marked[0] : undefined;
  return only === undefined ? undefined : normalizeAgentId(typeof only.id === 'string' ? only.id : undefined);
}

/** The sole configured agent, if there is exactly one (or the implicit `main`). */
function soleAgentId(config: Record<string, unknown>): string | undefined {
  const { rosterSet, agents } = configuredAgentRecords(config);
  if (agents.length === 0) return rosterSet ? undefined : DEFAULT_AGENT_ID;
  const only = agents.length === 1 ? agents[0] : undefined;
  return only === undefined ? undefined : normalizeAgentId(typeof only.id === 'string' ? only.id : undefined);
}

/** The agent a policy command evaluates, or the release's error text (exit 2). */
export function selectPolicyAgent(
  config: Record<string, unknown>,
  requested: string | undefined,
  surface: PolicySurface,
): { agentId: string } | { error: string } {
  const trimmed = requested?.trim();
  if (requested !== undefined && !trimmed) return { error: '--agent must not be blank' };
  if (trimmed) {
    const agentId = normalizeAgentId(trimmed);
    if (!configuredAgentIds(config).includes(agentId)) {
      return {
        error: `Unknown agent id "${trimmed}". Run openclaw agents list to see configured agents.`,
      };
    }
    return { agentId };
  }
  const chosen = legacyMarkedAgentId(config) ?? soleAgentId(config);
  if (chosen !== undefined) return { agentId: chosen };
  if (configuredAgentIds(config).length === 0) {
    return { error: 'No agents configured. Run `openclaw onboard` or `openclaw agents add` first.' };
  }
  return {
    error: `Multiple agents are configured, but ${surface} has no explicit owner. Pass --agent <id>.`,
  };
}
