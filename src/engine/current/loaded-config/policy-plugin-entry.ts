// The policy plugin's own entry: `plugins.entries.policy.config` is checked against the plugin
// manifest's schema (five optional keys, nothing else) and is `{}` when absent.

import { isRecord } from '../../record.js';
import { checkValue } from './channel-json-schema.js';
import type { ConfigProblem } from './config-problems.js';
import type { ConfigWarning } from './config-warnings.js';
import type { JsonSchema } from './schema-node.js';

const POLICY_CONFIG_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    enabled: { type: 'boolean' },
    workspaceRepairs: { type: 'boolean' },
    expectedHash: { type: 'string' },
    expectedAttestationHash: { type: 'string' },
    path: { type: 'string' },
  },
};

/**
 * The entry's config, validated when the plugin is enabled (`enabled: true`; it is off by
 * default) or has a config; `{}` filled in only for an enabled plugin. A disabled plugin with a
 * config gets the reader's warning.
 */
export function applyPolicyPluginEntry(config: Record<string, unknown>): {
  config: Record<string, unknown>;
  problems: ConfigProblem[];
  warnings: ConfigWarning[];
} {
  const plugins = isRecord(config.plugins) ? config.plugins : undefined;
  const entries = plugins !== undefined && isRecord(plugins.entries) ? plugins.entries : undefined;
  const entry = entries?.policy;
  if (plugins === undefined || plugins.enabled === false || entries === undefined || !isRecord(entry)) {
    return { config, problems: [], warnings: [] };
  }
  const enabled = entry.enabled === true;
  const hasConfig = Boolean(entry.config);
  if (!enabled && !hasConfig) return { config, problems: [], warnings: [] };
  const value = entry.config ?? {};
  const problems = checkValue(value, POLICY_CONFIG_SCHEMA).map((error) => ({
    path: error.path === '' ? 'plugins.entries.policy.config' : `plugins.entries.policy.config.${error.path}`,
    message: `invalid config: ${error.message}`,
  }));
  const reason = entry.enabled === false ? 'disabled in config' : 'bundled (disabled by default)';
  const warnings = enabled
    ? []
    : [{ path: 'plugins.entries.policy', message: `plugin disabled (${reason}) but config is present` }];
  if (problems.length > 0 || !enabled) return { config, problems, warnings };
  const nextEntries = { ...entries, policy: { ...entry, config: value } };
  return { config: { ...config, plugins: { ...plugins, entries: nextEntries } }, problems: [], warnings };
}
