// Parses a policy or OpenClaw config the way OpenClaw does (json5: values and the exact error
// text, which ends up in attested findings), and adds what review needs on top: positions of
// keys for annotations, and duplicate keys, which JSON5 silently resolves to the last value and
// which can therefore hide a rule from a reviewer reading the first one.
import JSON5 from 'json5';
import { parseTree, type ParseError } from 'jsonc-parser';
import { outlineJson5 } from './json5-outline.js';
import { LineIndex, type Position } from './line-index.js';
import { keyCount, mayHaveDuplicateKeys, strictJsonShape } from './duplicate-scan.js';
import { nestsDeeperThan } from './nesting-depth.js';
import {
  deepestOffset,
  findDuplicateKeys,
  OutlineError,
  outlineFromJsonc,
  type JsonPath,
  type PositionNode,
} from './position-tree.js';

export type { JsonPath } from './position-tree.js';
export type { Position } from './line-index.js';

/**
 * Deepest nesting accepted. A documented deviation from OpenClaw, which would parse (or crash on)
 * absurdly deep input: no real policy or config comes near this, and it bounds every recursion
 * in the positioners.
 */
export const MAX_JSON_DEPTH = 512;

export interface DuplicateKey {
  /** Path of the object holding the key. */
  path: JsonPath;
  key: string;
  /** Where the repeated key starts (the one whose value JSON5 keeps, when it is the last). */
  position: Position;
  /** Where the first occurrence starts. */
  firstPosition: Position;
}

export interface ParsedJsonDocument {
  ok: true;
  value: unknown;
  /**
   * Where `path` is written: a property's key, an array element's value, the root value for `[]`.
   * When the path does not exist (or cannot be followed) this is the nearest enclosing node that
   * does; undefined only when no position can be computed at all. Never throws.
   */
  locate(path: JsonPath): Position | undefined;
  /** Repeated keys in document order; computed on first access. */
  readonly duplicateKeys: DuplicateKey[];
}

export interface FailedJsonDocument {
  ok: false;
  /** `syntax`: json5 rejected the text (OpenClaw's behaviour); `too-deep`: our depth guard did. */
  kind: 'syntax' | 'too-deep';
  /** json5's own message, e.g. `JSON5: invalid end of input at 1:13`, or our depth refusal. */
  error: string;
  position?: Position;
}

export type JsonDocument = ParsedJsonDocument | FailedJsonDocument;

/** Parses JSON5 text; never throws. `displayName` only names the file in the depth refusal. */
export function parseJsonDocument(text: string, displayName: string): JsonDocument {
  const tooDeep: FailedJsonDocument = {
    ok: false,
    kind: 'too-deep',
    error: `${displayName} nests deeper than ${MAX_JSON_DEPTH} levels`,
  };
  // Strict JSON is a subset of JSON5 that both parsers read to the same value, and JSON.parse is
  // some 25 times faster than json5 (which reads about 4 MB/s). So JSON.parse goes first, after
  // one scan that gives the depth (JSON.parse would build a million nested arrays) and the key
  // count that tells whether a key repeats. Anything it rejects (comments, trailing commas, a BOM,
  // a real syntax error) goes to json5 behind the exact depth guard, which then produces the value
  // or the exact error text OpenClaw attests. A property test holds the two paths equal.
  const shape = strictJsonShape(text);
  const strict = shape.depth <= MAX_JSON_DEPTH ? parseStrictJson(text) : undefined;
  if (strict !== undefined) {
    return parsedDocument(text, strict.value, () => shape.keys !== keyCount(strict.value));
  }
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) return tooDeep;
  let value: unknown;
  try {
    value = parseJson5Quietly(text);
  } catch (error) {
    return parseFailure(error);
  }
  return parsedDocument(text, value, () => mayHaveDuplicateKeys(text));
}

function parseStrictJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

// json5 prints a console warning for every U+2028/U+2029 inside a string; a hostile file full of
// them would flood the job log. The parse is synchronous, so nothing else sees the swap.
function parseJson5Quietly(text: string): unknown {
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return JSON5.parse(text);
  } finally {
    console.warn = warn;
  }
}

function parseFailure(error: unknown): FailedJsonDocument {
  if (!(error instanceof Error)) return { ok: false, kind: 'syntax', error: String(error) };
  const { lineNumber, columnNumber } = error as Error & { lineNumber?: unknown; columnNumber?: unknown };
  if (typeof lineNumber === 'number' && typeof columnNumber === 'number') {
    return {
      ok: false,
      kind: 'syntax',
      error: error.message,
      position: { line: lineNumber, column: columnNumber },
    };
  }
  return { ok: false, kind: 'syntax', error: error.message };
}

function parsedDocument(text: string, value: unknown, mayRepeatKeys: () => boolean): ParsedJsonDocument {
  let outline: PositionNode | undefined;
  let lines: LineIndex | undefined;
  let outlined = false;
  let duplicates: DuplicateKey[] | undefined;

  const ensureOutline = (): PositionNode | undefined => {
    if (!outlined) {
      outlined = true;
      outline = outlineDocument(text);
      lines = new LineIndex(text);
    }
    return outline;
  };
  const positionOf = (offset: number): Position => (lines as LineIndex).positionOf(offset);

  return {
    ok: true,
    value,
    locate(path: JsonPath): Position | undefined {
      const root = ensureOutline();
      return root ? positionOf(deepestOffset(root, path).offset) : undefined;
    },
    get duplicateKeys(): DuplicateKey[] {
      // Cheap scans first; the positional outline is built only when a duplicate may exist.
      if (!duplicates && !mayRepeatKeys()) duplicates = [];
      if (!duplicates) {
        const root = ensureOutline();
        duplicates = root
          ? findDuplicateKeys(root).map((found) => ({
              path: found.path,
              key: found.key,
              position: positionOf(found.offset),
              firstPosition: positionOf(found.firstOffset),
            }))
          : [];
      }
      return duplicates;
    },
  };
}

/**
 * jsonc-parser first (the positions SPEC §1 names), but only when it read the text without a
 * single complaint: on JSON5 it does not know, its error recovery invents structure. Then our
 * JSON5 scanner. Undefined when neither understands the text (positions are best effort; values
 * never depend on them).
 */
function outlineDocument(text: string): PositionNode | undefined {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  try {
    if (tree && errors.length === 0) return outlineFromJsonc(tree);
  } catch (error) {
    if (!(error instanceof OutlineError)) throw error;
  }
  try {
    return outlineJson5(text, MAX_JSON_DEPTH + 1);
  } catch (error) {
    if (error instanceof OutlineError) return undefined;
    throw error;
  }
}

/**
 * Why a parsed document with a repeated key must be refused, or undefined. JSON5 keeps the last of
 * two equal keys, so a reviewer could read one rule while another applies.
 */
export function duplicateKeyProblem(document: ParsedJsonDocument, file: string): string | undefined {
  const first = document.duplicateKeys[0];
  if (first === undefined) return undefined;
  const where = [...first.path, first.key].join('.');
  return `${file}:${first.position.line}:${first.position.column}: duplicate key "${first.key}" (${where}); JSON5 would silently keep only the last one, so remove the other.`;
}
