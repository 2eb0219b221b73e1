#!/usr/bin/env node
// bench-openclaw-plugin.mjs: what the OpenClaw plugin adds to one tool call.
//
//   node scripts/bench-openclaw-plugin.mjs [--workspace <dir>] [--calls N] [--host]
//
// Needs lib/ (npx tsc -p tsconfig.build.json) for `policy-gate accept`, and the committed plugin
// (packages/openclaw-plugin). The workspace (default: the 2026.9.6 example, examples/workspace, or
// examples/openclaw-2026.9 where it still lives) is copied to a temp folder and accepted there with
// `node bin/policy-gate.js accept`, under a temp HOME that the plugin then uses too.
//
// 1. plugin: the committed bundle loaded with a minimal stand-in for OpenClaw's plugin API; each
//    call is the trusted tool policy's evaluate() as OpenClaw awaits it, over a rotation of tools
//    (declared, needing approval, undeclared): p50 / p99 / max per call. This is everything the
//    plugin adds; OpenClaw's own cost of calling one trusted policy is not in it.
// 2. --host (node >= 24.16, OPENCLAW_PACKAGE_DIR = an installed openclaw@2026.9.6): OpenClaw's own
//    runBeforeToolCallHook, in two fresh processes loading the plugins through OpenClaw's loader,
//    one with the plugin enabled and one with it disabled; the difference is what a Gateway sees.
//
// A benchmark, not a test: the figures depend on the machine; the issue's budget is 1 ms at p99.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PLUGIN = path.join(REPO, 'packages/openclaw-plugin');
const TOOLS = ['search_docs', 'open_pull_request', 'deploy_preview', 'read', 'exec', 'web_fetch'];

function parseArgs(argv) {
  const options = { calls: 20_000, host: false, workspace: undefined, child: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--calls') options.calls = Number(argv[++i]);
    else if (arg === '--workspace') options.workspace = path.resolve(argv[++i]);
    else if (arg === '--host') options.host = true;
    else if (arg === '--host-child') options.child = JSON.parse(argv[++i]);
    else throw new Error(`unknown argument ${arg}`);
  }
  return options;
}

function exampleWorkspace() {
  for (const dir of ['examples/workspace', 'examples/openclaw-2026.9']) {
    const full = path.join(REPO, dir);
    if (existsSync(path.join(full, 'AGENTS.md'))) return full;
  }
  throw new Error('no 2026.9.6 example workspace (AGENTS.md) found: pass --workspace');
}

/** A temp copy of the workspace, accepted, and the temp HOME both policy-gate and the plugin use. */
function acceptedCopy(source) {
  const base = mkdtempSync(path.join(tmpdir(), 'bench-openclaw-plugin-'));
  const workspace = path.join(base, 'workspace');
  const home = path.join(base, 'home');
  cpSync(source, workspace, { recursive: true });
  mkdirSync(home);
  const run = spawnSync(
    process.execPath,
    [path.join(REPO, 'bin/policy-gate.js'), 'accept', '--json', '--cwd', workspace],
    {
      env: { PATH: process.env.PATH, HOME: home, LANG: 'C.UTF-8' },
      encoding: 'utf8',
    },
  );
  if (run.status === 2 || !run.stdout) throw new Error(`policy-gate accept failed: ${run.stderr}`);
  return { workspace, home, hash: JSON.parse(run.stdout).attestationHash };
}

function stats(samples) {
  const sorted = Float64Array.from(samples).sort();
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const fmt = (ms) => `${(ms * 1000).toFixed(1)} µs`;
  return {
    p50: at(0.5),
    p99: at(0.99),
    max: sorted[sorted.length - 1],
    text: `p50 ${fmt(at(0.5))}  p99 ${fmt(at(0.99))}  max ${fmt(sorted[sorted.length - 1])}`,
  };
}

/** 1. The plugin alone: its trusted policy's evaluate(), as OpenClaw awaits it. */
async function benchPlugin({ workspace, home }, calls) {
  process.env.HOME = home; // before the bundle loads: it reads the Gateway's home at start
  const { default: plugin } = await import(pathToFileURL(path.join(PLUGIN, 'dist/index.js')).href);
  let policy;
  const hooks = [];
  plugin.register({
    id: 'policy-gate',
    pluginConfig: { workspace },
    registrationMode: 'full',
    logger: { info() {}, warn: console.warn, error: console.error },
    registerTrustedToolPolicy: (registered) => (policy = registered),
    on: (name, handler) => hooks.push({ name, handler }),
  });
  const outcomes = new Map();
  for (let i = 0; i < 2_000; i++)
    await policy.evaluate({ toolName: TOOLS[i % TOOLS.length], params: {} }, {});
  const samples = new Float64Array(calls);
  for (let i = 0; i < calls; i++) {
    const toolName = TOOLS[i % TOOLS.length];
    const started = performance.now();
    const result = await policy.evaluate({ toolName, params: {} }, {});
    samples[i] = performance.now() - started;
    outcomes.set(toolName, result === undefined ? 'allow' : result.block ? 'block' : 'approval');
  }
  for (const hook of hooks.filter((entry) => entry.name === 'gateway_stop')) await hook.handler();
  return { ...stats(samples), outcomes };
}

