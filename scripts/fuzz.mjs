#!/usr/bin/env node
// The long fuzz run of issue 6 (item 3): at least 100,000 cases over the JSONC reader, the TOOLS.md
// reader, the canonical hasher and the verdict function, with the properties of
// test/reliability/fuzz-properties.mjs (no crash, deterministic, key order and spelling irrelevant,
// monotonic verdicts). Runs over the built lib/, so build first:
//
//   npx tsc -p tsconfig.build.json && node scripts/fuzz.mjs [--cases 100000] [--seed N]
//
// Prints one row per property (cases, skipped, failures, seed) and exits 1 on any failure, with
// the shrunk counterexample and the seed that reproduces it. A short slice of the same properties
// runs in the test suite (test/reliability/fuzz-slice.test.ts).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
const lib = (file) => pathToFileURL(path.join(root, 'lib', file)).href;

const { values } = parseArgs({
  options: { cases: { type: 'string', default: '100000' }, seed: { type: 'string' } },
  strict: true,
});
const cases = Number(values.cases);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (!Number.isSafeInteger(cases) || cases < 1)
  fail(`--cases must be a positive integer, got '${values.cases}'.`);
if (!Number.isSafeInteger(seed)) fail(`--seed must be an integer, got '${values.seed}'.`);
if (!existsSync(path.join(root, 'lib', 'workspace', 'json-document.js')))
  fail('lib/ is not built: run `npx tsc -p tsconfig.build.json` first.');

const [
  { parseJsonDocument, MAX_JSON_DEPTH },
  { parseToolsMarkdown },
  canonical,
  { verdictFor },
  { runFuzz },
] = await Promise.all([
  import(lib('workspace/json-document.js')),
  import(lib('engine/tools-markdown.js')),
  import(lib('engine/canonical-json.js')),
  import(lib('gate/verdict.js')),
  import(pathToFileURL(path.join(root, 'test', 'reliability', 'fuzz-properties.mjs')).href),
]);
const engine = {
  parseJsonDocument,
  parseToolsMarkdown,
  canonicalJson: canonical.canonicalJson,
  writeCanonical: canonical.writeCanonical,
  hashOf: canonical.hashOf,
  compareKeys: canonical.compareKeys,
  verdictFor,
  maxJsonDepth: MAX_JSON_DEPTH,
};

console.log(`policy-gate fuzz: ${cases} cases, seed ${seed}, node ${process.version}`);
const started = performance.now();
const report = runFuzz(engine, { cases, seed });
const seconds = ((performance.now() - started) / 1000).toFixed(1);

const rows = report.rows.map((r) => [
  r.target,
  r.property,
  String(r.cases),
  String(r.skipped),
  r.failed ? '1' : '0',
  String(r.seed),
  String(r.ms),
]);
const byTarget = new Map();
for (const r of report.rows) {
  const t = byTarget.get(r.target) ?? { cases: 0, failures: 0 };
  t.cases += r.cases;
  t.failures += r.failed ? 1 : 0;
  byTarget.set(r.target, t);
}
const total = report.rows.reduce((sum, r) => sum + r.cases, 0);
const failures = report.rows.filter((r) => r.failed);
printTable(['target', 'property', 'cases', 'skipped', 'failures', 'seed', 'ms'], rows);
console.log('');
printTable(
  ['target', 'cases', 'failures'],
  [
    ...[...byTarget].map(([target, t]) => [target, String(t.cases), String(t.failures)]),
    ['total', String(total), String(failures.length)],
  ],
);
console.log('');
console.log(
  `tallies: ${report.tallies.parsed} texts parsed, ${report.tallies.tooDeep} nested past ${MAX_JSON_DEPTH} levels (all refused), ` +
    `${report.tallies.collationTies} values with keys that collate equal (key order not asserted, see test/reliability/README.md)`,
);
console.log(
  `${total} cases in ${seconds} s, ${failures.length} failing propert${failures.length === 1 ? 'y' : 'ies'}; reproduce with --seed ${seed} --cases ${cases}`,
);
for (const f of failures)
  console.log(`FAILED ${f.target} / ${f.property} (seed ${f.seed}): ${f.counterexample}`);
process.exitCode = failures.length > 0 ? 1 : 0;

function printTable(header, body) {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) =>
    `| ${cells.map((c, i) => (i >= 2 || (header.length === 3 && i >= 1) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of body) console.log(line(row));
}

function fail(message) {
  console.error(`fuzz: ${message}`);
  process.exit(2);
}
