// The plugin inside the real OpenClaw 2026.9.6 (scripts/test-openclaw-plugin.sh): installed with
// `openclaw plugins install`, configured and enabled with OpenClaw's CLI, loaded by OpenClaw's
// plugin loader in a Gateway stand-in, and every tool call run through OpenClaw's own
// before-tool-call chain and approval flow. A second plugin says yes to everything, in both tiers.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ALLOW_EVERYTHING_PLUGIN,
  openclawHome,
  PLUGIN_PACKAGE,
  startGateway,
  type Gateway,
  type OpenClawHome,
} from './openclaw-host.js';

const AGENTS_MD = `# Agents

Agents here answer support questions.

## Tools

### search_docs risk:low sensitivity:internal owner:@support
Full-text search over the documentation.
Capabilities: READ_ONLY

### deploy_preview risk:medium sensitivity:confidential owner:@release
Deploys a preview environment.
Capabilities: IRREVERSIBLE_EXTERNAL, NETWORK

### wipe_cache risk:critical sensitivity:internal owner:@platform
Empties the shared cache.
`;
const POLICY = '{ "tools": { "requireMetadata": ["risk", "sensitivity", "owner"] } }\n';
const LOOSENED_POLICY = '{ "tools": { "requireMetadata": ["risk"] } }\n';
const FAULT = 'engine-fault-\u00c9';
const HASH = /sha256:[0-9a-f]{64}/;

let openclaw: OpenClawHome;
let workspace: string;
let acceptedHash: string;
let gateway: Gateway;

const file = (name: string) => path.join(workspace, name);
const write = (name: string, text: string) => writeFileSync(file(name), text);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function accept(): Promise<string> {
  const run = await openclaw.policyGate(['accept', '--json', '--cwd', workspace]);
  expect(run.code, run.stderr).toBe(0);
  return String((JSON.parse(run.stdout) as { attestationHash: string }).attestationHash);
}

async function currentHash(): Promise<string> {
  const run = await openclaw.policyGate(['check', '--json', '--cwd', workspace]);
  return (JSON.parse(run.stdout) as { attestation: { attestationHash: string } }).attestation.attestationHash;
}

/** Another Gateway over the same installation, with the plugin's entry changed. */
async function gatewayWith(change: (entry: Record<string, unknown>) => void): Promise<Gateway> {
  const config = structuredClone(baseConfig);
  change((config.plugins as { entries: Record<string, Record<string, unknown>> }).entries['policy-gate']!);
  openclaw.writeConfig(config);
  return startGateway(openclaw);
}

let baseConfig: Record<string, unknown>;

beforeAll(async () => {
  expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
  workspace = mkdtempSync(path.join(tmpdir(), 'policy-gate-agent-'));
  write('openclaw.json', '{ "plugins": { "entries": { "policy": { "enabled": true } } } }\n');
  write('policy.jsonc', POLICY);
  write('AGENTS.md', AGENTS_MD);
  openclaw = openclawHome();
  acceptedHash = await accept();

  // What the README tells an operator to run.
  const install = openclaw.cli(['plugins', 'install', PLUGIN_PACKAGE, '--force', '--accept-capabilities']);
  expect(install.code, install.stdout + install.stderr).toBe(0);
  expect(install.stdout + install.stderr).toContain(
    'Installed plugin "policy-gate" without enabling it because it requires configuration first.',
  );
  const configure = openclaw.cli([
    'config',
    'set',
    'plugins.entries.policy-gate.config',
    JSON.stringify({ workspace }),
    '--strict-json',
  ]);
  expect(configure.code, configure.stdout + configure.stderr).toBe(0);
  const enable = openclaw.cli(['plugins', 'enable', 'policy-gate']);
  expect(enable.code, enable.stdout + enable.stderr).toBe(0);

  // The other plugin, loaded from a path and explicitly enabled like ours.
  const config = openclaw.readConfig() as { plugins: Record<string, unknown> };
  config.plugins.load = { paths: [ALLOW_EVERYTHING_PLUGIN] };
  (config.plugins.entries as Record<string, unknown>)['allow-everything'] = { enabled: true };
  baseConfig = config;
  openclaw.writeConfig(config);
}, 180_000);

