// Mention requirements of a channel scope (SPEC-2026.9 §7.1): one entry for the scope as a whole,
// plus one per nested group/guild/channel/room/team entry (and their channels/topics children)
// that sets `requireMention` itself.
import { ocSegment } from '../../oc-path.js';
import { isRecord } from '../../record.js';
import { booleanValue } from '../../current/config-values.js';
import {
  effectiveNestedContainer,
  NESTED_CONTAINER_KEYS,
  scopeEntryId,
  scopeKeys,
  type ChannelScope,
  type IngressEntry,
} from './channel-scope.js';

/** Channels where open groups answer without a mention unless told otherwise. */
const OPEN_GROUPS_WITHOUT_MENTION = new Set(['feishu', 'qa-channel']);
/** Children of a nested entry that carry their own settings (a guild's channels, a group's topics). */
const NESTED_CHILD_KEYS = ['channels', 'topics'] as const;

/** `groupPolicy`: the scope's effective group policy (the value of its group-policy entry). */
export function requireMentionEntries(scope: ChannelScope, groupPolicy: string): IngressEntry[] {
  const own = booleanValue(scope.own.config.requireMention);
  const inherited = booleanValue(scope.inherited.config.requireMention);
  const wildcard = wildcardRequireMention(scope);
  const byDefault = !(groupPolicy === 'open' && OPEN_GROUPS_WITHOUT_MENTION.has(scope.channel));
  const source =
    wildcard !== undefined
      ? wildcard.source
      : own === undefined && inherited !== undefined
        ? `${scope.inherited.sourceBase}/requireMention`
        : `${scope.own.sourceBase}/requireMention`;
  const entries: IngressEntry[] = [
    {
      id: scopeEntryId(scope, 'require-mention'),
      kind: 'channelRequireMention',
      source,
      ...scopeKeys(scope),
      value: wildcard?.value ?? own ?? inherited ?? byDefault,
      explicit: wildcard !== undefined || own !== undefined || inherited !== undefined,
    },
  ];
  for (const key of NESTED_CONTAINER_KEYS) {
    const effective = effectiveNestedContainer(scope, key);
    if (effective === undefined) continue;
    for (const [groupId, groupConfig] of Object.entries(effective.container)) {
      if (isRecord(groupConfig)) pushNested(entries, scope, key, groupId, groupConfig, effective.sourceBase);
    }
  }
  return entries;
}

/** A `"*"` entry with a boolean requireMention in the first container that has one decides. */
function wildcardRequireMention(scope: ChannelScope): { source: string; value: boolean } | undefined {
  for (const key of NESTED_CONTAINER_KEYS) {
    const effective = effectiveNestedContainer(scope, key);
    const wildcard = effective?.container['*'];
    if (effective === undefined || !isRecord(wildcard) || wildcard.enabled === false) continue;
    const value = booleanValue(wildcard.requireMention);
    if (value !== undefined)
      return { source: `${effective.sourceBase}/${key}/${ocSegment('*')}/requireMention`, value };
  }
  return undefined;
}

/**
 * `containerPath` grows with the depth (`guilds/<g>/channels`); the release builds both the id
 * and the source from it, so a child's id carries its whole path.
 */
function pushNested(
  entries: IngressEntry[],
  scope: ChannelScope,
  containerPath: string,
  groupId: string,
  config: Record<string, unknown>,
  parentSourceBase: string,
): void {
  if (config.enabled === false) return;
  const segment = ocSegment(groupId);
  const requireMention = booleanValue(config.requireMention);
  if (requireMention !== undefined) {
    entries.push({
      id: `${scopeEntryId(scope, `${containerPath}-${segment}`)}-require-mention`,
      kind: 'channelRequireMention',
      source: `${parentSourceBase}/${containerPath}/${segment}/requireMention`,
      ...scopeKeys(scope),
      groupId,
      value: requireMention,
      explicit: true,
    });
  }
  for (const childKey of NESTED_CHILD_KEYS) {
    const children = config[childKey];
    if (!isRecord(children)) continue;
    for (const [childId, childConfig] of Object.entries(children)) {
      if (isRecord(childConfig)) {
        pushNested(
          entries,
          scope,
          `${containerPath}/${segment}/${childKey}`,
          childId,
          childConfig,
          parentSourceBase,
        );
      }
    }
  }
}
