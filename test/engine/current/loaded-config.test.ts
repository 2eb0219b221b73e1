// The loader steps one by one, with the exact result OpenClaw 2026.9.6's reader produced for the
// same input (measured by running the release's readConfigFileSnapshot offline, as the CLI does).

import { describe, expect, it } from 'vitest';

import {
  configWarningsLine,
  loadOpenClawConfig,
  selectPolicyAgent,
  type LoadedConfig,
} from '../../../src/engine/current/loaded-config/index.js';

const POLICY = { plugins: { entries: { policy: { enabled: true } } } };
const LOADED_POLICY = { plugins: { entries: { policy: { enabled: true, config: {} } } } };
const COMMANDS = { native: 'auto', nativeSkills: 'auto', restart: true };
const MESSAGES = { ackReactionScope: 'group-mentions' };
const AGENT_DEFAULTS = {
  maxConcurrent: 8,
  subagents: { maxConcurrent: 8, archiveAfterMinutes: 60 },
  compaction: { mode: 'safeguard' },
};

function load(extra: Record<string, unknown>, options = {}): LoadedConfig {
  return loadOpenClawConfig({ ...POLICY, ...extra }, options);
}

function loaded(
  extra: Record<string, unknown>,
  options = {},
): { config: Record<string, unknown>; warnings: string[] } {
  const result = load(extra, options);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result;
}

/** Deep equality including key order. */
function expectSameJson(actual: unknown, expected: unknown): void {
  expect(JSON.stringify(actual, null, 1)).toBe(JSON.stringify(expected, null, 1));
}

describe('roster migration', () => {
  it('adds the implicit agent main and the runtime defaults, in the reader key order', () => {
    const { config, warnings } = loaded({});
    expectSameJson(config, {
      agents: { entries: { main: {} }, defaults: AGENT_DEFAULTS },
      commands: COMMANDS,
      ...LOADED_POLICY,
      messages: MESSAGES,
    });
    expect(warnings).toEqual([]);
  });

  it('moves a single-agent agents.list to agents.entries keyed by id', () => {
    const { config, warnings } = loaded({ agents: { list: [{ id: 'ops', workspace: '/w/ops' }] } });
    expectSameJson(config.agents, { entries: { ops: { workspace: '/w/ops' } }, defaults: AGENT_DEFAULTS });
    expect(warnings).toEqual(['agents.entries: Moved agents.list to keyed agents.entries.']);
  });

  it('turns the default marker of a multi-agent list into explicit owners and channel-wide bindings', () => {
    const { config, warnings } = loaded({
      agents: { list: [{ id: 'ops', default: true }, { id: 'main' }] },
      channels: { telegram: { botToken: '1:a' }, discord: { token: 'x' } },
      bindings: [{ agentId: 'main', match: { channel: 'telegram', accountId: '*' } }],
    });
    expectSameJson(config, {
      agents: {
        defaults: {
          systemAgent: { agentId: 'ops' },
          authInheritance: { agentId: 'ops' },
          heartbeat: { agentId: 'ops' },
          ...AGENT_DEFAULTS,
        },
        entries: { ops: {}, main: {} },
      },
      bindings: [
        { agentId: 'main', match: { channel: 'telegram', accountId: '*' } },
        { agentId: 'ops', match: { channel: 'discord', accountId: '*' } },
      ],
      commands: COMMANDS,
      channels: {
        telegram: { botToken: '1:a', dmPolicy: 'pairing', groupPolicy: 'allowlist' },
        discord: { token: 'x' },
      },
      talk: { agentId: 'ops' },
      ...LOADED_POLICY,
      messages: MESSAGES,
    });
    expect(warnings).toEqual([
      'channels.discord: Plugin "discord" channel settings cannot be checked until its data/settings upgrade finishes. Your existing settings have been kept. Run "openclaw update status" for repair details.',
      'agents.entries: Moved agents.list to keyed agents.entries.',
      'agents.entries: Materialized legacy per-surface agent ownership.',
      'agents.entries: Removed retired agents.entries.*.default markers.',
    ]);
  });

  it('refuses a multi-agent roster without a default marker or explicit ownership', () => {
    expect(load({ agents: { list: [{ id: 'main' }, { id: 'ops' }] } })).toEqual({
      ok: false,
      problems: [
        {
          path: 'agents.ownership',
          message:
            'multi-agent rosters require agents.ownership="explicit" or one legacy default=true marker; add agents.ownership="explicit" or run openclaw doctor',
        },
      ],
    });
  });

  it('leaves a list with a non-canonical id unconverted, which the schema refuses', () => {
    expect(load({ agents: { list: [{ id: 'Support-Bot', default: true }] } })).toEqual({
      ok: false,
      problems: [
        { path: 'agents', message: 'Unrecognized key: "list"' },
        { path: 'agents.entries', message: 'agents.entries must contain at least one configured agent' },
      ],
    });
  });

  it('refuses two default markers', () => {
    expect(
      load({
        agents: {
          list: [
            { id: 'main', default: true },
            { id: 'ops', default: true },
          ],
        },
      }),
    ).toEqual({
      ok: false,
      problems: [
        {
          path: 'agents.entries',
          message: 'agents.entries must contain at most one default=true entry (found 2)',
        },
      ],
    });
  });

  it('warns about a multi-agent explicit roster without a heartbeat owner', () => {
    const { warnings } = loaded({ agents: { ownership: 'explicit', list: [{ id: 'main' }, { id: 'ops' }] } });
    expect(warnings).toEqual([
      'agents.defaults.heartbeat.agentId: Multi-agent config has no ambient heartbeat owner; heartbeats stay disabled until agents.defaults.heartbeat.agentId or agents.defaults.systemAgent.agentId is set.',
      'agents.entries: Moved agents.list to keyed agents.entries.',
    ]);
  });
});

