import path from 'node:path';
import { readWorkspaceFile, type FileReadResult } from './safe-read.js';

/**
 * Where a workspace's files come from: the disk for the CLI, or files fetched at a commit for
 * the pull-request gate (so a PR head is read as data, never checked out or followed out).
 * Paths are relative to the workspace, or absolute when the user gave one.
 */
export interface WorkspaceReader {
  /** A label for messages: the directory, or `<sha>:<dir>`. */
  describe: string;
  read(filePath: string, options?: { confineAbsolute?: boolean }): Promise<FileReadResult>;
  /** The path to show for a file, relative to the workspace when inside it. */
  displayPath(filePath: string): string;
}

export function diskReader(root: string): WorkspaceReader {
  const absoluteRoot = path.resolve(root);
  return {
    describe: absoluteRoot,
    read: (filePath, options) => readWorkspaceFile(absoluteRoot, filePath, options),
    displayPath(filePath) {
      const relative = path.relative(absoluteRoot, path.resolve(absoluteRoot, filePath));
      return relative.startsWith('..') || path.isAbsolute(relative)
        ? filePath
        : relative.split(path.sep).join('/');
    },
  };
}

/**
 * Files already fetched (e.g. through the API at a commit), keyed by workspace-relative path.
 * `fetchMissing` is asked for any path not fetched up front (a policy path the config names).
 */
export function memoryReader(
  describe: string,
  files: ReadonlyMap<string, FileReadResult>,
  fetchMissing?: (filePath: string) => Promise<FileReadResult>,
): WorkspaceReader {
  const cache = new Map(files);
  return {
    describe,
    async read(filePath) {
      const key = normalizeRelative(filePath);
      if (key === undefined)
        return { kind: 'unreadable', path: filePath, reason: `${filePath} is outside the workspace.` };
      const known = cache.get(key);
      if (known !== undefined) return known;
      const fetched = fetchMissing ? await fetchMissing(key) : { kind: 'missing' as const, path: key };
      cache.set(key, fetched);
      return fetched;
    },
    displayPath: (filePath) => normalizeRelative(filePath) ?? filePath,
  };
}

/** A clean workspace-relative POSIX path, or undefined for absolute paths and `..` escapes. */
export function normalizeRelative(filePath: string): string | undefined {
  if (filePath.includes('\0') || path.posix.isAbsolute(filePath) || /^[A-Za-z]:[\\/]/.test(filePath))
    return undefined;
  const normalized = path.posix.normalize(filePath.replaceAll('\\', '/'));
  if (normalized === '..' || normalized.startsWith('../')) return undefined;
  return normalized === '.' ? undefined : normalized.replace(/^\.\//, '');
}
