#!/usr/bin/env node
// Benchmark of the runtime gate: `npx tsc -p tsconfig.build.json && node scripts/bench-runtime.mjs`.
// Generates a 1k-tool workspace, accepts it, starts `policy-gate serve` as a child process on
// 127.0.0.1 (port 0) and drives it with 16 concurrent keep-alive connections; reports decisions
// per second with p50/p99 latency. The load generator is wrk (Debian's `wrk`, a C program) when
// it is installed, else a raw-socket Node client, which on a 2-core machine takes CPU from the
// sidecar and caps the rate. In the same run, the same load drives a reference server: plain
// node:http that reads the body, parses it and answers a fixed JSON of the same size. Its figures
// are this machine's floor for any Node HTTP service (the latency a sidecar cannot beat here).
// The two are measured in alternating rounds with pauses between; medians and every round are
// reported, each with the share of CPU time the hypervisor took meanwhile (steal).
// Then measures the library decision rate in-process (prepare once, decide many). Timed here,
// never in tests.
// Knobs: BENCH_TOOLS (1000), BENCH_CLIENTS (16), BENCH_ROUNDS (3), BENCH_PAUSE_MS (5000),
// BENCH_SECONDS (5, wrk), BENCH_REQUESTS (20000, Node client), BENCH_WARMUP (2000), BENCH_LOAD
// (wrk | node), SIDECAR_NODE (the sidecar's node binary), SIDECAR_NODE_FLAGS (extra node flags for
// it; lines it prints are shown on stderr).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { cpuTimes, stolenPercent } from './cpu-steal.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TOOLS = Number(process.env.BENCH_TOOLS ?? 1000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PAUSE_MS = Number(process.env.BENCH_PAUSE_MS ?? 5000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 20000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2000);
const LOAD = process.env.BENCH_LOAD ?? (spawnSync('wrk', ['--version']).error ? 'node' : 'wrk');
const SERVER_NODE = process.env.SIDECAR_NODE ?? process.execPath;
const LIBRARY_CALLS = 200000;
const TOKEN = 'bench-token';

/** node:http answering every request with a fixed JSON body of the given length. */
const REFERENCE_SERVER = `
import { createServer } from 'node:http';
const body = JSON.stringify({ action: 'allow', padding: 'x'.repeat(Math.max(0, Number(process.argv[1]) - 32)) });
const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    JSON.parse(Buffer.concat(chunks).toString('utf8'));
    response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    response.end(body);
  });
});
server.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + server.address().port));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
`;

const { loadRuntimeInput } = await import('../lib/runtime/load-runtime-input.js');
const { prepareRuntimeWorkspace } = await import('../lib/runtime/prepare-workspace.js');
const { governToolCall } = await import('../lib/runtime/govern-tool-call.js');
const { acceptedAttestationFrom } = await import('../lib/runtime/accepted-attestation.js');
const { diskReader } = await import('../lib/workspace/workspace-reader.js');

const dir = mkdtempSync(path.join(tmpdir(), 'policy-gate-bench-runtime-'));
try {
  const toolNames = generateWorkspace(dir, TOOLS);
  const accept = spawnSync(SERVER_NODE, [path.join(root, 'bin/policy-gate.js'), 'accept', '--cwd', dir], {
    encoding: 'utf8',
  });
  if (accept.status === 2) throw new Error(`accept failed: ${accept.stderr}`);
  writeFileSync(path.join(dir, 'token'), `${TOKEN}\n`);
  const names = [...toolNames, 'undeclared_tool'];

  // Both servers run side by side and are measured in alternation, a pause before each
  // measurement: a shared host throttles sustained load, so interleaving keeps the comparison fair.
  const sidecar = await startServer(sidecarArgs(dir));
  const sample = await firstAnswer(sidecar.url, names[0]);
  const reference = await startServer(['--input-type=module', '-e', REFERENCE_SERVER, String(sample.length)]);
  await warmUp(sidecar.url, names, dir);
  await warmUp(reference.url, names, dir);
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    await sleep(PAUSE_MS);
    const sidecarRound = await load(sidecar.url, names, dir);
    await sleep(PAUSE_MS);
    rounds.push({ sidecar: sidecarRound, referenceServer: await load(reference.url, names, dir) });
  }
  sidecar.child.kill('SIGTERM');
  reference.child.kill('SIGTERM');
  const exit = await sidecar.exited;
  await reference.exited;
  const measured = medianOf(rounds.map((round) => round.sidecar));
  const floor = medianOf(rounds.map((round) => round.referenceServer));

  const library = libraryRate(await loadRuntimeInput(diskReader(dir)), dir, names);
  const report = {
    machine: {
      cpus: (await import('node:os')).cpus().length,
      loadGenerator: LOAD === 'wrk' ? 'wrk -t1' : `node client (${process.version})`,
      sidecarNode: spawnSync(SERVER_NODE, ['--version'], { encoding: 'utf8' }).stdout.trim(),
    },
    workspace: { tools: TOOLS },
    // Medians over the rounds; every round follows.
    sidecar: { connections: CLIENTS, ...measured, responseBytes: sample.length, shutdown: exit },
    referenceServer: { connections: CLIENTS, ...floor },
    rounds,
    library,
  };
  console.log(JSON.stringify(report, null, 2));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

