// The bundled Anthropic provider's config defaults, which the reader applies when the config
// signals Anthropic use (an `anthropic`/`claude-cli` auth profile or auth order entry):
// context pruning and a heartbeat cadence on `agents.defaults`, and with API-key auth short
// prompt-cache retention on the Anthropic entries of `agents.defaults.models` — which also adds
// the provider's default models to that map (new model refs for policy).
// Not reproduced: the Claude CLI (OAuth) runtime entries and environment-variable signals.

import { isRecord } from '../../record.js';

const API_KEY_DEFAULT_MODELS = ['anthropic/claude-sonnet-5', 'anthropic/claude-sonnet-4-6'];
const CLAUDE_CLI_PROFILE_ID = 'anthropic:claude-cli';

/** `CLAUDE_MODEL_ID_ALIASES` of the release's Anthropic model catalog. */
const CLAUDE_MODEL_ALIASES: Record<string, string> = {
  fable: 'claude-fable-5-1',
  'fable-5': 'claude-fable-5',
  'fable-5.1': 'claude-fable-5-1',
  'fable-5-1': 'claude-fable-5-1',
  haiku: 'claude-haiku-4-5',
  'opus-5.5': 'claude-opus-5-5',
  'opus-5-5': 'claude-opus-5-5',
  'opus-5': 'claude-opus-5',
  opus: 'claude-opus-5',
  'opus-4.8': 'claude-opus-4-8',
  'opus-4.7': 'claude-opus-4-7',
  'opus-4.6': 'claude-opus-4-6',
  'mythos-5': 'claude-mythos-5',
  'sonnet-5': 'claude-sonnet-5',
  sonnet: 'claude-sonnet-5',
  'sonnet-4.6': 'claude-sonnet-4-6',
};

const CURRENT_PREFIXES = [
  'claude-opus-4-8',
  'claude-opus-4.8',
  'claude-opus-4-7',
  'claude-opus-4.7',
  'claude-opus-4-6',
  'claude-opus-4.6',
  'claude-sonnet-4-6',
  'claude-sonnet-4.6',
  'claude-haiku-4-5',
  'claude-haiku-4.5',
];

function hasVersionPrefix(id: string, prefix: string): boolean {
  if (id === prefix) return true;
  return id.startsWith(prefix) && ['-', '.', ':', '@'].includes(id[prefix.length] ?? '');
}

/** Retired Claude model ids and their current successor. */
function upgradedClaudeModel(id: string): string | undefined {
  if (hasVersionPrefix(id, 'claude-opus-5') || CURRENT_PREFIXES.some((p) => id.startsWith(p)))
    return undefined;
  const opus4 = [
    'claude-opus-4-5',
    'claude-opus-4.5',
    'claude-opus-4-1',
    'claude-opus-4.1',
    'claude-opus-4-0',
    'claude-opus-4.0',
  ];
  const sonnet4 = [
    'claude-sonnet-4-5',
    'claude-sonnet-4.5',
    'claude-sonnet-4-1',
    'claude-sonnet-4.1',
    'claude-sonnet-4-0',
    'claude-sonnet-4.0',
  ];
  if (
    id === 'claude-opus-4' ||
    opus4.some((p) => hasVersionPrefix(id, p)) ||
    /^claude-opus-4-20\d{6}/.test(id)
  )
    return 'claude-opus-5';
  if (
    id === 'claude-sonnet-4' ||
    sonnet4.some((p) => hasVersionPrefix(id, p)) ||
    /^claude-sonnet-4-20\d{6}/.test(id)
  )
    return 'claude-sonnet-4-6';
  if (id.startsWith('claude-3') && id.includes('opus')) return 'claude-opus-5';
  if (id.startsWith('claude-3') && (id.includes('sonnet') || id.includes('haiku')))
    return 'claude-sonnet-4-6';
  if (['opus-4.5', 'opus-4.1', 'opus-4', 'opus-3'].includes(id)) return 'claude-opus-5';
  const sonnets = [
    'sonnet-4.5',
    'sonnet-4.1',
    'sonnet-4.0',
    'sonnet-4',
    'sonnet-3.7',
    'sonnet-3.5',
    'sonnet-3',
    'haiku-3.5',
    'haiku-3',
  ];
  return sonnets.includes(id) ? 'claude-sonnet-4-6' : undefined;
}

