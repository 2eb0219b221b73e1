import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CliIo } from '../../src/cli/cli-io.js';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  json: () => Record<string, unknown>;
}

/** Runs the CLI in-process with captured output and a fixed clock. */
export async function runCli(
  argv: string[],
  options: { cwd?: string; terminal?: boolean; now?: Date; maxTicks?: number } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  let ticks = 0;
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdoutIsTerminal: options.terminal ?? false,
    now: () => options.now ?? new Date('2026-11-21T12:00:00.000Z'),
    cwd: options.cwd ?? process.cwd(),
    sleep: async () => {
      ticks += 1;
    },
    stopRequested: () => ticks >= (options.maxTicks ?? 1),
  };
  const code = await main(argv, io);
  return {
    code,
    stdout,
    stderr,
    json: () => JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as Record<string, unknown>,
  };
}

/** A workspace folder in the temp dir with the given files (string contents or Buffers). */
export function makeWorkspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'policy-gate-ws-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}
