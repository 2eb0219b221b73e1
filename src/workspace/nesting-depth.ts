// A guard run before any parser sees the text: jsonc-parser recurses once per nesting level, so
// a pull request with a million `[` would overflow the stack. One linear pass that skips strings
// and comments (the only places a bracket is not structure) is enough to know the depth.
import { skipComment, skipString } from './json5-lexer.js';

/** True when `text` opens more than `limit` nested objects/arrays at some point. */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '"' || char === "'") {
      index = skipString(text, index);
      continue;
    }
    if (char === '/') {
      index = skipComment(text, index) ?? index + 1;
      continue;
    }
    if (char === '{' || char === '[') {
      depth += 1;
      if (depth > limit) return true;
    } else if ((char === '}' || char === ']') && depth > 0) {
      depth -= 1;
    }
    index += 1;
  }
  return false;
}
