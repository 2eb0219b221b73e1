// The engine's only way to read a workspace file. Workspace content comes from pull requests, so
// every read is confined to the workspace (symbolic links included), limited in size, and never
// opens anything that is not a regular file (a FIFO would block forever, a device could be
// endless). The text is decoded exactly like `fs.readFile(p, 'utf8')`, which is what OpenClaw
// hashes and parses: invalid UTF-8 becomes U+FFFD and a byte-order mark stays in the string.
import { constants, type Stats } from 'node:fs';
import * as path from 'node:path';
import { resolveInsideWorkspace, relativeInside } from './confined-path.js';
import { close, fstat, open, read, realpath, runAsync, runSync, stat, type FsProgram } from './fs-ops.js';

export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

export type FileReadResult =
  | { kind: 'missing'; path: string }
  | { kind: 'text'; path: string; text: string; bytes: number }
  | { kind: 'unreadable'; path: string; reason: string };

export interface ReadWorkspaceFileOptions {
  /** Largest accepted file, in bytes (default 16 MiB). */
  maxBytes?: number;
  /**
   * Refuse absolute paths outside the workspace. Off by default because an absolute policy path
   * the *user* configured is trusted (SPEC §1); turn it on when the path itself came from
   * workspace content (for example `plugins.entries.policy.config.path` in a pull request).
   */
  confineAbsolute?: boolean;
}

/**
 * Reads `filePath` (relative to `workspaceRoot`, or absolute) as UTF-8 text.
 * `path` in the result is the absolute path as requested (before following links).
 * Never rejects for anything found on disk; only a bad `maxBytes` is a programming error.
 */
export function readWorkspaceFile(
  workspaceRoot: string,
  filePath: string,
  options: ReadWorkspaceFileOptions = {},
): Promise<FileReadResult> {
  return runAsync(readWorkspaceFileSteps(workspaceRoot, filePath, options));
}

/** The same as {@link readWorkspaceFile}, blocking. */
export function readWorkspaceFileSync(
  workspaceRoot: string,
  filePath: string,
  options: ReadWorkspaceFileOptions = {},
): FileReadResult {
  return runSync(readWorkspaceFileSteps(workspaceRoot, filePath, options));
}

// Read sizes: big enough that a typical policy is one call, small enough that a file which grows
// while we read cannot make us allocate much past the limit.
const CHUNK_BYTES = 1024 * 1024;

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
// Inside the workspace every link was already followed by hand, so a link appearing now means the
// tree changed under us: refuse it instead of following it.
const OPEN_FLAGS_NO_FOLLOW = OPEN_FLAGS | (constants.O_NOFOLLOW ?? 0);

/**
 * The reader as a program of file-system steps (see fs-ops.ts). Exported so tests can run it with
 * an auditing driver and prove which paths are, and are not, touched.
 */
export function* readWorkspaceFileSteps(
  workspaceRoot: string,
  filePath: string,
  options: ReadWorkspaceFileOptions = {},
): FsProgram<FileReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) {
    throw new RangeError(`maxBytes must be a non-negative integer, got ${String(options.maxBytes)}`);
  }
  const lexicalRoot = path.resolve(workspaceRoot);
  const requestedPath = path.resolve(lexicalRoot, filePath);
  const display = filePath;
  const unreadable = (reason: string): FileReadResult => ({
    kind: 'unreadable',
    path: requestedPath,
    reason,
  });

  try {
    if (filePath.includes('\0') || workspaceRoot.includes('\0')) {
      return unreadable(`${JSON.stringify(display)} is not a valid path (it contains a NUL character)`);
    }
    const realRoot = yield* realRootOrUndefined(lexicalRoot);
    let insidePath: string | undefined = filePath;
    if (path.isAbsolute(filePath)) {
      insidePath =
        relativeInside(lexicalRoot, filePath) ??
        (realRoot === undefined ? undefined : relativeInside(realRoot, filePath));
    }

    if (insidePath === undefined) {
      if (options.confineAbsolute) return unreadable(`${display} is outside the workspace`);
      // A trusted absolute path: links are followed, but the rest of the rules still hold.
      const stats = yield* stat(filePath);
      const refusal = refusalFor(stats, display, maxBytes);
      if (refusal) return unreadable(refusal);
      return yield* readOpened(yield* open(filePath, OPEN_FLAGS), stats, display, maxBytes, requestedPath);
    }

    if (realRoot === undefined) return { kind: 'missing', path: requestedPath };
    const resolution = yield* resolveInsideWorkspace(realRoot, lexicalRoot, insidePath, display);
    if (resolution.kind === 'missing') return { kind: 'missing', path: requestedPath };
    if (resolution.kind === 'refused') return unreadable(resolution.reason);
    const refusal = refusalFor(resolution.stats, display, maxBytes);
    if (refusal) return unreadable(refusal);
    const fd = yield* open(resolution.realPath, OPEN_FLAGS_NO_FOLLOW);
    return yield* readOpened(fd, resolution.stats, display, maxBytes, requestedPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing', path: requestedPath };
    return unreadable(describeReadError(error, display));
  }
}

