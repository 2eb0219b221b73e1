// The CLI in-process with a controlled environment: a fresh HOME (so `~/.openclaw` is the test's),
// optional OPENCLAW_STATE_DIR, and the same fixed clock as test/support/cli-harness.ts.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CliIo } from '../../src/cli/cli-io.js';
import { main } from '../../src/cli/main.js';
import type { CliRun } from '../support/cli-harness.js';

export function freshHome(files: Record<string, string> = {}): string {
  const home = mkdtempSync(path.join(tmpdir(), 'policy-gate-home-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(home, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return home;
}

export async function runWithHome(
  argv: string[],
  options: {
    home: string;
    env?: Record<string, string>;
    cwd?: string;
    terminal?: boolean;
    maxTicks?: number;
  },
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  let ticks = 0;
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdoutIsTerminal: options.terminal ?? false,
    now: () => new Date('2026-11-21T12:00:00.000Z'),
    cwd: options.cwd ?? process.cwd(),
    sleep: async () => {
      ticks += 1;
    },
    stopRequested: () => ticks >= (options.maxTicks ?? 1),
    env: { HOME: options.home, ...options.env },
    osHome: options.home,
  };
  const code = await main(argv, io);
  return {
    code,
    stdout,
    stderr,
    json: () => JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as Record<string, unknown>,
  };
}
