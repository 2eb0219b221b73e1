import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, runCli } from '../support/cli-harness.js';
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

  it('prints the listening line first and exits 0 when asked to stop (in-process)', async () => {
    const cwd = await acceptedWorkspace();
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
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+\n$/);
    expect(run.stderr).toBe('');
  });
});

describe('policy-gate serve: a real process', () => {
  beforeAll(() => {
    // bin/policy-gate.js runs the compiled lib/; compile it (other sources may carry type errors
    // while they are being written, which does not stop tsc from emitting).
    spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
    expect(existsSync(path.join(root, 'lib/cli/serve-command.js'))).toBe(true);
  });

  it('serves with a bearer token, then shuts down cleanly on SIGTERM, flushing the audit log', async () => {
    const cwd = await acceptedWorkspace();
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
      },
    );
    let stderr = '';
    child.stderr!.on('data', (data: Buffer) => (stderr += data.toString()));
    const exited = exitOf(child);
    const firstLine = await new Promise<string>((resolve) =>
      createInterface({ input: child.stdout! }).once('line', resolve),
    );
    const url = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(firstLine)?.[1];
    expect(url, firstLine).toBeDefined();

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
    const lines = readFileSync(path.join(cwd, 'policy-gate-audit.jsonl'), 'utf8').trim().split('\n');
    expect(lines.map((line) => JSON.parse(line).callId)).toEqual(['c1']);
  });
});

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}
