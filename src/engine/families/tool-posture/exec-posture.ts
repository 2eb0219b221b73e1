// The exec settings of one toolPosture subject (SPEC-2026.9 §7.5): host, then security and ask,
// which an `exec.mode` overrides through OpenClaw's mode table.
import { recordOrEmpty } from '../../record.js';
import { layeredValue, trimmedString, type LayeredValue } from '../../current/config-values.js';
import type { ToolPostureSubject, ToolPostureValueKind } from './entries.js';

export interface ExecSetting {
  suffix: string;
  /** `exec/mode` when the value came from a mode. */
  sourceSuffix?: string;
  kind: ToolPostureValueKind;
  layer: LayeredValue<string>;
}

type ExecMode = 'deny' | 'allowlist' | 'ask' | 'auto' | 'full';

/** `resolveExecPolicyForMode` (exec-approvals-core), without the auto-review flag. */
const MODE_POLICY: Readonly<Record<ExecMode, { security: string; ask: string }>> = {
  deny: { security: 'deny', ask: 'off' },
  allowlist: { security: 'allowlist', ask: 'off' },
  ask: { security: 'allowlist', ask: 'on-miss' },
  auto: { security: 'allowlist', ask: 'on-miss' },
  full: { security: 'full', ask: 'off' },
};

function execMode(value: unknown): ExecMode | undefined {
  const mode = trimmedString(value)?.toLowerCase();
  return mode !== undefined && Object.hasOwn(MODE_POLICY, mode) ? (mode as ExecMode) : undefined;
}

/** The effective mode: the agent's own, else the inherited one. */
interface SelectedMode {
  security: string;
  ask: string;
  inherited: boolean;
}

export function execPosture(subject: ToolPostureSubject): ExecSetting[] {
  const local = recordOrEmpty(subject.tools.exec);
  const inherited = recordOrEmpty(subject.inheritedTools.exec);
  const host = layeredValue(trimmedString(local.host), trimmedString(inherited.host), 'auto');
  const sandboxMode = trimmedString(subject.sandbox.mode) ?? trimmedString(subject.inheritedSandbox.mode);
  // Without a configured security, exec is denied where it would run in the sandbox.
  const defaultSecurity =
    host.value === 'sandbox' || (host.value === 'auto' && sandboxMode === 'all') ? 'deny' : 'full';
  const localMode = execMode(local.mode);
  const inheritedMode = execMode(inherited.mode);
  const mode: SelectedMode | undefined =
    localMode !== undefined
      ? { ...MODE_POLICY[localMode], inherited: false }
      : inheritedMode !== undefined
        ? { ...MODE_POLICY[inheritedMode], inherited: true }
        : undefined;
  return [
    { suffix: 'exec/host', kind: 'execHost', layer: host },
    modeAwareSetting(
      'exec/security',
      'execSecurity',
      mode,
      local.security,
      inherited.security,
      defaultSecurity,
    ),
    modeAwareSetting('exec/ask', 'execAsk', mode, local.ask, inherited.ask, 'off'),
  ];
}

/**
 * Precedence: an agent's own mode; then its own value; then an inherited mode; then the inherited
 * value. The source keeps the release's quirk: an agent's own mode with an inherited value cites
 * the global `tools/exec/mode`, because "inherited" is decided from the value alone.
 */
function modeAwareSetting(
  suffix: string,
  kind: 'execSecurity' | 'execAsk',
  mode: SelectedMode | undefined,
  localRaw: unknown,
  inheritedRaw: unknown,
  fallback: string,
): ExecSetting {
  const key = kind === 'execSecurity' ? 'security' : 'ask';
  const local = trimmedString(localRaw);
  const inherited = trimmedString(inheritedRaw);
  const usesMode = mode?.inherited === false || (local === undefined && mode?.inherited === true);
  const value = mode?.inherited === false ? mode[key] : (local ?? mode?.[key] ?? inherited ?? fallback);
  const layer: LayeredValue<string> = {
    value,
    explicit: mode !== undefined || local !== undefined || inherited !== undefined,
    inherited:
      mode?.inherited === true ? local === undefined : local === undefined && inherited !== undefined,
  };
  return { suffix, kind, layer, ...(usesMode ? { sourceSuffix: 'exec/mode' } : {}) };
}
