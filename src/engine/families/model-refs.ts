import { sortByKey } from '../canonical-json.js';
import { configAddress, ocSegment } from '../oc-path.js';
import { configuredAgents } from '../current/configured-agents.js';
import { normalizeProviderId } from '../provider-ids.js';
import { isRecord, recordOrEmpty } from '../record.js';
import type { ModelProviderEvidence, ModelRefEvidence } from '../types.js';

const AGENTS_SOURCE = configAddress('agents');
const AGENT_DEFAULTS_SOURCE = configAddress('agents', 'defaults');
const AGENT_ENTRY_SOURCE = /^oc:\/\/openclaw\.config\/agents\/list\/#\d+$/;

/**
 * How a release reads model refs. 2026.5.20 folds provider aliases and, evaluating the raw file,
 * reproduces its config loader's rewrites here; 2026.9.6 only trims and lowercases, and its
 * loader (`current/loaded-config`) has already rewritten the config.
 */
export interface ModelRefReading {
  normalizeProviderId: (raw: string) => string;
  /** Rewrite agent-level `model` settings and allowlist keys as 2026.5.20's loader does. */
  emulateLoader: boolean;
}

const RELEASE_2026_5_20: ModelRefReading = { normalizeProviderId, emulateLoader: true };

export function scanModelProviders(
  config: Record<string, unknown>,
  normalize: (raw: string) => string = normalizeProviderId,
): ModelProviderEvidence[] {
  return sortByKey(Object.keys(recordOrEmpty(recordOrEmpty(config.models).providers)), (key) => key).map(
    (key) => ({ id: normalize(key), source: configAddress('models', 'providers', key) }),
  );
}

/**
 * Every model ref under `config.agents`: model settings found by walking (keys `model` or
 * `…Model`), plus the keys of the model allowlists (`agents.defaults.models`,
 * `agents.list[i].models`). Sorted by provider, then model.
 *
 * OpenClaw's config loader rewrites the agent-level `model` settings and the allowlist keys before
 * the policy sees them: trimmed, provider normalised (` Bedrock/titan ` → `amazon-bedrock/titan`).
 * Other model settings (`imageModel`, a nested `subagents.model`) keep their text. We reproduce
 * that so hashes match a real OpenClaw run (recorded in test/fixtures/conformance).
 */
export function scanModelRefs(
  config: Record<string, unknown>,
  reading: ModelRefReading = RELEASE_2026_5_20,
): ModelRefEvidence[] {
  const refs: ModelRefEvidence[] = [];
  if (isRecord(config.agents)) {
    walkForModelSettings(refs, config.agents, AGENTS_SOURCE, reading);
    if (reading.emulateLoader) collectAllowlistKeys(refs, config.agents, reading);
    else collectConfiguredAllowlists(refs, config, reading);
  }
  // Provider, then model: two stable passes (model first) give exactly that order, ties kept.
  return sortByKey(
    sortByKey(refs, (ref) => ref.model),
    (ref) => ref.provider,
  );
}

function isModelSettingKey(key: string): boolean {
  return key === 'model' || key.endsWith('Model');
}

// Recursive on purpose: ties in the final stable sort keep this visiting order, which must be
// OpenClaw's. Depth is bounded by the JSON reader (MAX_JSON_DEPTH), so the stack is safe.
function walkForModelSettings(
  refs: ModelRefEvidence[],
  record: Record<string, unknown>,
  source: string,
  reading: ModelRefReading,
): void {
  for (const key of Object.keys(record)) {
    const child = record[key];
    if (isModelSettingKey(key)) {
      const rewritten = reading.emulateLoader && key === 'model' && isAgentLevel(source);
      collectModelSetting(refs, child, `${source}/${key}`, rewritten, reading);
    } else if (Array.isArray(child)) {
      for (let index = 0; index < child.length; index++) {
        const item: unknown = child[index];
        if (isRecord(item)) walkForModelSettings(refs, item, `${source}/${key}/#${index}`, reading);
      }
    } else if (isRecord(child)) {
      walkForModelSettings(refs, child, `${source}/${key}`, reading);
    }
  }
}

