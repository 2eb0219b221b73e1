// The release's zod parse of the config, re-done over the compact schema (schema-node.ts): the
// issues it reports (in zod's order, with zod's messages and the reader's "allowed:" hints) and
// the value it returns — declared keys first, in declaration order, unknown keys of lenient
// objects dropped.

import { isRecord } from '../../record.js';
import { runCheck } from './schema-checks.js';
import type { KeyRule, SchemaIssue, SchemaNode } from './schema-node.js';

export type { SchemaIssue } from './schema-node.js';

type PathSegment = string | number;

interface Parsed {
  value: unknown;
  issues: SchemaIssue[];
}

/**
 * Refinements (zod `superRefine`s) by schema path: declared keys joined with `.`, `*` for a
 * record or catch-all key, `#` for an array item. They run on the parsed value, and only when
 * nothing below it failed hard (zod skips checks after an aborting issue).
 */
export type Refinements = (schemaPath: string, value: unknown) => SchemaIssue[];

interface Walk {
  /** The schema path so far, its segments joined with `.` (what Refinements are keyed by). */
  path: string;
  depth: number;
  refine: Refinements | undefined;
}

function step(walk: Walk, segment: string): Walk {
  return {
    path: walk.depth === 0 ? segment : `${walk.path}.${segment}`,
    depth: walk.depth + 1,
    refine: walk.refine,
  };
}

// Key patterns of the schema, compiled once each (none is global or sticky: no state to share).
const keyPatterns = new Map<string, RegExp>();
function keyPattern(source: string, flags: string): RegExp {
  if (flags.includes('g') || flags.includes('y')) return new RegExp(source, flags);
  const cacheKey = `${flags}/${source}`;
  let compiled = keyPatterns.get(cacheKey);
  if (compiled === undefined) keyPatterns.set(cacheKey, (compiled = new RegExp(source, flags)));
  return compiled;
}

// The declared keys of each object node, as a set, built once per node.
const declaredKeySets = new WeakMap<object, Set<string>>();
function declaredKeys(node: Extract<SchemaNode, { o: unknown }>): Set<string> {
  let keys = declaredKeySets.get(node);
  if (keys === undefined) declaredKeySets.set(node, (keys = new Set(node.o.map((property) => property[0]))));
  return keys;
}

/** What zod calls the received type in `Invalid input: expected X, received Y`. */
function receivedType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function invalidType(expected: string, value: unknown, path: PathSegment[]): SchemaIssue {
  return {
    path,
    message: `Invalid input: expected ${expected}, received ${receivedType(value)}`,
    continuable: false,
    ...(expected === 'boolean' ? { allowed: [true, false] } : { incomplete: true }),
  };
}

function invalidValue(values: unknown[], path: PathSegment[]): SchemaIssue {
  const message =
    values.length === 1
      ? `Invalid input: expected ${JSON.stringify(values[0])}`
      : `Invalid option: expected one of ${values.map((v) => JSON.stringify(v)).join('|')}`;
  return { path, message, continuable: false, allowed: values, code: 'invalid_value' };
}

function keyAllowed(rule: KeyRule, key: string): boolean {
  return 'e' in rule ? rule.e.includes(key) : keyPattern(rule.p, rule.f).test(key);
}

function prefixed(issues: SchemaIssue[], segment: PathSegment): SchemaIssue[] {
  if (issues.length === 0) return issues;
  return issues.map((issue) => ({ ...issue, path: [segment, ...issue.path] }));
}

function parseObject(value: unknown, node: Extract<SchemaNode, { o: unknown }>, walk: Walk): Parsed {
  if (!isRecord(value)) return { value, issues: [invalidType('object', value, [])] };
  const out: Record<string, unknown> = {};
  const issues: SchemaIssue[] = [];
  const declared = declaredKeys(node);
  for (const property of node.o) {
    const [key, child, required] = property;
    if (!Object.hasOwn(value, key) || value[key] === undefined) {
      if (required === 1) issues.push(...prefixed(parseNode(undefined, child, step(walk, key)).issues, key));
      if (property.length === 4) out[key] = structuredClone(property[3]);
      continue;
    }
    const parsed = parseNode(value[key], child, step(walk, key));
    out[key] = parsed.value;
    issues.push(...prefixed(parsed.issues, key));
  }
  const unknown = Object.keys(value).filter((key) => !declared.has(key));
  if (node.x === undefined) {
    if (unknown.length > 0) {
      const quoted = unknown.map((key) => `"${key}"`).join(', ');
      const label = unknown.length === 1 ? 'Unrecognized key' : 'Unrecognized keys';
      issues.push({ path: [], message: `${label}: ${quoted}`, continuable: true, code: 'unrecognized_keys' });
    }
  } else if (node.x !== 0) {
    for (const key of unknown) {
      const parsed = parseNode(value[key], node.x, step(walk, '*'));
      out[key] = parsed.value;
      issues.push(...prefixed(parsed.issues, key));
    }
  }
  return { value: out, issues };
}

function parseRecord(value: unknown, node: Extract<SchemaNode, { r: unknown }>, walk: Walk): Parsed {
  if (!isRecord(value)) return { value, issues: [invalidType('record', value, [])] };
  const out: Record<string, unknown> = {};
  const issues: SchemaIssue[] = [];
  for (const [key, child] of Object.entries(value)) {
    if (node.k !== undefined && !keyAllowed(node.k, key)) {
      issues.push({ path: [key], message: 'Invalid key in record', continuable: false });
      continue;
    }
    const parsed = parseNode(child, node.r, step(walk, '*'));
    out[key] = parsed.value;
    issues.push(...prefixed(parsed.issues, key));
  }
  return { value: out, issues };
}

