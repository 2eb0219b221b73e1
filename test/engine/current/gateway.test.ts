// The gatewayExposure family on small configs: exact evidence and findings as OpenClaw 2026.9.6
// gives them (checked against the release; recorded cases are replayed in gateway-replay.test.ts).
import { describe, expect, it } from 'vitest';
import { gatewayFamily, scanGatewayExposure } from '../../../src/engine/families/gateway.js';
import type { Evidence, Finding } from '../../../src/engine/types.js';

const G = 'oc://openclaw.config/gateway';
const INVARIANT = 'oc://openclaw.invariant/gateway/controlUi/deviceIdentity';

const DEFAULT_ENTRIES = [
  { id: 'gateway-auth-mode', kind: 'auth', source: `${G}/auth/mode`, value: 'token', explicit: false },
  {
    id: 'gateway-auth-rate-limit',
    kind: 'authRateLimit',
    source: `${G}/auth/rateLimit`,
    value: false,
    explicit: false,
  },
  {
    id: 'gateway-bind-default',
    kind: 'bind',
    source: `${G}/bind`,
    value: 'runtime-default',
    nonLoopback: true,
    explicit: false,
  },
  { id: 'gateway-control-ui-insecure-auth', kind: 'controlUi', source: INVARIANT, value: false },
  { id: 'gateway-control-ui-device-auth-disabled', kind: 'controlUi', source: INVARIANT, value: false },
];

const ALL_RULES = {
  exposure: { allowNonLoopbackBind: false, allowTailscaleFunnel: false },
  auth: { requireAuth: true, requireExplicitRateLimit: true },
  controlUi: { allowInsecure: false },
  remote: { allow: false },
  http: { denyEndpoints: ['chatCompletions', 'responses'], requireUrlAllowlists: true },
  nodes: { denyCommands: ['system.run'] },
};

function findingsFor(policy: unknown, config: Record<string, unknown>): Finding[] {
  const evidence = { gatewayExposure: scanGatewayExposure(config) } as unknown as Evidence;
  return gatewayFamily.findings({
    policy,
    name: { display: 'policy.jsonc', document: 'policy.jsonc' },
    evidence,
    execApprovalsFile: undefined,
    execApprovalsLocator: '',
    legacyToolsFile: false,
  });
}

const summary = (findings: Finding[]) =>
  findings.map((f) => `${f.checkId.slice('policy/gateway-'.length)} | ${f.message} | ${f.target}`);

