// The routing family of OpenClaw 2026.9.6: route resolution with the release's precedence
// (peer, parent peer, wildcard peer, guild+roles, guild, team, account, channel, default), its
// failures, the evidence and the four checks.
import { describe, expect, it } from 'vitest';
import type { FindingsInput } from '../../../src/engine/current/policy-family.js';
import {
  resolveRoute,
  RouteResolutionError,
  routingFamily,
  scanRouting,
} from '../../../src/engine/families/routing.js';
import { normalizeAccountId } from '../../../src/engine/families/routing/resolve-route.js';
import type { Evidence } from '../../../src/engine/types.js';

const MULTI = {
  channels: { telegram: {} },
  agents: { entries: { main: {}, ops: {}, sales: {} } },
  bindings: [
    { agentId: 'ops', match: { channel: 'telegram', peer: { kind: 'direct', id: '42' } } },
    { agentId: 'sales', match: { channel: 'telegram', accountId: '*', peer: { kind: 'group', id: '*' } } },
    { agentId: 'ops', match: { channel: 'discord', guildId: 'g1', roles: ['r1'] } },
    { agentId: 'sales', match: { channel: 'discord', guildId: 'g1' } },
    { agentId: 'ops', match: { channel: 'slack', teamId: 'T1' } },
    { agentId: 'sales', match: { channel: 'telegram', accountId: 'bot2' } },
    { agentId: 'main', match: { channel: 'telegram', accountId: '*' } },
  ],
};

describe('route resolution', () => {
  it.each([
    [{ channel: 'telegram', peer: { kind: 'direct', id: '42' } }, 'ops', 'binding.peer'],
    [
      { channel: 'telegram', peer: { kind: 'direct', id: '99' }, parentPeer: { kind: 'direct', id: '42' } },
      'ops',
      'binding.peer.parent',
    ],
    [{ channel: 'telegram', peer: { kind: 'channel', id: 'c7' } }, 'sales', 'binding.peer.wildcard'],
    [{ channel: 'discord', guildId: 'g1', memberRoleIds: ['r1'] }, 'ops', 'binding.guild+roles'],
    [{ channel: 'discord', guildId: 'g1', memberRoleIds: ['r2'] }, 'sales', 'binding.guild'],
    [{ channel: 'slack', teamId: 'T1' }, 'ops', 'binding.team'],
    [{ channel: 'telegram', accountId: 'bot2' }, 'sales', 'binding.account'],
    [{ channel: 'telegram', accountId: 'bot3' }, 'main', 'binding.channel'],
    // No account is the default account; only `accountId: "*"` bindings match every account.
    [{ channel: ' Telegram ' }, 'main', 'binding.channel'],
  ])('%j → %s by %s', (query, agentId, matchedBy) => {
    expect(resolveRoute(MULTI, query)).toEqual({ agentId, matchedBy });
  });

  it('treats a binding with only a channel as one for the default account', () => {
    const config = { bindings: [{ agentId: 'main', match: { channel: 'matrix' } }] };
    expect(resolveRoute(config, { channel: 'matrix', accountId: 'default' })).toEqual({
      agentId: 'main',
      matchedBy: 'binding.account',
    });
    expect(resolveRoute(config, { channel: 'matrix', accountId: 'other' })).toEqual({
      agentId: 'main',
      matchedBy: 'default',
    });
  });

  it('needs every constraint of a binding: team with guild, roles without guild', () => {
    const config = {
      agents: { entries: { main: {} } },
      bindings: [
        { agentId: 'main', match: { channel: 'x', accountId: '*', roles: ['admin'] } },
        { agentId: 'main', match: { channel: 'x', guildId: 'g', teamId: 't' } },
      ],
    };
    expect(resolveRoute(config, { channel: 'x', memberRoleIds: ['admin'] }).matchedBy).toBe(
      'binding.channel',
    );
    expect(resolveRoute(config, { channel: 'x' }).matchedBy).toBe('default');
    expect(resolveRoute(config, { channel: 'x', guildId: 'g', teamId: 't' }).matchedBy).toBe('binding.guild');
    expect(resolveRoute(config, { channel: 'x', guildId: 'g' }).matchedBy).toBe('default');
  });

  it('routes unmatched probes to the sole agent, a legacy default or the explicit system agent', () => {
    expect(resolveRoute({}, { channel: 'x' })).toEqual({ agentId: 'main', matchedBy: 'default' });
    expect(resolveRoute({ agents: { entries: { Solo: {} } } }, { channel: 'x' }).agentId).toBe('solo');
    expect(
      resolveRoute({ agents: { list: [{ id: 'a' }, { id: 'b', default: true }] } }, { channel: 'x' }).agentId,
    ).toBe('b');
    const explicit = {
      agents: {
        ownership: 'explicit',
        defaults: { systemAgent: { agentId: 'ops' } },
        entries: { main: {}, ops: {} },
      },
    };
    expect(resolveRoute(explicit, { channel: 'whatsapp' })).toEqual({ agentId: 'ops', matchedBy: 'default' });
  });

  it('fails like the release when several agents have no owner for the route', () => {
    const config = { agents: { entries: { main: {}, ops: {} } } };
    expect(() => resolveRoute(config, { channel: 'whatsapp' })).toThrow(
      new RouteResolutionError(
        'Multiple agents are configured, but whatsapp account default routing has no explicit owner. ' +
          'Add a channel-wide binding for whatsapp:default: {"agentId":"<agentId>","match":{"channel":"whatsapp","accountId":"default"}}. ' +
          'Replace <agentId> with a configured agent, then restart the Gateway.',
      ),
    );
    const ghost = { ...config, bindings: [{ agentId: 'ghost', match: { channel: 'x' } }] };
    expect(() => resolveRoute(ghost, { channel: 'x' })).toThrow(
      'Multiple agents are configured, but route binding has no explicit owner. Update the binding agentId "ghost" to a configured agent.',
    );
    expect(() => resolveRoute({ agents: { entries: {} } }, { channel: 'x' })).toThrow(
      'No agents configured. Run `openclaw onboard` or `openclaw agents add` first.',
    );
  });

  it('normalises account ids like OpenClaw', () => {
    expect(normalizeAccountId(undefined)).toBe('default');
    expect(normalizeAccountId(' Bot-One ')).toBe('bot-one');
    expect(normalizeAccountId('a b!c')).toBe('a-b-c');
    expect(normalizeAccountId('!!!')).toBe('default');
    expect(normalizeAccountId('constructor')).toBe('default');
  });
});

