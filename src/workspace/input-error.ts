/**
 * Input the tool refuses to evaluate (unreadable, oversized, escaping the workspace, ambiguous).
 * The CLI turns it into exit code 2 with `message` as its one line on stderr; the gate into the
 * `error` verdict. The message names the file and says what to do.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
