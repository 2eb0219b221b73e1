// A workspace as a git commit has it, read with `git` (never through a checkout): the base side of
// `policy-gate status`. Like the gate's API reader it refuses symbolic links, folders and binary
// files instead of following or guessing, and never leaves the workspace.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { DEFAULT_MAX_BYTES, type FileReadResult } from './safe-read.js';
import { memoryReader, normalizeRelative, type WorkspaceReader } from './workspace-reader.js';

const run = promisify(execFile);

/** Runs git in `repoRoot`; stdout as bytes. */
export async function git(repoRoot: string, args: readonly string[]): Promise<Buffer> {
  const { stdout } = await run('git', ['-c', 'core.quotepath=off', ...args], {
    cwd: repoRoot,
    encoding: 'buffer',
    maxBuffer: DEFAULT_MAX_BYTES + 1024 * 1024,
  });
  return stdout;
}

/** One file of `commit` by repository path: missing, text, or why it cannot be read. */
export async function fileAtCommit(
  repoRoot: string,
  commit: string,
  repoPath: string,
): Promise<FileReadResult> {
  const listing = (await git(repoRoot, ['ls-tree', '-z', '--long', commit, '--', repoPath])).toString('utf8');
  const entry = listing.split('\0').find((line) => line.endsWith(`\t${repoPath}`));
  if (entry === undefined) return { kind: 'missing', path: repoPath };
  const [mode = '', type = '', oid = '', size = '0'] = entry.slice(0, entry.indexOf('\t')).split(/\s+/);
  if (mode === '120000')
    return {
      kind: 'unreadable',
      path: repoPath,
      reason: `${repoPath} is a symbolic link; policy-gate does not follow links`,
    };
  if (type !== 'blob') return { kind: 'unreadable', path: repoPath, reason: `${repoPath} is not a file` };
  if (Number(size) > DEFAULT_MAX_BYTES)
    return {
      kind: 'unreadable',
      path: repoPath,
      reason: `${repoPath} is larger than ${DEFAULT_MAX_BYTES} bytes`,
    };
  const bytes = await git(repoRoot, ['cat-file', 'blob', oid]);
  if (bytes.includes(0))
    return { kind: 'unreadable', path: repoPath, reason: `${repoPath} is a binary file, not text` };
  return { kind: 'text', path: repoPath, text: bytes.toString('utf8'), bytes: bytes.length };
}

/** The workspace `workspace` (repository-relative, `.` for the root) at `commit`. */
export function gitCommitReader(repoRoot: string, commit: string, workspace: string): WorkspaceReader {
  return memoryReader(`${commit.slice(0, 12)}:${workspace}`, new Map(), async (relative) => {
    const repoPath = workspace === '.' ? relative : path.posix.join(workspace, relative);
    if (normalizeRelative(repoPath) === undefined)
      return { kind: 'unreadable', path: relative, reason: `${relative} is outside the workspace.` };
    const read = await fileAtCommit(repoRoot, commit, repoPath);
    return read.kind === 'text' ? { ...read, path: relative } : read;
  });
}

/** Path → blob of every symbolic link at `commit` (the base's listing for `status`). */
export async function symbolicLinksAtCommit(repoRoot: string, commit: string): Promise<Map<string, string>> {
  const out = (await git(repoRoot, ['ls-tree', '-r', '-z', commit])).toString('utf8');
  const links = new Map<string, string>();
  for (const line of out.split('\0')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const [mode, , oid = ''] = line.slice(0, tab).split(/\s+/);
    if (mode === '120000') links.set(line.slice(tab + 1), oid);
  }
  return links;
}
