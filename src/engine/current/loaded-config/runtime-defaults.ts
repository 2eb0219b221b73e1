// The reader's runtime defaults (`materializeRuntimeConfig`), in its order: message and session
// defaults, agent concurrency, the Anthropic provider defaults, compaction, model-ref
// canonicalisation, and `~` expansion of path-like settings. Keys the reader adds go where its
// object spreads put them (new keys last).
// Not reproduced (nothing policy reads): the model rows of `models.providers.*.models`, provider
// plugins' own normalisation, talk provider normalisation, exec safe-bin normalisation.

import { posix } from 'node:path';

import { isRecord } from '../../record.js';
import { applyAnthropicDefaults } from './anthropic-defaults.js';
import { canonicalizeDefaultModels } from './model-refs.js';

export interface RuntimeDefaultsOptions {
  /** Unset: `~` paths stay as written. */
  homeDir: string | undefined;
  /** `max(8, 4 × available CPUs)` on the reading machine; the recorded fixtures have 8. */
  agentMaxConcurrent: number;
}

function withMessageDefaults(config: Record<string, unknown>): Record<string, unknown> {
  const messages = isRecord(config.messages) ? config.messages : undefined;
  if (messages?.ackReactionScope !== undefined) return config;
  return { ...config, messages: { ...messages, ackReactionScope: 'group-mentions' } };
}

/** `session.mainKey` is ignored by the runtime and always read back as `main`. */
function withSessionDefaults(config: Record<string, unknown>): Record<string, unknown> {
  const session = isRecord(config.session) ? config.session : undefined;
  if (session === undefined || session.mainKey === undefined) return config;
  return { ...config, session: { ...session, mainKey: 'main' } };
}

const finiteNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

function withAgentConcurrency(
  config: Record<string, unknown>,
  maxConcurrent: number,
): Record<string, unknown> {
  const agents = isRecord(config.agents) ? config.agents : undefined;
  const defaults = agents !== undefined && isRecord(agents.defaults) ? agents.defaults : undefined;
  const subagents = defaults !== undefined && isRecord(defaults.subagents) ? defaults.subagents : undefined;
  const hasMax = finiteNumber(defaults?.maxConcurrent);
  const hasSubMax = finiteNumber(subagents?.maxConcurrent);
  const hasSubArchive = finiteNumber(subagents?.archiveAfterMinutes);
  if (hasMax && hasSubMax && hasSubArchive) return config;
  const nextDefaults: Record<string, unknown> = { ...defaults };
  if (!hasMax) nextDefaults.maxConcurrent = maxConcurrent;
  const nextSubagents: Record<string, unknown> = { ...subagents };
  if (!hasSubMax) nextSubagents.maxConcurrent = 8;
  if (!hasSubArchive) nextSubagents.archiveAfterMinutes = 60;
  return { ...config, agents: { ...agents, defaults: { ...nextDefaults, subagents: nextSubagents } } };
}

function withCompactionDefaults(config: Record<string, unknown>): Record<string, unknown> {
  const agents = isRecord(config.agents) ? config.agents : undefined;
  const defaults = agents !== undefined && isRecord(agents.defaults) ? agents.defaults : undefined;
  if (defaults === undefined) return config;
  const compaction = isRecord(defaults.compaction) ? defaults.compaction : undefined;
  if (compaction?.mode) return config;
  return {
    ...config,
    agents: { ...agents, defaults: { ...defaults, compaction: { ...compaction, mode: 'safeguard' } } },
  };
}

const TILDE_PATH = /^~(?=$|[\\/])/;
const PATH_KEY = /(dir|path|paths|file|root|workspace)$/i;
const PATH_LIST_KEYS = new Set(['paths', 'pathPrepend']);

/** `~`-prefixed values of path-like keys, resolved against the reader's home directory. */
export function expandHomePaths(value: unknown, homeDir: string, key?: string): unknown {
  if (typeof value === 'string') {
    // A value without `~` never expands: skip the trim and the key tests.
    if (key === undefined || !value.includes('~')) return value;
    const trimmed = value.trim();
    if (!TILDE_PATH.test(trimmed) || !(PATH_KEY.test(key) || PATH_LIST_KEYS.has(key))) return value;
    return posix.resolve(`${homeDir}${trimmed.slice(1)}`);
  }
  // Containers are copied only where something below them expanded.
  if (Array.isArray(value)) {
    const listKey = key !== undefined && PATH_LIST_KEYS.has(key) ? key : undefined;
    let changed = false;
    const out = value.map((item: unknown) => {
      const next = expandHomePaths(item, homeDir, typeof item === 'string' ? listKey : undefined);
      if (next !== item) changed = true;
      return next;
    });
    return changed ? out : value;
  }
  if (isRecord(value)) {
    let changed = false;
    const entries = Object.entries(value).map(([k, v]): [string, unknown] => {
      const next = expandHomePaths(v, homeDir, k);
      if (next !== v) changed = true;
      return [k, next];
    });
    return changed ? Object.fromEntries(entries) : value;
  }
  return value;
}

export function applyRuntimeDefaults(
  config: Record<string, unknown>,
  options: RuntimeDefaultsOptions,
): Record<string, unknown> {
  let next = withMessageDefaults(config);
  next = withSessionDefaults(next);
  next = withAgentConcurrency(next, options.agentMaxConcurrent);
  next = applyAnthropicDefaults(next);
  next = withCompactionDefaults(next);
  next = canonicalizeDefaultModels(next);
  return options.homeDir === undefined
    ? next
    : (expandHomePaths(next, options.homeDir) as Record<string, unknown>);
}
