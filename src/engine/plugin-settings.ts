import { isRecord, valueAtPath } from './record.js';

/** The policy plugin's settings, read only from the OpenClaw config (never from the policy). */
export interface PluginSettings {
  /**
   * False only when `plugins.entries.policy.config.enabled` is false. An entry-level
   * `enabled: false` does not switch checks off: OpenClaw's policy command forces the entry on
   * (recorded in test/fixtures/conformance), so a config edit cannot silently disable the gate.
   */
  enabled: boolean;
  policyPath: string | undefined;
  expectedHash: string | undefined;
  expectedAttestationHash: string | undefined;
}

export const DEFAULT_POLICY_PATH = 'policy.jsonc';

export function pluginSettings(config: Record<string, unknown>): PluginSettings {
  const entry = valueAtPath(config, ['plugins', 'entries', 'policy']);
  const settings = isRecord(entry) && isRecord(entry.config) ? entry.config : {};
  const disabled = settings.enabled === false;
  return {
    enabled: !disabled,
    policyPath: nonBlank(settings.path)?.trim(),
    expectedHash: nonBlank(settings.expectedHash),
    expectedAttestationHash: nonBlank(settings.expectedAttestationHash),
  };
}

/** Hash locks and paths count only when set to a string that is not blank after trimming. */
function nonBlank(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Display name: the configured path when relative, its basename when absolute. */
export function policyDisplayName(configuredPath: string): string {
  return isAbsolutePath(configuredPath) ? baseName(configuredPath) : configuredPath;
}

/** The `oc://` document name: the basename of the display name. */
export function policyDocumentName(display: string): string {
  return baseName(display);
}

function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}