describe('gatewayExposure evidence', () => {
  it('reports the runtime defaults and the Control UI invariants for an empty config', () => {
    expect(JSON.stringify(scanGatewayExposure({}))).toBe(JSON.stringify(DEFAULT_ENTRIES));
    expect(JSON.stringify(scanGatewayExposure({ gateway: [] }))).toBe(JSON.stringify(DEFAULT_ENTRIES));
  });

  it('binds to loopback by default under Tailscale serve or funnel', () => {
    const bind = scanGatewayExposure({ gateway: { tailscale: { mode: 'funnel' } } }).find(
      (e) => e.kind === 'bind',
    );
    expect(bind).toEqual({
      id: 'gateway-bind-default',
      kind: 'bind',
      source: `${G}/bind`,
      value: 'loopback',
      nonLoopback: false,
      explicit: false,
    });
  });

  it.each([
    ['10.0.0.5', true],
    [' 10.0.0.5 ', true],
    ['127.1.2.3', false],
    ['010.0.0.5', false], // not canonical dotted decimal
    ['256.1.1.1', false],
    ['0.0.0.0', true],
    ['example.org', false],
    ['::', false],
  ])('judges the custom bind host %j as nonLoopback %s', (host, nonLoopback) => {
    const entries = scanGatewayExposure({ gateway: { bind: 'custom', customBindHost: host } });
    expect(entries.filter((e) => e.kind === 'bind')).toEqual([
      {
        id: 'gateway-bind',
        kind: 'bind',
        source: `${G}/bind`,
        value: 'custom',
        nonLoopback: false,
        explicit: true,
      },
      {
        id: 'gateway-custom-bind-host',
        kind: 'bind',
        source: `${G}/customBindHost`,
        value: host,
        nonLoopback,
      },
    ]);
  });

  it('lists URL-fetch inputs of enabled endpoints: chat completions only on allowUrl, responses unless denied', () => {
    const entries = scanGatewayExposure({
      gateway: {
        http: {
          endpoints: {
            chatCompletions: { enabled: true, images: { allowUrl: true, urlAllowlist: ['*', ' *. ', ''] } },
            responses: {
              enabled: true,
              files: { allowUrl: false },
              images: { urlAllowlist: [' Docs.Example '] },
            },
          },
        },
      },
    });
    expect(entries.filter((e) => e.kind.startsWith('http'))).toEqual([
      {
        id: 'gateway-http-chatCompletions',
        kind: 'httpEndpoint',
        source: `${G}/http/endpoints/chatCompletions/enabled`,
        value: true,
        endpoint: 'chatCompletions',
      },
      {
        id: 'gateway-http-chatCompletions-images-url-fetch',
        kind: 'httpUrlFetch',
        source: `${G}/http/endpoints/chatCompletions/images/allowUrl`,
        value: true,
        endpoint: 'chatCompletions',
        explicit: true,
        hasAllowlist: false,
      },
      {
        id: 'gateway-http-responses',
        kind: 'httpEndpoint',
        source: `${G}/http/endpoints/responses/enabled`,
        value: true,
        endpoint: 'responses',
      },
      {
        id: 'gateway-http-responses-images-url-fetch',
        kind: 'httpUrlFetch',
        source: `${G}/http/endpoints/responses/images/allowUrl`,
        value: true,
        endpoint: 'responses',
        explicit: false,
        hasAllowlist: true,
      },
    ]);
    const notEnabled = { chatCompletions: { enabled: 'true', images: { allowUrl: true } }, responses: {} };
    expect(scanGatewayExposure({ gateway: { http: { endpoints: notEnabled } } })).toHaveLength(5);
  });

  it('lists denied node commands, then allowed ones not also denied, sorted by address text', () => {
    const commands = { allow: ['a', 5, '', ' b', ...'cdefghijk'], deny: [' b ', null, '  '] };
    const entries = scanGatewayExposure({ gateway: { nodes: { commands } } }).filter((e) =>
      e.kind.startsWith('node'),
    );
    expect(entries.map((e) => `${e.id} ${e.source.slice(G.length)}`)).toEqual([
      'gateway-node-command-a /nodes/commands/allow/#0',
      'gateway-node-command-i /nodes/commands/allow/#10', // "#10" sorts before "#4"
      'gateway-node-command-j /nodes/commands/allow/#11',
      'gateway-node-command-k /nodes/commands/allow/#12',
      'gateway-node-command-c /nodes/commands/allow/#4',
      'gateway-node-command-d /nodes/commands/allow/#5',
      'gateway-node-command-e /nodes/commands/allow/#6',
      'gateway-node-command-f /nodes/commands/allow/#7',
      'gateway-node-command-g /nodes/commands/allow/#8',
      'gateway-node-command-h /nodes/commands/allow/#9',
      'gateway-node-deny-command-b /nodes/commands/deny/#0',
    ]);
  });
});