/** A model id with an optional `@profile` suffix (a `@YYYYMMDD` date is part of the id). */
function splitAuthProfile(raw: string): { model: string; profile?: string } {
  const trimmed = raw.trim();
  let at = trimmed.indexOf('@', trimmed.lastIndexOf('/') + 1);
  if (at <= 0) return { model: trimmed };
  if (/^\d{8}(?:@|$)/.test(trimmed.slice(at + 1))) {
    at = trimmed.indexOf('@', at + 9);
    if (at < 0) return { model: trimmed };
  }
  const model = trimmed.slice(0, at).trim();
  const profile = trimmed.slice(at + 1).trim();
  return model && profile ? { model, profile } : { model: trimmed };
}

function canonicalClaudeModel(modelId: string): string | undefined {
  const { model, profile } = splitAuthProfile(modelId);
  const lowered = model.toLowerCase();
  if (lowered === '') return undefined;
  const withProfile = (id: string) => (profile ? `${id}@${profile}` : id);
  const upgraded = upgradedClaudeModel(lowered);
  if (upgraded) return withProfile(upgraded);
  if (lowered.startsWith('claude-')) return withProfile(model);
  return Object.hasOwn(CLAUDE_MODEL_ALIASES, lowered)
    ? withProfile(CLAUDE_MODEL_ALIASES[lowered] as string)
    : undefined;
}

interface AnthropicRef {
  provider: string;
  model: string;
  explicitProvider: boolean;
}

function parseAnthropicRef(raw: string): AnthropicRef | undefined {
  const trimmed = raw.trim();
  if (trimmed === '') return undefined;
  const slash = trimmed.indexOf('/');
  if (slash <= 0) return { provider: 'anthropic', model: trimmed, explicitProvider: false };
  const provider = trimmed.slice(0, slash).trim().toLowerCase();
  const model = trimmed.slice(slash + 1).trim();
  if (provider === '' || model === '') return undefined;
  const normalized = provider === 'bedrock' || provider === 'aws-bedrock' ? 'amazon-bedrock' : provider;
  return { provider: normalized, model, explicitProvider: true };
}

/** `resolveKnownAnthropicModelRef`: the current Anthropic ref for a Claude model, else the ref. */
function knownAnthropicRef(raw: string): string {
  const parsed = parseAnthropicRef(raw);
  if (parsed === undefined || (parsed.provider !== 'anthropic' && parsed.provider !== 'claude-cli'))
    return raw.trim();
  const canonical = canonicalClaudeModel(parsed.model);
  if (!parsed.explicitProvider && canonical === undefined) return raw.trim();
  return canonical !== undefined || parsed.provider === 'claude-cli'
    ? `anthropic/${canonical ?? parsed.model}`
    : raw.trim();
}

function isCacheRetentionTarget(ref: AnthropicRef | undefined): boolean {
  if (ref === undefined) return false;
  return (
    ref.provider === 'anthropic' ||
    (ref.provider === 'amazon-bedrock' && ref.model.toLowerCase().includes('anthropic.claude'))
  );
}

type AuthMode = 'api_key' | 'oauth';

function anthropicAuthMode(config: Record<string, unknown>): AuthMode | undefined {
  const models = isRecord(config.models) ? config.models : {};
  const providers = isRecord(models.providers) ? models.providers : {};
  const retiredCli = Object.entries(providers).some(
    ([id, entry]) =>
      parseAnthropicRef(`${id}/x`)?.provider === 'anthropic' &&
      isRecord(entry) &&
      entry.apiKey === CLAUDE_CLI_PROFILE_ID,
  );
  if (retiredCli) return 'oauth';
  const auth = isRecord(config.auth) ? config.auth : {};
  const profiles = isRecord(auth.profiles) ? auth.profiles : {};
  const order = isRecord(auth.order) ? auth.order : {};
  const ordered = [order.anthropic, order['claude-cli']].flatMap((ids) =>
    Array.isArray(ids) ? (ids as unknown[]) : [],
  );
  for (const id of ordered) {
    const profile = typeof id === 'string' ? profiles[id] : undefined;
    if (!isRecord(profile) || (profile.provider !== 'anthropic' && profile.provider !== 'claude-cli'))
      continue;
    if (profile.provider === 'claude-cli') return 'oauth';
    if (profile.mode === 'api_key') return 'api_key';
    if (profile.mode === 'oauth' || profile.mode === 'token') return 'oauth';
  }
  const anthropic = Object.values(profiles).filter(
    (p): p is Record<string, unknown> =>
      isRecord(p) && (p.provider === 'anthropic' || p.provider === 'claude-cli'),
  );
  const apiKey = anthropic.some((p) => p.provider === 'anthropic' && p.mode === 'api_key');
  const oauth = anthropic.some(
    (p) => p.provider === 'claude-cli' || p.mode === 'oauth' || p.mode === 'token',
  );
  if (apiKey && !oauth) return 'api_key';
  if (oauth && !apiKey) return 'oauth';
  return undefined;
}