describe('in OpenClaw 2026.9.6', () => {
  beforeAll(async () => {
    gateway = startGateway(openclaw);
    const started = await gateway.start();
    expect(started.configError).toBeUndefined();
    expect(started.plugins).toEqual(
      expect.arrayContaining([
        { id: 'policy-gate', status: 'loaded', explicitlyEnabled: true },
        { id: 'allow-everything', status: 'loaded', explicitlyEnabled: true },
      ]),
    );
    expect(started.diagnostics?.filter((entry) => entry.level === 'error')).toEqual([]);
    expect(started.policy?.trustedToolPolicies).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'accepted-attestation', pluginId: 'policy-gate' }),
        expect.objectContaining({ id: 'yes', pluginId: 'allow-everything' }),
      ]),
    );
  }, 60_000);
  afterAll(async () => {
    await gateway?.stop();
  });

  it('lets a call the accepted policy allows run', async () => {
    const outcome = await gateway.call('search_docs');
    expect(outcome).toMatchObject({ ran: true, text: 'search_docs ran', approvals: [] });
  });

  it('asks for approval through OpenClaw’s approval flow, and runs only when approved', async () => {
    const approved = await gateway.call('deploy_preview', 'allow-once');
    expect(approved.ran).toBe(true);
    expect(approved.approvals).toEqual([
      expect.objectContaining({
        pluginId: 'policy-gate',
        title: 'Review policy-governed tool',
        severity: 'warning',
        allowedDecisions: ['allow-once', 'deny'],
        toolName: 'deploy_preview',
      }),
    ]);
    expect(approved.approvals[0]!.description).toContain(
      `deploy_preview requires approval because it can perform irreversible external actions. (policy-gate: approval_required; current attestation ${acceptedHash}, accepted ${acceptedHash})`,
    );

    const denied = await gateway.call('wipe_cache', 'deny');
    expect(denied).toMatchObject({
      ran: false,
      approvals: [expect.objectContaining({ severity: 'critical' })],
    });
    expect(denied.thrown).toMatch(
      /^BeforeToolCallFailureError: Denied by user\. The tool call did not run\./,
    );

    // No approval surface at all (no Gateway to ask): OpenClaw refuses the call.
    const unanswered = await gateway.call('deploy_preview');
    expect(unanswered).toMatchObject({
      ran: false,
      thrown: 'BeforeToolCallFailureError: Plugin approval required (gateway unavailable)',
    });

    // What a harness that defers approvals receives to route.
    expect(await gateway.approvalRequest('deploy_preview')).toMatchObject({
      blocked: false,
      approval: { pluginId: 'policy-gate', title: 'Review policy-governed tool' },
    });
  });

  it('blocks every call while the workspace is stale, over another plugin’s allow, and recovers without a restart', async () => {
    write('policy.jsonc', LOOSENED_POLICY);
    const current = await currentHash();
    expect(current).not.toBe(acceptedHash);
    const before = (await gateway.call('search_docs')).otherPluginCalls ?? 0;
    const stale = await gateway.call('search_docs');
    expect(stale).toMatchObject({ ran: false, status: 'blocked' });
    expect(stale.text).toBe(
      `policy-gate blocked 'search_docs': The workspace's current policy attestation ${current} differs from the accepted attestation ${acceptedHash} (policy.attestation.json): every tool call is denied until the change is reviewed and accepted again with \`policy-gate accept\`. [attestation_stale; current attestation ${current}, accepted ${acceptedHash}; rule oc://policy/attestation/accepted]`,
    );
    // Blocked in the trusted tier: OpenClaw stops there, the other plugin's hook never runs.
    expect((stale.otherPluginCalls ?? 0) - before).toBeLessThanOrEqual(1);
    expect(await gateway.call('deploy_preview', 'allow-once')).toMatchObject({ ran: false, approvals: [] });

    acceptedHash = await accept();
    expect(acceptedHash).toBe(current);
    expect(await gateway.call('search_docs')).toMatchObject({ ran: true });
  });

  it('blocks while the files will not hold still, and never from a half-written one', async () => {
    // Another process rewrites AGENTS.md as fast as it can: no two reads agree.
    const writer = spawn(
      process.execPath,
      [
        '-e',
        `const { writeFileSync } = require('node:fs');
         const [file, text] = process.argv.slice(1);
         const until = Date.now() + 1500;
         for (let round = 0; Date.now() < until; round++) writeFileSync(file, text + '<!-- ' + round + ' -->\\n');
         writeFileSync(file, text);`,
        file('AGENTS.md'),
        AGENTS_MD,
      ],
      { stdio: 'ignore' },
    );
    const writerDone = new Promise((resolve) => writer.on('exit', resolve));
    await sleep(300);
    const unsettled = await gateway.call('search_docs');
    await writerDone;
    expect(unsettled).toMatchObject({ ran: false, status: 'blocked' });
    // Refused either way: while no two reads agree (unsettled), or, when a fast machine lets one
    // rewritten version hold still long enough to settle, because that version is not the
    // accepted one (stale). Never allowed from a file that is being written.
    expect(unsettled.text).toMatch(/\[(workspace_unsettled|attestation_stale);/);
    expect(readFileSync(file('AGENTS.md'), 'utf8')).toBe(AGENTS_MD);
    expect(await gateway.call('search_docs')).toMatchObject({ ran: true });

    // Half a policy, then the whole one 20 ms later: the call waits for the whole one.
    write('policy.jsonc', LOOSENED_POLICY.slice(0, 12));
    const during = gateway.call('search_docs');
    await sleep(20);
    write('policy.jsonc', LOOSENED_POLICY);
    expect(await during).toMatchObject({ ran: true });
  });

  it('blocks while the accepted attestation is missing or unreadable', async () => {
    const accepted = readFileSync(file('policy.attestation.json'), 'utf8');
    rmSync(file('policy.attestation.json'));
    const missing = await gateway.call('search_docs');
    expect(missing).toMatchObject({ ran: false, status: 'blocked' });
    expect(missing.text).toContain(
      'The accepted attestation cannot be used, so every tool call is denied: policy.attestation.json does not exist: write it with `policy-gate accept`. [accepted_attestation_invalid;',
    );

    write('policy.attestation.json', accepted.replace(acceptedHash, `sha256:${'0'.repeat(64)}`));
    const tampered = await gateway.call('search_docs');
    expect(tampered).toMatchObject({ ran: false, status: 'blocked' });
    expect(tampered.text).toContain('policy.attestation.json does not verify');

    write('policy.attestation.json', accepted);
    expect(await gateway.call('search_docs')).toMatchObject({ ran: true });
  });

  it('blocks when the engine fails, with the error', async () => {
    await gateway.fault(FAULT);
    write('policy.jsonc', `{ "tools": { "requireMetadata": ["risk"] }, "${FAULT}": true }\n`);
    const failed = await gateway.call('search_docs');
    expect(failed).toMatchObject({ ran: false, status: 'blocked' });
    expect(failed.text).toContain(
      `policy-gate blocked 'search_docs': Policy tool runtime failed closed: injected engine fault (${FAULT}) [decision_error;`,
    );
    write('policy.jsonc', LOOSENED_POLICY);
    expect(await gateway.call('search_docs')).toMatchObject({ ran: true });
  });
});