describe('channels', () => {
  it('materialises the telegram defaults after the authored keys', () => {
    const { config } = loaded({
      channels: { defaults: { groupPolicy: 'open' }, telegram: { botToken: '1:a' } },
    });
    expectSameJson(config.channels, {
      defaults: { groupPolicy: 'open' },
      telegram: { botToken: '1:a', dmPolicy: 'pairing', groupPolicy: 'allowlist' },
    });
  });

  it('keeps the settings of a channel whose plugin the offline CLI cannot install', () => {
    const { config, warnings } = loaded({ channels: { slack: { botToken: 'x', appToken: 'y' } } });
    expectSameJson(config.channels, { slack: { botToken: 'x', appToken: 'y' } });
    expect(warnings).toEqual([
      'channels.slack: Plugin "slack" channel settings cannot be checked until its data/settings upgrade finishes. Your existing settings have been kept. Run "openclaw update status" for repair details.',
    ]);
  });

  it('materialises such a channel like any other when the plugin install did not fail', () => {
    const { config, warnings } = loaded(
      { channels: { slack: { botToken: 'x', appToken: 'y' } } },
      { pluginInstallsFailed: false },
    );
    expectSameJson(config.channels, {
      slack: {
        botToken: 'x',
        appToken: 'y',
        dmPolicy: 'pairing',
        groupPolicy: 'allowlist',
        postAs: 'bot',
        mode: 'socket',
        webhookPath: '/slack/events',
        userTokenReadOnly: true,
      },
    });
    expect(warnings).toEqual([]);
  });

  it('still refuses invalid settings of a channel it keeps raw (the CLI validates first)', () => {
    expect(load({ channels: { discord: { token: 'x', dm: { policy: 'open' } } } })).toEqual({
      ok: false,
      problems: [
        {
          path: 'channels.discord.dm',
          message: 'invalid config: must not have additional properties: "policy"',
        },
      ],
    });
  });

  it('validates and defaults an installable channel that has no settings (nothing to install for)', () => {
    expectSameJson(loaded({ channels: { discord: { enabled: true } } }).config.channels, {
      discord: { enabled: true, dmPolicy: 'pairing', groupPolicy: 'allowlist' },
    });
  });

  it('refuses unknown channel ids and schema errors of validated channels', () => {
    expect(load({ channels: { Telegram: { botToken: '1:a' } } })).toEqual({
      ok: false,
      problems: [{ path: 'channels.Telegram', message: 'unknown channel id: Telegram' }],
    });
    expect(load({ channels: { telegram: { dmPolicy: 'weird', dm: { enabled: false } } } })).toEqual({
      ok: false,
      problems: [
        { path: 'channels.telegram', message: 'invalid config: must not have additional properties: "dm"' },
        {
          path: 'channels.telegram.dmPolicy',
          message:
            'invalid config: must be equal to one of the allowed values (allowed: "pairing", "allowlist", "open", "disabled")',
        },
      ],
    });
  });

  it('warns about DM policies that drop every DM', () => {
    expect(loaded({ channels: { telegram: { botToken: '1:a', dmPolicy: 'allowlist' } } }).warnings).toEqual([
      'channels.telegram.allowFrom: channels.telegram.dmPolicy="allowlist" but channels.telegram.allowFrom is empty; all DMs will be dropped. Add at least one sender ID to channels.telegram.allowFrom or change channels.telegram.dmPolicy.',
    ]);
  });
});

