import { missingRule, weakerRule } from '../strictness.js';
import { finding } from '../findings.js';
import { configAddress, policyAddress } from '../oc-path.js';
import { invalid } from '../policy-shape.js';
import { sortByKey } from '../canonical-json.js';
import { isRecord, recordOrEmpty } from '../record.js';
import type { HashedForm, PolicyName, RuleFamily } from '../rule-family.js';
import type { ChannelEvidence, Finding } from '../types.js';

const DENIED_PROVIDER = 'policy/channels-denied-provider';
/** Keys of `config.channels` that configure all channels rather than being one. */
const RESERVED_CHANNEL_KEYS = new Set(['defaults', 'modelByChannel']);

interface DenyRule {
  index: number;
  provider: string;
  reason: string | undefined;
}

export const channelsFamily: RuleFamily = {
  name: 'channels',
  checkIds: [DENIED_PROVIDER],
  containers: [{ path: ['channels'], kind: 'object' }],
  collectEvidence: ({ config }) => ({ channels: scanChannels(config) }),
  hashedEntries: {
    channels: (c: ChannelEvidence): HashedForm<ChannelEvidence> => ({
      enabled: c.enabled,
      id: c.id,
      provider: c.provider,
      source: c.source,
    }),
  },
  describeRules(policy) {
    const rules =
      isRecord(policy.channels) && Array.isArray(policy.channels.denyRules) ? policy.channels.denyRules : [];
    return rules.flatMap((rule, index) => {
      const parsed = parseDenyRule(rule, index);
      return parsed ? [{ rule: 'channels.denyRules', value: parsed.provider }] : [];
    });
  },
  compareStrictness(baseline, candidate, names) {
    const denied = (policy: Record<string, unknown>) =>
      channelsFamily.describeRules(policy).map((rule) => rule.value);
    const before = [...new Set(denied(baseline))];
    if (before.length === 0) return [];
    const after = new Set(denied(candidate));
    const dropped = before.filter((provider) => !after.has(provider));
    if (dropped.length === 0) return [];
    const detail = `no longer denies channels of provider ${dropped.map((p) => `'${p}'`).join(', ')}`;
    return after.size === 0
      ? [missingRule(names, 'channels.denyRules', detail)]
      : [weakerRule(names, 'channels.denyRules', detail)];
  },
  findings({ policy, name, evidence }) {
    const rules = readDenyRules(policy.channels, name);
    if (rules === undefined) return [];
    if ('invalid' in rules) return [rules.invalid];
    const out: Finding[] = [];
    for (const channel of evidence.channels) {
      if (channel.enabled === false) continue;
      const rule = rules.list.find((candidate) => candidate.provider === channel.provider);
      if (rule === undefined) continue;
      out.push(
        finding({
          checkId: DENIED_PROVIDER,
          message: `Channel '${channel.id}' uses denied provider '${channel.provider}'.`,
          path: 'openclaw config',
          ocPath: channel.source,
          target: channel.source,
          requirement: policyAddress(name.document, 'channels', 'denyRules', `#${rule.index}`),
          fixHint:
            rule.reason ?? 'Disable this channel, remove it from config, or update the policy deny rule.',
        }),
      );
    }
    return out;
  },
};

export function scanChannels(config: Record<string, unknown>): ChannelEvidence[] {
  const entries = Object.entries(recordOrEmpty(config.channels)).filter(
    ([id]) => !RESERVED_CHANNEL_KEYS.has(id),
  );
  return sortByKey(entries, ([id]) => id).map(([id, value]) => {
    const entry: ChannelEvidence = { id, provider: id, source: configAddress('channels', id) };
    if (isRecord(value) && typeof value.enabled === 'boolean') entry.enabled = value.enabled;
    return entry;
  });
}

/**
 * SPEC.md §2.1 validator 2. While any rule is malformed the family reports only that, so a
 * half-valid list can never produce a partial verdict.
 */
function readDenyRules(
  channels: unknown,
  name: PolicyName,
): { list: DenyRule[] } | { invalid: Finding } | undefined {
  if (!isRecord(channels) || channels.denyRules === undefined) return undefined;
  const d = name.display;
  if (!Array.isArray(channels.denyRules)) {
    return {
      invalid: invalid(
        name,
        ['channels', 'denyRules'],
        `${d} channels.denyRules must be an array.`,
        `Fix ${d} so channel deny rules are an array.`,
      ),
    };
  }
  const list: DenyRule[] = [];
  for (const [index, rule] of channels.denyRules.entries()) {
    const parsed = parseDenyRule(rule, index);
    if (parsed === undefined) {
      return {
        invalid: invalid(
          name,
          ['channels', 'denyRules', `#${index}`],
          `${d} channels.denyRules[${index}] must define when.provider as a string.`,
          `Fix ${d} so each channel deny rule has a provider match.`,
        ),
      };
    }
    list.push(parsed);
  }
  return { list };
}

function parseDenyRule(rule: unknown, index: number): DenyRule | undefined {
  if (!isRecord(rule) || !isRecord(rule.when) || typeof rule.when.provider !== 'string') return undefined;
  if (rule.id !== undefined && typeof rule.id !== 'string') return undefined;
  if (rule.reason !== undefined && typeof rule.reason !== 'string') return undefined;
  return { index, provider: rule.when.provider, reason: rule.reason };
}
