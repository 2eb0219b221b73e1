#!/usr/bin/env node
// Builds the OpenClaw plugin from lib/ (emitted by `tsc -p tsconfig.build.json`):
//   * dist/index.js: lib/plugin/openclaw-entry.js bundled with ncc (one ESM file, no source maps,
//     licenses alongside), so `openclaw plugins install <this folder>` works without a build;
//   * openclaw.plugin.json: the manifest, its configSchema taken from src/plugin/plugin-settings.ts
//     (one schema: the one OpenClaw validates with is the one the plugin re-checks).
// Both are committed; test/openclaw-plugin/bundle.test.ts rebuilds them into a temporary folder and
// fails when the committed copies differ.
//   node packages/openclaw-plugin/build.mjs [--lib <dir>] [outDir]
// (defaults: lib/ of the repository, this folder)
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const args = process.argv.slice(2);
const libFlag = args.indexOf('--lib');
const lib = path.resolve(libFlag === -1 ? path.join(root, 'lib') : args.splice(libFlag, 2)[1]);
const target = path.resolve(args[0] ?? here);
const out = path.join(target, 'dist');
rmSync(out, { recursive: true, force: true }); // ncc does not clean its output folder
execFileSync(
  process.execPath,
  [
    path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
    'build',
    path.join(lib, 'plugin/openclaw-entry.js'),
    '-o',
    out,
    '--license',
    'licenses.txt',
    '-q',
  ],
  { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
);
// ncc writes a package.json saying "type": "module" next to the bundle; the plugin's own
// package.json already does, and OpenClaw reads only the folder's root one.
rmSync(path.join(out, 'package.json'), { force: true });
// ncc names each module by its path in comments: name them as in lib/ whichever folder tsc wrote,
// so the bundle test's scratch build is byte-identical to the committed one.
const relativeLib = path.relative(root, lib).split(path.sep).join('/');
if (relativeLib !== 'lib') {
  const bundle = path.join(out, 'index.js');
  writeFileSync(bundle, readFileSync(bundle, 'utf8').replaceAll(`./${relativeLib}/`, './lib/'));
}

const settings = await import(pathToFileURL(path.join(lib, 'plugin/plugin-settings.js')).href);
const { version } = JSON.parse(readFileSync(path.join(here, 'package.json'), 'utf8'));
const manifest = {
  id: settings.PLUGIN_ID,
  name: 'policy-gate',
  description:
    'Refuses tool calls while the workspace does not match its accepted policy attestation (policy-gate accept), and asks for approval where the accepted policy requires it.',
  version,
  // Loaded at Gateway start: a policy registered only later would let the first calls through.
  activation: { onStartup: true },
  contracts: { trustedToolPolicies: [settings.TRUSTED_POLICY_ID] },
  uiHints: {
    workspace: { label: 'Workspace directory', placeholder: '~/.openclaw/workspace' },
    attestationFile: { label: 'Accepted attestation file' },
    acceptedFrom: { label: 'Accepted attestation source' },
    openclaw: { label: 'OpenClaw release of the attestation' },
    agent: { label: 'Agent' },
    config: { label: 'OpenClaw config file' },
    policy: { label: 'Policy file' },
  },
  configSchema: settings.PLUGIN_CONFIG_SCHEMA,
};
// Formatted as the repository formats JSON, so `prettier --check .` and this build agree.
const prettier = await import(pathToFileURL(path.join(root, 'node_modules/prettier/index.mjs')).href);
const manifestFile = path.join(target, 'openclaw.plugin.json');
const options = (await prettier.resolveConfig(path.join(here, 'openclaw.plugin.json'))) ?? {};
writeFileSync(manifestFile, await prettier.format(JSON.stringify(manifest), { ...options, parser: 'json' }));
