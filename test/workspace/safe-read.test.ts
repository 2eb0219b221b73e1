import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { performSync, runSync, type FsOp } from '../../src/workspace/fs-ops.js';
import {
  DEFAULT_MAX_BYTES,
  readWorkspaceFile,
  readWorkspaceFileSteps,
  readWorkspaceFileSync,
  type FileReadResult,
  type ReadWorkspaceFileOptions,
} from '../../src/workspace/safe-read.js';

type Reader = (root: string, file: string, options?: ReadWorkspaceFileOptions) => Promise<FileReadResult>;

const readers: [string, Reader][] = [
  ['readWorkspaceFile', readWorkspaceFile],
  ['readWorkspaceFileSync', async (root, file, options) => readWorkspaceFileSync(root, file, options)],
];

let base: string;
let workspace: string;
let outside: string;

function write(relative: string, content: string | Buffer): string {
  const file = path.join(workspace, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

/** Every path the reader hands to the file system, using the real file system underneath. */
function touchedPaths(root: string, file: string, options: ReadWorkspaceFileOptions = {}): string[] {
  const touched: string[] = [];
  runSync(readWorkspaceFileSteps(root, file, options), (op: FsOp) => {
    if ('path' in op) touched.push(op.path);
    return performSync(op);
  });
  return touched;
}

beforeAll(() => {
  base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'safe-read-')));
  workspace = path.join(base, 'ws');
  outside = path.join(base, 'outside');
  fs.mkdirSync(workspace);
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(outside, 'secret.json'), '{"secret": true}');
  execFileSync('mkfifo', [path.join(outside, 'pipe')]);

  write('policy.jsonc', '{"channels": {}}\n');
  write('real/TOOLS.md', '# Tools\n');
  fs.symlinkSync('real/TOOLS.md', path.join(workspace, 'TOOLS.md'));
  fs.symlinkSync(path.join(workspace, 'policy.jsonc'), path.join(workspace, 'absolute-link.jsonc'));
  fs.symlinkSync('real', path.join(workspace, 'real-dir-link'));
  fs.symlinkSync('/etc/passwd', path.join(workspace, 'passwd.jsonc'));
  fs.symlinkSync(outside, path.join(workspace, 'linked-out'));
  fs.symlinkSync('../outside/secret.json', path.join(workspace, 'relative-out.json'));
  fs.symlinkSync('hop.json', path.join(workspace, 'chain.json'));
  fs.symlinkSync('../outside/secret.json', path.join(workspace, 'hop.json'));
  fs.symlinkSync(path.join(outside, 'pipe'), path.join(workspace, 'pipe-out'));
  fs.symlinkSync(
    path.join(workspace, '..', 'outside', 'secret.json'),
    path.join(workspace, 'dotdot-abs.json'),
  );
  fs.symlinkSync('nothing-here.json', path.join(workspace, 'dangling.json'));
  fs.symlinkSync('/nonexistent-policy-gate-target/x.json', path.join(workspace, 'dangling-out.json'));
  fs.symlinkSync('loop-b', path.join(workspace, 'loop-a'));
  fs.symlinkSync('loop-a', path.join(workspace, 'loop-b'));
  fs.mkdirSync(path.join(workspace, 'a-directory'));
  execFileSync('mkfifo', [path.join(workspace, 'fifo.jsonc')]);
  fs.symlinkSync('fifo.jsonc', path.join(workspace, 'fifo-link.jsonc'));
});

afterAll(() => {
  fs.rmSync(base, { recursive: true, force: true });
});