describe('gatewayExposure findings', () => {
  it('judges the defaults: omitted bind, implicit rate limit, commands not denied by config', () => {
    expect(findingsFor({ gateway: ALL_RULES }, {})).toEqual([
      {
        checkId: 'policy/gateway-non-loopback-bind',
        severity: 'error',
        message: 'Gateway bind is omitted while the runtime default can permit non-loopback exposure.',
        source: 'policy',
        path: 'openclaw config',
        ocPath: `${G}/bind`,
        target: `${G}/bind`,
        requirement: 'oc://policy.jsonc/gateway/exposure/allowNonLoopbackBind',
        fixHint: 'Use gateway.bind=loopback or update policy after review.',
      },
      {
        checkId: 'policy/gateway-rate-limit-missing',
        severity: 'error',
        message: 'Gateway authentication rate-limit posture is not explicit.',
        source: 'policy',
        path: 'openclaw config',
        ocPath: `${G}/auth/rateLimit`,
        target: `${G}/auth/rateLimit`,
        requirement: 'oc://policy.jsonc/gateway/auth/requireExplicitRateLimit',
        fixHint: 'Configure gateway.auth.rateLimit or update policy after review.',
      },
      {
        checkId: 'policy/gateway-node-command-denied',
        severity: 'error',
        message: "Gateway node command 'system.run' is denied by policy but not denied by OpenClaw config.",
        source: 'policy',
        path: 'openclaw config',
        ocPath: `${G}/nodes/commands/deny`,
        target: `${G}/nodes/commands/deny`,
        requirement: 'oc://policy.jsonc/gateway/nodes/denyCommands',
        fixHint: "Add 'system.run' to gateway.nodes.commands.deny or update policy after review.",
      },
    ]);
  });

  it('runs the nine checks in the release order over an exposed gateway', () => {
    const config = {
      gateway: {
        mode: 'remote',
        bind: 'lan',
        auth: { mode: 'none' },
        controlUi: { enabled: true, dangerouslyAllowHostHeaderOriginFallback: true },
        tailscale: { mode: 'serve', preserveFunnel: true },
        remote: { url: 'wss://gw.example' },
        http: {
          endpoints: {
            responses: { enabled: true, files: { allowUrl: true, urlAllowlist: ['docs.example'] } },
          },
        },
        nodes: { commands: { deny: ['screen.record'] } },
      },
    };
    const policy = {
      gateway: { ...ALL_RULES, http: { denyEndpoints: [' RESPONSES '], requireUrlAllowlists: true } },
    };
    expect(summary(findingsFor(policy, config))).toEqual([
      `non-loopback-bind | Gateway bind setting 'gateway-bind' permits non-loopback exposure. | ${G}/bind`,
      `auth-disabled | Gateway authentication is disabled. | ${G}/auth/mode`,
      `rate-limit-missing | Gateway authentication rate-limit posture is not explicit. | ${G}/auth/rateLimit`,
      `control-ui-insecure | Gateway Control UI insecure toggle 'gateway-control-ui-host-origin-fallback' is enabled. | ${G}/controlUi/dangerouslyAllowHostHeaderOriginFallback`,
      `tailscale-funnel | Gateway Tailscale Funnel exposure is enabled. | ${G}/tailscale/preserveFunnel`,
      `remote-enabled | Gateway remote posture 'gateway-mode-remote' is enabled. | ${G}/mode`,
      `remote-enabled | Gateway remote posture 'gateway-remote-url' is enabled. | ${G}/remote/url`,
      `http-endpoint-enabled | Gateway HTTP endpoint 'responses' is denied by policy. | ${G}/http/endpoints/responses/enabled`,
      `http-url-fetch-unrestricted | Gateway HTTP URL-fetch input 'gateway-http-responses-images-url-fetch' has no URL allowlist. | ${G}/http/endpoints/responses/images/allowUrl`,
      `node-command-denied | Gateway node command 'system.run' is denied by policy but not denied by OpenClaw config. | ${G}/nodes/commands/deny`,
    ]);
  });

  it('compares node commands trimmed and case-sensitively, keeping duplicates', () => {
    const config = { gateway: { nodes: { commands: { deny: ['System.Run', 'camera.snap '] } } } };
    const denied = (denyCommands: unknown) =>
      summary(findingsFor({ gateway: { nodes: { denyCommands } } }, config));
    expect(denied([' camera.snap', 'system.run', 'system.run'])).toEqual([
      `node-command-denied | Gateway node command 'system.run' is denied by policy but not denied by OpenClaw config. | ${G}/nodes/commands/deny`,
      `node-command-denied | Gateway node command 'system.run' is denied by policy but not denied by OpenClaw config. | ${G}/nodes/commands/deny`,
    ]);
    // A list with a blank or non-string entry turns the check off.
    expect(denied(['system.run', ' '])).toEqual([]);
    expect(denied(['system.run', 7])).toEqual([]);
  });

  it('has no shape gate: each rule is read alone and wrong types are ignored', () => {
    const config = { gateway: { bind: 'lan', auth: { mode: 'none' } } };
    const policy = {
      gateway: {
        exposure: { allowNonLoopbackBind: false, unknown: 1 },
        auth: { requireAuth: 'yes' },
        extra: true,
      },
    };
    expect(summary(findingsFor(policy, config))).toEqual([
      `non-loopback-bind | Gateway bind setting 'gateway-bind' permits non-loopback exposure. | ${G}/bind`,
    ]);
    expect(findingsFor('not a policy', config)).toEqual([]);
  });
});
