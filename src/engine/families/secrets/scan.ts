// The secrets evidence of OpenClaw 2026.9.6 (`scanPolicySecrets`, SPEC-2026.9 §7.7): the declared
// secret providers, then every SecretRef found by walking the whole config, sorted by source.
import { sortByKey } from '../../canonical-json.js';
import { configAddress, ocSegment } from '../../oc-path.js';
import { isRecord, recordOrEmpty } from '../../record.js';
import { isSecretInputPath } from './secret-input-paths.js';
import { coerceSecretRef, secretRefDefaults, type SecretRefDefaults } from './secret-refs.js';

export interface SecretProviderEntry {
  id: string;
  kind: 'provider';
  source: string;
  /** The provider's `source` (env, file, exec, store) when it is a string. */
  providerSource?: string;
  /** Insecure provider overrides. The release computes none (the list is always empty). */
  insecure?: string[];
}

export interface SecretInputEntry {
  /** The input's `oc://` address (also its id). */
  id: string;
  kind: 'input';
  source: string;
  provenance: 'secretRef';
  refSource: string;
  refProvider: string;
}

export type SecretEntry = SecretProviderEntry | SecretInputEntry;

export function scanSecrets(config: Record<string, unknown>): SecretEntry[] {
  const secrets = recordOrEmpty(config.secrets);
  const entries: SecretEntry[] = [...secretProviders(secrets)];
  collectSecretInputs(entries, config, [], secretRefDefaults(secrets.defaults));
  return sortByKey(entries, (entry) => entry.source);
}

function secretProviders(secrets: Record<string, unknown>): SecretProviderEntry[] {
  return Object.entries(recordOrEmpty(secrets.providers)).map(([id, value]) => {
    const entry: SecretProviderEntry = {
      id,
      kind: 'provider',
      source: configAddress('secrets', 'providers', ocSegment(id)),
    };
    if (isRecord(value) && typeof value.source === 'string') entry.providerSource = value.source;
    return entry;
  });
}

/** Depth first, in key order; a value that is a SecretRef at a secret-input path is not entered. */
function collectSecretInputs(
  entries: SecretEntry[],
  value: unknown,
  path: readonly string[],
  defaults: SecretRefDefaults | undefined,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => collectSecretInputs(entries, item, [...path, `#${index}`], defaults));
    return;
  }
  if (!isRecord(value)) return;
  for (const [key, child] of Object.entries(value)) {
    const childPath = [...path, key];
    const ref = isSecretInputPath(childPath) ? coerceSecretRef(child, defaults) : undefined;
    if (ref === undefined) {
      collectSecretInputs(entries, child, childPath, defaults);
      continue;
    }
    const source = configAddress(...childPath.map(ocSegment));
    entries.push({
      id: source,
      kind: 'input',
      source,
      provenance: 'secretRef',
      refSource: ref.source,
      refProvider: ref.provider,
    });
  }
}
