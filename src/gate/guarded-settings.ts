// Settings the running agent obeys that OpenClaw's attestation leaves out (issue 12): a pull
// request that changes one must be shown and accepted like a weakening, even when every hash is
// unchanged. Pure over the two written configs (as parsed, before OpenClaw's loader).
//   - MCP servers: `command`, `args`, `env`, `headers`, the whole `url` (the evidence keeps only
//     the command's name and the URL's origin);
//   - the policy plugin's switches and locks: `enabled`, `config.enabled`, `config.path`,
//     `config.expectedHash`, `config.expectedAttestationHash`, `config.runtimeToolPolicy`;
//   - `channels.modelByChannel`: which model answers on which channel.
// Secret-bearing values (args, env, headers, URLs with credentials, paths or queries) are shown
// only as a short hash, so the comment never prints a token a pull request put in the config; the
// pull request's own diff shows the reviewer what changed.
import { createHash } from 'node:crypto';
import { redactUrl } from '../engine/families/mcp.js';
import { isRecord } from '../engine/record.js';

export interface GuardedChange {
  /** Dotted setting, e.g. `mcp.servers.github.env.GITHUB_TOKEN`. */
  setting: string;
  change: 'added' | 'removed' | 'changed';
  /** Display values (already redacted); absent for the side that has none. */
  before?: string;
  after?: string;
}

const MCP_FIELDS = ['command', 'args', 'env', 'headers', 'url'] as const;
const SECRET_MAPS = new Set(['env', 'headers']);
/** Arguments carry tokens as often as env does (`--token …`): shown only hashed, as a whole. */
const SECRET_WHOLE = new Set(['args']);
const POLICY_PLUGIN_SWITCHES: readonly (readonly string[])[] = [
  ['enabled'],
  ['config', 'enabled'],
  ['config', 'path'],
  ['config', 'expectedHash'],
  ['config', 'expectedAttestationHash'],
  ['config', 'runtimeToolPolicy'],
];

/** Every guarded setting that differs between the base's written config and the head's. */
export function guardedSettingChanges(baseConfig: unknown, headConfig: unknown): GuardedChange[] {
  return [
    ...mcpServerChanges(baseConfig, headConfig),
    ...policyPluginChanges(baseConfig, headConfig),
    ...leafChanges(
      'channels.modelByChannel',
      at(baseConfig, ['channels', 'modelByChannel']),
      at(headConfig, ['channels', 'modelByChannel']),
      plainText,
    ),
  ];
}

function mcpServerChanges(baseConfig: unknown, headConfig: unknown): GuardedChange[] {
  const before = recordAt(baseConfig, ['mcp', 'servers']);
  const after = recordAt(headConfig, ['mcp', 'servers']);
  const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return ids.flatMap((id) =>
    MCP_FIELDS.flatMap((field) => {
      const setting = `mcp.servers.${id}.${field}`;
      const [old, now] = [at(before[id], [field]), at(after[id], [field])];
      if (SECRET_MAPS.has(field)) return leafChanges(setting, old, now, secretText);
      if (SECRET_WHOLE.has(field)) return leafChanges(setting, old, now, secretText, true);
      return leafChanges(setting, old, now, field === 'url' ? urlText : plainText, true);
    }),
  );
}

function policyPluginChanges(baseConfig: unknown, headConfig: unknown): GuardedChange[] {
  const entry = ['plugins', 'entries', 'policy'];
  return POLICY_PLUGIN_SWITCHES.flatMap((path) =>
    leafChanges(
      ['plugins.entries.policy', ...path].join('.'),
      at(baseConfig, [...entry, ...path]),
      at(headConfig, [...entry, ...path]),
      plainText,
      true,
    ),
  );
}

/**
 * One change per differing leaf of two values (objects by key); `whole` compares the value as one
 * (a list of arguments changes as a whole, never entry by entry).
 */
function leafChanges(
  setting: string,
  before: unknown,
  after: unknown,
  show: (value: unknown) => string,
  whole = false,
): GuardedChange[] {
  if (sameValue(before, after)) return [];
  if (!whole && (isRecord(before) || isRecord(after)) && !Array.isArray(before) && !Array.isArray(after)) {
    const old = isRecord(before) ? before : {};
    const now = isRecord(after) ? after : {};
    const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])];
    return keys.flatMap((key) => leafChanges(`${setting}.${key}`, old[key], now[key], show));
  }
  const change: GuardedChange = {
    setting,
    change: before === undefined ? 'added' : after === undefined ? 'removed' : 'changed',
  };
  if (before !== undefined) change.before = show(before);
  if (after !== undefined) change.after = show(after);
  return [change];
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const MAX_SHOWN = 120;

function plainText(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/** A secret never leaves the config: 12 hex digits of its SHA-256 tell a reviewer that it changed. */
export function secretText(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return `secret sha256:${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;
}

/** The origin as evidence shows it; anything more (credentials, path, query) only hashed. */
function urlText(value: unknown): string {
  if (typeof value !== 'string') return plainText(value);
  const origin = redactUrl(value);
  return origin === value || `${origin}/` === value ? value : `${origin}/… (${secretText(value)})`;
}

function at(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isRecord(current) || !Object.hasOwn(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

function recordAt(value: unknown, path: readonly string[]): Record<string, unknown> {
  const found = at(value, path);
  return isRecord(found) ? found : {};
}