const POLICY = {
  routing: {
    requireBindings: true,
    requireConfiguredChannels: true,
    probes: [
      {
        id: 'p peer',
        route: { channel: 'telegram', accountId: 'bot2' },
        expect: { agentId: 'Ops', matchedBy: ['binding.channel'] },
      },
      { id: 'ok', route: { channel: 'slack', teamId: 'T1' }, expect: { agentId: 'OPS' } },
    ],
  },
};

describe('routing evidence and findings', () => {
  it('lists route bindings and probe results', () => {
    const config = {
      ...MULTI,
      bindings: [
        ...MULTI.bindings.slice(4, 6),
        { type: 'acp', agentId: 'ops', match: { channel: 'x' } },
        { match: { channel: 'y' } },
      ],
    };
    expect(JSON.stringify(scanRouting(config, POLICY.routing))).toBe(
      JSON.stringify({
        bindings: [
          { index: 0, source: 'oc://openclaw.config/bindings/#0', channel: 'slack' },
          { index: 1, source: 'oc://openclaw.config/bindings/#1', channel: 'telegram' },
        ],
        probes: [
          {
            id: 'p peer',
            source: 'oc://policy/routing/probes/#0',
            agentId: 'sales',
            matchedBy: 'binding.account',
          },
          { id: 'ok', source: 'oc://policy/routing/probes/#1', agentId: 'ops', matchedBy: 'binding.team' },
        ],
      }),
    );
  });

  it('reports unconfigured channels and probe mismatches', () => {
    const [slice] = routingFamily.evidence;
    const source = { config: MULTI, policy: POLICY, execApprovalsRaw: undefined, agentsMarkdown: undefined };
    expect(slice?.collectedFor(source)).toBe(true);
    const input: FindingsInput = {
      policy: POLICY,
      name: { display: 'policy.jsonc', document: 'policy.jsonc' },
      evidence: { channels: [{ id: 'Telegram' }], routing: slice?.collect(source) } as unknown as Evidence,
      execApprovalsFile: undefined,
      execApprovalsLocator: '',
      legacyToolsFile: false,
    };
    const findings = routingFamily.findings(input);
    expect(findings.map((f) => [f.checkId, f.message, f.target, f.requirement])).toEqual([
      ...[2, 3, 4].map((index) => [
        'policy/routing-binding-channel-unconfigured',
        `Route binding ${index} names unconfigured channel ${index === 4 ? 'slack' : 'discord'}.`,
        `oc://openclaw.config/bindings/#${index}`,
        'oc://policy.jsonc/routing/requireConfiguredChannels',
      ]),
      [
        'policy/routing-agent-mismatch',
        'Routing probe p peer resolved to agent sales, not Ops.',
        'oc://policy/routing/probes/"p peer"/result',
        'oc://policy.jsonc/routing/probes/"p peer"/expect',
      ],
      [
        'policy/routing-match-kind-mismatch',
        'Routing probe p peer matched by binding.account, which is not an expected match kind.',
        'oc://policy/routing/probes/"p peer"/result',
        'oc://policy.jsonc/routing/probes/"p peer"/expect',
      ],
    ]);
    expect(findings[0]).toEqual({
      checkId: 'policy/routing-binding-channel-unconfigured',
      severity: 'error',
      message: 'Route binding 2 names unconfigured channel discord.',
      source: 'policy',
      path: 'policy.jsonc',
      target: 'oc://openclaw.config/bindings/#2',
      requirement: 'oc://policy.jsonc/routing/requireConfiguredChannels',
      fixHint: 'Configure channels.discord, correct the binding channel, or update the policy after review.',
    });
  });

  it('requires a binding when asked to', () => {
    const input: FindingsInput = {
      policy: { routing: { requireBindings: true } },
      name: { display: 'p.jsonc', document: 'p.jsonc' },
      evidence: { channels: [], routing: { bindings: [], probes: [] } } as unknown as Evidence,
      execApprovalsFile: undefined,
      execApprovalsLocator: '',
      legacyToolsFile: false,
    };
    expect(routingFamily.findings(input)).toEqual([
      {
        checkId: 'policy/routing-bindings-required',
        severity: 'error',
        message: 'Routing policy requires at least one channel route binding, but none are configured.',
        source: 'policy',
        path: 'p.jsonc',
        target: 'oc://openclaw.config/bindings',
        requirement: 'oc://p.jsonc/routing/requireBindings',
        fixHint: 'Add an intentional route binding or update the policy after review.',
      },
    ]);
  });

  it('is not collected for a routing section with an invalid shape', () => {
    const [slice] = routingFamily.evidence;
    const source = (policy: unknown) => ({
      config: {},
      policy,
      execApprovalsRaw: undefined,
      agentsMarkdown: undefined,
    });
    expect(slice?.collectedFor(source({ routing: { requireBindings: 'yes' } }))).toBe(false);
    expect(slice?.collectedFor(source({ routing: {} }))).toBe(true);
    expect(slice?.collectedFor(source({}))).toBe(false);
  });
});
