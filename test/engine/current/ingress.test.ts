// The ingress family on small configs: exact evidence and findings as OpenClaw 2026.9.6 gives them
// (checked against the release; its recorded edge cases are replayed in ingress-replay.test.ts).
import { describe, expect, it, vi } from 'vitest';
import { ingressFamily, scanIngress, type IngressEntry } from '../../../src/engine/families/ingress.js';
import type { Evidence, Finding } from '../../../src/engine/types.js';

// The shape layer is another module's work: here an ingress section holding `invalid` is invalid,
// and a policy with `scopesInvalid` has invalid scopes, so the gating can be seen.
vi.mock('../../../src/engine/current/shape/index.js', () => ({
  ingressShapeFinding: (value: unknown) =>
    typeof value === 'object' && value !== null && 'invalid' in value ? { checkId: 'shape' } : undefined,
  hasValidScopedPolicy: (policy: Record<string, unknown>) => !('scopesInvalid' in policy),
}));

const C = 'oc://openclaw.config';
const NAME = { display: 'policies/team.jsonc', document: 'team.jsonc' };

const session = (value = 'main', explicit = false): IngressEntry => ({
  id: 'session-dm-scope',
  kind: 'sessionDmScope',
  source: `${C}/session/dmScope`,
  value,
  explicit,
});

function findingsFor(policy: unknown, config: Record<string, unknown>): Finding[] {
  const evidence = { ingress: scanIngress(config) } as unknown as Evidence;
  return ingressFamily.findings({
    policy,
    name: NAME,
    evidence,
    execApprovalsFile: undefined,
    execApprovalsLocator: '',
    legacyToolsFile: false,
  });
}

const summary = (findings: Finding[]) =>
  findings.map(
    (f) => `${f.checkId.slice('policy/ingress-'.length)} | ${f.message} | ${f.target} | ${f.requirement}`,
  );

