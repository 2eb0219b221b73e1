// `policy-gate status`: the gate's decision from git, before opening the pull request (issue 13).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, runCli } from '../support/cli-harness.js';

const EXAMPLE_DIR = path.resolve(import.meta.dirname, '../../examples/workspace');
const EXAMPLE = Object.fromEntries(
  readdirSync(EXAMPLE_DIR).map((name) => [name, readFileSync(path.join(EXAMPLE_DIR, name), 'utf8')]),
);

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
    cwd,
    stdio: 'ignore',
  });
}

/** A repository whose `main` accepted the example workspace (attestation committed). */
async function acceptedRepository(): Promise<string> {
  const cwd = makeWorkspace(EXAMPLE);
  git(cwd, 'init', '-q', '-b', 'main');
  expect((await runCli(['accept', '--cwd', cwd])).code).toBe(0);
  git(cwd, 'add', '-A');
  git(cwd, 'commit', '-q', '-m', 'accepted');
  return cwd;
}

describe('policy-gate status', () => {
  it('an untouched working tree passes against its base', async () => {
    const cwd = await acceptedRepository();
    const run = await runCli(['status', '--cwd', cwd], { terminal: true });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'policy-gate status: passes against origin/HEAD (unchanged: matches the accepted attestation)\n'.replace(
        'origin/HEAD',
        'main',
      ),
    );
  });

  it('a weakened policy: drift, the weakening, and the accept command — as the action would say', async () => {
    const cwd = await acceptedRepository();
    const policy = readFileSync(path.join(cwd, 'policy.jsonc'), 'utf8');
    writeFileSync(
      path.join(cwd, 'policy.jsonc'),
      policy.replace('"allow": ["openai", "anthropic"]', '"allow": ["openai", "anthropic", "mistral"]'),
    );
    const run = await runCli(['status', '--cwd', cwd, '--base', 'main'], { terminal: true });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'policy-gate status against main:\n  drift: differs from the accepted attestation\n',
    );
    expect(run.stdout).toContain(
      "  weakened: models.providers.allow allows 'mistral' (not allowed on the base)\n",
    );
    expect(run.stdout).toMatch(/ {2}next: run `policy-gate accept` and commit policy\.attestation\.json/);
    const json = (await runCli(['status', '--cwd', cwd, '--base', 'main', '--json'])).json();
    expect(json).toMatchObject({ base: 'main', verdict: 'drift', passed: false });
  });

  it('a guarded change (a symbolic link added) awaits an acceptor the base names', async () => {
    const cwd = await acceptedRepository();
    mkdirSync(path.join(cwd, '.github'));
    writeFileSync(path.join(cwd, '.github/policy-gate.yml'), 'acceptors:\n  - alice\n');
    git(cwd, 'add', '-A');
    git(cwd, 'commit', '-q', '-m', 'settings');
    symlinkSync('/etc', path.join(cwd, 'skills'));
    const json = (await runCli(['status', '--cwd', cwd, '--base', 'main', '--json'])).json() as {
      verdict: string;
      guardedChanges: unknown[];
    };
    expect(json.verdict).toBe('awaiting-acceptance');
    expect(json.guardedChanges).toEqual([{ setting: 'skills', change: 'added', after: 'symbolic link' }]);
  });

  it('refuses outside a git repository, and a base that names no commit', async () => {
    const plain = makeWorkspace({ 'policy.jsonc': '{}' });
    const outside = await runCli(['status', '--cwd', plain]);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/is not inside a git repository/);
    const cwd = await acceptedRepository();
    const unknown = await runCli(['status', '--cwd', cwd, '--base', 'no-such-branch']);
    expect(unknown.stderr).toBe(
      'policy-gate status: --base no-such-branch does not name a commit in this repository.\n',
    );
  });
});

describe('check tells when the committed attestation no longer matches', () => {
  it('a hint on the terminal, nothing in JSON', async () => {
    const cwd = await acceptedRepository();
    // A stricter policy: a new attestation, which the committed file does not record.
    const policy = readFileSync(path.join(cwd, 'policy.jsonc'), 'utf8');
    writeFileSync(
      path.join(cwd, 'policy.jsonc'),
      policy.replace('"deny": ["openrouter"]', '"deny": ["openrouter", "x"]'),
    );
    const human = await runCli(['check', '--cwd', cwd], { terminal: true });
    expect(human.stdout).toMatch(
      /hint: policy\.attestation\.json records sha256:[0-9a-f]{64}, but the workspace is now sha256:[0-9a-f]{64}: if the change is intended, run `policy-gate accept`/,
    );
    const json = await runCli(['check', '--cwd', cwd, '--json']);
    expect(json.stdout).not.toContain('records sha256');
  });
});

describe('watch tells it too', () => {
  it('a hint line after the status line on a terminal', async () => {
    const cwd = await acceptedRepository();
    const policy = readFileSync(path.join(cwd, 'policy.jsonc'), 'utf8');
    writeFileSync(
      path.join(cwd, 'policy.jsonc'),
      policy.replace('"deny": ["openrouter"]', '"deny": ["openrouter", "x"]'),
    );
    const run = await runCli(['watch', '--once', '--cwd', cwd], { terminal: true });
    expect(run.stdout).toMatch(
      /^policy watch: clean \(attestation sha256:[0-9a-f]{64}, evidence sha256:[0-9a-f]{64}\)\nhint: policy\.attestation\.json records sha256:/,
    );
    const json = await runCli(['watch', '--once', '--cwd', cwd, '--json']);
    expect(json.stdout).not.toContain('hint:');
  });
});