/** Whether the config signals Anthropic use (`hasAnthropicDefaultSignal`, without environment). */
function signalsAnthropic(config: Record<string, unknown>): boolean {
  const auth = isRecord(config.auth) ? config.auth : {};
  const isAnthropic = (provider: unknown) =>
    typeof provider === 'string' && ['anthropic', 'claude-cli'].includes(provider.trim().toLowerCase());
  const profiles = isRecord(auth.profiles) ? Object.values(auth.profiles) : [];
  if (profiles.some((profile) => isRecord(profile) && isAnthropic(profile.provider))) return true;
  const order = isRecord(auth.order) ? auth.order : {};
  return Object.entries(order).some(([provider, value]) => isAnthropic(provider) && value !== undefined);
}

function withShortCacheRetention(entry: unknown): Record<string, unknown> | undefined {
  const current = isRecord(entry) ? entry : {};
  const params = isRecord(current.params) ? current.params : {};
  if (typeof params.cacheRetention === 'string') return undefined;
  return { ...current, params: { ...params, cacheRetention: 'short' } };
}

function apiKeyModelDefaults(defaults: Record<string, unknown>): Record<string, unknown> | undefined {
  const models: Record<string, unknown> = { ...(isRecord(defaults.models) ? defaults.models : {}) };
  let changed = false;
  for (const [key, entry] of Object.entries(models)) {
    if (!isCacheRetentionTarget(parseAnthropicRef(key))) continue;
    const next = withShortCacheRetention(entry);
    if (next !== undefined) [models[key], changed] = [next, true];
  }
  const model = defaults.model;
  const primaryRaw =
    typeof model === 'string'
      ? model
      : isRecord(model) && typeof model.primary === 'string'
        ? model.primary
        : undefined;
  const primary = primaryRaw?.trim() ? parseAnthropicRef(knownAnthropicRef(primaryRaw)) : undefined;
  if (primary !== undefined && isCacheRetentionTarget(primary)) {
    const key = `${primary.provider}/${primary.model}`;
    const next = withShortCacheRetention(models[key]);
    if (next !== undefined) [models[key], changed] = [next, true];
  }
  if (Object.keys(models).some((key) => isCacheRetentionTarget(parseAnthropicRef(key)))) {
    for (const ref of API_KEY_DEFAULT_MODELS) {
      if (ref in models) continue;
      models[ref] = { params: { cacheRetention: 'short' } };
      changed = true;
    }
  }
  return changed ? models : undefined;
}

/** The config with the Anthropic defaults applied, when it signals Anthropic use. */
export function applyAnthropicDefaults(config: Record<string, unknown>): Record<string, unknown> {
  const agents = isRecord(config.agents) ? config.agents : undefined;
  const defaults = agents !== undefined && isRecord(agents.defaults) ? agents.defaults : undefined;
  if (agents === undefined || defaults === undefined || !signalsAnthropic(config)) return config;
  const mode = anthropicAuthMode(config);
  if (mode === undefined) return config;
  const next: Record<string, unknown> = { ...defaults };
  const pruning = isRecord(defaults.contextPruning) ? defaults.contextPruning : {};
  if (pruning.mode === undefined)
    next.contextPruning = { ...pruning, mode: 'cache-ttl', ttl: pruning.ttl ?? '1h' };
  const heartbeat = isRecord(defaults.heartbeat) ? defaults.heartbeat : {};
  if (heartbeat.every === undefined)
    next.heartbeat = { ...heartbeat, every: mode === 'oauth' ? '1h' : '30m' };
  const models = mode === 'api_key' ? apiKeyModelDefaults(defaults) : undefined;
  if (models !== undefined) next.models = models;
  return { ...config, agents: { ...agents, defaults: next } };
}
