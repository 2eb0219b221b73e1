#!/usr/bin/env node
// generate-policy-schemas.mjs: write the JSON Schemas of policy.jsonc (schemas/policy-<release>.schema.json),
// one per supported OpenClaw release, from the engine's rule metadata (src/engine/policy-json-schema).
//
// Runs over the compiled engine, so build first: `npm run schemas` does both
// (`tsc -p tsconfig.build.json && node scripts/generate-policy-schemas.mjs`).
//
//   node scripts/generate-policy-schemas.mjs            write the files
//   node scripts/generate-policy-schemas.mjs --check    write nothing; exit 1 when a file is stale
//   … --lib <dir>                                       the compiled engine (default: lib/)
//
// The files are formatted by Prettier with the repository's settings, so `npm run format:check`
// accepts them as written; test/schema/schema-files.test.ts fails when they are stale.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const libIndex = args.indexOf('--lib');
const lib = libIndex >= 0 ? path.resolve(args[libIndex + 1] ?? '') : path.join(root, 'lib');
const generator = path.join(lib, 'engine/policy-json-schema/index.js');

if (!existsSync(generator)) {
  console.error(
    `${generator} is not built: run \`npx tsc -p tsconfig.build.json\` first (or \`npm run schemas\`).`,
  );
  process.exit(2);
}
const { policyJsonSchemas } = await import(pathToFileURL(generator).href);

const stale = [];
for (const { file, schema } of policyJsonSchemas()) {
  const target = path.join(root, file);
  const options = (await prettier.resolveConfig(target)) ?? {};
  const text = await prettier.format(JSON.stringify(schema), { ...options, filepath: target });
  const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
  if (current === text) continue;
  stale.push(file);
  if (check) continue;
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${file}`);
}

if (check && stale.length > 0) {
  console.error(`stale: ${stale.join(', ')}; run \`npm run schemas\` and commit the result.`);
  process.exit(1);
}
if (stale.length === 0) console.log('policy schemas are up to date.');
