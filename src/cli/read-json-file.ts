import path from 'node:path';
import { InputError } from '../workspace/input-error.js';
import { duplicateKeyProblem, parseJsonDocument } from '../workspace/json-document.js';
import { readWorkspaceFile } from '../workspace/safe-read.js';

/** Reads a JSON(5) file the user named explicitly on the command line (so it may be anywhere). */
export async function readJsonArgument(cwd: string, file: string): Promise<unknown> {
  const absolute = path.resolve(cwd, file);
  // Named by the user, so trusted wherever it is: the file-system root is its "workspace".
  const read = await readWorkspaceFile(path.parse(absolute).root, absolute);
  if (read.kind === 'missing') throw new InputError(`${file} does not exist.`);
  if (read.kind === 'unreadable') throw new InputError(read.reason);
  const parsed = parseJsonDocument(read.text, file);
  if (!parsed.ok) throw new InputError(`${file} could not be parsed: ${parsed.error}`);
  const duplicate = duplicateKeyProblem(parsed, file);
  if (duplicate !== undefined) throw new InputError(duplicate);
  return parsed.value;
}
