// The OpenClaw plugin (packages/openclaw-plugin): on every tool call, the runtime library's
// decision against the workspace's accepted attestation, as OpenClaw's tool-call policy result.
//
// Where it decides: as a *trusted tool policy*, the tier OpenClaw runs before every ordinary
// before_tool_call hook, whose block is terminal, so no other plugin's hook can let a refused call
// run or ask for approval first. OpenClaw only accepts that registration from an installed plugin
// whose entry is `enabled: true` and whose manifest declares the policy id; otherwise it drops the
// registration with a diagnostic. The before_tool_call hook (highest priority; a block there is
// sticky too) is the fallback for exactly that case: it decides only while the trusted policy has
// never been called, so a call is never decided (or an approval asked for) twice.
import { homedir } from 'node:os';
import { DISK_SEAMS, EnforcementPoint } from './enforcement-point.js';
import { toolPolicyResult, type ToolPolicyResult } from './hook-result.js';
import type { OpenClawPluginApi, OpenClawPluginDefinition } from './openclaw-plugin-api.js';
import { enforcementSettingsFrom, PLUGIN_ID, TRUSTED_POLICY_ID } from './plugin-settings.js';

/** Above every other hook: its approval request, when it asks for one, is the one OpenClaw shows. */
const HOOK_PRIORITY = Number.MAX_SAFE_INTEGER;

export function registerPolicyGate(api: OpenClawPluginApi, point: EnforcementPoint): void {
  // Once, at Gateway start (not on every inspection or discovery load of the plugin).
  if (point.problem !== undefined && (api.registrationMode ?? 'full') === 'full')
    api.logger.error(`${PLUGIN_ID}: every tool call will be denied: ${point.problem.reason}`);
  let trustedTierActive = false;
  let fallbackAnnounced = false;
  const decide = async (toolName: string): Promise<ToolPolicyResult> =>
    toolPolicyResult(await point.decide(toolName));

  api.registerTrustedToolPolicy?.({
    id: TRUSTED_POLICY_ID,
    description:
      'Denies tool calls unless the workspace matches its accepted policy attestation, and asks for approval where the accepted policy requires it.',
    evaluate: (event) => {
      trustedTierActive = true;
      return decide(event.toolName);
    },
  });
  api.on(
    'before_tool_call',
    async (event) => {
      if (trustedTierActive) return undefined;
      if (!fallbackAnnounced) {
        fallbackAnnounced = true;
        api.logger.warn(
          `${PLUGIN_ID}: OpenClaw did not run its trusted tool policy, so it decides in before_tool_call instead, after other plugins' trusted policies; set plugins.entries.${PLUGIN_ID}.enabled to true to decide first.`,
        );
      }
      return decide(event.toolName);
    },
    { priority: HOOK_PRIORITY },
  );
  const stop = (): Promise<void> => point.close();
  api.on('gateway_stop', stop);
  api.lifecycle?.onDispose?.(stop);
}

const plugin: OpenClawPluginDefinition = {
  id: PLUGIN_ID,
  name: 'policy-gate',
  description:
    "Enforces the workspace's accepted policy attestation on every tool call: stale or unsettled blocks, the accepted policy's approvals go through OpenClaw's approval flow.",
  register(api) {
    // Metadata-only loads have no runtime: nothing to decide there.
    if (api.registrationMode === 'cli-metadata') return;
    const settings = enforcementSettingsFrom(api.pluginConfig, homedir());
    registerPolicyGate(
      api,
      new EnforcementPoint(settings, { ...DISK_SEAMS, warn: (line) => api.logger.warn(line) }),
    );
  },
};

export default plugin;