/** `agents.defaults` or an `agents.list` entry: where the loader rewrites `model`. */
function isAgentLevel(source: string): boolean {
  return source === AGENT_DEFAULTS_SOURCE || AGENT_ENTRY_SOURCE.test(source);
}

function collectModelSetting(
  refs: ModelRefEvidence[],
  value: unknown,
  source: string,
  rewritten: boolean,
  reading: ModelRefReading,
): void {
  if (typeof value === 'string') {
    pushRef(refs, value, source, reading, rewritten);
    return;
  }
  if (!isRecord(value)) return;
  if (typeof value.primary === 'string')
    pushRef(refs, value.primary, `${source}/primary`, reading, rewritten);
  if (Array.isArray(value.fallbacks)) {
    value.fallbacks.forEach((fallback, index) => {
      if (typeof fallback === 'string')
        pushRef(refs, fallback, `${source}/fallbacks/#${index}`, reading, rewritten);
    });
  }
}

/** A ref as OpenClaw's config loader writes it back: `provider/model`, trimmed, provider normalised. */
function loaderRef(ref: string, reading: ModelRefReading): string {
  const parsed = splitRef(ref, reading);
  return parsed ? `${parsed.provider}/${parsed.model}` : ref;
}

function collectAllowlistKeys(
  refs: ModelRefEvidence[],
  agents: Record<string, unknown>,
  reading: ModelRefReading,
): void {
  const defaults = agents.defaults;
  if (isRecord(defaults) && isRecord(defaults.models)) {
    pushAllowlist(refs, defaults.models, configAddress('agents', 'defaults', 'models'), reading);
  }
  if (!Array.isArray(agents.list)) return;
  agents.list.forEach((agent, index) => {
    if (isRecord(agent) && isRecord(agent.models)) {
      pushAllowlist(refs, agent.models, configAddress('agents', 'list', `#${index}`, 'models'), reading);
    }
  });
}

/** Allowlist keys are rewritten by the loader too; keys that become equal merge, as object keys do. */
function pushAllowlist(
  refs: ModelRefEvidence[],
  models: Record<string, unknown>,
  source: string,
  reading: ModelRefReading,
): void {
  const keys = new Set(Object.keys(models).map((key) => loaderRef(key, reading)));
  for (const key of keys) pushRef(refs, key, `${source}/${ocSegment(key)}`, reading);
}

/** 2026.9.6: the allowlists of `agents.defaults` and of every configured agent, keys as loaded. */
function collectConfiguredAllowlists(
  refs: ModelRefEvidence[],
  config: Record<string, unknown>,
  reading: ModelRefReading,
): void {
  const defaults = recordOrEmpty(config.agents).defaults;
  const allowlists: [unknown, string][] = [
    [isRecord(defaults) ? defaults.models : undefined, configAddress('agents', 'defaults', 'models')],
    ...configuredAgents(config).map((agent): [unknown, string] => [
      isRecord(agent.value) ? agent.value.models : undefined,
      `${agent.sourceBase}/models`,
    ]),
  ];
  for (const [models, source] of allowlists) {
    if (!isRecord(models)) continue;
    for (const key of Object.keys(models)) pushRef(refs, key, `${source}/${ocSegment(key)}`, reading);
  }
}

/**
 * Adds `text` as a ref when it splits into provider and model. A ref the loader rewrote reads
 * `provider/model` from that split (splitting it again gives the same halves).
 */
function pushRef(
  refs: ModelRefEvidence[],
  text: string,
  source: string,
  reading: ModelRefReading,
  rewritten = false,
): void {
  const parsed = splitRef(text, reading);
  if (parsed === undefined) return;
  const ref = rewritten ? `${parsed.provider}/${parsed.model}` : text;
  refs.push({ ref, provider: parsed.provider, model: parsed.model, source });
}

/** `provider/model` split at the first `/` of the trimmed ref; both halves must be non-empty. */
function splitRef(ref: string, reading: ModelRefReading): { provider: string; model: string } | undefined {
  const trimmed = ref.trim();
  const slash = trimmed.indexOf('/');
  if (slash <= 0 || slash >= trimmed.length - 1) return undefined;
  return {
    provider: reading.normalizeProviderId(trimmed.slice(0, slash)),
    model: trimmed.slice(slash + 1),
  };
}