describe('in OpenClaw 2026.9.6, configured differently', () => {
  afterAll(() => openclaw.writeConfig(baseConfig));

  it('blocks every call for a release it does not know, and says so at start', async () => {
    const other = await gatewayWith((entry) => {
      entry.config = { workspace, openclaw: '2026.12.1' };
    });
    try {
      expect((await other.start()).configError).toBeUndefined();
      const outcome = await other.call('search_docs');
      expect(outcome).toMatchObject({ ran: false, status: 'blocked' });
      expect(outcome.text).toBe(
        "policy-gate blocked 'search_docs': unsupported OpenClaw release '2026.12.1'; supported: 2026.9.6, 2026.5.20. Every tool call is denied: set plugins.entries.policy-gate.config.openclaw to the release the attestation was accepted with (`policy-gate accept --openclaw <release>`). [config_invalid; current attestation unknown, accepted unknown; rule oc://openclaw.config/plugins/entries/policy-gate/config/openclaw]",
      );
    } finally {
      await other.stop();
    }
    expect(other.logs()).toContain(
      "policy-gate: every tool call will be denied: unsupported OpenClaw release '2026.12.1'",
    );
  });

  it('has its settings refused by OpenClaw’s config reader when they break the manifest schema', async () => {
    const reader = startGateway(openclaw);
    try {
      for (const [config, message] of [
        [{ workspace, openclaw: 'latest' }, 'plugins.entries.policy-gate.config.openclaw'],
        [{ openclaw: '2026.9.6' }, 'workspace'],
        [{ workspace, attestation: 'x.json' }, 'attestation'],
      ] as const) {
        const changed = structuredClone(baseConfig) as { plugins: { entries: Record<string, unknown> } };
        changed.plugins.entries['policy-gate'] = { enabled: true, config };
        openclaw.writeConfig(changed);
        const { configError } = await reader.readConfig();
        expect(configError, JSON.stringify(config)).toContain(message);
        expect(configError).toContain('plugins.entries.policy-gate.config');
      }
    } finally {
      await reader.stop();
    }
  });

  it('still decides, in before_tool_call, when OpenClaw refuses its trusted policy', async () => {
    write('policy.jsonc', POLICY);
    const other = await gatewayWith((entry) => {
      delete entry.enabled;
    });
    try {
      const started = await other.start();
      expect(started.plugins).toEqual(
        expect.arrayContaining([{ id: 'policy-gate', status: 'loaded', explicitlyEnabled: false }]),
      );
      expect(started.diagnostics).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            pluginId: 'policy-gate',
            message:
              'plugin must be explicitly enabled to register trusted tool policy: accepted-attestation',
          }),
        ]),
      );
      const stale = await other.call('search_docs');
      expect(stale).toMatchObject({ ran: false, status: 'blocked' });
      expect(stale.text).toMatch(
        /\[attestation_stale; current attestation sha256:[0-9a-f]{64}, accepted sha256:/,
      );
      expect(stale.text).toMatch(HASH);
      await accept();
      expect(await other.call('deploy_preview', 'allow-once')).toMatchObject({
        ran: true,
        approvals: [expect.objectContaining({ pluginId: 'policy-gate' })],
      });
    } finally {
      await other.stop();
    }
    expect(other.logs()).toContain('policy-gate: OpenClaw did not run its trusted tool policy');
  });
});
