#!/usr/bin/env node
// The 2026.9.6 benchmark workspace (used by scripts/bench.mjs; also runnable on its own to write
// one, e.g. to replay it through the real OpenClaw). A clean multi-agent workspace where every
// policy family has rules and every kind of config entry comes in bulk:
//   * `tools` governed tools in AGENTS.md's `## Tools` section (headings with inline metadata,
//     headings with metadata bullets, bullet tools);
//   * `others` of each other kind: telegram accounts (channel with accounts, each with a SecretRef
//     bot token, DM/group policies and a group), MCP servers (stdio and HTTP), agents in
//     `agents.entries` (own model ref, tools posture, sandbox with a docker bind and a browser),
//     route bindings (one per account), secrets providers (one per SecretRef), auth profiles,
//     gateway node commands (denied and allowed) and HTTP URL-allowlist hosts, and exec-approval
//     agents (three allowlist entries each, in the `--exec-approvals` document);
//   * `probes` routing probes over those bindings; two scopes (agents and channels).
// The policy sets every family's rules, so the report is `ok: true` with every evidence family.
//
//   node scripts/bench-workspace-2026.9.mjs <dir> [--tools 10000] [--others 5000] [--probes 50]
//   → <dir>/openclaw.json, policy.jsonc, AGENTS.md, exec-approvals.json; prints the check args.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const pad = (n) => String(n).padStart(6, '0');
const MODEL_PROVIDERS = ['openai', 'anthropic', 'google'];
const ALLOWLIST = ['git status', 'ls', { pattern: 'make', argPattern: '^test$' }];
const DENY = ['group:runtime', 'write', 'edit', 'apply_patch'];

/** Agent ids: `main` (the agent checked) and `others - 1` more. */
function agentIds(others) {
  return ['main', ...Array.from({ length: Math.max(others - 1, 0) }, (_, i) => `agent-${pad(i + 1)}`)];
}

function agentsMarkdown(tools) {
  const risks = ['low', 'medium', 'high', 'critical'];
  const sens = ['public', 'internal', 'confidential', 'restricted'];
  const lines = ['# Agents', '', 'How the agents of this workspace work.', '', '## Tools', ''];
  for (let i = 0; i < tools; i++) {
    const id = `tool_${pad(i)}`;
    const risk = risks[i % 4];
    const sensitivity = sens[(i >> 2) % 4];
    const owner = `@team-${i % 50}`;
    if (i % 3 === 0) {
      lines.push(`### ${id} risk:${risk} sensitivity:${sensitivity} owner:${owner}`);
      lines.push(`Does thing number ${i}.`, 'Capabilities: READ_ONLY, NETWORK', '');
    } else if (i % 3 === 1) {
      lines.push(`### ${id}`, `  - risk: ${risk}`, `  - sensitivity: ${sensitivity}`, `  - owner: ${owner}`);
      lines.push(`  - capabilities: WRITE_REPO`, '');
    } else {
      lines.push(`- ${id}: risk:${risk} sensitivity:${sensitivity} owner:${owner}`, '');
    }
  }
  lines.push('## Escalation', '', 'Page the owner of a tool before changing its risk.', '');
  return lines.join('\n');
}

