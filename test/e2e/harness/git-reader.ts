// What the fake GitHub reads out of the test's git repository: commits, files and directories at
// a ref, objects by `<rev>:<path>` expression, and the PR diff. Async so a slow git call never
// blocks the event loop the fake and the test share.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { deterministicGitEnv } from './git-repo.js';

const execFileAsync = promisify(execFile);

export type GitEntryType = 'blob' | 'tree' | 'commit';

export interface GitTreeEntry {
  mode: string;
  type: GitEntryType;
  oid: string;
  /** Bytes for blobs; 0 for trees and submodules. */
  size: number;
  name: string;
  path: string;
}

export type GitObject =
  | { type: 'blob'; oid: string; bytes: Buffer }
  | { type: 'tree'; oid: string; entries: GitTreeEntry[] }
  | { type: 'commit'; oid: string; message: string };

export interface ChangedFile {
  filename: string;
  previousFilename: string | undefined;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed';
  additions: number;
  deletions: number;
  /** The unified diff hunks without the file header; undefined for binary files. */
  patch: string | undefined;
  /** The blob at the head (the base blob for a removed file). */
  blobSha: string;
}

export class GitReader {
  constructor(private readonly dir: string) {}

  async run(args: string[]): Promise<Buffer> {
    const { stdout } = await execFileAsync('git', ['-c', 'core.quotepath=off', ...args], {
      cwd: this.dir,
      encoding: 'buffer',
      env: deterministicGitEnv(),
      maxBuffer: 256 * 1024 * 1024,
    });
    return stdout;
  }

  private async tryRun(args: string[]): Promise<Buffer | undefined> {
    try {
      return await this.run(args);
    } catch {
      return undefined; // git exits non-zero for unknown refs and paths: that is a 404, not a failure
    }
  }

