#!/usr/bin/env node
// Bundles the action (lib/action/index.js, emitted by tsc) into dist/ with ncc: one ESM file,
// no source maps, licenses alongside. `dist/` is committed; test/dist.test.ts rebuilds it into a
// temporary folder and fails when the committed copy differs.
//   node scripts/bundle-action.mjs [outDir]   (default: dist)
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(root, process.argv[2] ?? 'dist');
rmSync(out, { recursive: true, force: true }); // ncc does not clean its output folder
execFileSync(
  process.execPath,
  [
    path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
    'build',
    path.join(root, 'lib/action/index.js'),
    '-o',
    out,
    '--license',
    'licenses.txt',
    '-q',
  ],
  {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  },
);
