// Fenced blocks as OpenClaw 2026.9.6's AGENTS.md scanner sees them (`agents-markdown.ts`): a line
// opening with ``` or ~~~ (after any whitespace) starts one, and only a line holding nothing but a
// run of the same character, at least as long, ends it. Their lines are invisible to the scanner.
// 2026.5.20 knew no fences, which is why the migration tracks them.

const FENCE_OPENING = /^\s*(`{3,}|~{3,})/;
const FENCE_CLOSING = /^\s*(`{3,}|~{3,})\s*$/;

/** The indexes of the lines outside fenced blocks (fence lines themselves excluded). */
export function visibleLineIndexes(lines: readonly string[]): number[] {
  const visible: number[] = [];
  let fence: string | undefined;
  lines.forEach((line, index) => {
    if (fence === undefined) {
      fence = FENCE_OPENING.exec(line)?.[1];
      if (fence === undefined) visible.push(index);
    } else if (closes(line, fence)) {
      fence = undefined;
    }
  });
  return visible;
}

/** The line that closes a fenced block the lines leave open, or undefined when none is open. */
export function fenceLeftOpen(lines: readonly string[]): string | undefined {
  let fence: string | undefined;
  for (const line of lines) {
    if (fence === undefined) fence = FENCE_OPENING.exec(line)?.[1];
    else if (closes(line, fence)) fence = undefined;
  }
  return fence;
}

/** Whether the line opens (or closes) a fenced block, for messages. */
export function isFenceLine(line: string): boolean {
  return FENCE_OPENING.test(line);
}

function closes(line: string, fence: string): boolean {
  const closing = FENCE_CLOSING.exec(line)?.[1];
  return closing !== undefined && closing[0] === fence[0] && closing.length >= fence.length;
}
