// The workspace directory of the agent a 2026.9.6 policy command evaluates (`resolveAgentWorkspaceDir`,
// SPEC-2026.9 §3.1), mapped onto policy-gate's model, where `--cwd` is the workspace OpenClaw would
// find at `~/.openclaw/workspace`: an agent's configured `workspace` first; the agent that owns the
// legacy data evaluates `--cwd`; any other `<agents.defaults.workspace>/<id>`, else
// `<state dir>/workspace-<id>`, as OpenClaw resolves them.
//
// The legacy data owner is the only agent (or the implicit `main`), or, for `policy compare` only,
// the agent a migrated roster marked `default: true`: OpenClaw's reader remembers that marker for
// the config object it returns, and `check`/`watch` evaluate a copy of it, which forgets it.
import path from 'node:path';
import { normalizeAgentId } from '../engine/current/agent-id.js';
import { configuredAgents } from '../engine/current/configured-agents.js';
import { isRecord } from '../engine/record.js';

export interface AgentWorkspaceContext {
  /** The config file as written (the loader drops the `default: true` markers it migrates). */
  rawConfig: Record<string, unknown>;
  /** The config as OpenClaw's loader hands it to the policy plugin. */
  config: Record<string, unknown>;
  /** Whether the reader's record of the migrated `default: true` agent counts (`policy compare`). */
  retainedLegacyDefault: boolean;
  /** `--cwd`: relative paths in the config resolve against it, as OpenClaw's against its cwd. */
  workspaceRoot: string;
  home: string;
  stateDir: string;
}

/** The absolute workspace directory of `agentId` (already normalised). */
export function agentWorkspaceDir(agentId: string, context: AgentWorkspaceContext): string {
  const userPath = (value: string) =>
    path.resolve(
      context.workspaceRoot,
      value.replace(/^~(?=$|[\\/])/, () => context.home),
    );
  const entry = configuredAgents(context.config).find((agent) => normalizeAgentId(agent.agentId) === agentId);
  const configured = isRecord(entry?.value) ? nonBlank(entry.value.workspace) : undefined;
  if (configured !== undefined) return userPath(configured);
  if (agentId === legacyDataOwner(context)) return path.resolve(context.workspaceRoot);
  const agents = isRecord(context.config.agents) ? context.config.agents : {};
  const defaults = isRecord(agents.defaults) ? nonBlank(agents.defaults.workspace) : undefined;
  if (defaults !== undefined) return path.join(userPath(defaults), agentId);
  return path.join(context.stateDir, `workspace-${agentId}`);
}

/**
 * The agent owning `~/.openclaw/workspace`: the retained `default: true` marker of the written
 * roster (when it counts), else one still in the loaded config, else the sole agent (`main` if none).
 */
function legacyDataOwner(context: AgentWorkspaceContext): string | undefined {
  const retained = context.retainedLegacyDefault ? markedDefaults(context.rawConfig) : [];
  if (retained.length === 1) return retained[0];
  const marked = markedDefaults(context.config);
  if (marked.length === 1) return marked[0];
  const ids = new Set(configuredAgents(context.config).map((agent) => normalizeAgentId(agent.agentId)));
  if (ids.size === 0) return 'main';
  return ids.size === 1 ? [...ids][0] : undefined;
}

function markedDefaults(raw: Record<string, unknown>): string[] {
  const agents = isRecord(raw.agents) ? raw.agents : {};
  if (agents.ownership === 'explicit') return [];
  const roster: [string | undefined, unknown][] = Array.isArray(agents.list)
    ? agents.list.map((entry: unknown) => [isRecord(entry) ? stringOf(entry.id) : undefined, entry])
    : isRecord(agents.entries)
      ? Object.entries(agents.entries)
      : [];
  return roster
    .filter(([, entry]) => isRecord(entry) && entry.default === true)
    .map(([id]) => normalizeAgentId(id));
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function nonBlank(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
