import { sortByKey } from '../canonical-json.js';
import { configAddress, ocSegment } from '../oc-path.js';
import { isRecord } from '../record.js';

/** One agent of the loaded config, with the `oc://` base of its settings. */
export interface ConfiguredAgent {
  agentId: string;
  sourceBase: string;
  value: unknown;
}

/**
 * `collectPolicyConfiguredAgents` (SPEC-2026.9 §7): `agents.entries` when that key is set (after
 * OpenClaw's loader it always is), sorted by id; else the legacy `agents.list`.
 */
export function configuredAgents(config: Record<string, unknown>): ConfiguredAgent[] {
  const agents = isRecord(config.agents) ? config.agents : {};
  if (Object.hasOwn(agents, 'entries') && agents.entries !== undefined) {
    if (!isRecord(agents.entries)) return [];
    return sortByKey(Object.entries(agents.entries), ([id]) => id).map(([agentId, value]) => ({
      agentId,
      sourceBase: configAddress('agents', 'entries', ocSegment(agentId)),
      value,
    }));
  }
  if (!Array.isArray(agents.list)) return [];
  return agents.list.map((value: unknown, index) => ({
    agentId:
      isRecord(value) && typeof value.id === 'string' && value.id.trim() !== ''
        ? value.id.trim()
        : `agent-${index}`,
    sourceBase: configAddress('agents', 'list', `#${index}`),
    value,
  }));
}

/** The configured agents whose settings are an object: the only ones the scanners read. */
export function configuredAgentSettings(
  config: Record<string, unknown>,
): (ConfiguredAgent & { value: Record<string, unknown> })[] {
  return configuredAgents(config).filter(
    (agent): agent is ConfiguredAgent & { value: Record<string, unknown> } => isRecord(agent.value),
  );
}
