import { createHash } from 'node:crypto';
import { constants, lstatSync, mkdirSync, realpathSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../workspace/input-error.js';

/**
 * An append-only JSON-lines file, opened once at start-up without following links. Each record is
 * written as one whole line in one write call on an O_APPEND descriptor, so lines never
 * interleave, even with another process appending; appends are queued so they land in the order
 * they were made. `close` waits for every queued line, syncs the file to disk and closes it.
 */
export class AuditLog {
  private queue: Promise<void> = Promise.resolve();
  private closed: Promise<void> | undefined;

  private constructor(
    readonly file: string,
    private readonly handle: FileHandle,
  ) {}

  /**
   * Opens (creating, mode 0600) the log at an absolute path. Refused with an InputError: a
   * symbolic link (O_NOFOLLOW) or a symbolically linked directory inside `workspaceRoot` on the way
   * to it, a file with other hard links, anything but a regular file. Whoever can plant such a
   * link (an agent writing its workspace) would otherwise choose which file the sidecar appends to.
   */
  static async open(file: string, workspaceRoot: string): Promise<AuditLog> {
    refuseLinkedDirectories(file, workspaceRoot);
    let handle: FileHandle;
    try {
      // O_NONBLOCK: a FIFO planted there fails the open (ENXIO) instead of blocking start-up.
      handle = await open(
        file,
        constants.O_WRONLY |
          constants.O_APPEND |
          constants.O_CREAT |
          constants.O_NOFOLLOW |
          constants.O_NONBLOCK,
        0o600,
      );
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP' || code === 'EMLINK')
        throw new InputError(
          `${file}: the audit log is a symbolic link; refusing to write through it (remove the link, or choose another file with --audit-log).`,
        );
      throw new InputError(`${file}: the audit log cannot be opened (${code ?? String(error)}).`);
    }
    try {
      const stats = await handle.stat();
      if (!stats.isFile())
        throw new InputError(`${file}: the audit log is not a regular file; refusing to write to it.`);
      if (stats.nlink > 1)
        throw new InputError(
          `${file}: the audit log has ${stats.nlink} hard links; refusing to write through a link (remove the other names, or choose another file with --audit-log).`,
        );
    } catch (error) {
      await handle.close();
      throw error;
    }
    return new AuditLog(file, handle);
  }

  /** Resolves once the line is written; rejects (for that record only) when it cannot be. */
  append(record: Record<string, unknown>): Promise<void> {
    if (this.closed !== undefined) return Promise.reject(new Error('the audit log is closed'));
    const line = Buffer.from(auditLine(record), 'utf8');
    const written = this.queue.then(() => writeWhole(this.handle, line));
    this.queue = written.catch(() => undefined);
    return written;
  }

  close(): Promise<void> {
    this.closed ??= (async () => {
      await this.queue;
      await this.handle.sync().finally(() => this.handle.close());
    })();
    return this.closed;
  }
}

/**
 * One JSON line. JSON.stringify leaves U+2028, U+2029 and the C1 controls (U+0085 NEL among them)
 * unescaped inside strings; many log readers, editors and terminals take them for line breaks or
 * control sequences, so a caller's text could start what looks like a line of its own. They can
 * only occur inside strings, where `\uXXXX` is the same value.
 */
export function auditLine(record: Record<string, unknown>): string {
  return `${JSON.stringify(record).replace(/[\u0080-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

/**
 * Where the audit log goes by default: outside the workspace (an agent that writes its workspace
 * must not be able to rewrite the record of what it did), in the user's state directory,
 * `$XDG_STATE_HOME/policy-gate/` (else `~/.local/state/policy-gate/`), one file per workspace:
 * `audit-<first 16 hex digits of the SHA-256 of its real path>.jsonl`.
 */
export function defaultAuditLogFile(
  workspaceRoot: string,
  env: Readonly<Record<string, string | undefined>>,
  osHome: string,
): string {
  const xdg = env.XDG_STATE_HOME?.trim();
  // The XDG spec: a relative value is invalid and ignored.
  const stateHome =
    xdg !== undefined && xdg !== '' && path.isAbsolute(xdg)
      ? xdg
      : path.join(nonBlank(env.HOME) ?? osHome, '.local', 'state');
  const id = createHash('sha256').update(realPath(workspaceRoot)).digest('hex').slice(0, 16);
  return path.join(stateHome, 'policy-gate', `audit-${id}.jsonl`);
}

/** Creates the default log's directory (0700) when missing; refuses a default inside the workspace. */
export function prepareDefaultAuditDirectory(file: string, workspaceRoot: string): void {
  if (isInside(file, workspaceRoot) || isInside(file, realPath(workspaceRoot))) {
    throw new InputError(
      `the default audit log ${file} would be inside the workspace ${workspaceRoot}; pass --audit-log <file> outside it.`,
    );
  }
  try {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new InputError(
      `the audit log's directory ${path.dirname(file)} cannot be created (${(error as NodeJS.ErrnoException).code ?? String(error)}); pass --audit-log <file>.`,
    );
  }
}

/** Directories the workspace's writer could have replaced by links: those inside the workspace. */
function refuseLinkedDirectories(file: string, workspaceRoot: string): void {
  const root = path.resolve(workspaceRoot);
  if (!isInside(file, root)) return;
  const parts = path
    .relative(root, path.dirname(file))
    .split(path.sep)
    .filter((part) => part !== '');
  let directory = root;
  for (const part of parts) {
    directory = path.join(directory, part);
    const stats = lstatSync(directory, { throwIfNoEntry: false });
    if (stats?.isSymbolicLink() === true)
      throw new InputError(
        `${file}: ${directory} is a symbolic link inside the workspace; refusing to write the audit log through it.`,
      );
  }
}

function isInside(file: string, directory: string): boolean {
  const relative = path.relative(path.resolve(directory), path.resolve(file));
  return (
    relative !== '' &&
    relative !== '..' &&
    !relative.startsWith(`..${path.sep}`) &&
    !path.isAbsolute(relative)
  );
}

function realPath(directory: string): string {
  try {
    return realpathSync.native(directory);
  } catch {
    return path.resolve(directory);
  }
}

function nonBlank(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

async function writeWhole(handle: FileHandle, line: Buffer): Promise<void> {
  let offset = 0;
  while (offset < line.length) {
    const { bytesWritten } = await handle.write(line, offset, line.length - offset);
    offset += bytesWritten;
  }
}