function config(others, workspaceDir) {
  const ids = agentIds(others);
  const accounts = {};
  const providers = {};
  const servers = {};
  const profiles = {};
  const entries = {};
  const bindings = [];
  for (let i = 0; i < others; i++) {
    const account = `acct-${pad(i)}`;
    const provider = `env-${pad(i)}`;
    providers[provider] =
      i % 2 ? { source: 'env' } : { source: 'file', path: `/etc/openclaw/secrets-${i}.json`, mode: 'json' };
    accounts[account] = {
      botToken:
        i % 2
          ? { source: 'env', provider, id: `TELEGRAM_BOT_${i}` }
          : { source: 'file', provider, id: `/telegram/${account}` },
      dmPolicy: 'pairing',
      groupPolicy: 'allowlist',
      groups: { [`-100${i}`]: { requireMention: true } },
    };
    const server = `mcp-${pad(i)}`;
    servers[server] =
      i % 2
        ? { command: `mcp-server-${i}`, args: ['--stdio'] }
        : { url: `https://mcp${i}.example.com/mcp/v1?tenant=${i}` };
    profiles[`${MODEL_PROVIDERS[i % 2]}:p-${pad(i)}`] = {
      provider: MODEL_PROVIDERS[i % 2],
      mode: i % 3 ? 'api_key' : 'token',
    };
    const agent = ids[i];
    entries[agent] = {
      ...(agent === 'main' ? { workspace: workspaceDir } : {}),
      model: `${MODEL_PROVIDERS[i % 3]}/model-${i}`,
      tools: {
        profile: i < 100 || i % 2 ? 'minimal' : 'messaging',
        fs: { workspaceOnly: true },
        exec: { host: 'sandbox', security: i % 2 ? 'deny' : 'allowlist', ask: i % 2 ? 'always' : 'on-miss' },
        elevated: { enabled: false },
        alsoAllow: ['browser', 'canvas'],
        deny: DENY,
      },
      sandbox: {
        mode: 'all',
        workspaceAccess: i % 2 ? 'none' : 'ro',
        docker: { network: 'none', binds: [`/srv/data/${agent}:/data:ro`] },
        browser: { enabled: true, cdpSourceRange: '172.21.0.1/32' },
      },
    };
    bindings.push({ agentId: agent, match: { channel: 'telegram', accountId: account } });
  }
  return {
    plugins: { entries: { policy: { enabled: true } } },
    session: { dmScope: 'per-channel-peer', maintenance: { mode: 'enforce' } },
    channels: {
      telegram: { enabled: true, dmPolicy: 'pairing', groupPolicy: 'allowlist', accounts },
    },
    mcp: { servers },
    models: {
      providers: {
        openai: { baseUrl: 'https://api.openai.com/v1', models: [] },
        anthropic: { baseUrl: 'https://api.anthropic.com', models: [] },
        google: { baseUrl: 'https://generativelanguage.googleapis.com/v1beta', models: [] },
      },
    },
    secrets: { providers },
    auth: { profiles },
    gateway: {
      bind: 'loopback',
      auth: { mode: 'token', rateLimit: { maxAttempts: 10, windowMs: 60000 } },
      http: {
        endpoints: {
          responses: {
            enabled: true,
            files: { urlAllowlist: Array.from({ length: others }, (_, i) => `files${i}.example.com`) },
            images: { urlAllowlist: Array.from({ length: others }, (_, i) => `img${i}.example.com`) },
          },
        },
      },
      nodes: {
        commands: {
          deny: Array.from({ length: others }, (_, i) => `denied.command-${i}`),
          allow: Array.from({ length: others }, (_, i) => `allowed.command-${i}`),
        },
      },
    },
    tools: {
      profile: 'minimal',
      fs: { workspaceOnly: true },
      exec: { host: 'sandbox', security: 'allowlist', ask: 'on-miss' },
      elevated: { enabled: false },
      alsoAllow: ['browser', 'canvas'],
      deny: DENY,
    },
    agents: {
      ownership: 'explicit',
      defaults: {
        model: { primary: 'anthropic/claude-sonnet-4-5', fallbacks: ['openai/gpt-5'] },
        sandbox: {
          mode: 'all',
          backend: 'docker',
          workspaceAccess: 'ro',
          docker: { network: 'none', binds: ['/opt/tools:/opt/tools:ro'] },
          browser: { enabled: true, cdpSourceRange: '172.21.0.1/32' },
        },
      },
      entries,
    },
    bindings,
    memory: { search: { sources: ['memory'] } },
    browser: { ssrfPolicy: { dangerouslyAllowPrivateNetwork: false } },
  };
}

