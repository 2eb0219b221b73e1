// Shared by the schema tests: the committed JSON Schemas compiled with Ajv (draft-07, the editor
// keywords declared), and the engine's verdict on the same policy value.
import { Ajv, type ErrorObject } from 'ajv';
import { POLICY_INVALID } from '../../src/engine/findings.js';
import { pluginSettings } from '../../src/engine/plugin-settings.js';
import { EDITOR_KEYWORDS, policyJsonSchema } from '../../src/engine/policy-json-schema/index.js';
import { profileOf, type OpenClawRelease } from '../../src/engine/release-profile.js';
import type { Finding } from '../../src/engine/types.js';

export interface SchemaVerdict {
  valid: boolean;
  /** `<instance path> <message>` per error, e.g. `/tools/profiles must NOT have additional properties`. */
  errors: string[];
  /** Ajv's error keywords, e.g. `additionalProperties`. */
  keywords: string[];
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(root)' : error.instancePath;
  const extra =
    error.keyword === 'additionalProperties' ? ` '${String(error.params.additionalProperty)}'` : '';
  return `${where} ${error.message ?? error.keyword}${extra}`;
}

const validators = new Map<OpenClawRelease, (policy: unknown) => SchemaVerdict>();

/** A validator of the generated schema of `release` (compiled once). */
export function schemaValidator(release: OpenClawRelease): (policy: unknown) => SchemaVerdict {
  const known = validators.get(release);
  if (known !== undefined) return known;
  // strictTypes / strictRequired flag two draft-07 idioms used on purpose: `anyOf` alternatives
  // carrying their own types, and `anyOf: [{ required: [selector] }]` naming declared properties.
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
  ajv.addVocabulary([...EDITOR_KEYWORDS]);
  const validate = ajv.compile(policyJsonSchema(release));
  const validator = (policy: unknown): SchemaVerdict => {
    const valid = validate(policy);
    const errors = validate.errors ?? [];
    return { valid, errors: errors.map(describeError), keywords: errors.map((error) => error.keyword) };
  };
  validators.set(release, validator);
  return validator;
}

const NAME = { display: 'policy.jsonc', document: 'policy.jsonc' };

/** The engine's run on a parsed policy value: an empty config, no tool documents, no approvals. */
export function engineCheck(release: OpenClawRelease, policy: unknown) {
  return profileOf(release).evaluate({
    name: NAME,
    policy: { state: 'parsed', value: policy },
    config: {},
    settings: pluginSettings({}),
    toolsMarkdown: '',
    agentsMarkdown: '',
    legacyToolsFile: false,
    execApprovals: { locator: 'test', raw: null },
  });
}

/** The `policy/policy-jsonc-invalid` findings the engine reports for a parsed policy value. */
export function engineShapeFindings(release: OpenClawRelease, policy: unknown): Finding[] {
  return engineCheck(release, policy).attestedFindings.filter((found) => found.checkId === POLICY_INVALID);
}