describe('ingress evidence', () => {
  it('always reports the session DM scope, trimmed and lowercased, main when unset', () => {
    expect(scanIngress({})).toEqual([session()]);
    expect(scanIngress({ session: { dmScope: ' Per-Peer ' }, channels: [] })).toEqual([
      session('per-peer', true),
    ]);
    expect(scanIngress({ session: { dmScope: '  ' } })).toEqual([session()]);
  });

  it('gives a channel without accounts its DM, group and mention entries with the implicit defaults', () => {
    expect(JSON.stringify(scanIngress({ channels: { telegram: {}, signal: { enabled: true } } }))).toBe(
      JSON.stringify([
        {
          id: 'signal-dm-policy',
          kind: 'channelDmPolicy',
          source: `${C}/channels/signal/dmPolicy`,
          channel: 'signal',
          value: 'pairing',
          explicit: false,
        },
        {
          id: 'signal-group-policy',
          kind: 'channelGroupPolicy',
          source: `${C}/channels/signal/groupPolicy`,
          channel: 'signal',
          value: 'allowlist',
          explicit: false,
        },
        {
          id: 'signal-require-mention',
          kind: 'channelRequireMention',
          source: `${C}/channels/signal/requireMention`,
          channel: 'signal',
          value: true,
          explicit: false,
        },
        {
          id: 'telegram-dm-policy',
          kind: 'channelDmPolicy',
          source: `${C}/channels/telegram/dmPolicy`,
          channel: 'telegram',
          value: 'pairing',
          explicit: false,
        },
        {
          id: 'telegram-group-policy',
          kind: 'channelGroupPolicy',
          source: `${C}/channels/telegram/groupPolicy`,
          channel: 'telegram',
          value: 'open',
          explicit: false,
        },
        {
          id: 'telegram-require-mention',
          kind: 'channelRequireMention',
          source: `${C}/channels/telegram/requireMention`,
          channel: 'telegram',
          value: true,
          explicit: false,
        },
        session(),
      ]),
    );
  });

  it('skips reserved keys, non-objects and disabled channels', () => {
    expect(
      scanIngress({
        channels: { defaults: {}, modelByChannel: {}, slack: { enabled: false }, irc: null, x: 'y' },
      }),
    ).toEqual([session()]);
  });

  it('reports only the accounts of a channel that has no credentials of its own', () => {
    const ids = (channels: Record<string, unknown>) => scanIngress({ channels }).map((e) => e.id);
    const accounts = { accounts: { a: {}, off: { enabled: false }, junk: 'x' } };
    expect(ids({ discord: accounts })).toEqual([
      'discord-a-dm-policy', // falls back to channels/defaults/dmPolicy
      'discord-a-group-policy',
      'discord-a-require-mention',
      'session-dm-scope',
    ]);
    expect(ids({ discord: { ...accounts, token: 't' } })).toEqual([
      'discord-a-dm-policy',
      'discord-a-group-policy',
      'discord-a-require-mention',
      'discord-dm-policy',
      'discord-group-policy',
      'discord-require-mention',
      'session-dm-scope',
    ]);
    // Some channels need a combination: matrix wants a homeserver and a token (or user + password).
    expect(ids({ matrix: { ...accounts, homeserver: 'h', userId: 'u' } })).toHaveLength(4);
    expect(ids({ matrix: { ...accounts, homeserver: 'h', userId: 'u', password: 'p' } })).toHaveLength(7);
  });

  it('lets an account inherit from its channel, then from channels.defaults.groupPolicy', () => {
    const entries = scanIngress({
      channels: {
        defaults: { groupPolicy: 'disabled', dmPolicy: 'open' },
        slack: {
          dm: { policy: 'allowlist' },
          accounts: { a: {}, b: { dm: { enabled: false }, dmPolicy: 'open' } },
        },
      },
    });
    const pick = (id: string) => entries.find((e) => e.id === id);
    expect(pick('slack-a-dm-policy')).toMatchObject({
      source: `${C}/channels/slack/dm/policy`,
      value: 'allowlist',
      explicit: true,
    });
    expect(pick('slack-b-dm-policy')).toMatchObject({
      source: `${C}/channels/slack/accounts/b/dm/enabled`,
      value: 'disabled',
    });
    expect(pick('slack-a-group-policy')).toMatchObject({
      source: `${C}/channels/defaults/groupPolicy`,
      value: 'disabled',
      explicit: true,
    });
  });

  it('reports nested entries with an explicit requireMention, through channels and topics', () => {
    const entries = scanIngress({
      channels: {
        discord: {
          guilds: {
            '123': {
              requireMention: false,
              channels: {
                'dev chat': { requireMention: true },
                quiet: { enabled: false, requireMention: false },
              },
            },
            '*': { requireMention: true },
          },
        },
      },
    });
    expect(entries.filter((e) => e.groupId !== undefined)).toEqual([
      {
        id: 'discord-guilds-"*"-require-mention',
        kind: 'channelRequireMention',
        source: `${C}/channels/discord/guilds/"*"/requireMention`,
        channel: 'discord',
        groupId: '*',
        value: true,
        explicit: true,
      },
      {
        id: 'discord-guilds/123/channels-"dev chat"-require-mention',
        kind: 'channelRequireMention',
        source: `${C}/channels/discord/guilds/123/channels/"dev chat"/requireMention`,
        channel: 'discord',
        groupId: 'dev chat',
        value: true,
        explicit: true,
      },
      {
        id: 'discord-guilds-123-require-mention',
        kind: 'channelRequireMention',
        source: `${C}/channels/discord/guilds/123/requireMention`,
        channel: 'discord',
        groupId: '123',
        value: false,
        explicit: true,
      },
    ]);
    // The wildcard entry decides the channel-wide mention requirement.
    expect(entries.find((e) => e.id === 'discord-require-mention')).toMatchObject({
      source: `${C}/channels/discord/guilds/"*"/requireMention`,
      value: true,
      explicit: true,
    });
  });

  it('lets open feishu groups answer without a mention by default', () => {
    const mention = scanIngress({ channels: { feishu: { groupPolicy: 'open' } } }).find(
      (e) => e.kind === 'channelRequireMention',
    );
    expect(mention).toMatchObject({ value: false, explicit: false });
  });
});

