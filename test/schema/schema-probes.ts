// Probe values for the schema/engine agreement tests: for each kind of rule value, values the
// release accepts and values it refuses in every way the shape checks distinguish (wrong type,
// blank, padded, other letter case, unknown spelling, unknown key, missing key).
import type { PolicyRuleMetadata } from '../../src/engine/current/rule-metadata.js';

export const WRONG_TYPES: readonly unknown[] = ['x', 1, true, null, [], {}];

/** `per-peer` → `Per-Peer`, `api_key` → `Api_Key`. */
function capitalized(value: string): string {
  return value.replace(
    /(^|[-_.])([a-z])/g,
    (_, separator: string, letter: string) => separator + letter.toUpperCase(),
  );
}

/** Spellings of an allowed value that a normalising comparison may or may not accept. */
export function spellingsOf(value: string): string[] {
  const spellings = [
    value,
    ` ${value} `,
    `\t${value}\n`,
    value.toUpperCase(),
    capitalized(value),
    `${value}x`,
  ];
  // The Kelvin sign lowercases to `k`: accepted wherever entries are lowercased.
  if (value.includes('k')) spellings.push(value.replace('k', '\u212A'));
  return spellings;
}

export function booleanProbes(): unknown[] {
  return [true, false, 'true', 0, null, [], {}];
}

export function stringEnumProbes(values: readonly string[]): unknown[] {
  return [...values.flatMap(spellingsOf), '', ' ', 1, null, [values[0]], {}];
}

export function stringListProbes(allowed: readonly string[] | undefined): unknown[] {
  const shapes: unknown[] = [[], 'x', {}, null, 1, [1], [null], [''], ['  '], [[]], [{}]];
  if (allowed === undefined) return [...shapes, ['a'], [' a '], ['A', 'b', 'x y'], ['a', 'a'], ['a', '']];
  return [
    ...shapes,
    [...allowed],
    [...allowed, ...allowed],
    ...allowed.flatMap(spellingsOf).map((spelling) => [spelling]),
    [allowed[0], 'unknown-value'],
  ];
}

export function execAllowlistProbes(): unknown[] {
  return [
    [],
    ['deploy'],
    [' deploy '],
    [''],
    ['  '],
    [1],
    [null],
    'deploy',
    [{ pattern: 'deploy' }],
    [{ pattern: ' deploy ', argPattern: '' }],
    [{ pattern: 'deploy', argPattern: '^--prod$' }],
    [{ pattern: '' }],
    [{ pattern: ' ' }],
    [{ argPattern: 'x' }],
    [{}],
    [{ pattern: 'deploy', extra: true }],
    [{ pattern: 1 }],
    [{ pattern: 'deploy', argPattern: 1 }],
    [{ pattern: 'deploy', argPattern: null }],
    ['deploy', { pattern: 'deploy' }],
  ];
}

export function channelDenyRuleProbes(): unknown[] {
  const rule = { id: 'no-discord', when: { provider: 'discord' }, reason: 'Public chat.' };
  return [
    [],
    [rule],
    [{ when: { provider: 'discord' } }],
    [{ when: { provider: '' } }],
    [{ when: { provider: 'Discord ' } }],
    [{ when: {} }],
    [{ when: { provider: 1 } }],
    [{ when: 'discord' }],
    [{}],
    [{ ...rule, id: 1 }],
    [{ ...rule, reason: null }],
    [{ ...rule, when: { provider: 'discord', kind: 'x' } }],
    [{ ...rule, extra: true }],
    ['discord'],
    [null],
    [rule, 'x'],
    {},
    'discord',
  ];
}

const PROBE = {
  id: 'support-dm',
  route: { channel: 'telegram', peer: { kind: 'direct', id: '42' } },
  expect: { agentId: 'support', matchedBy: ['binding.peer'] },
};

type Probe = typeof PROBE & Record<string, unknown>;

function withProbe(change: (probe: Probe) => unknown): unknown[] {
  return [change(structuredClone(PROBE) as Probe)];
}

