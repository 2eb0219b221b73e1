// The reader's per-channel step: unknown channel ids are refused; every channel is validated
// against its schema (the CLI validates the config before its start-up plugin migration, so a
// channel it later keeps raw is still refused when invalid) and gets the schema's defaults
// (telegram: `dmPolicy: "pairing"`, `groupPolicy: "allowlist"`, appended after the authored keys)
// — except a channel whose plugin the offline CLI could not install: its settings stay as
// written, with a warning.

import { isRecord } from '../../record.js';
import {
  CHANNEL_METADATA_KEYS,
  channelSchema,
  knownChannelIds,
  installableChannelPlugin,
  isKnownChannelKey,
} from './channel-catalog.js';
import { checkValue, withSchemaDefaults } from './channel-json-schema.js';
import { withAllowedHint, type ConfigProblem } from './config-problems.js';
import type { ConfigWarning } from './config-warnings.js';

export interface ChannelStep {
  config: Record<string, unknown>;
  problems: ConfigProblem[];
  warnings: ConfigWarning[];
}

function pendingWarning(channelId: string, pluginId: string): ConfigWarning {
  return {
    path: `channels.${channelId}`,
    message: `Plugin "${pluginId}" channel settings cannot be checked until its data/settings upgrade finishes. Your existing settings have been kept. Run "openclaw update status" for repair details.`,
  };
}

/** A channel id another plugin entry still mentions is stale config, not an error. */
function hasStalePluginEvidence(config: Record<string, unknown>, channelId: string): boolean {
  const plugins = isRecord(config.plugins) ? config.plugins : {};
  const id = channelId.toLowerCase();
  const allow = Array.isArray(plugins.allow) ? (plugins.allow as unknown[]) : [];
  const mentioned = (value: unknown) => typeof value === 'string' && value.trim().toLowerCase() === id;
  return (
    allow.some(mentioned) ||
    Object.keys(isRecord(plugins.entries) ? plugins.entries : {}).some(mentioned) ||
    Object.keys(isRecord(plugins.installs) ? plugins.installs : {}).some(mentioned)
  );
}

function problem(
  channelId: string,
  path: string,
  message: string,
  allowed?: readonly unknown[],
): ConfigProblem {
  return {
    path: path === '' || path === '<root>' ? `channels.${channelId}` : `channels.${channelId}.${path}`,
    message: withAllowedHint(`invalid config: ${message}`, allowed),
  };
}

export function applyChannelSettings(
  config: Record<string, unknown>,
  pending: ReadonlySet<string>,
): ChannelStep {
  const channels = isRecord(config.channels) ? config.channels : undefined;
  if (channels === undefined) return { config, problems: [], warnings: [] };
  const problems: ConfigProblem[] = [];
  const warnings: ConfigWarning[] = [];
  const next: Record<string, unknown> = { ...channels };
  for (const [key, value] of Object.entries(channels)) {
    const id = key.trim();
    if (id === '' || CHANNEL_METADATA_KEYS.has(id)) continue;
    if (!isKnownChannelKey(id)) {
      const issue = { path: `channels.${id}`, message: `unknown channel id: ${id}` };
      if (hasStalePluginEvidence(config, id)) {
        warnings.push({
          ...issue,
          message: `${issue.message} (stale channel plugin config ignored; run openclaw doctor --fix to remove stale config, or install the plugin)`,
        });
      } else problems.push(issue);
      continue;
    }
    const schema = channelSchema(id);
    if (schema === undefined) continue;
    const defaulted = withSchemaDefaults(value, schema);
    const errors = checkValue(defaulted, schema);
    problems.push(...errors.map((e) => problem(id, e.path, e.message, e.allowed)));
    const pluginId = installableChannelPlugin(id);
    if (pluginId !== undefined && pending.has(pluginId)) warnings.push(pendingWarning(id, pluginId));
    else if (errors.length === 0) next[id] = defaulted;
  }
  return { config: { ...config, channels: next }, problems, warnings };
}

/**
 * The reader's check of every known channel's settings as written (no defaults), which it runs
 * only for a config it already refuses over SecretRef objects; in channel-metadata order.
 */
export function rawChannelProblems(config: Record<string, unknown>): ConfigProblem[] {
  const channels = isRecord(config.channels) ? config.channels : {};
  return knownChannelIds()
    .filter((id) => Object.hasOwn(channels, id))
    .flatMap((id) =>
      checkValue(channels[id], channelSchema(id) ?? {}).map((e) =>
        problem(
          id,
          e.path,
          e.firstExtraKey === undefined ? e.message : `${e.message}: "${e.firstExtraKey}"`,
          e.allowed,
        ),
      ),
    );
}