function policy(others, probes) {
  const ids = agentIds(others);
  const stepOf = Math.max(1, Math.floor(others / Math.max(probes, 1)));
  return {
    channels: {
      denyRules: [{ id: 'no-public-chat', when: { provider: 'discord' }, reason: 'Not approved.' }],
    },
    mcp: { servers: { allow: Array.from({ length: others }, (_, i) => `mcp-${pad(i)}`), deny: ['shell'] } },
    models: { providers: { allow: MODEL_PROVIDERS, deny: ['openrouter'] } },
    network: { privateNetwork: { allow: false } },
    routing: {
      requireBindings: true,
      requireConfiguredChannels: true,
      probes: Array.from({ length: Math.min(probes, others) }, (_, k) => {
        const i = k * stepOf;
        return {
          id: `probe-${pad(k)}`,
          route: {
            channel: 'telegram',
            accountId: `acct-${pad(i)}`,
            peer: { kind: 'direct', id: `user-${k}` },
          },
          expect: { agentId: ids[i], matchedBy: ['binding.account'] },
        };
      }),
    },
    ingress: {
      session: { requireDmScope: 'per-channel-peer' },
      channels: {
        allowDmPolicies: ['pairing', 'allowlist'],
        denyOpenGroups: true,
        requireMentionInGroups: true,
      },
    },
    gateway: {
      exposure: { allowNonLoopbackBind: false, allowTailscaleFunnel: false },
      auth: { requireAuth: true, requireExplicitRateLimit: true },
      controlUi: { allowInsecure: false },
      remote: { allow: false },
      http: { denyEndpoints: ['chatCompletions'], requireUrlAllowlists: true },
      nodes: { denyCommands: Array.from({ length: others }, (_, i) => `denied.command-${i}`) },
    },
    agents: {
      workspace: {
        allowedAccess: ['none', 'ro'],
        denyTools: ['exec', 'process', 'write', 'edit', 'apply_patch'],
      },
    },
    tools: {
      requireMetadata: ['risk', 'sensitivity', 'owner'],
      profiles: { allow: ['minimal', 'messaging'] },
      fs: { requireWorkspaceOnly: true },
      exec: {
        allowSecurity: ['deny', 'allowlist'],
        requireAsk: ['always', 'on-miss'],
        allowHosts: ['sandbox'],
      },
      elevated: { allow: false },
      alsoAllow: { expected: ['browser', 'canvas'] },
      denyTools: ['group:runtime', 'write'],
    },
    sandbox: {
      requireMode: ['all'],
      allowBackends: ['docker'],
      containers: {
        denyHostNetwork: true,
        denyContainerNamespaceJoin: true,
        requireReadOnlyMounts: true,
        denyContainerRuntimeSocketMounts: true,
        denyUnconfinedProfiles: true,
      },
      browser: { requireCdpSourceRange: true },
    },
    dataHandling: {
      sensitiveLogging: { requireRedaction: true },
      telemetry: { denyContentCapture: true },
      retention: { requireSessionMaintenance: true },
      memory: { denySessionTranscriptIndexing: true },
    },
    secrets: { requireManagedProviders: true, denySources: ['exec'], allowInsecureProviders: false },
    auth: { profiles: { requireMetadata: ['provider', 'mode'], allowModes: ['api_key', 'token'] } },
    execApprovals: {
      requireFile: true,
      defaults: { allowSecurity: ['deny', 'allowlist'] },
      agents: {
        allowSecurity: ['deny', 'allowlist'],
        allowAutoAllowSkills: false,
        allowlist: { expected: ALLOWLIST },
      },
    },
    scopes: {
      firstHundred: {
        agentIds: ids.slice(0, Math.min(100, ids.length)),
        tools: { profiles: { allow: ['minimal'] } },
        sandbox: { requireMode: ['all'] },
      },
      chat: { channelIds: ['telegram'], ingress: { channels: { allowDmPolicies: ['pairing'] } } },
    },
  };
}

function execApprovals(others) {
  return {
    version: 1,
    defaults: { security: 'allowlist', ask: 'on-miss', autoAllowSkills: false },
    agents: Object.fromEntries(
      agentIds(others).map((id, i) => [
        id,
        {
          security: i % 2 ? 'deny' : 'allowlist',
          ask: 'on-miss',
          autoAllowSkills: false,
          allowlist: ALLOWLIST,
        },
      ]),
    ),
  };
}

/**
 * Writes the workspace into `dir`; returns the arguments of `check` after `--cwd <dir>` (the agent
 * and the exec-approvals document). `workspace` is `main`'s configured workspace as written in
 * the config (default `"."`: the process's directory, which the runners set to `dir`).
 */
export function writeWorkspace2026_9(dir, { tools, others, probes = 50, workspace = '.' }) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'openclaw.json'), `${JSON.stringify(config(others, workspace), null, 2)}\n`);
  writeFileSync(path.join(dir, 'policy.jsonc'), `${JSON.stringify(policy(others, probes), null, 2)}\n`);
  writeFileSync(path.join(dir, 'AGENTS.md'), agentsMarkdown(tools));
  writeFileSync(path.join(dir, 'exec-approvals.json'), `${JSON.stringify(execApprovals(others), null, 2)}\n`);
  return { agent: 'main', execApprovals: path.join(dir, 'exec-approvals.json') };
}

/** The files a check of this workspace reads (the floor reads exactly these). */
export const WORKSPACE_2026_9_FILES = ['openclaw.json', 'policy.jsonc', 'AGENTS.md', 'exec-approvals.json'];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(`--${name}`);
    return at === -1 ? fallback : Number(args[at + 1]);
  };
  const dir = args[0];
  if (dir === undefined || dir.startsWith('--')) {
    console.error(
      'usage: node scripts/bench-workspace-2026.9.mjs <dir> [--tools n] [--others n] [--probes n]',
    );
    process.exit(2);
  }
  const out = writeWorkspace2026_9(path.resolve(dir), {
    tools: option('tools', 10000),
    others: option('others', 5000),
    probes: option('probes', 50),
  });
  console.log(
    `check --json --openclaw 2026.9.6 --cwd ${path.resolve(dir)} --agent ${out.agent} --exec-approvals ${out.execApprovals}`,
  );
}
