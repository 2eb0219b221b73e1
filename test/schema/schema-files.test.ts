// The committed schemas (schemas/policy-<release>.schema.json) are the generator's output, valid
// draft-07, and made of the engine's rule metadata: every rule, every enum, every scopable rule.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { POLICY_RULE_METADATA, ruleName, rulesScopableBy } from '../../src/engine/current/rule-metadata.js';
import { POLICY_CONTAINERS } from '../../src/engine/registry.js';
import {
  EDITOR_KEYWORDS,
  JSON_SCHEMA_DRAFT,
  policyJsonSchemas,
  type JsonSchema,
} from '../../src/engine/policy-json-schema/index.js';

const ROOT = join(import.meta.dirname, '../..');

/** What scripts/generate-policy-schemas.mjs writes: the schema formatted by the repository's Prettier. */
async function generatedText(file: string, schema: JsonSchema): Promise<string> {
  const target = join(ROOT, file);
  const options = (await prettier.resolveConfig(target)) ?? {};
  return prettier.format(JSON.stringify(schema), { ...options, filepath: target });
}

/** Every titled leaf (a rule) of a schema, by title, walking properties and scope overlays. */
function ruleLeaves(schema: JsonSchema, into = new Map<string, JsonSchema>()): Map<string, JsonSchema> {
  if (schema.properties === undefined) {
    if (schema.title !== undefined) into.set(schema.title, schema);
    return into;
  }
  for (const child of Object.values(schema.properties)) ruleLeaves(child, into);
  return into;
}

function enumOf(schema: JsonSchema): string[] | undefined {
  const values = schema.enum ?? schema.anyOf?.find((alternative) => alternative.enum)?.enum;
  return values;
}

const schemas = policyJsonSchemas();

describe('committed policy schemas', () => {
  it.each(schemas)('$file is fresh', async ({ file, schema }) => {
    const target = join(ROOT, file);
    expect(existsSync(target), `${file} is missing: run \`npm run schemas\` and commit it.`).toBe(true);
    const fresh = readFileSync(target, 'utf8') === (await generatedText(file, schema));
    expect(fresh, `${file} is stale: run \`npm run schemas\` and commit it.`).toBe(true);
  });

  it.each(schemas)('$file is a valid draft-07 schema', ({ schema }) => {
    expect(schema.$schema).toBe(JSON_SCHEMA_DRAFT);
    const ajv = new Ajv({ strict: true, strictTypes: false, strictRequired: false });
    ajv.addVocabulary([...EDITOR_KEYWORDS]);
    expect(ajv.validateSchema(schema), ajv.errorsText()).toBe(true);
    expect(() => ajv.compile(schema)).not.toThrow();
  });
});

describe('the 2026.9.6 schema is made of the rule metadata', () => {
  const schema = schemas.find((entry) => entry.release === '2026.9.6')!.schema;
  const topLevel = { ...schema, properties: { ...schema.properties, scopes: {} } };
  const leaves = ruleLeaves(topLevel);

  it('has one property per rule, titled with its policy path, and nothing else', () => {
    expect([...leaves.keys()].sort()).toEqual(POLICY_RULE_METADATA.map(ruleName).sort());
  });

  it('offers exactly the allowed values of every enumerated rule', () => {
    for (const rule of POLICY_RULE_METADATA) {
      const values = rule.orderedValues ?? rule.allowedValues;
      if (values === undefined) continue;
      const leaf = leaves.get(ruleName(rule))!;
      expect(enumOf(leaf.items ?? leaf), ruleName(rule)).toEqual(values);
    }
  });

  it('describes every rule with its findings', () => {
    for (const rule of POLICY_RULE_METADATA)
      for (const checkId of rule.checkIds) expect(leaves.get(ruleName(rule))!.description).toContain(checkId);
  });

  it('lets a scope hold exactly the scopable rules', () => {
    const overlay = schema.properties!.scopes!.additionalProperties as JsonSchema;
    const sections = Object.entries(overlay.properties!).filter(
      ([key]) => key !== 'agentIds' && key !== 'channelIds',
    );
    const scoped = ruleLeaves({ properties: Object.fromEntries(sections) });
    const scopable = [...rulesScopableBy('agentIds'), ...rulesScopableBy('channelIds')].map(ruleName);
    expect([...scoped.keys()].sort()).toEqual(scopable.sort());
  });
});

describe('the 2026.5.20 schema is made of the rule families', () => {
  const schema = schemas.find((entry) => entry.release === '2026.5.20')!.schema;

  it('has every container of the registered families, and the two rules their validators check', () => {
    const familyChecked = ['channels.denyRules', 'tools.requireMetadata'];
    const paths = [...POLICY_CONTAINERS.map((container) => container.path.join('.')), ...familyChecked];
    const leafPaths = paths.filter((path) => !paths.some((other) => other.startsWith(`${path}.`)));
    expect([...ruleLeaves(schema).keys()].sort()).toEqual(leafPaths.sort());
  });
});
