// JSON Schemas of `policy.jsonc`, one per supported OpenClaw release, generated from the rule
// metadata the engine itself uses, so editors can complete and check policies. Pure: the files
// under schemas/ are written by scripts/generate-policy-schemas.mjs, and test/schema checks that
// they are fresh and that they agree with the engine's shape checks.
import { SUPPORTED_RELEASES, type OpenClawRelease } from '../release-profile.js';
import { currentPolicySchema } from './current-schema.js';
import type { JsonSchema } from './json-schema.js';
import { legacyPolicySchema } from './legacy-schema.js';

export { EDITOR_KEYWORDS, JSON_SCHEMA_DRAFT, type JsonSchema } from './json-schema.js';

const GENERATORS: Readonly<Record<OpenClawRelease, () => JsonSchema>> = {
  '2026.9.6': currentPolicySchema,
  '2026.5.20': legacyPolicySchema,
};

export function policyJsonSchema(release: OpenClawRelease): JsonSchema {
  return GENERATORS[release]();
}

/** Where the committed schema of a release lives, relative to the package root. */
export function policySchemaFile(release: OpenClawRelease): string {
  return `schemas/policy-${release}.schema.json`;
}

/** Every release with its schema, in the order the releases are listed. */
export function policyJsonSchemas(): { release: OpenClawRelease; file: string; schema: JsonSchema }[] {
  return SUPPORTED_RELEASES.map((release) => ({
    release,
    file: policySchemaFile(release),
    schema: policyJsonSchema(release),
  }));
}