/** 2. One child: OpenClaw's loader and runBeforeToolCallHook, the plugin enabled or not. */
async function hostChild({ enabled, calls, out }) {
  const dist = path.join(process.env.OPENCLAW_PACKAGE_DIR, 'dist');
  const load = (file) => import(pathToFileURL(path.join(dist, file)).href);
  const { loadConfig } = await load('plugin-sdk/config-runtime.js');
  const loader = await load('plugins/loader.js');
  const harness = await load('plugin-sdk/agent-harness-runtime.js');
  const config = loadConfig();
  const registry = loader.loadAndActivateRootPluginRegistry({
    config,
    workspaceDir: path.join(process.env.HOME, '.openclaw/workspace'),
  });
  const ours = registry.plugins.find((plugin) => plugin.id === 'policy-gate');
  if ((ours?.status === 'loaded') !== enabled) throw new Error(`policy-gate is ${ours?.status ?? 'absent'}`);
  const ctx = { agentId: 'main', sessionKey: 'agent:main:main', runId: 'bench' };
  const call = (i) =>
    harness.runBeforeToolCallHook({
      toolName: TOOLS[i % TOOLS.length],
      params: {},
      toolCallId: `c${i}`,
      approvalMode: 'defer',
      ctx,
    });
  for (let i = 0; i < 2_000; i++) await call(i);
  const samples = new Float64Array(calls);
  for (let i = 0; i < calls; i++) {
    const started = performance.now();
    await call(i);
    samples[i] = performance.now() - started;
  }
  // A file, not stdout: OpenClaw logs there.
  writeFileSync(out, JSON.stringify(Array.from(samples)));
  process.exit(0);
}

function benchHost({ workspace, home }, calls) {
  if (!process.env.OPENCLAW_PACKAGE_DIR)
    throw new Error('--host needs OPENCLAW_PACKAGE_DIR (an installed openclaw@2026.9.6)');
  const configFile = path.join(home, '.openclaw/openclaw.json');
  mkdirSync(path.dirname(configFile), { recursive: true });
  const out = path.join(home, 'samples.json');
  const run = (enabled) => {
    writeFileSync(
      configFile,
      JSON.stringify({
        plugins: {
          load: { paths: [PLUGIN] },
          entries: { 'policy-gate': { enabled, config: { workspace } } },
        },
      }),
    );
    const child = spawnSync(
      process.execPath,
      [fileURLToPath(import.meta.url), '--host-child', JSON.stringify({ enabled, calls, out })],
      {
        env: {
          PATH: process.env.PATH,
          HOME: home,
          LANG: 'C.UTF-8',
          NO_COLOR: '1',
          OPENCLAW_HIDE_BANNER: '1',
          OPENCLAW_PACKAGE_DIR: process.env.OPENCLAW_PACKAGE_DIR,
        },
        cwd: home,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (child.status !== 0) throw new Error(`host run failed: ${child.stderr}`);
    return stats(JSON.parse(readFileSync(out, 'utf8')));
  };
  return { without: run(false), with: run(true) };
}

const options = parseArgs(process.argv.slice(2));
if (options.child) await hostChild(options.child);
else {
  if (!existsSync(path.join(REPO, 'lib/cli/main.js')))
    execFileSync(
      process.execPath,
      [path.join(REPO, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
      { cwd: REPO },
    );
  const source = options.workspace ?? exampleWorkspace();
  const copy = acceptedCopy(source);
  console.log(
    `workspace ${path.relative(REPO, source) || source}, accepted ${copy.hash}; node ${process.versions.node}; ${options.calls} calls`,
  );
  const plugin = await benchPlugin(copy, options.calls);
  console.log(`plugin  evaluate()       ${plugin.text}`);
  console.log(
    `        outcomes         ${[...plugin.outcomes].map(([tool, outcome]) => `${tool}:${outcome}`).join(' ')}`,
  );
  if (options.host) {
    const host = benchHost(copy, Math.min(options.calls, 10_000));
    console.log(`host    without plugin   ${host.without.text}`);
    console.log(`host    with plugin      ${host.with.text}`);
    const us = (ms) => `${(ms * 1000).toFixed(1)} µs`;
    console.log(
      `host    added            p50 ${us(host.with.p50 - host.without.p50)}  p99 ${us(host.with.p99 - host.without.p99)}`,
    );
  }
}