describe.each(readers)('%s', (_name, read) => {
  it('reads a regular file as text with its byte count and absolute path', async () => {
    expect(await read(workspace, 'policy.jsonc')).toEqual({
      kind: 'text',
      path: path.join(workspace, 'policy.jsonc'),
      text: '{"channels": {}}\n',
      bytes: 17,
    });
  });

  it('follows a symbolic link that stays inside the workspace (relative and absolute target)', async () => {
    expect(await read(workspace, 'TOOLS.md')).toMatchObject({ kind: 'text', text: '# Tools\n' });
    expect(await read(workspace, 'absolute-link.jsonc')).toMatchObject({
      kind: 'text',
      text: '{"channels": {}}\n',
    });
    expect(await read(workspace, 'real-dir-link/TOOLS.md')).toMatchObject({
      kind: 'text',
      text: '# Tools\n',
    });
  });

  it('maps absolute link targets written through a symlinked workspace root onto the real root', async () => {
    const rootAlias = path.join(base, 'ws-alias');
    fs.symlinkSync(workspace, rootAlias);
    fs.symlinkSync(path.join(rootAlias, 'policy.jsonc'), path.join(workspace, 'via-alias.jsonc'));
    try {
      expect(await read(rootAlias, 'via-alias.jsonc')).toMatchObject({
        kind: 'text',
        text: '{"channels": {}}\n',
      });
    } finally {
      fs.unlinkSync(path.join(workspace, 'via-alias.jsonc'));
      fs.unlinkSync(rootAlias);
    }
  });

  it('refuses a symbolic link to /etc/passwd, naming the target', async () => {
    expect(await read(workspace, 'passwd.jsonc')).toEqual({
      kind: 'unreadable',
      path: path.join(workspace, 'passwd.jsonc'),
      reason: 'passwd.jsonc is a symbolic link that leads outside the workspace (to /etc/passwd)',
    });
  });

  it('refuses a file reached through a symlinked directory that leads out', async () => {
    expect(await read(workspace, 'linked-out/secret.json')).toMatchObject({
      kind: 'unreadable',
      reason: `linked-out/secret.json is reached through the symbolic link linked-out, which leads outside the workspace (to ${outside})`,
    });
  });

  it('refuses relative link targets and chains that climb out with ..', async () => {
    const secret = path.join(outside, 'secret.json');
    expect(await read(workspace, 'relative-out.json')).toMatchObject({
      kind: 'unreadable',
      reason: `relative-out.json is a symbolic link that leads outside the workspace (to ${secret})`,
    });
    expect(await read(workspace, 'chain.json')).toMatchObject({
      kind: 'unreadable',
      reason: `chain.json is reached through the symbolic link hop.json, which leads outside the workspace (to ${secret})`,
    });
    expect(await read(workspace, 'dotdot-abs.json')).toMatchObject({
      kind: 'unreadable',
      reason: `dotdot-abs.json is a symbolic link that leads outside the workspace (to ${secret})`,
    });
  });

  it('refuses a link to an outside FIFO without blocking or even looking at it', async () => {
    expect(await read(workspace, 'pipe-out')).toMatchObject({
      kind: 'unreadable',
      reason: `pipe-out is a symbolic link that leads outside the workspace (to ${path.join(outside, 'pipe')})`,
    });
  });

  it('refuses a relative path that climbs out of the workspace', async () => {
    expect(await read(workspace, '../outside/secret.json')).toMatchObject({
      kind: 'unreadable',
      reason: '../outside/secret.json points outside the workspace',
    });
  });

  it('treats a dangling link inside the workspace as missing, one pointing outside as refused', async () => {
    expect(await read(workspace, 'dangling.json')).toEqual({
      kind: 'missing',
      path: path.join(workspace, 'dangling.json'),
    });
    expect(await read(workspace, 'dangling-out.json')).toMatchObject({
      kind: 'unreadable',
      reason:
        'dangling-out.json is a symbolic link that leads outside the workspace (to /nonexistent-policy-gate-target/x.json)',
    });
  });

  it('reports missing files, paths below a file, and a missing workspace as missing', async () => {
    expect(await read(workspace, 'openclaw.json')).toEqual({
      kind: 'missing',
      path: path.join(workspace, 'openclaw.json'),
    });
    expect(await read(workspace, 'policy.jsonc/inner.json')).toMatchObject({ kind: 'missing' });
    expect(await read(path.join(base, 'no-such-ws'), 'policy.jsonc')).toMatchObject({ kind: 'missing' });
  });

  it('refuses a symbolic link loop', async () => {
    expect(await read(workspace, 'loop-a')).toMatchObject({
      kind: 'unreadable',
      reason: 'loop-a has too many levels of symbolic links',
    });
  });

  it('refuses a directory', async () => {
    expect(await read(workspace, 'a-directory')).toMatchObject({
      kind: 'unreadable',
      reason: 'a-directory is a directory, not a file',
    });
    expect(await read(workspace, '')).toMatchObject({
      kind: 'unreadable',
      reason: ' is a directory, not a file',
    });
  });

  it('refuses a FIFO, directly or through a link, without hanging', async () => {
    expect(await read(workspace, 'fifo.jsonc')).toMatchObject({
      kind: 'unreadable',
      reason: 'fifo.jsonc is a named pipe (FIFO), not a regular file',
    });
    expect(await read(workspace, 'fifo-link.jsonc')).toMatchObject({
      kind: 'unreadable',
      reason: 'fifo-link.jsonc is a named pipe (FIFO), not a regular file',
    });
  }, 5_000);

  it('refuses a device', async () => {
    expect(await read('/dev', '/dev/zero')).toMatchObject({
      kind: 'unreadable',
      reason: '/dev/zero is a device, not a regular file',
    });
  }, 5_000);

  it('refuses a file over maxBytes before reading it', async () => {
    write('sized.jsonc', '0123456789');
    expect(await read(workspace, 'sized.jsonc', { maxBytes: 10 })).toMatchObject({ kind: 'text', bytes: 10 });
    expect(await read(workspace, 'sized.jsonc', { maxBytes: 9 })).toEqual({
      kind: 'unreadable',
      path: path.join(workspace, 'sized.jsonc'),
      reason: 'sized.jsonc is 10 bytes, over the 9-byte limit',
    });
  });

  it('refuses a real 17 MiB (sparse) file under the default 16 MiB limit', async () => {
    const big = path.join(workspace, 'big.jsonc');
    execFileSync('truncate', ['-s', '17M', big]);
    try {
      expect(DEFAULT_MAX_BYTES).toBe(16777216);
      expect(await read(workspace, 'big.jsonc')).toMatchObject({
        kind: 'unreadable',
        reason: 'big.jsonc is 17825792 bytes, over the 16777216-byte limit',
      });
    } finally {
      fs.unlinkSync(big);
    }
  });

  it('decodes invalid UTF-8 and keeps a BOM exactly like fs.readFile(p, "utf8")', async () => {
    const bytes = Buffer.from([
      0xef, 0xbb, 0xbf, 0x7b, 0xc3, 0x28, 0xff, 0xe2, 0x82, 0x7d, 0xed, 0xa0, 0x80, 0xf0, 0x9f, 0x98,
    ]);
    const file = write('broken.jsonc', bytes);
    const result = await read(workspace, 'broken.jsonc');
    expect(result).toMatchObject({ kind: 'text', bytes: bytes.length, text: fs.readFileSync(file, 'utf8') });
    const text = (result as { text: string }).text;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\uFFFD');
  });

  it('decodes a multi-chunk file with characters across chunk boundaries like fs.readFile', async () => {
    const content = Buffer.from('é€😀'.repeat(300_000)); // ~3 MiB, 2-, 3- and 4-byte sequences
    const file = write('large.json', content);
    const result = await read(workspace, 'large.json');
    expect(result).toMatchObject({ kind: 'text', bytes: content.length });
    expect((result as { text: string }).text === fs.readFileSync(file, 'utf8')).toBe(true);
  });

  it('reads an absolute path outside the workspace (trusted) unless confineAbsolute is set', async () => {
    const secret = path.join(outside, 'secret.json');
    expect(await read(workspace, secret)).toMatchObject({
      kind: 'text',
      text: '{"secret": true}',
      path: secret,
    });
    expect(await read(workspace, secret, { confineAbsolute: true })).toMatchObject({
      kind: 'unreadable',
      reason: `${secret} is outside the workspace`,
    });
    expect(await read(workspace, path.join(outside, 'pipe'))).toMatchObject({
      kind: 'unreadable',
      reason: `${path.join(outside, 'pipe')} is a named pipe (FIFO), not a regular file`,
    });
  });

  it('confines an absolute path that lies inside the workspace', async () => {
    const inside = path.join(workspace, 'passwd.jsonc');
    expect(await read(workspace, inside)).toMatchObject({
      kind: 'unreadable',
      reason: `${inside} is a symbolic link that leads outside the workspace (to /etc/passwd)`,
    });
    expect(await read(workspace, path.join(workspace, 'policy.jsonc'))).toMatchObject({ kind: 'text' });
  });

  it('refuses a path containing a NUL character', async () => {
    expect(await read(workspace, 'policy.jsonc\0.txt')).toMatchObject({
      kind: 'unreadable',
      reason: '"policy.jsonc\\u0000.txt" is not a valid path (it contains a NUL character)',
    });
  });

  it.skipIf(process.getuid?.() === 0)(
    'reports a permission error as unreadable (not as missing)',
    async () => {
      const file = write('locked.jsonc', '{}');
      fs.chmodSync(file, 0o000);
      try {
        expect(await read(workspace, 'locked.jsonc')).toMatchObject({
          kind: 'unreadable',
          reason: 'locked.jsonc cannot be read: permission denied (EACCES)',
        });
      } finally {
        fs.chmodSync(file, 0o644);
      }
    },
  );
});

