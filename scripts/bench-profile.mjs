#!/usr/bin/env node
// Where the time of one `check` goes: runs the CLI once under `node --cpu-prof` (pinned to one
// core when taskset exists) and summarises the V8 CPU profile: self time per function and per
// source file, and inclusive time per function (a function's own time plus its callees', counted
// once per sample even under recursion). Timed here, never in tests.
//
//   node scripts/bench-profile.mjs [--top 30] [--lib <compiled lib dir>] [--keep <dir>] -- <check args…>
//   node scripts/bench-profile.mjs --summarise <file.cpuprofile> [--top 30]
//
// Example (the 2026.9.6 benchmark workspace):
//   node scripts/bench-workspace-2026.9.mjs /tmp/ws9 && cd /tmp/ws9 &&
//   node /work/main/scripts/bench-profile.mjs -- check --json --openclaw 2026.9.6 --cwd . \
//     --agent main --exec-approvals exec-approvals.json
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Self and inclusive milliseconds per function and self per file, from a `.cpuprofile`. */
export function summariseProfile(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfUs = new Map();
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    // timeDeltas[i] is the time before sample i; charge it to the sample after it, as DevTools does.
    const dt = timeDeltas[i + 1] ?? 0;
    selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + dt);
  }
  const label = (node) => {
    const frame = node.callFrame;
    const file = frame.url === '' ? '(native)' : shortFile(frame.url);
    const name = frame.functionName === '' ? '(anonymous)' : frame.functionName;
    return { fn: `${name} ${file}:${frame.lineNumber + 1}`, file };
  };
  const fnSelf = new Map();
  const fileSelf = new Map();
  const fnTotal = new Map();
  let total = 0;
  for (const [id, us] of selfUs) {
    total += us;
    const node = byId.get(id);
    const { fn, file } = label(node);
    fnSelf.set(fn, (fnSelf.get(fn) ?? 0) + us);
    fileSelf.set(file, (fileSelf.get(file) ?? 0) + us);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = label(byId.get(at)).fn;
      if (seen.has(name)) continue;
      seen.add(name);
      fnTotal.set(name, (fnTotal.get(name) ?? 0) + us);
    }
  }
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]).map(([key, us]) => [key, us / 1000]);
  return {
    totalMs: total / 1000,
    wallMs: (profile.endTime - profile.startTime) / 1000,
    functionsBySelf: sorted(fnSelf),
    filesBySelf: sorted(fileSelf),
    functionsByTotal: sorted(fnTotal),
  };
}

function shortFile(url) {
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  const marker = file.lastIndexOf('/lib/');
  if (marker !== -1) return file.slice(marker + 1);
  const modules = file.lastIndexOf('/node_modules/');
  if (modules !== -1) return file.slice(modules + 1);
  return file;
}

export function printSummary(summary, top) {
  const lines = [];
  const pct = (ms) => `${((100 * ms) / summary.totalMs).toFixed(1)}%`;
  lines.push(`sampled ${summary.totalMs.toFixed(0)} ms of ${summary.wallMs.toFixed(0)} ms profiled`, '');
  const table = (title, rows) => {
    lines.push(`| ${title} | ms | share |`, '| --- | ---: | ---: |');
    for (const [key, ms] of rows.slice(0, top)) lines.push(`| \`${key}\` | ${ms.toFixed(1)} | ${pct(ms)} |`);
    lines.push('');
  };
  table('file (self time)', summary.filesBySelf);
  table('function (self time)', summary.functionsBySelf);
  table('function (inclusive time)', summary.functionsByTotal);
  return lines.join('\n');
}

async function main(argv) {
  const option = (name) => {
    const at = argv.indexOf(`--${name}`);
    return at === -1 || at > (argv.indexOf('--') === -1 ? Infinity : argv.indexOf('--'))
      ? undefined
      : argv[at + 1];
  };
  const top = Number(option('top') ?? 30);
  const summarise = option('summarise');
  if (summarise !== undefined) {
    console.log(printSummary(summariseProfile(JSON.parse(readFileSync(summarise, 'utf8'))), top));
    return;
  }
  const dash = argv.indexOf('--');
  if (dash === -1)
    throw new Error('usage: bench-profile.mjs [--top n] [--lib dir] [--keep dir] -- <check args…>');
  const lib = path.resolve(option('lib') ?? path.join(root, 'lib'));
  const keep = option('keep');
  const dir = keep ?? mkdtempSync(path.join(tmpdir(), 'policy-gate-profile-'));
  const entry = path.join(dir, 'entry.mjs');
  writeFileSync(
    entry,
    [
      `import { main } from ${JSON.stringify(pathToFileURL(path.join(lib, 'cli/main.js')).href)};`,
      `import { processIo } from ${JSON.stringify(pathToFileURL(path.join(lib, 'cli/process-io.js')).href)};`,
      'process.exitCode = await main(process.argv.slice(2), processIo());',
    ].join('\n'),
  );
  const pinned = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
  const args = ['--cpu-prof', `--cpu-prof-dir=${dir}`, entry, ...argv.slice(dash + 1)];
  const [cmd, cmdArgs] = pinned
    ? ['taskset', ['-c', process.env.BENCH_CPU ?? '0', process.execPath, ...args]]
    : [process.execPath, args];
  const run = spawnSync(cmd, cmdArgs, { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (file === undefined) throw new Error(`no profile written (exit ${run.status})`);
  console.log(`exit ${run.status}; profile ${path.join(dir, file)}${pinned ? '' : ' (unpinned)'}\n`);
  console.log(printSummary(summariseProfile(JSON.parse(readFileSync(path.join(dir, file), 'utf8'))), top));
  if (keep === undefined) rmSync(dir, { recursive: true, force: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