describe('ingress findings', () => {
  const config = {
    session: { dmScope: 'per-peer' },
    channels: {
      defaults: { groupPolicy: 'open' },
      telegram: {
        botToken: 't',
        groupPolicy: 'disabled',
        requireMention: false,
        accounts: {
          ops: {
            botToken: 'u',
            groupPolicy: 'open',
            dmPolicy: 'Open',
            groups: { g: { requireMention: false } },
          },
        },
      },
      slack: { dmPolicy: 'allowlist' },
    },
  };
  const rules = {
    session: { requireDmScope: ' Per-Channel-Peer ' },
    channels: {
      allowDmPolicies: ['Pairing', 'allowlist'],
      denyOpenGroups: true,
      requireMentionInGroups: true,
    },
  };

  it('runs the four checks in order over the evidence', () => {
    expect(summary(findingsFor({ ingress: rules }, config))).toEqual([
      `dm-scope-unapproved | session.dmScope 'per-peer' does not match policy. | ${C}/session/dmScope | oc://team.jsonc/ingress/session/requireDmScope`,
      `dm-policy-unapproved | channel 'telegram' account 'ops' uses unapproved DM policy 'Open'. | ${C}/channels/telegram/accounts/ops/dmPolicy | oc://team.jsonc/ingress/channels/allowDmPolicies`,
      `open-groups-denied | channel 'slack' allows open group ingress. | ${C}/channels/defaults/groupPolicy | oc://team.jsonc/ingress/channels/denyOpenGroups`,
      `open-groups-denied | channel 'telegram' account 'ops' allows open group ingress. | ${C}/channels/telegram/accounts/ops/groupPolicy | oc://team.jsonc/ingress/channels/denyOpenGroups`,
      // telegram's own mention entry is skipped: its closest group policy is disabled.
      `group-mention-required | channel 'telegram' account 'ops' group 'g' does not require group mentions. | ${C}/channels/telegram/accounts/ops/groups/g/requireMention | oc://team.jsonc/ingress/channels/requireMentionInGroups`,
      `group-mention-required | channel 'telegram' account 'ops' does not require group mentions. | ${C}/channels/telegram/requireMention | oc://team.jsonc/ingress/channels/requireMentionInGroups`,
    ]);
  });

  it('gives the full finding shape of an evidence finding', () => {
    expect(
      findingsFor({ ingress: { channels: { denyOpenGroups: true } } }, { channels: { slack: {} } }),
    ).toEqual([
      {
        checkId: 'policy/ingress-open-groups-denied',
        severity: 'error',
        message: "channel 'slack' allows open group ingress.",
        source: 'policy',
        path: 'openclaw config',
        ocPath: `${C}/channels/slack/groupPolicy`,
        target: `${C}/channels/slack/groupPolicy`,
        requirement: 'oc://team.jsonc/ingress/channels/denyOpenGroups',
        fixHint: 'Set groupPolicy to allowlist or disabled, or update policy after review.',
      },
    ]);
  });

  it('treats an empty or malformed allowDmPolicies list as no rule', () => {
    expect(findingsFor({ ingress: { channels: { allowDmPolicies: [] } } }, config)).toEqual([]);
    expect(findingsFor({ ingress: { channels: { allowDmPolicies: ['pairing', 3] } } }, config)).toEqual([]);
  });

  it('applies a channel-scoped overlay to the entries of its channels only', () => {
    const policy = {
      scopes: {
        'tg ops': { channelIds: [' Telegram'], ingress: { channels: { allowDmPolicies: ['pairing'] } } },
        none: { agentIds: ['main'] },
      },
    };
    // telegram's own DM policy (pairing) is allowed; slack is outside the scope.
    expect(summary(findingsFor(policy, config))).toEqual([
      `dm-policy-unapproved | channel 'telegram' account 'ops' uses unapproved DM policy 'Open'. | ${C}/channels/telegram/accounts/ops/dmPolicy | oc://team.jsonc/scopes/"tg ops"/ingress/channels/allowDmPolicies`,
    ]);
  });

  it('skips a section whose shape is invalid, and every overlay when the scopes are invalid', () => {
    const scoped = { t: { channelIds: ['telegram'], ingress: { channels: { denyOpenGroups: true } } } };
    expect(findingsFor({ ingress: { ...rules, invalid: 1 } }, config)).toEqual([]);
    expect(findingsFor({ scopes: scoped, scopesInvalid: true }, config)).toEqual([]);
    expect(findingsFor({ scopes: { t: { ...scoped.t, ingress: { invalid: 1 } } } }, config)).toEqual([]);
    expect(findingsFor({ scopes: scoped }, config)).toHaveLength(1);
    expect(findingsFor([], config)).toEqual([]);
  });
});
