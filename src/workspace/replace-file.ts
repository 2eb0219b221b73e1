// Replacing a file without following links (issue 12): the new content goes to a file with an
// unpredictable name in the same directory, created exclusively (never through an existing file
// or a link planted under a guessable name), synced, then renamed over the target, which replaces
// the directory entry (a link there is replaced, never followed). Readers never see half a file.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fchmodSync,
  fsyncSync,
  openSync,
  renameSync,
  unlinkSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import { InputError } from './input-error.js';

export interface ReplaceFileOptions {
  /** The replaced file's stats, to keep its permissions; undefined for a new file. */
  previous?: Stats;
  /** Called just before the rename: throw (an InputError) to abandon the write. */
  beforeRename?: () => void;
  /** Tag in the temporary name, e.g. `migrate`. */
  purpose: string;
}

export function replaceFile(file: string, text: string, options: ReplaceFileOptions): void {
  const dir = path.dirname(file);
  const name = path.basename(file);
  const temporary = path.join(dir, `.${name}.${randomBytes(12).toString('hex')}.${options.purpose}`);
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
  let fd: number | undefined;
  try {
    fd = openSync(temporary, flags, options.previous === undefined ? 0o666 : 0o600);
    writeFileSync(fd, text);
    if (options.previous !== undefined) fchmodSync(fd, options.previous.mode & 0o7777);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    options.beforeRename?.();
    renameSync(temporary, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    removeTemporary(temporary);
    if (error instanceof InputError) throw error;
    throw new InputError(`${name} could not be written: ${errorText(error)}; nothing was changed.`);
  }
}

function removeTemporary(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    // Absent means it was never created or already renamed; anything else is worth knowing.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new InputError(`could not remove ${file}: ${errorText(error)}`);
  }
}

/** An fs error in words: links and permissions said plainly, anything else as Node says it. */
export function errorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ELOOP') return 'it is a symbolic link (ELOOP)';
  if (code === 'EACCES' || code === 'EPERM') return `permission denied (${code})`;
  return error instanceof Error ? error.message : String(error);
}
