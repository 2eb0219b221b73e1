#!/usr/bin/env node
// Benchmark of the runtime gate: `npx tsc -p tsconfig.build.json && node scripts/bench-runtime.mjs`.
// Generates a 1k-tool workspace, accepts it, starts `policy-gate serve` as a child process on
// 127.0.0.1 (port 0), then drives it with N concurrent keep-alive clients for a fixed number of
// decisions, and reports decisions per second with p50/p99 latency. Then measures the library
// decision rate in-process (prepare once, decide many). Timed here, never in tests.
// Knobs: BENCH_TOOLS (1000), BENCH_CLIENTS (16), BENCH_REQUESTS (20000), BENCH_WARMUP (2000).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TOOLS = Number(process.env.BENCH_TOOLS ?? 1000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 20000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2000);
const LIBRARY_CALLS = 200000;
const TOKEN = 'bench-token';

const { loadRuntimeInput } = await import('../lib/runtime/load-runtime-input.js');
const { prepareRuntimeWorkspace } = await import('../lib/runtime/prepare-workspace.js');
const { governToolCall } = await import('../lib/runtime/govern-tool-call.js');
const { acceptedAttestationFrom } = await import('../lib/runtime/accepted-attestation.js');
const { diskReader } = await import('../lib/workspace/workspace-reader.js');

const dir = mkdtempSync(path.join(tmpdir(), 'policy-gate-bench-runtime-'));
try {
  const toolNames = generateWorkspace(dir, TOOLS);
  const accept = spawnSync(
    process.execPath,
    [path.join(root, 'bin/policy-gate.js'), 'accept', '--cwd', dir],
    { encoding: 'utf8' },
  );
  if (accept.status === 2) throw new Error(`accept failed: ${accept.stderr}`);
  writeFileSync(path.join(dir, 'token'), `${TOKEN}\n`);

  const server = await startServer(dir);
  const names = [...toolNames, 'undeclared_tool'];
  await drive(server.url, names, WARMUP);
  const { elapsedMs, latencies, actions } = await drive(server.url, names, REQUESTS);
  server.child.kill('SIGTERM');
  const exit = await server.exited;

  latencies.sort((a, b) => a - b);
  const library = libraryRate(await loadRuntimeInput(diskReader(dir)), dir, names);
  const report = {
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    workspace: { tools: TOOLS },
    sidecar: {
      clients: CLIENTS,
      requests: REQUESTS,
      decisionsPerSecond: Math.round((REQUESTS / elapsedMs) * 1000),
      p50Ms: round(percentile(latencies, 0.5)),
      p99Ms: round(percentile(latencies, 0.99)),
      maxMs: round(latencies.at(-1)),
      actions,
      shutdown: exit,
    },
    library,
  };
  console.log(JSON.stringify(report, null, 2));
} finally {
  rmSync(dir, { recursive: true, force: true });
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

async function startServer(workspace) {
  // SIDECAR_NODE runs the sidecar under another node binary than the load generator.
  const child = spawn(
    process.env.SIDECAR_NODE ?? process.execPath,
    [
      path.join(root, 'bin/policy-gate.js'),
      'serve',
      '--cwd',
      workspace,
      '--accepted',
      'policy.attestation.json',
      '--port',
      '0',
      '--token-file',
      path.join(workspace, 'token'),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const line = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', () => reject(new Error('policy-gate serve exited before listening')));
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
  return Math.round(value * 1000) / 1000;
}
