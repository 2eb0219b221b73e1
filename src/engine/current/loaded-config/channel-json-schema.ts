// Validation of one channel's settings against its JSON schema, as the reader does for channels
// whose plugin is available (JSON-schema defaults first, then the check). Messages follow the
// reader's format: `must not have additional properties: "x"`, `must have required property 'x'`,
// `must be equal to one of the allowed values` (with its "(allowed: …)" hint), `must be boolean`.

import { isRecord } from '../../record.js';
import type { JsonSchema } from './schema-node.js';

export interface ChannelSchemaError {
  /** Dotted path inside the channel settings; '' for the channel itself. */
  path: string;
  message: string;
  allowed?: unknown[];
  /** For unknown keys: the first one (the reader's raw-channel check repeats it). */
  firstExtraKey?: string;
}

function join(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

function schemaOf(value: unknown): JsonSchema | undefined {
  return isRecord(value) ? value : undefined;
}

/** The value with the schema's defaults filled into objects that lack them (recursively). */
export function withSchemaDefaults(value: unknown, schema: JsonSchema): unknown {
  if (!isRecord(value)) return value;
  const properties = schemaOf(schema.properties);
  if (properties === undefined) return value;
  const out: Record<string, unknown> = { ...value };
  for (const [key, propertySchema] of Object.entries(properties)) {
    const child = schemaOf(propertySchema);
    if (child === undefined) continue;
    if (Object.hasOwn(out, key)) out[key] = withSchemaDefaults(out[key], child);
    else if (Object.hasOwn(child, 'default')) out[key] = structuredClone(child.default);
  }
  return out;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(value: unknown, type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  const actual = jsonType(value);
  return types.some((t) => t === actual || (t === 'number' && actual === 'integer'));
}

function checkScalar(value: unknown, schema: JsonSchema, path: string): ChannelSchemaError[] {
  const errors: ChannelSchemaError[] = [];
  if (Array.isArray(schema.enum) && !schema.enum.some((v: unknown) => v === value)) {
    errors.push({ path, message: 'must be equal to one of the allowed values', allowed: schema.enum });
  }
  if (Object.hasOwn(schema, 'const') && schema.const !== value) {
    errors.push({ path, message: 'must be equal to constant', allowed: [schema.const] });
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum)
      errors.push({ path, message: `must be >= ${schema.minimum}` });
    if (typeof schema.maximum === 'number' && value > schema.maximum)
      errors.push({ path, message: `must be <= ${schema.maximum}` });
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) {
      errors.push({ path, message: `must be > ${schema.exclusiveMinimum}` });
    }
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && [...value].length < schema.minLength) {
      errors.push({ path, message: `must NOT have fewer than ${schema.minLength} characters` });
    }
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      errors.push({ path, message: `must match pattern "${schema.pattern}"` });
    }
  }
  return errors;
}

/** Objects: missing required keys, then unknown keys, then the declared keys in schema order. */
function checkObject(value: Record<string, unknown>, schema: JsonSchema, path: string): ChannelSchemaError[] {
  const errors: ChannelSchemaError[] = [];
  const properties = schemaOf(schema.properties) ?? {};
  for (const key of Array.isArray(schema.required) ? (schema.required as string[]) : []) {
    if (!Object.hasOwn(value, key))
      errors.push({ path: join(path, key), message: `must have required property '${key}'` });
  }
  const extra = Object.keys(value).filter((key) => !Object.hasOwn(properties, key));
  if (schema.additionalProperties === false && extra.length > 0) {
    errors.push({
      path,
      message: `must not have additional properties: ${extra.map((k) => `"${k}"`).join(', ')}`,
      firstExtraKey: extra[0],
    });
  }
  for (const [key, propertySchema] of Object.entries(properties)) {
    const child = schemaOf(propertySchema);
    if (child !== undefined && Object.hasOwn(value, key))
      errors.push(...checkValue(value[key], child, join(path, key)));
  }
  const names = schemaOf(schema.propertyNames);
  const additional = schemaOf(schema.additionalProperties);
  for (const key of extra) {
    if (names !== undefined) errors.push(...checkValue(key, names, join(path, key)));
    if (additional !== undefined) errors.push(...checkValue(value[key], additional, join(path, key)));
  }
  return errors;
}

/** Errors of `value` against `schema` in the reader's order; empty when it conforms. */
export function checkValue(value: unknown, schema: JsonSchema, path = ''): ChannelSchemaError[] {
  const errors: ChannelSchemaError[] = [];
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    const alternatives = Array.isArray(schema[keyword]) ? (schema[keyword] as unknown[]) : undefined;
    if (alternatives === undefined) continue;
    const results = alternatives.map((alt) => checkValue(value, schemaOf(alt) ?? {}, path));
    const passing = results.filter((r) => r.length === 0).length;
    if (keyword === 'anyOf' ? passing === 0 : passing !== 1) {
      const message =
        keyword === 'anyOf' ? 'must match a schema in anyOf' : 'must match exactly one schema in oneOf';
      errors.push(...results.flat(), { path, message });
    }
  }
  if (schema.type !== undefined && !typeMatches(value, schema.type)) {
    errors.push({
      path,
      message: `must be ${Array.isArray(schema.type) ? schema.type.join(',') : String(schema.type)}`,
    });
  }
  errors.push(...checkScalar(value, schema, path));
  if (isRecord(value)) errors.push(...checkObject(value, schema, path));
  const items = schemaOf(schema.items);
  if (Array.isArray(value) && items !== undefined) {
    value.forEach((item: unknown, index) => errors.push(...checkValue(item, items, join(path, index))));
  }
  return errors;
}
