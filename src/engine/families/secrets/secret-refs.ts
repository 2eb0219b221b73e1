// OpenClaw's SecretRef coercion (`coerceSecretRef`, src/config/types.secrets.ts and
// src/secrets/ref-contract.ts of the release): which config values point at a secret provider
// instead of holding the secret, and which provider they name.
import { isRecord } from '../../record.js';

export type SecretRefSource = 'env' | 'file' | 'exec' | 'store';

export interface SecretRef {
  source: SecretRefSource;
  provider: string;
  id: string;
}

/** `secrets.defaults`: the provider a ref without one uses, per source. */
export type SecretRefDefaults = Partial<Record<SecretRefSource, string>>;

const SOURCES: readonly SecretRefSource[] = ['env', 'file', 'exec', 'store'];
const DEFAULT_PROVIDER = 'default';
const ENV_TEMPLATE = /^\$\{([A-Z][A-Z0-9_]{0,127})\}$/;
const ENV_SHORTHAND = /^\$([A-Z][A-Z0-9_]{0,127})$/;

const isSource = (value: unknown): value is SecretRefSource => SOURCES.includes(value as SecretRefSource);
const isNonBlank = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** `secretRefDefaults`: undefined unless `secrets.defaults` is an object. */
export function secretRefDefaults(value: unknown): SecretRefDefaults | undefined {
  if (!isRecord(value)) return undefined;
  const defaults: SecretRefDefaults = {};
  for (const source of SOURCES) {
    const provider = value[source];
    if (typeof provider === 'string') defaults[source] = provider;
  }
  return defaults;
}

/**
 * The ref a value stands for, or undefined: a canonical ref (exactly `source`, `provider`, `id`),
 * a legacy ref without a provider (other keys allowed; the provider comes from the defaults), or
 * an env template `${NAME}` / `$NAME` (provider: the env default, else `default`).
 */
export function coerceSecretRef(
  value: unknown,
  defaults: SecretRefDefaults | undefined,
): SecretRef | undefined {
  if (isRecord(value)) {
    if (
      Object.keys(value).length === 3 &&
      isSource(value.source) &&
      isNonBlank(value.provider) &&
      isNonBlank(value.id)
    )
      return { source: value.source, provider: value.provider, id: value.id };
    if (isSource(value.source) && isNonBlank(value.id) && value.provider === undefined)
      return { source: value.source, provider: defaults?.[value.source] ?? DEFAULT_PROVIDER, id: value.id };
    return undefined;
  }
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  const name = (ENV_TEMPLATE.exec(trimmed) ?? ENV_SHORTHAND.exec(trimmed))?.[1];
  if (name === undefined) return undefined;
  const provider = (defaults?.env ?? DEFAULT_PROVIDER).trim() || DEFAULT_PROVIDER;
  return { source: 'env', provider, id: name };
}
