// The compact form of OpenClaw 2026.9.6's config schema (release-config-schema.ts, generated):
// enough structure to refuse unknown keys and wrong types the way the release's reader does, and
// to put keys in the order the reader's schema parse leaves them.

import { CHANNEL_SCHEMAS_JSON, CORE_SCHEMA_JSON, PLUGINS_JSON } from './release-config-schema.js';

/** A record key constraint: a regular expression, or a closed set of keys. */
export type KeyRule = { p: string; f: string } | { e: string[] };

/** One object property: `[key, node]`; `[key, node, 1]` when required; `[key, node, 0, value]` with a default. */
export type PropertyNode = [string, SchemaNode] | [string, SchemaNode, 1] | [string, SchemaNode, 0, unknown];

export type SchemaNode =
  /** string, number, boolean, null, anything */
  | 's'
  | 'n'
  | 'b'
  | 'z'
  | '*'
  /** literal value(s) (`z.literal`) */
  | { l: unknown[] }
  /** `z.enum` values */
  | { e: string[] }
  /** object: properties in declaration order; `x` absent = unknown keys refused, 0 = dropped, node = catch-all */
  | { o: PropertyNode[]; x?: 0 | SchemaNode }
  /** record of values, with an optional key constraint */
  | { r: SchemaNode; k?: KeyRule }
  | { a: SchemaNode }
  | { t: SchemaNode[] }
  | { u: SchemaNode[] }
  /** nullable */
  | { q: SchemaNode }
  /** a value with zod checks (run when its type parses) */
  | { c: ValueCheck[]; of: SchemaNode };

/**
 * zod checks: `trim` (the value is trimmed), `min`/`max` length (strings: characters, arrays:
 * items), `regex` (with the schema's own message, if any), `url` (parsable, then trimmed), `int`,
 * bounds `gt`/`lt` (1 = inclusive), and the refinements `httpUrl`, `modelRefOrEmpty`, and the
 * file / exec SecretRef id grammars.
 */
export type ValueCheck =
  | ['trim']
  | ['fileSecretId']
  | ['execSecretId']
  | ['url']
  | ['httpUrl']
  | ['modelRefOrEmpty']
  | ['min', number]
  | ['max', number]
  | ['regex', string, string]
  | ['regex', string, string, string]
  | ['int']
  | ['gt', number, 0 | 1]
  | ['lt', number, 0 | 1];

/** One problem the reader's zod parse reports (path relative to the parsed value). */
export interface SchemaIssue {
  path: (string | number)[];
  message: string;
  /** zod's `continue`: the issue does not abort a union alternative. */
  continuable: boolean;
  /** Candidates the reader lists in its "(allowed: …)" hint. */
  allowed?: unknown[];
  /** A type or union failure without listable values: no hint for an enclosing union either. */
  incomplete?: true;
  /** zod's code where the reader's messages depend on it. */
  code?: 'unrecognized_keys' | 'invalid_value';
  /** A failed union: each alternative's issues. */
  branches?: SchemaIssue[][];
}

export type ObjectNode = Extract<SchemaNode, { o: PropertyNode[] }>;

export function isObjectNode(node: SchemaNode): node is ObjectNode {
  return typeof node === 'object' && 'o' in node;
}

/** The property node for `key` of an object node, if the schema declares it. */
export function propertyNode(node: ObjectNode, key: string): SchemaNode | undefined {
  return node.o.find(([name]) => name === key)?.[1];
}

/** The node at a path of declared object keys (`*` steps into records), if there is one. */
export function nodeAtPath(node: SchemaNode, path: readonly string[]): SchemaNode | undefined {
  let current: SchemaNode | undefined = node;
  for (const step of path) {
    if (current === undefined || typeof current !== 'object') return undefined;
    const unwrapped: SchemaNode = 'q' in current ? current.q : current;
    if (isObjectNode(unwrapped)) current = propertyNode(unwrapped, step);
    else if (typeof unwrapped === 'object' && 'r' in unwrapped && step === '*') current = unwrapped.r;
    else return undefined;
  }
  return current;
}

/** Replaces `{ "$i": n }` by the shared subschema n (itself resolved). */
function resolveShared(
  value: unknown,
  shared: readonly unknown[],
  resolved = new Map<number, unknown>(),
): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item: unknown) => resolveShared(item, shared, resolved));
  const record = value as Record<string, unknown>;
  if (typeof record.$i === 'number' && Object.keys(record).length === 1) {
    // Each shared subschema is resolved once; the same (read-only) object stands at every place
    // that refers to it, instead of a fresh copy per reference.
    const index = record.$i;
    if (!resolved.has(index)) resolved.set(index, resolveShared(shared[index], shared, resolved));
    return resolved.get(index);
  }
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, resolveShared(v, shared, resolved)]));
}

let coreSchema: SchemaNode | undefined;

/** The release's root config schema. */
export function releaseConfigSchema(): SchemaNode {
  if (coreSchema === undefined) {
    const data = JSON.parse(CORE_SCHEMA_JSON) as { root: unknown; shared: unknown[] };
    coreSchema = resolveShared(data.root, data.shared) as SchemaNode;
  }
  return coreSchema;
}

/** A JSON schema as the release's channel metadata ships it (annotations removed). */
export type JsonSchema = Record<string, unknown>;

export interface ChannelSchemas {
  /** Every known channel's config schema. */
  schemas: Record<string, JsonSchema>;
  /** Channels whose plugin the CLI installs on demand -> that plugin's id. */
  installable: Record<string, string>;
  /** Channel aliases (lowercase) -> channel id. */
  aliases: Record<string, string>;
}

let channelSchemas: ChannelSchemas | undefined;

export function releaseChannelSchemas(): ChannelSchemas {
  if (channelSchemas === undefined) {
    const data = JSON.parse(CHANNEL_SCHEMAS_JSON) as ChannelSchemas & { shared: unknown[] };
    const schemas = resolveShared(data.schemas, data.shared) as Record<string, JsonSchema>;
    channelSchemas = { schemas, installable: data.installable, aliases: data.aliases };
  }
  return channelSchemas;
}

export interface ReleasePlugins {
  bundled: ReadonlySet<string>;
  /** Official external plugin id -> its install spec. */
  official: Readonly<Record<string, string>>;
}

let plugins: ReleasePlugins | undefined;

export function releasePlugins(): ReleasePlugins {
  if (plugins === undefined) {
    const data = JSON.parse(PLUGINS_JSON) as { bundled: string[]; official: Record<string, string> };
    plugins = { bundled: new Set(data.bundled), official: data.official };
  }
  return plugins;
}
