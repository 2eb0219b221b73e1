#!/usr/bin/env node
// A/B of two compiled policy-gate libs on one command: the runs alternate (A B, B A, …) so both
// see the same machine load, each a whole process pinned to one core (bench-process.mjs), and
// both reports must be byte-identical apart from `checkedAt` — an optimisation that changes a
// report is a bug, not a speed-up. Prints medians of CPU and wall time and the ratios. Timed here,
// never in tests.
//
//   node scripts/bench-ab.mjs --a <lib dir> --b <lib dir> [--runs 7] [--cpu 0] [--cwd <dir>]
//       [--node <node binary>] -- check --json --openclaw 2026.9.6 --cwd . …
// A lib dir is a `tsc -p tsconfig.build.json --outDir <dir>` output (with a package.json of
// {"type":"module"} and node_modules reachable from it).
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cpuTimes, stolenPercent } from './cpu-steal.mjs';
import { runProcess, summarise } from './bench-process.mjs';

const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const own = dash === -1 ? argv : argv.slice(0, dash);
const command = dash === -1 ? [] : argv.slice(dash + 1);
const option = (name, fallback) => {
  const at = own.indexOf(`--${name}`);
  return at === -1 ? fallback : own[at + 1];
};
const libs = { A: option('a'), B: option('b') };
if (libs.A === undefined || libs.B === undefined || command.length === 0) {
  console.error(
    'usage: bench-ab.mjs --a <lib> --b <lib> [--runs 7] [--cpu 0] [--cwd dir] [--node bin] -- <policy-gate args…>',
  );
  process.exit(2);
}
const runs = Number(option('runs', 7));
const cpu = option('cpu', '0');
const cwd = path.resolve(option('cwd', '.'));
const node = path.resolve(option('node', process.execPath));
const scratch = mkdtempSync(path.join(tmpdir(), 'policy-gate-ab-'));

const entries = {};
for (const [name, lib] of Object.entries(libs)) {
  entries[name] = path.join(scratch, `entry-${name}.mjs`);
  const url = (rel) => JSON.stringify(pathToFileURL(path.join(path.resolve(lib), rel)).href);
  writeFileSync(
    entries[name],
    `import { main } from ${url('cli/main.js')};\nimport { processIo } from ${url('cli/process-io.js')};\nprocess.exitCode = await main(process.argv.slice(2), processIo());\n`,
  );
}

const env = { PATH: process.env.PATH, HOME: process.env.HOME ?? scratch, LANG: 'C.UTF-8', TZ: 'UTC' };
const samples = { A: [], B: [] };
const outputs = {};
const before = cpuTimes();
try {
  for (let i = 0; i < runs; i++) {
    for (const name of i % 2 === 0 ? ['A', 'B'] : ['B', 'A']) {
      const stdoutFile = path.join(scratch, `out-${name}.json`);
      const sample = runProcess([node, entries[name], ...command], { cwd, env, cpu, stdoutFile });
      samples[name].push(sample);
      if (i === 0) {
        outputs[name] = readFileSync(stdoutFile, 'utf8').replace(/"checkedAt":"[^"]*"/g, '"checkedAt":""');
        outputs[`${name}exit`] = sample.exitCode;
      }
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const steal = stolenPercent(before, cpuTimes());
const a = summarise(samples.A, steal);
const b = summarise(samples.B, steal);
const same = outputs.A === outputs.B && outputs.Aexit === outputs.Bexit;
console.log(
  `${runs} alternating runs each, taskset -c ${cpu}, node ${node}; steal ${steal?.toFixed(1) ?? 'n/a'}%`,
);
console.log(
  `reports identical (checkedAt aside) and same exit code: ${same ? 'yes' : 'NO'} (${(outputs.A.length / 1e6).toFixed(1)} MB, exit ${outputs.Aexit})`,
);
console.log('');
console.log('| lib | CPU ms (min–max) | wall ms (min–max) | peak RSS MB |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, s] of [
  ['A', a],
  ['B', b],
]) {
  console.log(
    `| ${name}: ${libs[name]} | ${s.cpuMs.toFixed(0)} (${s.cpuMin.toFixed(0)}–${s.cpuMax.toFixed(0)}) | ${s.wallMs.toFixed(0)} (${s.wallMin.toFixed(0)}–${s.wallMax.toFixed(0)}) | ${s.maxRssMb.toFixed(0)} |`,
  );
}
console.log(
  `| B vs A | ${(a.cpuMs / b.cpuMs).toFixed(2)}× less CPU | ${(a.wallMs / b.wallMs).toFixed(2)}× less wall | |`,
);
if (!same) process.exitCode = 1;
