// The JSON Schema subset the policy schemas use (draft-07), and the builders every section shares.
//
// Draft-07 rather than 2020-12: VS Code's JSON language service implements draft-07 completely
// and warns about 2019-09/2020-12 features it does not support; JetBrains IDEs and the other JSON
// language servers read draft-07 too; and nothing here needs a later keyword (`dependencies`
// covers `dependentRequired`, and everything is inlined, so no `$ref` siblings are ignored).

export const JSON_SCHEMA_DRAFT = 'http://json-schema.org/draft-07/schema#';

export interface JsonSchema {
  $schema?: string;
  $comment?: string;
  title?: string;
  description?: string;
  type?: 'object' | 'array' | 'string' | 'boolean';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  /** Draft-07's `dependencies` in its `dependentRequired` form: key present → these present too. */
  dependencies?: Record<string, string[]>;
  items?: JsonSchema;
  minItems?: number;
  uniqueItems?: boolean;
  enum?: string[];
  pattern?: string;
  anyOf?: JsonSchema[];
  /** VS Code: the message shown when `pattern` fails (other tools ignore it). */
  patternErrorMessage?: string;
  /** VS Code: trailing commas are no syntax error in files this schema applies to (JSON5 allows them). */
  allowTrailingCommas?: boolean;
  /** VS Code: comments are no syntax error either. */
  allowComments?: boolean;
}

/** The editor-only keywords, for validators that must be told about them (e.g. Ajv's strict mode). */
export const EDITOR_KEYWORDS: readonly string[] = [
  'patternErrorMessage',
  'allowTrailingCommas',
  'allowComments',
];

/** What the release counts as a non-empty string: something besides whitespace (`trim() !== ''`). */
export function nonBlankString(description?: string): JsonSchema {
  return {
    type: 'string',
    pattern: '\\S',
    patternErrorMessage: 'Must not be empty or blank.',
    ...(description === undefined ? {} : { description }),
  };
}

/** A closed object: the properties given, nothing else. */
export function closedObject(
  properties: Record<string, JsonSchema>,
  options: { title?: string; description?: string; required?: string[] } = {},
): JsonSchema {
  return {
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.description === undefined ? {} : { description: options.description }),
    type: 'object',
    properties,
    ...(options.required === undefined || options.required.length === 0
      ? {}
      : { required: options.required }),
    additionalProperties: false,
  };
}

/** Title and description first, so a reader of the generated file sees them before the shape. */
export function described(schema: JsonSchema, title: string, description: string): JsonSchema {
  return { title, description, ...schema };
}
