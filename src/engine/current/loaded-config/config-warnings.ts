// The reader's non-fatal findings about a config it accepts, and the one stderr line the CLI
// prints for them: `[config] warnings: <path>: <message>; <path>: <message>…`.

import { isRecord } from '../../record.js';

export interface ConfigWarning {
  path: string;
  message: string;
}

/** One warning as the CLI prints it: `<path>: <message>`. */
export function warningText(warning: ConfigWarning): string {
  return `${warning.path || '<root>'}: ${warning.message}`;
}

/** The CLI's stderr line for the loader's warnings (its `config` logger's `Config warnings: …`). */
export function configWarningsLine(warnings: readonly string[]): string | undefined {
  return warnings.length === 0 ? undefined : `[config] warnings: ${warnings.join('; ')}`;
}

const PSEUDO_CHANNEL_KEYS = new Set(['defaults', 'modelByChannel', 'tools']);
const DM_POLICIES = new Set(['pairing', 'allowlist', 'open', 'disabled']);

/** `dmPolicy`, else the legacy `dm.policy` (for channels with top-level DM fields). */
function dmPolicyOf(scope: Record<string, unknown>): unknown {
  const dm = isRecord(scope.dm) ? scope.dm : {};
  return scope.dmPolicy ?? dm.policy;
}

function allowFromOf(scope: Record<string, unknown>): unknown {
  const dm = isRecord(scope.dm) ? scope.dm : {};
  return scope.allowFrom ?? dm.allowFrom;
}

function hasOwnDefined(record: Record<string, unknown>, key: string): boolean {
  return Object.hasOwn(record, key) && record[key] !== undefined;
}

type Violation = 'open' | 'allowlist' | undefined;

function dmViolation(policy: unknown, allowFrom: unknown): Violation {
  const normalized = typeof policy === 'string' && DM_POLICIES.has(policy) ? policy : undefined;
  const entries = (Array.isArray(allowFrom) ? allowFrom : [])
    .map((entry: unknown) => String(entry).trim())
    .filter((entry) => entry !== '');
  if (normalized === 'open' && !entries.includes('*')) return 'open';
  if (normalized === 'allowlist' && entries.length === 0) return 'allowlist';
  return undefined;
}

function dmWarning(
  channel: string,
  account: string | undefined,
  inherited: boolean,
  violation: 'open' | 'allowlist',
): ConfigWarning {
  const base = `channels.${channel}`;
  const scope = account === undefined ? base : `${base}.accounts.${account}`;
  const allowFromPath = `${scope}.allowFrom`;
  const subject = inherited ? `${allowFromPath} is unset and ${base}.allowFrom` : allowFromPath;
  const inheritedTarget = inherited ? ` or ${base}.allowFrom` : '';
  const overrideFix =
    account !== undefined && !inherited ? `, remove ${allowFromPath} to inherit ${base}.allowFrom,` : '';
  const message =
    violation === 'open'
      ? `${scope}.dmPolicy="open" but ${subject} does not include "*"; all DMs will be dropped. Add "*" to ${allowFromPath}${inheritedTarget}${overrideFix} or set ${scope}.dmPolicy to "pairing"/"allowlist".`
      : `${scope}.dmPolicy="allowlist" but ${subject} is empty; all DMs will be dropped. Add at least one sender ID to ${allowFromPath}${inheritedTarget}${overrideFix} or change ${scope}.dmPolicy.`;
  return { path: allowFromPath, message };
}

/** DM policies that drop every DM (`open` without `*`, `allowlist` without entries). */
export function dmPolicyDependencyWarnings(config: Record<string, unknown>): ConfigWarning[] {
  const channels = isRecord(config.channels) ? config.channels : {};
  const warnings: ConfigWarning[] = [];
  for (const [channel, value] of Object.entries(channels)) {
    if (PSEUDO_CHANNEL_KEYS.has(channel) || !isRecord(value) || value.enabled === false) continue;
    const own = dmViolation(dmPolicyOf(value), allowFromOf(value));
    if (own !== undefined) warnings.push(dmWarning(channel, undefined, false, own));
    const accounts = isRecord(value.accounts) ? value.accounts : {};
    for (const [accountId, account] of Object.entries(accounts)) {
      if (!isRecord(account) || account.enabled === false) continue;
      const dm = isRecord(account.dm) ? account.dm : {};
      const explicit = hasOwnDefined(account, 'allowFrom') || hasOwnDefined(dm, 'allowFrom');
      const violation = dmViolation(
        dmPolicyOf(account) ?? dmPolicyOf(value),
        allowFromOf(account) ?? allowFromOf(value),
      );
      if (violation !== undefined) warnings.push(dmWarning(channel, accountId, !explicit, violation));
    }
  }
  return warnings;
}