describe('model refs and provider defaults', () => {
  it('canonicalises agents.defaults model refs and fills in the default aliases', () => {
    const { config } = loaded({
      agents: {
        defaults: {
          models: { 'anthropic/claude-opus-5': {}, 'OpenAI/gpt-5.4': {} },
          model: { primary: '  Anthropic/claude-opus-5 ', fallbacks: ['OpenAI/gpt-5.4'] },
          imageModel: { primary: 'OpenAI/gpt-4o' },
        },
        entries: { main: { model: 'OpenAI/x' } },
      },
    });
    expectSameJson(config.agents, {
      defaults: {
        model: { primary: 'anthropic/claude-opus-5', fallbacks: ['openai/gpt-5.4'] },
        imageModel: { primary: 'OpenAI/gpt-4o' },
        models: { 'anthropic/claude-opus-5': { alias: 'opus' }, 'openai/gpt-5.4': { alias: 'gpt' } },
        ...AGENT_DEFAULTS,
      },
      entries: { main: { model: 'OpenAI/x' } },
    });
  });

  it('applies the Anthropic defaults when an Anthropic API-key profile is configured (new model refs)', () => {
    const { config } = loaded({
      auth: { profiles: { a: { provider: 'anthropic', mode: 'api_key' } } },
      agents: { defaults: { model: 'anthropic/claude-opus-4-5' } },
    });
    expectSameJson((config.agents as Record<string, unknown>).defaults, {
      model: 'anthropic/claude-opus-4-5',
      maxConcurrent: 8,
      subagents: { maxConcurrent: 8, archiveAfterMinutes: 60 },
      contextPruning: { mode: 'cache-ttl', ttl: '1h' },
      heartbeat: { every: '30m' },
      models: {
        'anthropic/claude-opus-5': { params: { cacheRetention: 'short' }, alias: 'opus' },
        'anthropic/claude-sonnet-5': { params: { cacheRetention: 'short' }, alias: 'sonnet' },
        'anthropic/claude-sonnet-4-6': { params: { cacheRetention: 'short' } },
      },
      compaction: { mode: 'safeguard' },
    });
  });

  it('gives bundled provider overlays an empty baseUrl and model list; refuses custom ones without', () => {
    const { config } = loaded({ models: { providers: { openai: { apiKey: 'k' } } } });
    expectSameJson(config.models, { providers: { openai: { apiKey: 'k', baseUrl: '', models: [] } } });
    expect(load({ models: { providers: { custom: { api: 'openai-completions' } } } })).toEqual({
      ok: false,
      problems: [
        {
          path: 'models.providers.custom.baseUrl',
          message:
            'custom model providers must declare baseUrl; provider overlays without baseUrl are only supported for bundled providers',
        },
        {
          path: 'models.providers.custom.models',
          message:
            'custom model providers must declare models; provider overlays without models are only supported for bundled providers',
        },
      ],
    });
  });
});

describe('environment templates and home paths', () => {
  it('keeps a missing ${VAR} as written and warns; substitutes config env vars; unescapes $${VAR}', () => {
    const { config, warnings } = loaded({
      env: { vars: { TG: '123:abc' } },
      channels: { telegram: { botToken: '${TG}', name: '$${TG}', webhookSecret: '${MISSING}' } },
    });
    expect((config.channels as Record<string, Record<string, unknown>>).telegram).toMatchObject({
      botToken: '123:abc',
      name: '${TG}',
      webhookSecret: '${MISSING}',
    });
    expect(warnings).toEqual([
      'channels.telegram.webhookSecret: Missing env var "MISSING" - feature using this value will be unavailable',
    ]);
  });

  it('expands ~ in path-like settings against the home directory it is given', () => {
    const raw = { plugins: { entries: { policy: { enabled: true, config: { path: '~/pol.jsonc' } } } } };
    const expanded = loadOpenClawConfig(raw, { homeDir: '/home/u' });
    expect(expanded.ok && expanded.config.plugins).toEqual({
      entries: { policy: { enabled: true, config: { path: '/home/u/pol.jsonc' } } },
    });
    const kept = loadOpenClawConfig(raw);
    expect(kept.ok && kept.config.plugins).toEqual({
      entries: { policy: { enabled: true, config: { path: '~/pol.jsonc' } } },
    });
  });
});