  /** The commit a ref (branch, tag, SHA, refs/pull/N/merge) names, or undefined. */
  async resolveCommit(ref: string): Promise<string | undefined> {
    if (ref.startsWith('-')) return undefined;
    const out = await this.tryRun(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return out?.toString('utf8').trim() || undefined;
  }

  /** The tree entry at `path` in `commit`, or undefined when there is none. */
  async entryAt(commit: string, path: string): Promise<GitTreeEntry | undefined> {
    const clean = path.replace(/^\/+|\/+$/g, '');
    if (clean === '') {
      const oid = (await this.run(['rev-parse', `${commit}^{tree}`])).toString('utf8').trim();
      return { mode: '040000', type: 'tree', oid, size: 0, name: '', path: '' };
    }
    const out = await this.tryRun(['ls-tree', '-z', '--long', '--full-tree', commit, '--', clean]);
    return out ? parseLsTree(out, '')[0] : undefined;
  }

  /** Every entry under a tree, folders included, paths from its root (`git ls-tree -r -t`). */
  async treeEntriesRecursive(treeOid: string): Promise<GitTreeEntry[]> {
    return parseLsTree(await this.run(['ls-tree', '-r', '-t', '-z', '--long', treeOid]), '');
  }

  async treeEntries(treeOid: string, parentPath: string): Promise<GitTreeEntry[]> {
    return parseLsTree(await this.run(['ls-tree', '-z', '--long', treeOid]), parentPath);
  }

  async blob(oid: string): Promise<Buffer> {
    return this.run(['cat-file', 'blob', oid]);
  }

  /** An object by GraphQL-style expression (`<rev>:<path>`, `<rev>`), or undefined when missing. */
  async object(expression: string): Promise<GitObject | undefined> {
    if (expression.startsWith('-')) return undefined;
    const [rev, ...pathParts] = expression.split(':');
    const path = pathParts.join(':');
    const commit = rev ? await this.resolveCommit(rev) : undefined;
    if (!commit) return undefined;
    if (pathParts.length === 0) return this.objectByOid(commit);
    const entry = await this.entryAt(commit, path);
    if (!entry) return undefined;
    const parentPath = path.replace(/^\/+|\/+$/g, '');
    return entry.type === 'tree'
      ? { type: 'tree', oid: entry.oid, entries: await this.treeEntries(entry.oid, parentPath) }
      : this.objectByOid(entry.oid);
  }

  async objectByOid(oid: string): Promise<GitObject | undefined> {
    const type = (await this.tryRun(['cat-file', '-t', oid]))?.toString('utf8').trim();
    if (type === 'blob') return { type, oid, bytes: await this.blob(oid) };
    if (type === 'tree') return { type, oid, entries: await this.treeEntries(oid, '') };
    if (type === 'commit') {
      const message = (await this.run(['log', '-1', '--format=%B', oid])).toString('utf8').trimEnd();
      return { type, oid, message };
    }
    return undefined;
  }

  /** The files a PR changes, as GitHub lists them: the three-dot diff base...head with renames. */
  async changedFiles(base: string, head: string): Promise<ChangedFile[]> {
    const range = `${base}...${head}`;
    const nameStatus = (await this.run(['diff', '-z', '-M', '--name-status', range])).toString('utf8');
    const numstat = (await this.run(['diff', '-z', '-M', '--numstat', range])).toString('utf8');
    const counts = parseNumstat(numstat);
    const files: ChangedFile[] = [];
    const fields = nameStatus.split('\0').filter((field) => field !== '');
    for (let i = 0; i < fields.length;) {
      const code = fields[i++] ?? '';
      const renamed = code.startsWith('R') || code.startsWith('C');
      const from = fields[i++] ?? '';
      const filename = renamed ? (fields[i++] ?? '') : from;
      const count = counts.get(filename);
      const status = STATUS_BY_CODE[code[0] ?? 'M'] ?? 'modified';
      const diff = (
        await this.run(['diff', '-M', range, '--', ...(renamed ? [from, filename] : [filename])])
      ).toString('utf8');
      const hunkStart = diff.indexOf('\n@@');
      const blobRev = status === 'removed' ? `${base}:${filename}` : `${head}:${filename}`;
      const blobSha = (await this.tryRun(['rev-parse', blobRev]))?.toString('utf8').trim() ?? '0'.repeat(40);
      files.push({
        filename,
        previousFilename: renamed ? from : undefined,
        status,
        additions: count?.additions ?? 0,
        deletions: count?.deletions ?? 0,
        patch: count?.binary || hunkStart < 0 ? undefined : diff.slice(hunkStart + 1).replace(/\n$/, ''),
        blobSha,
      });
    }
    return files;
  }
}

const STATUS_BY_CODE: Record<string, ChangedFile['status']> = {
  A: 'added',
  D: 'removed',
  M: 'modified',
  R: 'renamed',
  C: 'copied',
  T: 'changed',
};

function parseLsTree(out: Buffer, parentPath: string): GitTreeEntry[] {
  return out
    .toString('utf8')
    .split('\0')
    .filter((line) => line !== '')
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode = '', type = 'blob', oid = '', size = '-'] = line.slice(0, tab).split(/\s+/);
      const fullPath = line.slice(tab + 1);
      const name = fullPath.split('/').pop() ?? fullPath;
      return {
        mode,
        type: type as GitEntryType,
        oid,
        size: size === '-' ? 0 : Number(size),
        name,
        path: parentPath ? `${parentPath}/${name}` : fullPath,
      };
    });
}

function parseNumstat(out: string): Map<string, { additions: number; deletions: number; binary: boolean }> {
  // -z numstat: "add\tdel\tpath\0" or, for renames, "add\tdel\t\0from\0to\0".
  const counts = new Map<string, { additions: number; deletions: number; binary: boolean }>();
  const fields = out.split('\0');
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] ?? '';
    if (field === '') continue;
    const [added = '0', deleted = '0', path = ''] = field.split('\t');
    let filename = path;
    if (path === '') {
      i += 2;
      filename = fields[i] ?? '';
    }
    const binary = added === '-';
    counts.set(filename, {
      additions: binary ? 0 : Number(added),
      deletions: binary ? 0 : Number(deleted),
      binary,
    });
  }
  return counts;
}
