#!/usr/bin/env node
// Where one 2026.9.6 `check` spends its time, phase by phase, in one fresh process (cold, like
// the CLI): reading and parsing the config, OpenClaw's config loader, the rest of the input
// loading, each evidence slice, each findings block, the attestation (canonical hashes) and the
// report (`JSON.stringify`). The slices and blocks are timed by wrapping the registry's entries in
// this process only; the loader is timed by running it once more on the same parsed config (its
// result is thrown away). Timed here, never in tests.
//
//   node scripts/bench-phases.mjs <workspace dir> [--lib <compiled lib>] [--agent main]
//       [--exec-approvals <file>] [--runs 1]
// `--runs n` repeats the whole check n times in the same process and prints every run (the first
// is cold; later ones show the steady state with V8's code optimised).
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(`--${name}`);
  return at === -1 ? fallback : argv[at + 1];
};
const dir = path.resolve(argv[0] ?? '.');
const lib = path.resolve(option('lib', path.join(root, 'lib')));
const runs = Number(option('runs', 1));
const load = (rel) => import(pathToFileURL(path.join(lib, rel)).href);

const t0 = performance.now();
const { evaluateWorkspace } = await load('cli/check-command.js');
const { hostFrom, releaseFrom } = await load('cli/release-options.js');
const { EVIDENCE_SLICES, FINDINGS_BLOCKS } = await load('engine/current/registry.js');
const { loadOpenClawConfig } = await load('engine/current/loaded-config/index.js');
const { parseJsonDocument } = await load('workspace/json-document.js');
const moduleMs = performance.now() - t0;

// CPU time (user + system of the whole process) is the figure to read on a busy machine: wall
// time there also counts the time other processes had the core.
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const times = new Map();
const timed = (key, fn) =>
  function (...args) {
    const start = cpuMs();
    try {
      return fn.apply(this, args);
    } finally {
      times.set(key, (times.get(key) ?? 0) + cpuMs() - start);
    }
  };
for (const slice of EVIDENCE_SLICES) slice.collect = timed(`evidence ${slice.key}`, slice.collect);
const blockNames = [
  'container shape',
  'channels',
  'mcp',
  'models',
  'network',
  'routing',
  'ingress',
  'gateway',
  'agentWorkspace',
  'toolPosture',
  'sandbox',
  'dataHandling',
  'secrets',
  'execApprovals',
  'auth requireMetadata',
  'tool metadata',
];
FINDINGS_BLOCKS.forEach((block, i) => {
  FINDINGS_BLOCKS[i] = timed(`findings ${blockNames[i] ?? i}`, block);
});

const profile = releaseFrom('2026.9.6');
const io = { cwd: dir, env: { HOME: homedir() }, osHome: homedir(), stderr: () => {} };
const values = {
  agent: option('agent', 'main'),
  'exec-approvals': option('exec-approvals', path.join(dir, 'exec-approvals.json')),
};

for (let run = 1; run <= runs; run++) {
  times.clear();
  const start = performance.now();
  const startCpu = cpuMs();
  // The loader alone, on its own parse of the same text (measurement only).
  const text = readFileSync(path.join(dir, 'openclaw.json'), 'utf8');
  const p0 = cpuMs();
  const parsed = parseJsonDocument(text, 'openclaw.json');
  const parseMs = cpuMs() - p0;
  const l0 = cpuMs();
  loadOpenClawConfig(parsed.value, { homeDir: homedir(), env: {} });
  const loaderMs = cpuMs() - l0;

  const c0 = cpuMs();
  const { report, check } = await evaluateWorkspace(
    { cwd: dir },
    { now: new Date(), profile, host: hostFrom(profile, values, io, dir, 'policy check') },
  );
  const checkMs = cpuMs() - c0;
  const s0 = cpuMs();
  const json = JSON.stringify(report);
  const stringifyMs = cpuMs() - s0;
  if (!report.ok) process.stderr.write(`note: report not ok (${report.findings.length} findings)\n`);
  void check;

  const evidenceMs = [...times].filter(([k]) => k.startsWith('evidence')).reduce((s, [, v]) => s + v, 0);
  const findingsMs = [...times].filter(([k]) => k.startsWith('findings')).reduce((s, [, v]) => s + v, 0);
  const rows = [
    ['config: parse (JSON5-compatible, positions, duplicate keys)', parseMs],
    ["config: OpenClaw's loader (schema, migrations, defaults)", loaderMs],
    ['check total (read, parse, load, evaluate, hash, report object)', checkMs],
    ['  of which evidence slices', evidenceMs],
    ['  of which findings blocks', findingsMs],
    ['  of which the rest (read, parse, load, policy, AGENTS.md, hashes)', checkMs - evidenceMs - findingsMs],
    ['report JSON.stringify', stringifyMs],
    ...[...times].sort((a, b) => b[1] - a[1]).map(([k, v]) => [`  ${k}`, v]),
  ];
  console.log(
    `run ${run}: ${(cpuMs() - startCpu).toFixed(0)} ms CPU, ${(performance.now() - start).toFixed(0)} ms wall; modules ${moduleMs.toFixed(0)} ms wall; report ${(json.length / 1e6).toFixed(1)} MB`,
  );
  console.log('| phase | CPU ms |\n| --- | ---: |');
  for (const [k, v] of rows) console.log(`| ${k} | ${v.toFixed(1)} |`);
  console.log('');
}
