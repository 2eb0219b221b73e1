import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultAuditLogFile } from '../../src/runtime/audit-log.js';
import { makeWorkspace, runCli } from '../support/cli-harness.js';
import { freshHome, runWithHome } from '../cli/run-with-home.js';
import { runtimeConfig } from './runtime-fixtures.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FILES = {
  'openclaw.json': runtimeConfig(),
  'policy.jsonc': '{ tools: { requireMetadata: ["risk"] } }',
  'TOOLS.md': '## Tools\n\n### inspect risk:low\n',
};

async function acceptedWorkspace(): Promise<string> {
  const cwd = makeWorkspace(FILES);
  expect((await runCli(['accept', '--openclaw', '2026.5.20', '--cwd', cwd])).code).toBe(0);
  return cwd;
}

describe('policy-gate serve: arguments', () => {
  it.each([
    [
      ['--insecure-loopback'],
      'policy-gate serve: serve: --accepted <attestation file> is required (write one with `policy-gate accept`).',
    ],
    [
      ['--accepted', 'a.json'],
      'policy-gate serve: serve: refusing to start without authentication: pass --token-file <file>, or --insecure-loopback to serve on 127.0.0.1 or ::1 without a token.',
    ],
    [
      ['--accepted', 'a.json', '--insecure-loopback', '--token-file', 't'],
      'policy-gate serve: serve: pass either --token-file or --insecure-loopback, not both.',
    ],
    [
      ['--accepted', 'a.json', '--insecure-loopback', '--host', '0.0.0.0'],
      'policy-gate serve: serve: --insecure-loopback is only allowed on a loopback address (127.0.0.1 or ::1), not 0.0.0.0.',
    ],
    [
      ['--accepted', 'a.json', '--insecure-loopback', '--port', '70000'],
      "policy-gate serve: serve: --port must be an integer from 0 to 65535 (0 = any free port), got '70000'.",
    ],
    [
      ['--accepted', 'a.json', '--insecure-loopback', '--port', '8.5'],
      "policy-gate serve: serve: --port must be an integer from 0 to 65535 (0 = any free port), got '8.5'.",
    ],
    [
      ['--accepted', 'a.json', '--insecure-loopback', '--max-body-bytes', '65536'],
      "policy-gate serve: serve: --max-body-bytes must be an integer from 1048576 (1 MiB) to 33554432 (32 MiB), got '65536'.",
    ],
    [
      ['--accepted', 'a.json', '--insecure-loopback', '--max-body-bytes', '4MiB'],
      "policy-gate serve: serve: --max-body-bytes must be an integer from 1048576 (1 MiB) to 33554432 (32 MiB), got '4MiB'.",
    ],
  ])('refuses %j with exit 2 and one line', async (args, message) => {
    const run = await runCli(['serve', '--openclaw', '2026.5.20', ...args]);
    expect([run.code, run.stderr, run.stdout]).toEqual([2, `${message}\n`, '']);
  });

  it('refuses an empty or unreadable token file', async () => {
    const cwd = makeWorkspace({ empty: '\n' });
    const empty = await runCli(
      ['serve', '--openclaw', '2026.5.20', '--accepted', 'a.json', '--token-file', 'empty'],
      { cwd },
    );
    expect([empty.code, empty.stderr]).toEqual([
      2,
      `policy-gate serve: ${path.join(cwd, 'empty')}: the token file is empty.\n`,
    ]);
    const missing = await runCli(
      ['serve', '--openclaw', '2026.5.20', '--accepted', 'a.json', '--token-file', 'nope'],
      { cwd },
    );
    expect([missing.code, missing.stderr]).toEqual([
      2,
      `policy-gate serve: ${path.join(cwd, 'nope')}: the token file cannot be read (ENOENT).\n`,
    ]);
  });

  it('prints the listening line first, then the audit log, and exits 0 when asked to stop (in-process)', async () => {
    const cwd = await acceptedWorkspace();
    const home = freshHome();
    const run = await runWithHome(
      [
        'serve',
        '--openclaw',
        '2026.5.20',
        '--cwd',
        cwd,
        '--accepted',
        'policy.attestation.json',
        '--port',
        '0',
        '--insecure-loopback',
        '--max-body-bytes',
        String(2 * 1024 * 1024),
      ],
      { home },
    );
    expect(run.code).toBe(0);
    const auditLog = defaultAuditLogFile(cwd, { HOME: home }, home);
    expect(run.stdout).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+\naudit log (.*)\n$/);
    expect(run.stdout.split('\n')[1]).toBe(`audit log ${auditLog}`);
    expect(auditLog.startsWith(path.join(home, '.local', 'state', 'policy-gate', 'audit-'))).toBe(true);
    expect(run.stderr).toBe('');
  });

  it('refuses, exit 2, an audit log that is a symbolic link, and writes nothing through it', async () => {
    const cwd = await acceptedWorkspace();
    const target = path.join(freshHome(), 'authorized_keys');
    writeFileSync(target, 'ssh-ed25519 AAAA… owner\n');
    symlinkSync(target, path.join(cwd, 'audit.jsonl'));
    const run = await runCli([
      'serve',
      '--openclaw',
      '2026.5.20',
      '--cwd',
      cwd,
      '--accepted',
      'policy.attestation.json',
      '--port',
      '0',
      '--insecure-loopback',
      '--audit-log',
      'audit.jsonl',
    ]);
    expect([run.code, run.stdout, run.stderr]).toEqual([
      2,
      '',
      `policy-gate serve: ${path.join(cwd, 'audit.jsonl')}: the audit log is a symbolic link; refusing to write through it (remove the link, or choose another file with --audit-log).\n`,
    ]);
    expect(readFileSync(target, 'utf8')).toBe('ssh-ed25519 AAAA… owner\n');
  });
});

