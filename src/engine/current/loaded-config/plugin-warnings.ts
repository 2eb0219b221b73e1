// The reader's warnings about `plugins.entries` / `plugins.allow` / `plugins.deny` naming plugins
// it does not have: a plugin the (offline) CLI failed to install, an official external plugin
// that is not installed, a retired plugin, or an unknown one.

import { isRecord } from '../../record.js';
import type { ConfigWarning } from './config-warnings.js';
import { releasePlugins } from './schema-node.js';

const RETIRED_PLUGINS = new Set(['google-antigravity-auth', 'google-gemini-cli-auth', 'skill-workshop']);

function removedMessage(pluginId: string): string {
  if (pluginId === 'skill-workshop') {
    return 'plugin removed: skill-workshop (stale plugin config ignored; Skill Workshop is built into OpenClaw skills now. Use skills.workshop settings and openclaw skills workshop commands, then remove this plugins config entry)';
  }
  return `plugin removed: ${pluginId} (stale config entry ignored; remove it from plugins config)`;
}

/** `{ enabled: false }` and nothing else records a deliberate disable decision. */
function isDisableMarker(value: unknown): boolean {
  return isRecord(value) && value.enabled === false && Object.keys(value).length === 1;
}

function stringList(value: unknown): string[] {
  return (Array.isArray(value) ? (value as unknown[]) : []).filter(
    (id): id is string => typeof id === 'string' && id.trim() !== '',
  );
}

export function pluginReferenceWarnings(
  config: Record<string, unknown>,
  pendingPluginIds: ReadonlySet<string>,
): ConfigWarning[] {
  const plugins = isRecord(config.plugins) ? config.plugins : undefined;
  if (plugins === undefined || plugins.enabled === false) return [];
  const { bundled, official } = releasePlugins();
  const entries = isRecord(plugins.entries) ? plugins.entries : {};
  const warnings: ConfigWarning[] = [];
  const notedPending = new Set<string>();
  const notedOfficial = new Set<string>();
  const missing = (path: string, id: string, installHint: boolean): void => {
    const normalized = id.trim().toLowerCase();
    if (pendingPluginIds.has(normalized)) {
      if (notedPending.has(normalized)) return;
      notedPending.add(normalized);
      warnings.push({
        path,
        message: `Plugin "${id}" settings cannot be checked until its data/settings upgrade finishes. Your existing settings have been kept. Run "openclaw update status" for repair details.`,
      });
      return;
    }
    if (RETIRED_PLUGINS.has(normalized)) {
      warnings.push({ path, message: removedMessage(id) });
      return;
    }
    const spec = Object.hasOwn(official, id) ? official[id] : undefined;
    if (installHint && spec !== undefined) {
      if (notedOfficial.has(normalized)) return;
      notedOfficial.add(normalized);
      warnings.push({
        path,
        message: `plugin not installed: ${id} — install the official external plugin with: openclaw plugins install ${spec}`,
      });
      return;
    }
    warnings.push({
      path,
      message: `plugin not found: ${id} (stale config entry ignored; remove it from plugins config)`,
    });
  };
  const disabledOnPurpose = (id: string) =>
    isDisableMarker(entries[id]) && !RETIRED_PLUGINS.has(id.trim().toLowerCase());
  for (const id of Object.keys(entries)) {
    if (!bundled.has(id) && !disabledOnPurpose(id)) missing(`plugins.entries.${id}`, id, true);
  }
  for (const id of stringList(plugins.allow)) {
    if (!bundled.has(id) && !disabledOnPurpose(id)) missing('plugins.allow', id, true);
  }
  for (const id of stringList(plugins.deny)) if (!bundled.has(id)) missing('plugins.deny', id, false);
  return warnings;
}
