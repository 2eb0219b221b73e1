import { missingRule, weakerRule } from '../strictness.js';
import { finding } from '../findings.js';
import { configAddress, policyAddress } from '../oc-path.js';
import { valueAtPath } from '../record.js';
import type { HashedForm, RuleFamily } from '../rule-family.js';
import type { NetworkEvidence } from '../types.js';

const PRIVATE_ACCESS = 'policy/network-private-access-enabled';

/** The private-network escape hatches, in the fixed order evidence lists them. */
const PRIVATE_NETWORK_SETTINGS: readonly (readonly [string, readonly string[]])[] = [
  ['browser-private-network', ['browser', 'ssrfPolicy', 'dangerouslyAllowPrivateNetwork']],
  ['browser-private-network-legacy', ['browser', 'ssrfPolicy', 'allowPrivateNetwork']],
  ['web-fetch-private-network', ['tools', 'web', 'fetch', 'ssrfPolicy', 'dangerouslyAllowPrivateNetwork']],
  ['web-fetch-private-network-legacy', ['tools', 'web', 'fetch', 'ssrfPolicy', 'allowPrivateNetwork']],
  [
    'web-fetch-rfc2544-benchmark-range',
    ['tools', 'web', 'fetch', 'ssrfPolicy', 'allowRfc2544BenchmarkRange'],
  ],
  ['web-fetch-ipv6-unique-local-range', ['tools', 'web', 'fetch', 'ssrfPolicy', 'allowIpv6UniqueLocalRange']],
];

export const networkFamily: RuleFamily = {
  name: 'network',
  checkIds: [PRIVATE_ACCESS],
  containers: [
    { path: ['network'], kind: 'object' },
    { path: ['network', 'privateNetwork'], kind: 'object' },
    { path: ['network', 'privateNetwork', 'allow'], kind: 'boolean' },
  ],
  collectEvidence: ({ config }) => ({ network: scanNetwork(config) }),
  hashedEntries: {
    network: (n: NetworkEvidence): HashedForm<NetworkEvidence> => ({
      id: n.id,
      source: n.source,
      value: n.value,
    }),
  },
  describeRules(policy) {
    const allow = valueAtPath(policy, ['network', 'privateNetwork', 'allow']);
    return typeof allow === 'boolean' ? [{ rule: 'network.privateNetwork.allow', value: String(allow) }] : [];
  },
  compareStrictness(baseline, candidate, names) {
    const rule = 'network.privateNetwork.allow';
    if (valueAtPath(baseline, ['network', 'privateNetwork', 'allow']) !== false) return [];
    const now = valueAtPath(candidate, ['network', 'privateNetwork', 'allow']);
    if (now === false) return [];
    return now === undefined
      ? [missingRule(names, rule, 'the rule forbidding private-network access (allow: false) was dropped')]
      : [
          weakerRule(
            names,
            rule,
            `private-network access went from allow: false to allow: ${JSON.stringify(now)}`,
          ),
        ];
  },
  findings({ policy, name, evidence }) {
    if (valueAtPath(policy, ['network', 'privateNetwork', 'allow']) !== false) return [];
    return evidence.network
      .filter((setting) => setting.value)
      .map((setting) =>
        finding({
          checkId: PRIVATE_ACCESS,
          message: `Network setting '${setting.id}' allows private-network access.`,
          path: 'openclaw config',
          ocPath: setting.source,
          target: setting.source,
          requirement: policyAddress(name.document, 'network', 'privateNetwork', 'allow'),
          fixHint: 'Disable this private-network access setting or update policy after review.',
        }),
      );
  },
};

export function scanNetwork(config: Record<string, unknown>): NetworkEvidence[] {
  const out: NetworkEvidence[] = [];
  for (const [id, path] of PRIVATE_NETWORK_SETTINGS) {
    const value = valueAtPath(config, path);
    if (typeof value === 'boolean') out.push({ id, source: configAddress(...path), value });
  }
  return out;
}
