import path from 'node:path';
import { InputError } from '../workspace/input-error.js';
import { duplicateKeyProblem, parseJsonDocument } from '../workspace/json-document.js';
import { readWorkspaceFile, type FileReadResult } from '../workspace/safe-read.js';
import { UsageError, type CliIo } from './cli-io.js';

/**
 * The file arguments that mean standard input. `/dev/stdin` is read through the process too, so a
 * pipe works (the safe reader refuses a FIFO, which could block forever) and both spellings give
 * the same result; its basename, `stdin`, is the name either is shown under.
 */
const STDIN_ARGUMENTS: ReadonlySet<string> = new Set(['-', '/dev/stdin']);
export const STDIN_NAME = 'stdin';

export function isStdinArgument(file: string | undefined): boolean {
  return file !== undefined && STDIN_ARGUMENTS.has(file);
}

/** How a file argument is named in messages: as typed, or `standard input`. */
export function argumentName(file: string): string {
  return isStdinArgument(file) ? 'standard input' : file;
}

/** Standard input can be read once: refuses a command line that names it twice. */
export function refuseSeveralStdinArguments(named: readonly (readonly [string, string | undefined])[]): void {
  const stdin = named.filter(([, file]) => isStdinArgument(file)).map(([what]) => what);
  if (stdin.length > 1)
    throw new UsageError(`only one argument can read standard input, not ${stdin.join(' and ')}.`);
}

/**
 * A file the user named on the command line (so it may be anywhere), or standard input for `-`
 * and `/dev/stdin`, as the safe reader's result.
 */
export async function readArgumentText(io: CliIo, file: string): Promise<FileReadResult> {
  if (isStdinArgument(file)) {
    if (io.readStdin === undefined) throw new InputError(`${file}: there is no standard input to read here.`);
    const text = await io.readStdin();
    return { kind: 'text', path: file, text, bytes: Buffer.byteLength(text) };
  }
  const absolute = path.resolve(io.cwd, file);
  // Named by the user, so trusted wherever it is: the file-system root is its "workspace".
  return readWorkspaceFile(path.parse(absolute).root, absolute);
}

/** Reads a JSON(5) document the user named on the command line (`-`: standard input). */
export async function readJsonArgument(io: CliIo, file: string): Promise<unknown> {
  const read = await readArgumentText(io, file);
  const shown = argumentName(file);
  if (read.kind === 'missing') throw new InputError(`${file} does not exist.`);
  if (read.kind === 'unreadable') throw new InputError(read.reason);
  const parsed = parseJsonDocument(read.text, shown);
  if (!parsed.ok) throw new InputError(`${shown} could not be parsed: ${parsed.error}`);
  const duplicate = duplicateKeyProblem(parsed, shown);
  if (duplicate !== undefined) throw new InputError(duplicate);
  return parsed.value;
}
