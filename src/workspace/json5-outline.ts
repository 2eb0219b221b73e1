// Key and value positions for JSON5 that jsonc-parser cannot read (unquoted keys, single quotes,
// hex, `+1`, `Infinity`, escapes such as `\x41`). It only ever runs on text json5 has already
// accepted, so it can be small: it tracks structure and keys and steps over scalars without
// interpreting them. Anything unexpected throws OutlineError and the caller gives up on positions.
import {
  decodeIdentifier,
  decodeStringBody,
  isJson5Whitespace,
  skipComment,
  skipString,
} from './json5-lexer.js';
import { OutlineError, type PositionNode, type PropertyNode } from './position-tree.js';

export function outlineJson5(text: string, maxDepth: number): PositionNode {
  let offset = 0;

  const skipTrivia = (): void => {
    while (offset < text.length) {
      const char = text[offset] as string;
      if (isJson5Whitespace(char)) {
        offset += 1;
      } else if (char === '/') {
        const end = skipComment(text, offset);
        if (end === undefined) throw new OutlineError(`unexpected / at ${offset}`);
        offset = end;
      } else {
        return;
      }
    }
  };

  const expect = (char: string): void => {
    skipTrivia();
    if (text[offset] !== char) throw new OutlineError(`expected ${char} at ${offset}`);
    offset += 1;
  };

  // Where an unquoted token (a number, literal or identifier key) ends.
  const isTokenEnd = (char: string): boolean =>
    char === ',' || char === ':' || char === ']' || char === '}' || char === '/' || isJson5Whitespace(char);

  const readKey = (): string => {
    const char = text[offset];
    if (char === '"' || char === "'") {
      const start = offset;
      offset = skipString(text, offset);
      if (text[offset - 1] !== char || offset - start < 2) throw new OutlineError(`bad key at ${start}`);
      return decodeStringBody(text.slice(start + 1, offset - 1));
    }
    const start = offset;
    while (offset < text.length && !isTokenEnd(text[offset] as string)) offset += 1;
    if (offset === start) throw new OutlineError(`missing key at ${start}`);
    return decodeIdentifier(text.slice(start, offset));
  };

  const readValue = (depth: number): PositionNode => {
    if (depth > maxDepth) throw new OutlineError('too deep');
    skipTrivia();
    const start = offset;
    const char = text[offset];
    if (char === '{') {
      offset += 1;
      const properties: PropertyNode[] = [];
      for (skipTrivia(); text[offset] !== '}'; skipTrivia()) {
        const keyOffset = offset;
        const key = readKey();
        expect(':');
        properties.push({ key, offset: keyOffset, value: readValue(depth + 1) });
        skipTrivia();
        if (text[offset] === ',') offset += 1;
        else if (text[offset] !== '}') throw new OutlineError(`expected , or } at ${offset}`);
      }
      offset += 1;
      return { kind: 'object', offset: start, properties };
    }
    if (char === '[') {
      offset += 1;
      const items: PositionNode[] = [];
      for (skipTrivia(); text[offset] !== ']'; skipTrivia()) {
        items.push(readValue(depth + 1));
        skipTrivia();
        if (text[offset] === ',') offset += 1;
        else if (text[offset] !== ']') throw new OutlineError(`expected , or ] at ${offset}`);
      }
      offset += 1;
      return { kind: 'array', offset: start, items };
    }
    if (char === '"' || char === "'") {
      offset = skipString(text, offset);
    } else {
      while (offset < text.length && !isTokenEnd(text[offset] as string)) offset += 1;
    }
    if (offset === start) throw new OutlineError(`missing value at ${start}`);
    return { kind: 'scalar', offset: start };
  };

  const root = readValue(0);
  skipTrivia();
  if (offset !== text.length) throw new OutlineError(`text after the value at ${offset}`);
  return root;
}
