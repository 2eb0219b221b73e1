// Credentials the runtime rewrites itself must stay plain strings: a SecretRef object at one of
// these paths makes the reader refuse the config with its own message (which replaces the schema's
// complaint about the same key).

import { isRecord } from '../../record.js';
import type { ConfigProblem } from './config-problems.js';

const SURFACES = [
  'hooks.token',
  'hooks.gmail.pushToken',
  'hooks.mappings[].sessionKey',
  'channels.discord.accounts.*.threadBindings.webhookToken',
  'channels.discord.threadBindings.webhookToken',
  'channels.whatsapp.accounts.*.creds.json',
  'channels.whatsapp.creds.json',
];

const SOURCES = new Set(['env', 'file', 'exec', 'store']);

/** `coerceSecretRef` on an object: a full `{source, provider, id}` or a legacy `{source, id}`. */
function isSecretRefObject(value: unknown): boolean {
  if (!isRecord(value) || !SOURCES.has(value.source as string)) return false;
  const id = typeof value.id === 'string' && value.id.trim() !== '';
  if (Object.keys(value).length === 3)
    return id && typeof value.provider === 'string' && value.provider.trim() !== '';
  return id && value.provider === undefined;
}

function candidates(current: unknown, tokens: string[], path: string[]): { path: string; value: unknown }[] {
  const [token, ...rest] = tokens;
  if (token === undefined) return [{ path: path.join('.'), value: current }];
  if (token === '*') {
    if (Array.isArray(current))
      return current.flatMap((item: unknown, i) => candidates(item, rest, [...path, String(i)]));
    if (!isRecord(current)) return [];
    return Object.entries(current).flatMap(([key, value]) => candidates(value, rest, [...path, key]));
  }
  if (!isRecord(current)) return [];
  const key = token.endsWith('[]') ? token.slice(0, -2) : token;
  if (!Object.hasOwn(current, key)) return [];
  if (!token.endsWith('[]')) return candidates(current[key], rest, [...path, key]);
  const list = current[key];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown, i) => candidates(item, rest, [...path, key, String(i)]));
}

export function unsupportedSecretRefProblems(config: Record<string, unknown>): ConfigProblem[] {
  return SURFACES.flatMap((surface) => candidates(config, surface.split('.'), []))
    .filter((candidate) => isSecretRefObject(candidate.value))
    .map(({ path }) => ({
      path,
      message: `SecretRef objects are not supported at ${path}. This credential is runtime-mutable or runtime-managed and must stay a plain string value. Use a plain string (env template strings like "\${MY_VAR}" are allowed). See https://docs.openclaw.ai/reference/secretref-credential-surface.`,
    }));
}

/** The schema's problems without its complaint about a key the SecretRef problems already name. */
export function withoutSecretRefDuplicates(
  schemaProblems: ConfigProblem[],
  secretRefs: ConfigProblem[],
): ConfigProblem[] {
  return schemaProblems.flatMap((problem) => {
    let current: ConfigProblem | undefined = problem;
    for (const ref of secretRefs) {
      if (current === undefined) return [];
      if (current.path === ref.path) {
        current = /expected string, received object/i.test(current.message) ? undefined : current;
        continue;
      }
      if (!current.path || !ref.path.startsWith(`${current.path}.`)) continue;
      if (!/Unrecognized key|must not have additional properties/i.test(current.message)) continue;
      const child = ref.path.slice(current.path.length + 1).split('.')[0] ?? '';
      const keys = [...current.message.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
      if (!keys.includes(child)) continue;
      const remaining = keys.filter((key) => key !== child);
      if (remaining.length === 0) current = undefined;
      else {
        const quoted = remaining.map((key) => `"${key}"`).join(', ');
        const message = /must not have additional properties/i.test(current.message)
          ? `must not have additional properties: ${quoted}`
          : `${remaining.length === 1 ? 'Unrecognized key' : 'Unrecognized keys'}: ${quoted}`;
        current = { ...current, message };
      }
    }
    return current === undefined ? [] : [current];
  });
}
