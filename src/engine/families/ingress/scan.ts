// The `ingress` evidence scanner of OpenClaw 2026.9.6 (`scanPolicyIngress`, SPEC-2026.9 §7.1):
// the session DM scope, then per channel scope (a channel's own settings and each enabled
// account) its DM policy, group policy and mention requirements, sorted by source, then id.
import { trimmedString } from '../../current/config-values.js';
import { sortedBySourceThenId } from '../../current/evidence-entries.js';
import { configAddress, ocSegment } from '../../oc-path.js';
import { isRecord, recordOrEmpty } from '../../record.js';
import { hasImplicitDefaultAccount } from './channel-credentials.js';
import {
  CHANNEL_DEFAULTS_SOURCE,
  effectiveNestedContainer,
  scopeEntryId,
  scopeKeys,
  type ChannelScope,
  type ConfigLayer,
  type IngressEntry,
} from './channel-scope.js';
import { requireMentionEntries } from './mentions.js';

/** Keys of `channels` that hold shared settings, not a channel. */
const RESERVED_CHANNEL_KEYS = new Set(['defaults', 'modelByChannel']);

/** Channels whose groups are closed unless configured otherwise (the others default to open). */
const GROUPS_ALLOWLISTED_BY_DEFAULT = new Set([
  'googlechat',
  'irc',
  'line',
  'mattermost',
  'matrix',
  'msteams',
  'nextcloud-talk',
  'signal',
]);

export function scanIngress(config: Record<string, unknown>): IngressEntry[] {
  const channels = recordOrEmpty(config.channels);
  // Of `channels.defaults`, the ingress scan honours groupPolicy alone.
  const defaultGroupPolicy = recordOrEmpty(channels.defaults).groupPolicy;
  const defaultsLayer: ConfigLayer = {
    config: defaultGroupPolicy === undefined ? {} : { groupPolicy: defaultGroupPolicy },
    sourceBase: CHANNEL_DEFAULTS_SOURCE,
  };
  const entries: IngressEntry[] = [sessionDmScopeEntry(config)];
  for (const [channel, value] of Object.entries(channels)) {
    if (RESERVED_CHANNEL_KEYS.has(channel) || !isRecord(value) || value.enabled === false) continue;
    const channelLayer: ConfigLayer = {
      config: value,
      sourceBase: configAddress('channels', ocSegment(channel)),
    };
    const accounts = Object.entries(recordOrEmpty(value.accounts)).filter(
      (entry): entry is [string, Record<string, unknown>] => isRecord(entry[1]),
    );
    if (accounts.length === 0 || hasImplicitDefaultAccount(channel, value)) {
      entries.push(
        ...channelScopeEntries({
          channel,
          own: channelLayer,
          inherited: defaultsLayer,
          fallbackGroupPolicy: undefined,
          fallbackSourceBase: channelLayer.sourceBase,
          nestedInheritance: 'never',
        }),
      );
    }
    for (const [accountId, account] of accounts) {
      if (account.enabled === false) continue;
      entries.push(
        ...channelScopeEntries({
          channel,
          accountId,
          own: { config: account, sourceBase: `${channelLayer.sourceBase}/accounts/${ocSegment(accountId)}` },
          inherited: channelLayer,
          fallbackGroupPolicy: defaultGroupPolicy,
          fallbackSourceBase: CHANNEL_DEFAULTS_SOURCE,
          // A lone telegram account also takes the channel's groups over its own empty container.
          nestedInheritance:
            channel === 'telegram' && accounts.length <= 1 ? 'when-missing-or-empty' : 'when-missing',
        }),
      );
    }
  }
  return sortedBySourceThenId(entries);
}

function sessionDmScopeEntry(config: Record<string, unknown>): IngressEntry {
  const dmScope = trimmedString(recordOrEmpty(config.session).dmScope)?.toLowerCase();
  return {
    id: 'session-dm-scope',
    kind: 'sessionDmScope',
    source: configAddress('session', 'dmScope'),
    value: dmScope ?? 'main',
    explicit: dmScope !== undefined,
  };
}

function channelScopeEntries(scope: ChannelScope): IngressEntry[] {
  const groupPolicy = effectiveGroupPolicy(scope);
  return [
    dmPolicyEntry(scope),
    {
      id: scopeEntryId(scope, 'group-policy'),
      kind: 'channelGroupPolicy',
      source: groupPolicy.source,
      ...scopeKeys(scope),
      value: groupPolicy.value,
      explicit: groupPolicy.explicit,
    },
    // The mention default depends on the group policy in effect.
    ...requireMentionEntries(scope, groupPolicy.value),
  ];
}

interface DmPolicyReading {
  value: string;
  sourceSuffix: string;
}

/** `dm.enabled: false` wins over `dmPolicy`, which wins over the legacy `dm.policy`. */
function dmPolicyOf(config: Record<string, unknown>): DmPolicyReading | undefined {
  const dm = recordOrEmpty(config.dm);
  if (dm.enabled === false) return { value: 'disabled', sourceSuffix: 'dm/enabled' };
  const direct = trimmedString(config.dmPolicy);
  if (direct !== undefined) return { value: direct, sourceSuffix: 'dmPolicy' };
  const legacy = trimmedString(dm.policy);
  return legacy === undefined ? undefined : { value: legacy, sourceSuffix: 'dm/policy' };
}

function dmPolicyEntry(scope: ChannelScope): IngressEntry {
  // The fallback layer never carries a DM policy, so own and inherited decide.
  const own = dmPolicyOf(scope.own.config);
  const inherited = dmPolicyOf(scope.inherited.config);
  const effective = own ?? inherited;
  const source =
    own !== undefined
      ? `${scope.own.sourceBase}/${own.sourceSuffix}`
      : inherited !== undefined
        ? `${scope.inherited.sourceBase}/${inherited.sourceSuffix}`
        : `${scope.fallbackSourceBase}/dmPolicy`;
  return {
    id: scopeEntryId(scope, 'dm-policy'),
    kind: 'channelDmPolicy',
    source,
    ...scopeKeys(scope),
    value: effective?.value ?? 'pairing',
    explicit: effective !== undefined,
  };
}

/** The first groupPolicy set in own, inherited, fallback order; else the implicit one. */
function effectiveGroupPolicy(scope: ChannelScope): { source: string; value: string; explicit: boolean } {
  const own = trimmedString(scope.own.config.groupPolicy);
  const inherited = trimmedString(scope.inherited.config.groupPolicy);
  const fallback = trimmedString(scope.fallbackGroupPolicy);
  const implicit = implicitGroupPolicy(scope);
  const source =
    own !== undefined
      ? `${scope.own.sourceBase}/groupPolicy`
      : inherited !== undefined
        ? `${scope.inherited.sourceBase}/groupPolicy`
        : fallback !== undefined
          ? `${scope.fallbackSourceBase}/groupPolicy`
          : implicit.source;
  return {
    source,
    value: own ?? inherited ?? fallback ?? implicit.value,
    explicit: own !== undefined || inherited !== undefined || fallback !== undefined,
  };
}

/** Without a groupPolicy anywhere: a groups container in effect means only listed groups get in. */
function implicitGroupPolicy(scope: ChannelScope): { source: string; value: string } {
  const groups = effectiveNestedContainer(scope, 'groups');
  if (groups !== undefined) return { source: `${groups.sourceBase}/groups`, value: 'allowlist' };
  return {
    source: `${scope.own.sourceBase}/groupPolicy`,
    value: GROUPS_ALLOWLISTED_BY_DEFAULT.has(scope.channel) ? 'allowlist' : 'open',
  };
}