describe('policy-gate serve: a real process', () => {
  beforeAll(() => {
    // bin/policy-gate.js runs the compiled lib/; compile it (other sources may carry type errors
    // while they are being written, which does not stop tsc from emitting).
    spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
    expect(existsSync(path.join(root, 'lib/cli/serve-command.js'))).toBe(true);
  });

  it('serves with a bearer token, then shuts down cleanly on SIGTERM, flushing the audit log outside the workspace', async () => {
    const cwd = await acceptedWorkspace();
    const home = freshHome();
    writeFileSync(path.join(cwd, 'token'), 'spawned-token\n');
    const child = spawn(
      process.execPath,
      [
        path.join(root, 'bin/policy-gate.js'),
        'serve',
        '--openclaw',
        '2026.5.20',
        '--cwd',
        cwd,
        '--accepted',
        'policy.attestation.json',
        '--port',
        '0',
        '--token-file',
        path.join(cwd, 'token'),
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { PATH: process.env.PATH, HOME: home },
      },
    );
    let stderr = '';
    child.stderr!.on('data', (data: Buffer) => (stderr += data.toString()));
    const exited = exitOf(child);
    const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
    const firstLine = String((await lines.next()).value);
    const url = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(firstLine)?.[1];
    expect(url, firstLine).toBeDefined();
    const auditLog = /^audit log (.+)$/.exec(String((await lines.next()).value))?.[1];
    // Outside the workspace, in the user's state directory, private to the user.
    expect(auditLog).toBe(defaultAuditLogFile(cwd, { HOME: home }, home));
    expect(path.dirname(auditLog!)).toBe(path.join(home, '.local', 'state', 'policy-gate'));
    expect(statSync(auditLog!).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(auditLog!)).mode & 0o777).toBe(0o700);

    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const headers = { authorization: 'Bearer spawned-token', 'content-type': 'application/json' };
    expect(
      (await fetch(`${url}/api/v1/execute`, { method: 'POST', body: '{"toolName":"inspect"}' })).status,
    ).toBe(401);
    const decision = await fetch(`${url}/api/v1/execute`, {
      method: 'POST',
      headers,
      body: '{"toolName":"inspect"}',
    });
    expect(await decision.json()).toMatchObject({ action: 'allow', allowed: true });
    const audit = await fetch(`${url}/api/v1/result`, {
      method: 'POST',
      headers,
      body: '{"toolName":"inspect","callId":"c1","result":{"resultStatus":"completed"}}',
    });
    expect(audit.status).toBe(202);

    child.kill('SIGTERM');
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(stderr).toBe('');
    const records = readFileSync(auditLog!, 'utf8').trim().split('\n');
    expect(records.map((line) => JSON.parse(line).callId)).toEqual(['c1']);
    expect(readdirSync(cwd).filter((name) => name.includes('audit'))).toEqual([]);
  });
});

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}
