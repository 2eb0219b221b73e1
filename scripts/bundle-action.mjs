#!/usr/bin/env node
// Bundles the two committed artefacts with ncc, from the JavaScript tsc emitted into lib/:
//   dist/         the action: lib/action/index.js → dist/index.js (action.yml runs it)
//   dist/cli/     the CLI: bin/policy-gate.js → dist/cli/index.js plus one chunk per lazily
//                 loaded verb (package.json's `bin`; what `npm install policy-gate` and
//                 `npx github:<owner>/policy-gate` run, with no build step and no dependencies)
// Each is ESM, without source maps, with its licenses alongside. Both are committed;
// test/dist.test.ts rebuilds them into a temporary folder and fails when a committed file differs.
//   node scripts/bundle-action.mjs [outDir]   (default: dist; the CLI goes to <outDir>/cli)
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(root, process.argv[2] ?? 'dist');
const bundles = [
  { entry: 'lib/action/index.js', out },
  { entry: 'bin/policy-gate.js', out: path.join(out, 'cli') },
];

rmSync(out, { recursive: true, force: true }); // ncc does not clean its output folder
for (const bundle of bundles) {
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      path.join(root, bundle.entry),
      '-o',
      bundle.out,
      '--license',
      'licenses.txt',
      '-q',
    ],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
}
