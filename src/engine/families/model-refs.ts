import { sortByKey } from '../canonical-json.js';
import { configAddress, ocSegment } from '../oc-path.js';
import { normalizeProviderId } from '../provider-ids.js';
import { isRecord, recordOrEmpty } from '../record.js';
import type { ModelProviderEvidence, ModelRefEvidence } from '../types.js';

const AGENTS_SOURCE = configAddress('agents');
const AGENT_DEFAULTS_SOURCE = configAddress('agents', 'defaults');
const AGENT_ENTRY_SOURCE = /^oc:\/\/openclaw\.config\/agents\/list\/#\d+$/;

export function scanModelProviders(config: Record<string, unknown>): ModelProviderEvidence[] {
  return sortByKey(Object.keys(recordOrEmpty(recordOrEmpty(config.models).providers)), (key) => key).map(
    (key) => ({ id: normalizeProviderId(key), source: configAddress('models', 'providers', key) }),
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
export function scanModelRefs(config: Record<string, unknown>): ModelRefEvidence[] {
  const refs: ModelRefEvidence[] = [];
  if (isRecord(config.agents)) {
    walkForModelSettings(refs, config.agents, AGENTS_SOURCE);
    collectAllowlistKeys(refs, config.agents);
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
): void {
  const agentLevel = source === AGENT_DEFAULTS_SOURCE || AGENT_ENTRY_SOURCE.test(source);
  for (const [key, child] of Object.entries(record)) {
    const childSource = `${source}/${key}`;
    if (isModelSettingKey(key)) {
      collectModelSetting(refs, child, childSource, agentLevel && key === 'model');
    } else if (Array.isArray(child)) {
      child.forEach((item, index) => {
        if (isRecord(item)) walkForModelSettings(refs, item, `${childSource}/#${index}`);
      });
    } else if (isRecord(child)) {
      walkForModelSettings(refs, child, childSource);
    }
  }
}

function collectModelSetting(
  refs: ModelRefEvidence[],
  value: unknown,
  source: string,
  rewritten: boolean,
): void {
  const text = (ref: string) => (rewritten ? loaderRef(ref) : ref);
  if (typeof value === 'string') {
    pushRef(refs, text(value), source);
    return;
  }
  if (!isRecord(value)) return;
  if (typeof value.primary === 'string') pushRef(refs, text(value.primary), `${source}/primary`);
  if (Array.isArray(value.fallbacks)) {
    value.fallbacks.forEach((fallback, index) => {
      if (typeof fallback === 'string') pushRef(refs, text(fallback), `${source}/fallbacks/#${index}`);
    });
  }
}

/** A ref as OpenClaw's config loader writes it back: `provider/model`, trimmed, provider normalised. */
function loaderRef(ref: string): string {
  const parsed = splitRef(ref);
  return parsed ? `${parsed.provider}/${parsed.model}` : ref;
}

function collectAllowlistKeys(refs: ModelRefEvidence[], agents: Record<string, unknown>): void {
  const defaults = agents.defaults;
  if (isRecord(defaults) && isRecord(defaults.models)) {
    pushAllowlist(refs, defaults.models, configAddress('agents', 'defaults', 'models'));
  }
  if (!Array.isArray(agents.list)) return;
  agents.list.forEach((agent, index) => {
    if (isRecord(agent) && isRecord(agent.models)) {
      pushAllowlist(refs, agent.models, configAddress('agents', 'list', `#${index}`, 'models'));
    }
  });
}

/** Allowlist keys are rewritten by the loader too; keys that become equal merge, as object keys do. */
function pushAllowlist(refs: ModelRefEvidence[], models: Record<string, unknown>, source: string): void {
  const keys = new Set(Object.keys(models).map(loaderRef));
  for (const key of keys) pushRef(refs, key, `${source}/${ocSegment(key)}`);
}

function pushRef(refs: ModelRefEvidence[], ref: string, source: string): void {
  const parsed = splitRef(ref);
  if (parsed) refs.push({ ref, provider: parsed.provider, model: parsed.model, source });
}

/** `provider/model` split at the first `/` of the trimmed ref; both halves must be non-empty. */
function splitRef(ref: string): { provider: string; model: string } | undefined {
  const trimmed = ref.trim();
  const slash = trimmed.indexOf('/');
  if (slash <= 0 || slash >= trimmed.length - 1) return undefined;
  return { provider: normalizeProviderId(trimmed.slice(0, slash)), model: trimmed.slice(slash + 1) };
}
