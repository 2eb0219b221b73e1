import type { RuntimeGateProfile } from '../engine/release-profile.js';
import { isRecord, valueAtPath } from '../engine/record.js';

/**
 * How the runtime gate decides whether it is on.
 * - `as-configured`: exactly OpenClaw's runtime tool policy. The gate is on only when the policy
 *   plugin entry exists, neither `enabled` nor `config.enabled` is false, one of them is true,
 *   and (2026.5.20) `config.runtimeToolPolicy` is true. Otherwise there is no decision. 2026.9.6
 *   has no such switch (its config schema refuses the key), so there the enabled plugin suffices.
 * - `always`: the caller is the opt-in (the sidecar, or `gate --accepted`). The switches are
 *   not covered by the attestation hash, so a config edit must not be able to turn the gate off.
 */
export type Enforcement = 'as-configured' | 'always';

/** Undefined when the gate is on, else why it is off (one sentence). */
export function runtimeGateOffReason(
  config: Record<string, unknown>,
  switchedOnBy: RuntimeGateProfile['switchedOnBy'] = 'runtimeToolPolicy',
): string | undefined {
  const entry = valueAtPath(config, ['plugins', 'entries', 'policy']);
  if (!isRecord(entry))
    return 'Policy tool runtime is off: the OpenClaw config has no plugins.entries.policy entry.';
  const settings = isRecord(entry.config) ? entry.config : {};
  if (entry.enabled === false || settings.enabled === false)
    return 'Policy tool runtime is off: the policy plugin is disabled.';
  if (entry.enabled !== true && settings.enabled !== true)
    return 'Policy tool runtime is off: the policy plugin is not enabled.';
  if (switchedOnBy === 'runtimeToolPolicy' && settings.runtimeToolPolicy !== true) {
    return 'Policy tool runtime is off: plugins.entries.policy.config.runtimeToolPolicy is not true.';
  }
  return undefined;
}
