import { homedir } from 'node:os';
import { DEFAULT_MAX_BYTES } from '../workspace/safe-read.js';
import { InputError } from '../workspace/input-error.js';
import type { CliIo } from './cli-io.js';

/**
 * The real process behind `CliIo`: stdout, stderr, stdin, the clock, and SIGINT/SIGTERM for watch.
 *
 * A reader that goes away (`policy-gate check --json | head -c 10`) closes the pipe: Node then
 * emits EPIPE on stdout, which without a listener is an uncaught exception and a stack trace. Here
 * a closed stdout is the reader's choice: later output is dropped, `watch` stops, and the verb
 * ends with its own exit code, silently.
 */
export function processIo(): CliIo {
  let stop = false;
  let stdoutOpen = true;
  let stderrOpen = true;
  let wake: (() => void) | undefined;
  const requestStop = (): void => {
    stop = true;
    wake?.();
  };
  process.once('SIGINT', requestStop);
  process.once('SIGTERM', requestStop);
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    stdoutOpen = false;
    requestStop();
    if (!isClosedPipe(error)) {
      process.exitCode = 2;
      if (stderrOpen)
        process.stderr.write(`policy-gate: cannot write to standard output: ${error.message}\n`);
    }
  });
  // Nowhere left to say anything: a failed stderr is only not written to again.
  process.stderr.on('error', () => {
    stderrOpen = false;
  });
  return {
    stdout: (text) => {
      if (stdoutOpen) process.stdout.write(text);
    },
    stderr: (text) => {
      if (stderrOpen) process.stderr.write(text);
    },
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
    readStdin: () => readStandardInput(),
  };
}

function isClosedPipe(error: NodeJS.ErrnoException): boolean {
  return error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED';
}

let standardInput: Promise<string> | undefined;

/**
 * All of standard input, decoded as `fs.readFile(…, 'utf8')` decodes a file (a byte-order mark
 * stays), at most as much as any file policy-gate reads. Read once: a second reader gets the same text.
 */
function readStandardInput(): Promise<string> {
  standardInput ??= new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    process.stdin.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > DEFAULT_MAX_BYTES) {
        process.stdin.destroy();
        reject(new InputError(`standard input is larger than ${DEFAULT_MAX_BYTES} bytes.`));
        return;
      }
      chunks.push(chunk);
    });
    process.stdin.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.once('error', (error) =>
      reject(new InputError(`standard input could not be read: ${error.message}`)),
    );
  });
  return standardInput;
}