async function warmUp(url, names, workspace) {
  if (LOAD === 'wrk') wrk(url, names, workspace, Math.min(3, SECONDS), false);
  else await drive(url, names, WARMUP);
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Each numeric field's median over the rounds. */
function medianOf(results) {
  const median = {};
  for (const [key, value] of Object.entries(results[0])) {
    if (typeof value !== 'number') continue;
    const sorted = results.map((result) => result[key]).sort((a, b) => a - b);
    median[key] = sorted[Math.floor(sorted.length / 2)];
  }
  return median;
}

/** The measured load on one server: wrk when present, else the Node client. */
async function load(url, names, workspace) {
  if (LOAD === 'wrk') {
    const before = cpuTimes();
    const measured = wrk(url, names, workspace, SECONDS, true);
    return { ...measured, cpuStolenPercent: round(stolenPercent(before, cpuTimes())) };
  }
  const before = cpuTimes();
  const { elapsedMs, latencies, actions } = await drive(url, names, REQUESTS);
  const cpuStolenPercent = round(stolenPercent(before, cpuTimes()));
  latencies.sort((a, b) => a - b);
  return {
    requests: REQUESTS,
    decisionsPerSecond: Math.round((REQUESTS / elapsedMs) * 1000),
    p50Ms: round(percentile(latencies, 0.5)),
    p99Ms: round(percentile(latencies, 0.99)),
    maxMs: round(latencies.at(-1)),
    actions,
    cpuStolenPercent,
  };
}

/** One wrk run (one thread, CLIENTS connections), requests cycling through the tool names. */
function wrk(url, names, workspace, seconds, measure) {
  const script = path.join(workspace, 'bench.lua');
  writeFileSync(
    script,
    [
      `local names = { ${names.map((name) => JSON.stringify(name)).join(', ')} }`,
      'local i = 0',
      'request = function()',
      '  i = i + 1',
      '  local body = \'{"sessionId":"bench","channelId":"webchat","toolName":"\' .. names[(i * 7919) % #names + 1] .. \'","argumentsJson":"{}"}\'',
      `  return wrk.format("POST", "/api/v1/execute", { ["Authorization"] = "Bearer ${TOKEN}", ["Content-Type"] = "application/json" }, body)`,
      'end',
      '',
    ].join('\n'),
  );
  const run = spawnSync('wrk', ['-t1', `-c${CLIENTS}`, `-d${seconds}s`, '--latency', '-s', script, url], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`wrk failed: ${run.stderr}`);
  if (!measure) return undefined;
  const ms = (label) => {
    const match = new RegExp(`^\\s*${label}%\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm').exec(run.stdout);
    if (!match) throw new Error(`no ${label}% latency in wrk output:\n${run.stdout}`);
    return round(Number(match[1]) * { us: 0.001, ms: 1, s: 1000 }[match[2]]);
  };
  const requests = Number(/(\d+) requests in/.exec(run.stdout)?.[1]);
  const errors = /Non-2xx or 3xx responses: (\d+)/.exec(run.stdout)?.[1];
  if (errors) throw new Error(`${errors} answers were not 200:\n${run.stdout}`);
  return {
    requests,
    decisionsPerSecond: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(run.stdout)?.[1])),
    p50Ms: ms(50),
    p99Ms: ms(99),
  };
}

/** The body of one answer, to size the reference server's fixed answer. */
async function firstAnswer(url, toolName) {
  const response = await globalThis.fetch(`${url}/api/v1/execute`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ toolName }),
  });
  return await response.text();
}

function sidecarArgs(workspace) {
  return [
    path.join(root, 'bin/policy-gate.js'),
    'serve',
    // The benchmark workspace is a 2026.5.20 one (TOOLS.md, runtimeToolPolicy).
    '--openclaw',
    '2026.5.20',
    '--cwd',
    workspace,
    '--accepted',
    'policy.attestation.json',
    '--port',
    '0',
    '--token-file',
    path.join(workspace, 'token'),
    // Beside the temporary workspace, never in the user's own ~/.local/state.
    '--audit-log',
    `${workspace}.audit.jsonl`,
  ];
}

function generateWorkspace(target, count) {
  const pad = (n) => String(n).padStart(4, '0');
  const risks = ['low', 'medium', 'high', 'critical'];
  const lines = ['# Workspace', '', '## Tools', ''];
  const names = [];
  for (let i = 0; i < count; i++) {
    const name = `tool_${pad(i)}`;
    names.push(name);
    const irreversible = i % 10 === 0 ? ' IRREVERSIBLE_EXTERNAL' : '';
    lines.push(`### ${name} risk:${risks[i % 4]} sensitivity:internal owner:@team-${i % 20}${irreversible}`);
    lines.push(`Does thing number ${i}.`, '');
  }
  const config = { plugins: { entries: { policy: { enabled: true, config: { runtimeToolPolicy: true } } } } };
  writeFileSync(path.join(target, 'openclaw.json'), JSON.stringify(config, null, 2));
  writeFileSync(
    path.join(target, 'policy.jsonc'),
    JSON.stringify({ tools: { requireMetadata: ['risk', 'sensitivity', 'owner'] } }, null, 2),
  );
  writeFileSync(path.join(target, 'TOOLS.md'), lines.join('\n'));
  return names;
}

async function startServer(args) {
  const nodeFlags = (process.env.SIDECAR_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  const child = spawn(SERVER_NODE, [...nodeFlags, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const lines = createInterface({ input: child.stdout });
  const line = await new Promise((resolve, reject) => {
    lines.on('line', (text) => {
      if (text.startsWith('listening on ')) resolve(text);
      else process.stderr.write(`server: ${text}\n`);
    });
    child.once('exit', () => reject(new Error('the server exited before listening')));
  });
  const url = /^listening on (http:\/\/\S+)$/.exec(line)?.[1];
  if (!url) throw new Error(`unexpected first line: ${line}`);
  return { child, url, exited };
}

/**
 * `count` decisions from CLIENTS concurrent keep-alive connections; per-request latency in ms.
 * The clients are raw sockets writing prebuilt requests (one in flight per connection), so on a
 * 2-core machine the load generator takes as little CPU from the sidecar as it can.
 */
async function drive(url, names, count) {
  const { hostname, port } = new URL(url);
  const requests = names.map((toolName) => {
    const body = JSON.stringify({ sessionId: 'bench', channelId: 'webchat', toolName, argumentsJson: '{}' });
    return Buffer.from(
      `POST /api/v1/execute HTTP/1.1\r\nHost: ${hostname}:${port}\r\nAuthorization: Bearer ${TOKEN}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  });
  let issued = 0;
  const latencies = [];
  const actions = {};
  const started = process.hrtime.bigint();
  const client = () =>
    new Promise((resolve, reject) => {
      const socket = connect(Number(port), hostname);
      socket.setNoDelay(true);
      let buffer = Buffer.alloc(0);
      let sent = 0n;
      const next = () => {
        if (issued >= count) {
          socket.end();
          resolve();
          return;
        }
        const index = (issued++ * 7919) % requests.length;
        sent = process.hrtime.bigint();
        socket.write(requests[index]);
      };
      socket.on('connect', next);
      socket.on('error', reject);
      socket.on('data', (chunk) => {
        buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
        const headerEnd = buffer.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const head = buffer.subarray(0, headerEnd).toString('latin1');
        const length = Number(/content-length: *(\d+)/i.exec(head)?.[1] ?? NaN);
        if (buffer.length < headerEnd + 4 + length) return;
        const body = buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
        buffer = buffer.subarray(headerEnd + 4 + length);
        latencies.push(Number(process.hrtime.bigint() - sent) / 1e6);
        if (!head.startsWith('HTTP/1.1 200')) {
          reject(new Error(`${head.split('\r\n')[0]}: ${body}`));
          return;
        }
        const action = /"action":"([a-z_]+)"/.exec(body)?.[1] ?? 'missing';
        actions[action] = (actions[action] ?? 0) + 1;
        next();
      });
    });
  await Promise.all(Array.from({ length: CLIENTS }, client));
  return { elapsedMs: Number(process.hrtime.bigint() - started) / 1e6, latencies, actions };
}

/** Prepare once (what a reload costs), then decide many calls with no cache. */
function libraryRate(input, workspace, names) {
  const prepareStart = process.hrtime.bigint();
  const prepared = prepareRuntimeWorkspace(input);
  const prepareMs = Number(process.hrtime.bigint() - prepareStart) / 1e6;
  const file = path.join(workspace, 'policy.attestation.json');
  const accepted = acceptedAttestationFrom(
    { kind: 'text', path: file, text: readFileSync(file, 'utf8'), bytes: 0 },
    'policy.attestation.json',
  );
  let sink = 0;
  const started = process.hrtime.bigint();
  for (let i = 0; i < LIBRARY_CALLS; i++)
    sink += governToolCall(prepared, names[(i * 7919) % names.length], { accepted }).allowed ? 1 : 0;
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  return {
    prepareMs: round(prepareMs),
    calls: LIBRARY_CALLS,
    decisionsPerSecond: Math.round((LIBRARY_CALLS / elapsedMs) * 1000),
    allowedShare: round(sink / LIBRARY_CALLS),
  };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function round(value) {
  return value === undefined ? undefined : Math.round(value * 1000) / 1000;
}