/** A missing workspace root makes every file in it missing, as `fs.readFile` would. */
function* realRootOrUndefined(lexicalRoot: string): FsProgram<string | undefined> {
  try {
    return yield* realpath(lexicalRoot);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/** Why a file must not be opened at all, or undefined when it may be. */
function refusalFor(stats: Stats, display: string, maxBytes: number): string | undefined {
  if (stats.isDirectory()) return `${display} is a directory, not a file`;
  if (stats.isFIFO()) return `${display} is a named pipe (FIFO), not a regular file`;
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return `${display} is a device, not a regular file`;
  if (stats.isSocket()) return `${display} is a socket, not a regular file`;
  if (!stats.isFile()) return `${display} is not a regular file`;
  if (stats.size > maxBytes) return overLimit(display, stats.size, maxBytes);
  return undefined;
}

function overLimit(display: string, size: number, maxBytes: number): string {
  return `${display} is ${size} bytes, over the ${maxBytes}-byte limit`;
}

function* readOpened(
  fd: number,
  checked: Stats,
  display: string,
  maxBytes: number,
  requestedPath: string,
): FsProgram<FileReadResult> {
  const unreadable = (reason: string): FileReadResult => ({
    kind: 'unreadable',
    path: requestedPath,
    reason,
  });
  try {
    const opened = yield* fstat(fd);
    if (!opened.isFile() || opened.dev !== checked.dev || opened.ino !== checked.ino) {
      return unreadable(`${display} changed while it was being read`);
    }
    if (opened.size > maxBytes) return unreadable(overLimit(display, opened.size, maxBytes));

    // Read until end of file, but never more than one byte past the limit: a file that keeps
    // growing (or lies about its size) is refused rather than read without bound.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const room = maxBytes + 1 - total;
      const want = Math.min(Math.max(opened.size - total, 1), CHUNK_BYTES, room);
      const buffer = Buffer.allocUnsafe(want);
      const count = yield* read(fd, buffer);
      if (count === 0) break;
      chunks.push(buffer.subarray(0, count));
      total += count;
      if (total > maxBytes) {
        return unreadable(`${display} grew past the ${maxBytes}-byte limit while it was being read`);
      }
    }
    const bytes = Buffer.concat(chunks, total);
    // Buffer#toString('utf8') is the decoder fs.readFile(p, 'utf8') uses: same U+FFFD, BOM kept.
    return { kind: 'text', path: requestedPath, text: bytes.toString('utf8'), bytes: total };
  } finally {
    yield* close(fd);
  }
}

function describeReadError(error: unknown, display: string): string {
  const errno = error as NodeJS.ErrnoException | null;
  switch (errno?.code) {
    case 'EACCES':
    case 'EPERM':
      return `${display} cannot be read: permission denied (${errno.code})`;
    case 'ELOOP':
      return `${display} has too many levels of symbolic links`;
    case 'EISDIR':
      return `${display} is a directory, not a file`;
    case 'ENAMETOOLONG':
      return `${display} cannot be read: the path is too long`;
    default:
      return `${display} cannot be read: ${error instanceof Error ? error.message : String(error)}`;
  }
}
