// The channels OpenClaw 2026.9.6 knows (its bundled channel config metadata): which ids a config
// may use, their schemas, and which belong to plugins the CLI installs on demand (all but
// telegram, a2a and reef, whose plugins ship with the release).

import { isRecord } from '../../record.js';
import { releaseChannelSchemas, releasePlugins, type JsonSchema } from './schema-node.js';

/** `channels` keys that hold shared settings, not a channel. */
export const CHANNEL_METADATA_KEYS: ReadonlySet<string> = new Set(['defaults', 'modelByChannel']);

/** A known channel's config schema. */
export function channelSchema(channelId: string): JsonSchema | undefined {
  const { schemas } = releaseChannelSchemas();
  return Object.hasOwn(schemas, channelId) ? schemas[channelId] : undefined;
}

/** Every known channel id, in the release's channel metadata order. */
export function knownChannelIds(): string[] {
  return Object.keys(releaseChannelSchemas().schemas);
}

/** The plugin of a channel that the CLI installs on demand. */
export function installableChannelPlugin(channelId: string): string | undefined {
  const { installable } = releaseChannelSchemas();
  return Object.hasOwn(installable, channelId) ? installable[channelId] : undefined;
}

/** Whether `channels.<key>` names a channel (or shared settings) the release accepts. */
export function isKnownChannelKey(key: string): boolean {
  const trimmed = key.trim();
  return CHANNEL_METADATA_KEYS.has(trimmed) || channelSchema(trimmed) !== undefined;
}

/** The channel id a route binding's `match.channel` means (aliases resolved, lowercased). */
export function routeBindingChannelId(raw: string): string | undefined {
  const lowered = raw.trim().toLowerCase();
  if (lowered === '') return undefined;
  const { aliases } = releaseChannelSchemas();
  return Object.hasOwn(aliases, lowered) ? aliases[lowered] : lowered;
}

/** Plugins the config turns off (`plugins.deny`, `plugins.entries.<id>.enabled: false`). */
function blockedPluginIds(config: Record<string, unknown>): Set<string> {
  const plugins = isRecord(config.plugins) ? config.plugins : {};
  const blocked = new Set<string>();
  for (const id of Array.isArray(plugins.deny) ? (plugins.deny as unknown[]) : []) {
    if (typeof id === 'string' && id.trim() !== '') blocked.add(id.trim());
  }
  const entries = isRecord(plugins.entries) ? plugins.entries : {};
  for (const [id, entry] of Object.entries(entries)) {
    if (id.trim() !== '' && isRecord(entry) && entry.enabled === false) blocked.add(id.trim());
  }
  return blocked;
}

/** A channel with settings beyond `enabled` that is not explicitly disabled. */
function isMeaningfullyConfigured(value: unknown): boolean {
  return isRecord(value) && value.enabled !== false && Object.keys(value).some((key) => key !== 'enabled');
}

/**
 * The plugins the CLI's start-up migration tries to install: those of configured channels and the
 * official external plugins with a `plugins.entries` entry. Offline (as the recorded fixtures
 * ran) the install fails and the reader keeps those channels' settings as written (no defaults),
 * with a warning for each channel and plugin entry.
 */
export function pendingInstallPluginIds(config: Record<string, unknown>): Set<string> {
  const plugins = isRecord(config.plugins) ? config.plugins : {};
  if (plugins.enabled === false) return new Set();
  const blocked = blockedPluginIds(config);
  const entries = isRecord(plugins.entries) ? plugins.entries : {};
  const channels = isRecord(config.channels) ? config.channels : {};
  const { bundled, official } = releasePlugins();
  const pending = new Set<string>();
  for (const [id, entry] of Object.entries(entries)) {
    const pluginId = id.trim();
    if (isRecord(entry) && entry.enabled === false) continue;
    if (Object.hasOwn(official, pluginId) && !bundled.has(pluginId) && !blocked.has(pluginId))
      pending.add(pluginId);
  }
  for (const [key, value] of Object.entries(channels)) {
    const pluginId = installableChannelPlugin(key.trim());
    if (pluginId === undefined || blocked.has(pluginId)) continue;
    const entry = entries[pluginId];
    const pluginConfigured =
      Object.hasOwn(entries, pluginId) && !(isRecord(entry) && entry.enabled === false);
    if (isMeaningfullyConfigured(value) || pluginConfigured) pending.add(pluginId);
  }
  return pending;
}
