// The official SARIF 2.1.0 schema (test/fixtures/sarif/README.md), compiled once with Ajv 8.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const SCHEMA_FILE = path.resolve(import.meta.dirname, '../fixtures/sarif/sarif-2.1.0-rtm.5.json');

let validate: ValidateFunction | undefined;

/** The schema's complaints about `log` (empty when it is a valid SARIF 2.1.0 log). */
export function sarifSchemaErrors(log: unknown): string[] {
  validate ??= compiled();
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

function compiled(): ValidateFunction {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
  // Draft-04: its `id` is draft-07's `$id`, and Ajv 8 does not know the draft-04 meta-schema.
  const { id } = schema;
  delete schema.$schema;
  delete schema.id;
  // Its `language` pattern (`…{2}]?$`) is valid only without the `u` flag, as ECMA 262 reads it.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  (addFormats as unknown as (instance: Ajv) => Ajv)(ajv);
  return ajv.compile({ ...schema, $id: String(id) });
}
