// The JSON Schema of a 2026.5.20 policy (SPEC.md §2), generated from the registered rule families:
// their containers (the shape the release checks, in `POLICY_CONTAINERS`) plus the two rules
// their own validators check (channel deny rules, required tool metadata).
//
// The release ignores unknown keys; this schema still flags them (`additionalProperties: false`),
// because an ignored key is a rule that does nothing: a typo (`mcp.server`), or a section of a
// later release (`gateway`) that 2026.5.20 does not enforce. Editors show it as a warning; the
// policy check itself passes.
import type { MetadataKey } from '../families/tools.js';
import { POLICY_RULE_METADATA, ruleName } from '../current/rule-metadata.js';
import { normalizeProviderId } from '../provider-ids.js';
import { POLICY_CONTAINERS, RULE_FAMILIES } from '../registry.js';
import type { ContainerRule, RuleFamily } from '../rule-family.js';
import { channelDenyRulesSchema } from './compound-values.js';
import {
  closedObject,
  described,
  JSON_SCHEMA_DRAFT,
  nonBlankString,
  type JsonSchema,
} from './json-schema.js';
import { providerIdMeaning, valueMeaning } from './rule-descriptions.js';
import { enumeratedString } from './string-values.js';

const RELEASE = '2026.5.20';

/** Every metadata key `tools.requireMetadata` accepts: the compiler checks it names them all. */
const METADATA_KEYS: Readonly<Record<MetadataKey, true>> = { risk: true, sensitivity: true, owner: true };

/** Rules checked by their family rather than as containers (SPEC.md §2.1 validators 2 and 3). */
const FAMILY_CHECKED_RULES: readonly { path: readonly string[]; schema: JsonSchema }[] = [
  { path: ['channels', 'denyRules'], schema: channelDenyRulesSchema() },
  {
    path: ['tools', 'requireMetadata'],
    // Entries are compared trimmed and lowercased.
    schema: { type: 'array', items: enumeratedString(Object.keys(METADATA_KEYS), 'lower') },
  },
];

interface Node {
  path: readonly string[];
  children: Map<string, Node>;
  container?: ContainerRule;
  /** A rule checked by its family. */
  rule?: JsonSchema;
}

function familyOf(path: readonly string[]): RuleFamily {
  const family = RULE_FAMILIES.find((candidate) =>
    candidate.containers.some((container) => container.path.length === 1 && container.path[0] === path[0]),
  );
  if (family === undefined) throw new Error(`no 2026.5.20 rule family owns '${path.join('.')}'`);
  return family;
}

function nodeAt(root: Node, path: readonly string[]): Node {
  let node = root;
  for (const [depth, key] of path.entries()) {
    let next = node.children.get(key);
    if (next === undefined) {
      next = { path: path.slice(0, depth + 1), children: new Map() };
      node.children.set(key, next);
    }
    node = next;
  }
  return node;
}

function containerTree(): Node {
  const root: Node = { path: [], children: new Map() };
  for (const container of POLICY_CONTAINERS) nodeAt(root, container.path).container = container;
  for (const { path, schema } of FAMILY_CHECKED_RULES) nodeAt(root, path).rule = schema;
  return root;
}

function leafSchema(node: Node): JsonSchema {
  if (node.rule !== undefined) return node.rule;
  const container = node.container;
  switch (container?.kind) {
    case 'boolean':
      return { type: 'boolean' };
    case 'string-list':
      return { type: 'array', items: nonBlankString() };
    case 'array':
      return { type: 'array' };
    case 'object':
      return { type: 'object' };
    case undefined:
      throw new Error(`'${node.path.join('.')}' is neither a container nor a rule`);
  }
}

/** The 2026.9.6 row of the same path: the baseline rules kept their meaning (SPEC-2026.9 §1). */
function leafDescription(node: Node): string {
  const dotted = node.path.join('.');
  const family = familyOf(node.path);
  const findings = `Rule family ${family.name}: ${family.checkIds.join(', ')}.`;
  const row = POLICY_RULE_METADATA.find((rule) => ruleName(rule) === dotted);
  if (row === undefined) {
    const shape = node.container?.kind === 'array' ? 'an array' : 'an object';
    return `Reserved: OpenClaw ${RELEASE} only checks that it is ${shape}; it holds no rules.`;
  }
  const entries =
    node.container?.kind === 'string-list' ? `Entries: ${node.container.noun.many}.` : undefined;
  return [
    valueMeaning(row),
    entries,
    row.normalizeValues === 'model-provider' ? providerIdMeaning(normalizeProviderId) : undefined,
    findings,
  ]
    .filter((sentence) => sentence !== undefined)
    .join(' ');
}

function nodeSchema(node: Node): JsonSchema {
  const dotted = node.path.join('.');
  if (node.children.size === 0) return described(leafSchema(node), dotted, leafDescription(node));
  const properties = Object.fromEntries([...node.children].map(([key, child]) => [key, nodeSchema(child)]));
  return described(closedObject(properties), dotted, `Holds ${[...node.children.keys()].join(', ')}.`);
}

export function legacyPolicySchema(): JsonSchema {
  const properties = Object.fromEntries(
    [...containerTree().children].map(([key, child]) => [key, nodeSchema(child)]),
  );
  return {
    $schema: JSON_SCHEMA_DRAFT,
    $comment: `Generated by policy-gate from OpenClaw ${RELEASE}'s rule families (npm run schemas); do not edit.`,
    title: `OpenClaw ${RELEASE} policy (policy.jsonc)`,
    description:
      `A policy for the policy plugin of OpenClaw ${RELEASE}. The release ignores keys it does not know; ` +
      'this schema flags them anyway, since an ignored key enforces nothing (a typo, or a section of a ' +
      'later release). Do not add a "$schema" key: it is hashed with the policy, so it changes the ' +
      'policy hash; associate this schema in the editor settings instead.',
    allowComments: true,
    allowTrailingCommas: true,
    type: 'object',
    properties,
    additionalProperties: false,
  };
}
