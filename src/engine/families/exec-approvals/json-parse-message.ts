// The `JSON.parse` error message of the V8 that runs OpenClaw 2026.9.6, which is hashed into
// `policy/exec-approvals-invalid` (SPEC-2026.9 §14.9). The release requires Node 24 (V8 13), whose
// messages that name a position end with ` (line L column C)`; Node 20 and 22 (V8 11–12) stop at
// the position and otherwise word every message the same. The message is taken from the running
// V8 and given the suffix when it lacks it, so every supported Node reports what Node 24 does.

const POSITION_AT_END = / in JSON at position (\d+)$/;

/** The message `JSON.parse(text)` throws on Node 24; undefined when the text parses. */
export function jsonParseErrorMessage(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = POSITION_AT_END.exec(message)?.[1];
    if (position === undefined) return message;
    const { line, column } = lineAndColumn(text, Number(position));
    return `${message} (line ${line} column ${column})`;
  }
}

/**
 * V8's `JsonParser::CalculateFileLocation`: JSON knows only `\n`, `\r` and `\r\n` as line breaks
 * (one break each); columns count UTF-16 code units from 1.
 */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < position && index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0d && index + 1 < position && text.charCodeAt(index + 1) === 0x0a) index++;
    if (code === 0x0d || code === 0x0a) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}