function parseArray(value: unknown, element: (index: number) => SchemaNode | undefined, walk: Walk): Parsed {
  if (!Array.isArray(value)) return { value, issues: [invalidType('array', value, [])] };
  const issues: SchemaIssue[] = [];
  const out = value.map((item: unknown, index) => {
    const node = element(index);
    if (node === undefined) return item;
    const parsed = parseNode(item, node, step(walk, '#'));
    issues.push(...prefixed(parsed.issues, index));
    return parsed.value;
  });
  return { value: out, issues };
}

/**
 * The reader's hint for a failed union: each alternative failed on at least one listed value and
 * on no type mismatch without values (unrecognized keys and checks do not count).
 */
function unionAllowedValues(results: Parsed[]): unknown[] | undefined {
  const values: unknown[] = [];
  for (const result of results) {
    if (result.issues.some((issue) => issue.incomplete)) return undefined;
    const listed = result.issues.flatMap((issue) => issue.allowed ?? []);
    if (listed.length === 0) return undefined;
    values.push(...listed);
  }
  return values;
}

function parseUnion(value: unknown, alternatives: SchemaNode[], walk: Walk): Parsed {
  const results = alternatives.map((alternative) => parseNode(value, alternative, walk));
  const success = results.find((result) => result.issues.length === 0);
  if (success !== undefined) return success;
  const open = results.filter((result) => result.issues.every((issue) => issue.continuable));
  if (open.length === 1 && open[0] !== undefined) return open[0];
  const allowed = unionAllowedValues(results);
  const failure: SchemaIssue = {
    path: [],
    message: 'Invalid input',
    continuable: false,
    branches: results.map((r) => r.issues),
  };
  return { value, issues: [{ ...failure, ...(allowed ? { allowed } : { incomplete: true }) }] };
}

function parseLeaf(value: unknown, node: 's' | 'n' | 'b' | 'z' | '*'): Parsed {
  const ok =
    node === '*' ||
    (node === 's' && typeof value === 'string') ||
    (node === 'n' && typeof value === 'number' && Number.isFinite(value)) ||
    (node === 'b' && typeof value === 'boolean') ||
    (node === 'z' && value === null);
  if (ok) return { value, issues: [] };
  const expected = { s: 'string', n: 'number', b: 'boolean', z: 'null' }[node];
  return { value, issues: [invalidType(expected, value, [])] };
}

/**
 * Checks run on a value whose type parsed; length checks (zod's `when`) also run on a value that
 * failed, as long as it has a length (a string or an array).
 */
function parseChecked(value: unknown, node: Extract<SchemaNode, { c: unknown }>, walk: Walk): Parsed {
  const parsed = parseNode(value, node.of, walk);
  const aborted = parsed.issues.some((issue) => !issue.continuable);
  const hasLength = typeof parsed.value === 'string' || Array.isArray(parsed.value);
  let current = parsed.value;
  const issues = [...parsed.issues];
  for (const check of node.c) {
    if (aborted && !(hasLength && (check[0] === 'min' || check[0] === 'max'))) continue;
    const result = runCheck(current, check);
    current = result.value;
    if (result.issue !== undefined) issues.push(result.issue);
  }
  return { value: current, issues };
}

function parseStructure(value: unknown, node: SchemaNode, walk: Walk): Parsed {
  if (typeof node === 'string') return parseLeaf(value, node);
  if ('c' in node) return parseChecked(value, node, walk);
  if ('q' in node) return value === null ? { value, issues: [] } : parseNode(value, node.q, walk);
  if ('l' in node) {
    return node.l.includes(value) ? { value, issues: [] } : { value, issues: [invalidValue(node.l, [])] };
  }
  if ('e' in node) {
    return typeof value === 'string' && node.e.includes(value)
      ? { value, issues: [] }
      : { value, issues: [invalidValue(node.e, [])] };
  }
  if ('o' in node) return parseObject(value, node, walk);
  if ('r' in node) return parseRecord(value, node, walk);
  if ('a' in node) return parseArray(value, () => node.a, walk);
  if ('t' in node) return parseArray(value, (index) => node.t[index], walk);
  return parseUnion(value, node.u, walk);
}

/** Parses `value` against `node`: zod's issues and zod's output value. */
export function parseNode(
  value: unknown,
  node: SchemaNode,
  walk: Walk = { path: '', depth: 0, refine: undefined },
): Parsed {
  const parsed = parseStructure(value, node, walk);
  const isContainer = typeof node === 'object' && ('o' in node || 'r' in node || 'a' in node);
  if (walk.refine === undefined || !isContainer || parsed.issues.some((issue) => !issue.continuable))
    return parsed;
  const refined = walk.refine(walk.path, parsed.value);
  return refined.length === 0 ? parsed : { value: parsed.value, issues: [...parsed.issues, ...refined] };
}

/** The root parse with the release's refinements. */
export function parseWithRefinements(value: unknown, node: SchemaNode, refine: Refinements): Parsed {
  return parseNode(value, node, { path: '', depth: 0, refine });
}