describe('schema refusals', () => {
  it('reports unknown keys innermost first, with the reader wording', () => {
    expect(load({ tools: { exec: { bogus: 1 }, bogus2: 1 }, gateway: { bogus3: 1 } })).toEqual({
      ok: false,
      problems: [
        { path: 'tools.exec', message: 'Unrecognized key: "bogus"' },
        { path: 'tools', message: 'Unrecognized key: "bogus2"' },
        { path: 'gateway', message: 'Unrecognized key: "bogus3"' },
      ],
    });
    expect(load({ 'x-meta': {}, foo: 1 })).toEqual({
      ok: false,
      problems: [{ path: '', message: 'Unrecognized keys: "x-meta", "foo"' }],
    });
  });

  it('refuses the legacy private-network keys', () => {
    expect(load({ browser: { ssrfPolicy: { allowPrivateNetwork: true } } })).toEqual({
      ok: false,
      problems: [{ path: 'browser.ssrfPolicy', message: 'Unrecognized key: "allowPrivateNetwork"' }],
    });
  });

  it('lists the allowed values of a refused enum', () => {
    expect(load({ gateway: { bind: 'weird' }, session: { dmScope: 'weird' } })).toEqual({
      ok: false,
      problems: [
        {
          path: 'session.dmScope',
          message:
            'Invalid option: expected one of "main"|"per-peer"|"per-channel-peer"|"per-account-channel-peer"',
        },
        {
          path: 'gateway.bind',
          message: 'Invalid input (allowed: "auto", "lan", "loopback", "custom", "tailnet")',
        },
      ],
    });
  });

  it('refuses wrong types and bounds on keys policy reads', () => {
    expect(
      load({
        agents: { entries: { main: { tools: { deny: 'exec' } } } },
        diagnostics: { otel: { captureContent: 'yes' } },
      }),
    ).toEqual({
      ok: false,
      problems: [
        {
          path: 'diagnostics.otel.captureContent',
          message: 'Invalid input: expected boolean, received string (allowed: true, false)',
        },
        { path: 'agents.entries.main.tools.deny', message: 'Invalid input: expected array, received string' },
      ],
    });
    expect(load({ agents: { defaults: { maxConcurrent: 0 } } })).toEqual({
      ok: false,
      problems: [
        {
          path: 'agents.defaults.maxConcurrent',
          message: 'Too small: expected number to be >0 (must be greater than 0)',
        },
      ],
    });
  });

  it('refuses blocked sandbox container settings', () => {
    expect(
      load({ agents: { defaults: { sandbox: { docker: { network: 'host', binds: ['rel:/x'] } } } } }),
    ).toEqual({
      ok: false,
      problems: [
        {
          path: 'agents.defaults.sandbox.docker.binds.0',
          message:
            'Sandbox security: bind mount "rel:/x" uses a non-absolute source path "rel". Only absolute POSIX or Windows drive-letter paths are supported for sandbox binds.',
        },
        {
          path: 'agents.defaults.sandbox.docker.network',
          message: 'Sandbox security: network mode "host" is blocked. Use "bridge" or "none" instead.',
        },
      ],
    });
  });

  it('refuses keys outside the policy plugin config schema', () => {
    expect(load({ plugins: { entries: { policy: { enabled: true, config: { bogus: 1 } } } } })).toEqual({
      ok: false,
      problems: [
        {
          path: 'plugins.entries.policy.config',
          message: 'invalid config: must not have additional properties: "bogus"',
        },
      ],
    });
  });

  it('names the route alternative when a binding fails both binding kinds', () => {
    expect(load({ bindings: [{ agentId: 'main', match: { channel: 'telegram', bogus: 1 } }] })).toEqual({
      ok: false,
      problems: [{ path: 'bindings.0.match', message: 'Unrecognized key: "bogus"' }],
    });
  });
});

describe('selectPolicyAgent', () => {
  const multi = loaded({ agents: { list: [{ id: 'main', default: true }, { id: 'ops' }] } }).config;
  const single = loaded({}).config;

  it('rejects a blank --agent', () => {
    expect(selectPolicyAgent(single, '  ', 'policy check')).toEqual({ error: '--agent must not be blank' });
  });

  it('rejects an unknown agent, quoting the trimmed value', () => {
    expect(selectPolicyAgent(multi, ' Nope ', 'policy check')).toEqual({
      error: 'Unknown agent id "Nope". Run openclaw agents list to see configured agents.',
    });
  });

  it('normalises a known --agent', () => {
    expect(selectPolicyAgent(multi, ' OPS ', 'policy watch')).toEqual({ agentId: 'ops' });
  });

  it('requires --agent when several agents are configured, naming the surface', () => {
    for (const surface of ['policy check', 'policy watch', 'policy compare'] as const) {
      expect(selectPolicyAgent(multi, undefined, surface)).toEqual({
        error: `Multiple agents are configured, but ${surface} has no explicit owner. Pass --agent <id>.`,
      });
    }
  });

  it('picks the only agent', () => {
    expect(selectPolicyAgent(single, undefined, 'policy check')).toEqual({ agentId: 'main' });
    const ops = loaded({ agents: { entries: { ops: {} } } }).config;
    expect(selectPolicyAgent(ops, undefined, 'policy compare')).toEqual({ agentId: 'ops' });
  });
});

it('configWarningsLine joins the warnings into the CLI stderr line', () => {
  expect(configWarningsLine([])).toBeUndefined();
  expect(configWarningsLine(['a: x', 'b: y'])).toBe('[config] warnings: a: x; b: y');
});
