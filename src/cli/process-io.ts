import { homedir } from 'node:os';
import type { CliIo } from './cli-io.js';

/** The real process behind `CliIo`: stdout, stderr, the clock, and SIGINT/SIGTERM for watch. */
export function processIo(): CliIo {
  let stop = false;
  let wake: (() => void) | undefined;
  const requestStop = (): void => {
    stop = true;
    wake?.();
  };
  process.once('SIGINT', requestStop);
  process.once('SIGTERM', requestStop);
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTerminal: process.stdout.isTTY === true,
    now: () => new Date(),
    cwd: process.cwd(),
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      }),
    stopRequested: () => stop,
    env: process.env,
    osHome: homedir(),
  };
}
