// The evidence entry of the ingress family and the "channel scope" one set of entries is built
// for: a channel's own settings, or one of its accounts (SPEC-2026.9 §7.1). Every value is read
// from up to three layers: the scope's own config, the layer it inherits from, and a fallback.
import { configAddress } from '../../oc-path.js';
import { isRecord } from '../../record.js';

export type IngressKind =
  'sessionDmScope' | 'channelDmPolicy' | 'channelGroupPolicy' | 'channelRequireMention';

/** One `ingress` evidence entry; keys in the release's order (they are hashed). */
export interface IngressEntry {
  id: string;
  kind: IngressKind;
  source: string;
  channel?: string;
  accountId?: string;
  groupId?: string;
  value: string | boolean;
  explicit: boolean;
}

/** `channels.defaults`: the layer every channel scope falls back to (its groupPolicy only). */
export const CHANNEL_DEFAULTS_SOURCE = configAddress('channels', 'defaults');

export interface ConfigLayer {
  config: Record<string, unknown>;
  /** The `oc://` address its settings are reported under. */
  sourceBase: string;
}

/**
 * A scope of channel ingress evidence.
 *
 * channel level: own = the channel, inherited = `channels.defaults` (its groupPolicy only), the
 * fallback layer has no settings and the channel's own address.
 * account level: own = the account, inherited = its channel, fallback = `channels.defaults`
 * (groupPolicy only). The release passes the fallback as a config object, but only ever one
 * holding that single key, so only `groupPolicy` is modelled.
 */
export interface ChannelScope {
  channel: string;
  accountId?: string;
  own: ConfigLayer;
  inherited: ConfigLayer;
  fallbackGroupPolicy: unknown;
  fallbackSourceBase: string;
  /** When the scope takes the inherited layer's nested containers (groups, guilds, …). */
  nestedInheritance: 'never' | 'when-missing' | 'when-missing-or-empty';
}

/** The containers whose entries carry per-group settings, in the order the release reads them. */
export const NESTED_CONTAINER_KEYS = ['groups', 'guilds', 'channels', 'rooms', 'teams'] as const;
export type NestedContainerKey = (typeof NESTED_CONTAINER_KEYS)[number];

export interface EffectiveContainer {
  container: Record<string, unknown>;
  sourceBase: string;
}

/**
 * The nested container a scope uses: its own when non-empty; otherwise (accounts) the inherited
 * one, which is then taken as is, even when empty.
 */
export function effectiveNestedContainer(
  scope: ChannelScope,
  key: NestedContainerKey,
): EffectiveContainer | undefined {
  const own = recordAt(scope.own.config, key);
  if (own !== undefined && Object.keys(own).length > 0)
    return { container: own, sourceBase: scope.own.sourceBase };
  const inherited = recordAt(scope.inherited.config, key);
  const inherits =
    own === undefined
      ? scope.nestedInheritance !== 'never'
      : scope.nestedInheritance === 'when-missing-or-empty';
  return inherits && inherited !== undefined
    ? { container: inherited, sourceBase: scope.inherited.sourceBase }
    : undefined;
}

/** `<channel>[-<account>]-<suffix>`: ids use the raw channel and account keys. */
export function scopeEntryId(scope: ChannelScope, suffix: string): string {
  return scope.accountId === undefined
    ? `${scope.channel}-${suffix}`
    : `${scope.channel}-${scope.accountId}-${suffix}`;
}

/** The scope's identifying keys of an entry (accountId only for accounts). */
export function scopeKeys(scope: ChannelScope): { channel: string; accountId?: string } {
  return scope.accountId === undefined
    ? { channel: scope.channel }
    : { channel: scope.channel, accountId: scope.accountId };
}

export function recordAt(config: Record<string, unknown>, key: string): Record<string, unknown> | undefined {
  const value = config[key];
  return isRecord(value) ? value : undefined;
}
