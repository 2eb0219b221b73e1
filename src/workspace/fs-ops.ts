// The safe reader's logic is written once, as a generator that *describes* the file-system calls
// it needs; two small drivers perform them with `fs` (sync) or `fs/promises`-style callbacks
// (async). That keeps the sync and async readers bit-for-bit identical in behaviour instead of two
// hand-maintained copies drifting apart. Errors from a call are thrown back into the generator, so
// the logic uses ordinary try/catch.
import * as fs from 'node:fs';

export type FsOp =
  | { op: 'realpath'; path: string }
  | { op: 'lstat'; path: string }
  | { op: 'stat'; path: string }
  | { op: 'readlink'; path: string }
  | { op: 'open'; path: string; flags: number }
  | { op: 'fstat'; fd: number }
  | { op: 'read'; fd: number; buffer: Buffer }
  | { op: 'close'; fd: number };

/** A step-by-step file-system program; `R` is its result. */
export type FsProgram<R> = Generator<FsOp, R, unknown>;

// Typed helpers: the only place results are cast, each next to the op that produces them.
export function* realpath(path: string): FsProgram<string> {
  return (yield { op: 'realpath', path }) as string;
}
export function* lstat(path: string): FsProgram<fs.Stats> {
  return (yield { op: 'lstat', path }) as fs.Stats;
}
export function* stat(path: string): FsProgram<fs.Stats> {
  return (yield { op: 'stat', path }) as fs.Stats;
}
export function* readlink(path: string): FsProgram<string> {
  return (yield { op: 'readlink', path }) as string;
}
export function* open(path: string, flags: number): FsProgram<number> {
  return (yield { op: 'open', path, flags }) as number;
}
export function* fstat(fd: number): FsProgram<fs.Stats> {
  return (yield { op: 'fstat', fd }) as fs.Stats;
}
/** Reads into the whole buffer from the current file position; returns the byte count. */
export function* read(fd: number, buffer: Buffer): FsProgram<number> {
  return (yield { op: 'read', fd, buffer }) as number;
}
export function* close(fd: number): FsProgram<void> {
  yield { op: 'close', fd };
}

export function performSync(op: FsOp): unknown {
  switch (op.op) {
    case 'realpath':
      return fs.realpathSync.native(op.path);
    case 'lstat':
      return fs.lstatSync(op.path);
    case 'stat':
      return fs.statSync(op.path);
    case 'readlink':
      return fs.readlinkSync(op.path);
    case 'open':
      return fs.openSync(op.path, op.flags);
    case 'fstat':
      return fs.fstatSync(op.fd);
    case 'read':
      // position null: continue from the current offset, so a growing file is noticed.
      return fs.readSync(op.fd, op.buffer, 0, op.buffer.length, null);
    case 'close':
      return fs.closeSync(op.fd);
  }
}

export function performAsync(op: FsOp): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const done = (error: NodeJS.ErrnoException | null, value?: unknown): void =>
      error ? reject(error) : resolve(value);
    switch (op.op) {
      case 'realpath':
        return fs.realpath.native(op.path, done);
      case 'lstat':
        return fs.lstat(op.path, done);
      case 'stat':
        return fs.stat(op.path, done);
      case 'readlink':
        return fs.readlink(op.path, done);
      case 'open':
        return fs.open(op.path, op.flags, done);
      case 'fstat':
        return fs.fstat(op.fd, done);
      case 'read':
        return fs.read(op.fd, op.buffer, 0, op.buffer.length, null, done);
      case 'close':
        return fs.close(op.fd, (error) => done(error));
    }
  });
}

/** Runs a program with blocking calls; `perform` is replaceable so tests can audit or fail calls. */
export function runSync<R>(program: FsProgram<R>, perform: (op: FsOp) => unknown = performSync): R {
  let step = program.next();
  while (!step.done) {
    let value: unknown;
    try {
      value = perform(step.value);
    } catch (error) {
      step = program.throw(error);
      continue;
    }
    step = program.next(value);
  }
  return step.value;
}

export async function runAsync<R>(
  program: FsProgram<R>,
  perform: (op: FsOp) => Promise<unknown> = performAsync,
): Promise<R> {
  let step = program.next();
  while (!step.done) {
    let value: unknown;
    try {
      value = await perform(step.value);
    } catch (error) {
      step = program.throw(error);
      continue;
    }
    step = program.next(value);
  }
  return step.value;
}
