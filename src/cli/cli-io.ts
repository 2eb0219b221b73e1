/** What a CLI verb may touch, injected so tests run verbs in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal: without one, output is JSON (SPEC.md §5). */
  stdoutIsTerminal: boolean;
  now: () => Date;
  cwd: string;
  /** Resolves after `ms`, or early when the process is asked to stop (watch). */
  sleep: (ms: number) => Promise<void>;
  stopRequested: () => boolean;
  /**
   * The environment OpenClaw 2026.9.6 reads its state directory and home from (`OPENCLAW_STATE_DIR`,
   * `OPENCLAW_HOME`, `HOME`); absent means none is set.
   */
  env?: Readonly<Record<string, string | undefined>>;
  /** The operating system's home directory, the last resort for `~` (default `os.homedir()`). */
  osHome?: string;
  /**
   * Standard input as text, read to its end (a file argument `-` or `/dev/stdin`); absent where
   * there is none to read (in-process callers).
   */
  readStdin?: () => Promise<string>;
}

/** A reason to exit 2: bad arguments or input the tool refuses. One line on stderr. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;