export function routingProbeProbes(): unknown[] {
  const route = PROBE.route;
  const expect = PROBE.expect;
  return [
    [],
    [PROBE],
    'x',
    {},
    [null],
    ['x'],
    [{}],
    withProbe((probe) => ({ ...probe, extra: 1 })),
    withProbe((probe) => ({ ...probe, id: ' ' })),
    withProbe((probe) => ({ ...probe, id: 1 })),
    withProbe(({ id: _id, ...probe }) => probe),
    withProbe(({ route: _route, ...probe }) => probe),
    withProbe(({ expect: _expect, ...probe }) => probe),
    withProbe((probe) => ({ ...probe, route: 'telegram' })),
    withProbe((probe) => ({ ...probe, route: { ...route, channel: '' } })),
    withProbe((probe) => ({ ...probe, route: { peer: route.peer } })),
    withProbe((probe) => ({ ...probe, route: { ...route, extra: 1 } })),
    withProbe((probe) => ({
      ...probe,
      route: { ...route, accountId: 'acct', guildId: 'g', teamId: 't', memberRoleIds: ['r1', 'r2'] },
    })),
    withProbe((probe) => ({ ...probe, route: { ...route, accountId: ' ' } })),
    withProbe((probe) => ({ ...probe, route: { ...route, guildId: 1 } })),
    withProbe((probe) => ({ ...probe, route: { ...route, memberRoleIds: [] } })),
    withProbe((probe) => ({ ...probe, route: { ...route, memberRoleIds: ['r', 'r'] } })),
    withProbe((probe) => ({ ...probe, route: { ...route, memberRoleIds: ['r', ''] } })),
    withProbe((probe) => ({ ...probe, route: { ...route, memberRoleIds: 'r' } })),
    withProbe((probe) => ({ ...probe, route: { ...route, peer: { kind: 'group', id: 'g' } } })),
    withProbe((probe) => ({ ...probe, route: { ...route, peer: { kind: 'Direct', id: '42' } } })),
    withProbe((probe) => ({ ...probe, route: { ...route, peer: { kind: 'direct' } } })),
    withProbe((probe) => ({ ...probe, route: { ...route, peer: { id: '42' } } })),
    withProbe((probe) => ({ ...probe, route: { ...route, peer: { kind: 'direct', id: ' ' } } })),
    withProbe((probe) => ({ ...probe, route: { ...route, peer: { kind: 'direct', id: '1', x: 1 } } })),
    withProbe((probe) => ({ ...probe, route: { ...route, peer: 'x' } })),
    withProbe((probe) => ({ ...probe, route: { ...route, parentPeer: { kind: 'channel', id: 'c' } } })),
    withProbe((probe) => ({ ...probe, route: { ...route, parentPeer: { kind: 'thread', id: 'c' } } })),
    withProbe((probe) => ({ ...probe, expect: 'support' })),
    withProbe((probe) => ({ ...probe, expect: {} })),
    withProbe((probe) => ({ ...probe, expect: { agentId: ' ' } })),
    withProbe((probe) => ({ ...probe, expect: { agentId: 'support' } })),
    withProbe((probe) => ({ ...probe, expect: { ...expect, extra: 1 } })),
    withProbe((probe) => ({ ...probe, expect: { ...expect, matchedBy: [] } })),
    withProbe((probe) => ({ ...probe, expect: { ...expect, matchedBy: 'default' } })),
    withProbe((probe) => ({ ...probe, expect: { ...expect, matchedBy: ['default', 'default'] } })),
    withProbe((probe) => ({ ...probe, expect: { ...expect, matchedBy: ['Default'] } })),
    withProbe((probe) => ({
      ...probe,
      expect: { ...expect, matchedBy: ['binding.guild+roles', 'default'] },
    })),
    [PROBE, { ...PROBE, id: 'other' }],
  ];
}

export function probesForRule(rule: PolicyRuleMetadata, name: string): unknown[] {
  if (name === 'execApprovals.agents.allowlist.expected') return execAllowlistProbes();
  switch (rule.valueType) {
    case 'boolean':
      return booleanProbes();
    case 'string':
      return stringEnumProbes(rule.orderedValues ?? rule.allowedValues ?? ['value']);
    case 'string-list':
      return stringListProbes(rule.allowedValues);
    case 'channel-provider-deny-rules':
      return channelDenyRuleProbes();
    case 'routing-probes':
      return routingProbeProbes();
  }
}

/** `{ a: { b: value } }` for the path `['a', 'b']`. */
export function placedAt(path: readonly string[], value: unknown): Record<string, unknown> {
  return path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Record<string, unknown>;
}