describe('what the reader touches', () => {
  it('never hands a path outside the workspace to the file system for a link leading out', () => {
    for (const file of [
      'passwd.jsonc',
      'linked-out/secret.json',
      'relative-out.json',
      'chain.json',
      'pipe-out',
    ]) {
      const touched = touchedPaths(workspace, file);
      expect(touched.length).toBeGreaterThan(0);
      for (const touchedPath of touched) {
        expect(touchedPath === workspace || touchedPath.startsWith(workspace + path.sep)).toBe(true);
      }
    }
  });

  it('opens only after checking, and never opens a FIFO', () => {
    const ops: string[] = [];
    runSync(readWorkspaceFileSteps(workspace, 'fifo.jsonc'), (op) => {
      ops.push(op.op);
      return performSync(op);
    });
    expect(ops).not.toContain('open');
  });
});

describe('errors raised by the file system', () => {
  const failing =
    (opName: FsOp['op'], code: string) =>
    (op: FsOp): unknown => {
      if (op.op === opName) throw Object.assign(new Error(`${code}: simulated`), { code });
      return performSync(op);
    };

  it('maps EACCES and EPERM to unreadable with the reason, also when running as root', () => {
    expect(runSync(readWorkspaceFileSteps(workspace, 'policy.jsonc'), failing('open', 'EACCES'))).toEqual({
      kind: 'unreadable',
      path: path.join(workspace, 'policy.jsonc'),
      reason: 'policy.jsonc cannot be read: permission denied (EACCES)',
    });
    expect(
      runSync(readWorkspaceFileSteps(workspace, 'policy.jsonc'), failing('lstat', 'EPERM')),
    ).toMatchObject({
      reason: 'policy.jsonc cannot be read: permission denied (EPERM)',
    });
  });

  it('maps ENOENT and ENOTDIR to missing, and anything else to unreadable with its message', () => {
    expect(
      runSync(readWorkspaceFileSteps(workspace, 'policy.jsonc'), failing('open', 'ENOENT')),
    ).toMatchObject({
      kind: 'missing',
    });
    expect(
      runSync(readWorkspaceFileSteps(workspace, 'policy.jsonc'), failing('lstat', 'ENOTDIR')),
    ).toMatchObject({
      kind: 'missing',
    });
    expect(runSync(readWorkspaceFileSteps(workspace, 'policy.jsonc'), failing('read', 'EIO'))).toMatchObject({
      kind: 'unreadable',
      reason: 'policy.jsonc cannot be read: EIO: simulated',
    });
  });

  it('closes the file even when reading fails', () => {
    const ops: string[] = [];
    runSync(readWorkspaceFileSteps(workspace, 'policy.jsonc'), (op) => {
      ops.push(op.op);
      return failing('read', 'EIO')(op);
    });
    expect(ops.slice(-2)).toEqual(['read', 'close']);
  });

  it('stops reading a file that keeps growing past the limit', () => {
    let reads = 0;
    const endless = (op: FsOp): unknown => {
      if (op.op !== 'read') return performSync(op);
      reads += 1;
      op.buffer.fill(0x20);
      return op.buffer.length;
    };
    expect(
      runSync(readWorkspaceFileSteps(workspace, 'policy.jsonc', { maxBytes: 100 }), endless),
    ).toMatchObject({
      kind: 'unreadable',
      reason: 'policy.jsonc grew past the 100-byte limit while it was being read',
    });
    expect(reads).toBeLessThan(120);
  });

  it('refuses a file that was swapped between the check and the open', () => {
    const swapped = (op: FsOp): unknown =>
      op.op === 'open'
        ? performSync({ ...op, path: path.join(workspace, 'real', 'TOOLS.md') })
        : performSync(op);
    expect(runSync(readWorkspaceFileSteps(workspace, 'policy.jsonc'), swapped)).toMatchObject({
      kind: 'unreadable',
      reason: 'policy.jsonc changed while it was being read',
    });
  });

  it('rejects a nonsensical maxBytes as a programming error', async () => {
    expect(() => readWorkspaceFileSync(workspace, 'policy.jsonc', { maxBytes: -1 })).toThrow(RangeError);
    await expect(readWorkspaceFile(workspace, 'policy.jsonc', { maxBytes: Number.NaN })).rejects.toThrow(
      RangeError,
    );
  });
});
