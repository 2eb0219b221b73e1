// The reader's model-ref canonicalisation of `agents.defaults` (`applyModelDefaults`): the
// default `model` (string or primary/fallbacks) and the keys of the `models` map become
// `<provider lowercased>/<model>` (trimmed; a few retired Google/Together model ids renamed), and
// map entries of the well-known default models get their alias. Per-agent `model`/`models` and
// every other `*Model` key are left as written (measured: the release only touches the defaults).

import { isRecord } from '../../record.js';

const GOOGLE_PROVIDERS = new Set(['google', 'google-gemini-cli', 'google-vertex']);

/** `DEFAULT_MODEL_ALIASES`: alias -> the model ref it names. */
const DEFAULT_MODEL_ALIASES: readonly [string, string][] = [
  ['opus', 'anthropic/claude-opus-5'],
  ['sonnet', 'anthropic/claude-sonnet-5'],
  ['gpt', 'openai/gpt-5.4'],
  ['gpt-mini', 'openai/gpt-5.4-mini'],
  ['gpt-nano', 'openai/gpt-5.4-nano'],
  ['gemini', 'google/gemini-3.1-pro-preview'],
  ['gemini-flash', 'google/gemini-3-flash-preview'],
  ['gemini-flash-lite', 'google/gemini-3.1-flash-lite'],
];

function renamedGoogleModel(id: string): string {
  if (id.startsWith('google/')) {
    const inner = renamedGoogleModel(id.slice('google/'.length));
    return inner === id.slice('google/'.length) ? id : `google/${inner}`;
  }
  const renames: Record<string, string> = {
    'gemini-3-pro': 'gemini-3.1-pro-preview',
    'gemini-3-pro-preview': 'gemini-3.1-pro-preview',
    'gemini-3-flash': 'gemini-3-flash-preview',
    'gemini-3.1-pro': 'gemini-3.1-pro-preview',
    'gemini-3.1-flash-lite-preview': 'gemini-3.1-flash-lite',
    'gemini-3.1-flash': 'gemini-3-flash-preview',
    'gemini-3.1-flash-preview': 'gemini-3-flash-preview',
    'gemma-4-26b': 'gemma-4-26b-a4b-it',
  };
  return Object.hasOwn(renames, id) ? (renames[id] as string) : id;
}

/** `normalizeAgentModelRefForConfig`. */
export function canonicalModelRef(ref: string): string {
  const trimmed = ref.trim();
  const slash = trimmed.indexOf('/');
  if (slash <= 0 || slash >= trimmed.length - 1) return trimmed;
  const provider = trimmed.slice(0, slash).trim().toLowerCase();
  const model = trimmed.slice(slash + 1).trim();
  if (provider === '' || model === '') return trimmed;
  if (GOOGLE_PROVIDERS.has(provider) || model.startsWith('google/'))
    return `${provider}/${renamedGoogleModel(model)}`;
  if (provider === 'together' && model === 'moonshotai/Kimi-K2.5') return `${provider}/moonshotai/Kimi-K2.6`;
  return `${provider}/${model}`;
}

function canonicalModelSelection(value: unknown): unknown {
  if (typeof value === 'string') return canonicalModelRef(value);
  if (!isRecord(value)) return value;
  let next = value;
  if (typeof value.primary === 'string') {
    const primary = canonicalModelRef(value.primary);
    if (primary !== value.primary) next = { ...next, primary };
  }
  if (Array.isArray(value.fallbacks)) {
    const original = value.fallbacks as unknown[];
    const fallbacks = original.map((ref) => (typeof ref === 'string' ? canonicalModelRef(ref) : ref));
    if (fallbacks.some((ref, index) => ref !== original[index])) next = { ...next, fallbacks };
  }
  return next;
}

/** Map entries that collapse onto one canonical key are merged (their `params` too). */
function mergedModelEntry(existing: unknown, incoming: unknown): unknown {
  if (!isRecord(existing) || !isRecord(incoming)) return incoming;
  const params =
    isRecord(existing.params) || isRecord(incoming.params)
      ? {
          params: {
            ...(isRecord(existing.params) ? existing.params : {}),
            ...(isRecord(incoming.params) ? incoming.params : {}),
          },
        }
      : {};
  return { ...existing, ...incoming, ...params };
}

function canonicalModelMap(models: Record<string, unknown>): Record<string, unknown> {
  const next: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(models)) {
    const canonical = canonicalModelRef(key);
    next[canonical] = mergedModelEntry(next[canonical], entry);
  }
  return next;
}

function aliasFree(models: Record<string, unknown>, target: string, alias: string): boolean {
  return !Object.entries(models).some(
    ([ref, entry]) =>
      ref !== target &&
      isRecord(entry) &&
      typeof entry.alias === 'string' &&
      entry.alias.trim().toLowerCase() === alias,
  );
}

/** `agents.defaults` with its model refs canonical and the default aliases filled in. */
export function canonicalizeDefaultModels(config: Record<string, unknown>): Record<string, unknown> {
  const agents = isRecord(config.agents) ? config.agents : undefined;
  const defaults = agents !== undefined && isRecord(agents.defaults) ? agents.defaults : undefined;
  if (agents === undefined || defaults === undefined) return config;
  let nextDefaults: Record<string, unknown> = defaults;
  const model = canonicalModelSelection(defaults.model);
  if (model !== defaults.model) nextDefaults = { ...nextDefaults, model };
  const models = canonicalModelMap(isRecord(defaults.models) ? defaults.models : {});
  for (const [alias, target] of DEFAULT_MODEL_ALIASES) {
    const entry = models[target];
    if (!isRecord(entry) || entry.alias !== undefined || !aliasFree(models, target, alias)) continue;
    models[target] = { ...entry, alias };
  }
  const modelsChanged =
    JSON.stringify(models) !== JSON.stringify(isRecord(defaults.models) ? defaults.models : {});
  if (modelsChanged && Object.keys(models).length > 0) nextDefaults = { ...nextDefaults, models };
  if (nextDefaults === defaults) return config;
  return { ...config, agents: { ...agents, defaults: nextDefaults } };
}
