// The reader's warning for a multi-agent config that leaves heartbeats without an owner.

import { isRecord } from '../../record.js';
import { configuredAgentIds } from './agent-selection.js';
import type { ConfigWarning } from './config-warnings.js';

/** The ambient owner: `systemAgent.agentId`, a legacy default owner, or the only agent. */
function hasAmbientOwner(config: Record<string, unknown>, legacyDefault: string | undefined): boolean {
  const agents = isRecord(config.agents) ? config.agents : {};
  const defaults = isRecord(agents.defaults) ? agents.defaults : {};
  const systemAgent = isRecord(defaults.systemAgent) ? defaults.systemAgent : {};
  if (typeof systemAgent.agentId === 'string' && systemAgent.agentId.trim() !== '') return true;
  if (agents.ownership === 'explicit') return false;
  const entries = Object.values(isRecord(agents.entries) ? agents.entries : {}).filter(isRecord);
  const marked = entries.filter((entry) => entry.default === true).length;
  return legacyDefault !== undefined || marked === 1 || entries.length === 1;
}

export function heartbeatOwnerWarnings(
  config: Record<string, unknown>,
  legacyDefault: string | undefined,
): ConfigWarning[] {
  const agents = isRecord(config.agents) ? config.agents : {};
  const defaults = isRecord(agents.defaults) ? agents.defaults : {};
  const entries = Object.values(isRecord(agents.entries) ? agents.entries : {}).filter(isRecord);
  if (configuredAgentIds(config).length <= 1 || entries.some((entry) => Boolean(entry.heartbeat))) return [];
  if (defaults.heartbeat || hasAmbientOwner(config, legacyDefault)) return [];
  return [
    {
      path: 'agents.defaults.heartbeat.agentId',
      message:
        'Multi-agent config has no ambient heartbeat owner; heartbeats stay disabled until agents.defaults.heartbeat.agentId or agents.defaults.systemAgent.agentId is set.',
    },
  ];
}
