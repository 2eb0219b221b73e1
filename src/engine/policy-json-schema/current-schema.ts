// The JSON Schema of a 2026.9.6 policy, generated from the release's rule metadata (SPEC-2026.9
// §5.1): the sections and their keys are the metadata's policy paths, value types and enums come
// from its rows, and the scope overlays from its scope selectors (§9.1). Every unknown key is an
// error, as in the release (`additionalProperties: false` throughout).
import {
  POLICY_RULE_METADATA,
  ruleName,
  type PolicyRuleMetadata,
  type ScopeSelector,
} from '../current/rule-metadata.js';
import { POLICY_SECTIONS } from '../current/shape/index.js';
import type { ListNormalization } from '../current/shape/ordered-shape.js';
import { normalizeProviderIdPlain } from '../provider-ids.js';
import {
  channelDenyRulesSchema,
  EXEC_APPROVAL_ALLOWLIST_RULE,
  execApprovalAllowlistEntrySchema,
  routingProbesSchema,
} from './compound-values.js';
import {
  closedObject,
  described,
  JSON_SCHEMA_DRAFT,
  nonBlankString,
  type JsonSchema,
} from './json-schema.js';
import { currentRuleDescription } from './rule-descriptions.js';
import { isSection, ruleTree, rulesBelow, sectionSchema, type Section } from './section-tree.js';
import { enumeratedString } from './string-values.js';

const RELEASE = '2026.9.6';

/**
 * The list entry comparisons of the shape checks that are not the default (trimmed, exact case):
 * SPEC-2026.9 §6.3 (auth lists, tools.requireMetadata: lowercased) and §6.4 (workspace access:
 * untrimmed). test/schema compares every list rule with the engine, so a change there shows.
 */
const LIST_NORMALIZATION: Readonly<Record<string, ListNormalization>> = {
  'agents.workspace.allowedAccess': 'raw',
  'tools.requireMetadata': 'lower',
  'auth.profiles.requireMetadata': 'lower',
  'auth.profiles.allowModes': 'lower',
};

function valueSchema(rule: PolicyRuleMetadata): JsonSchema {
  const name = ruleName(rule);
  switch (rule.valueType) {
    case 'boolean':
      return { type: 'boolean' };
    case 'string': {
      // The shape check's `enum` step compares exactly: no trimming, no case folding.
      const values = rule.orderedValues ?? rule.allowedValues;
      return values === undefined ? nonBlankString() : enumeratedString(values, 'raw');
    }
    case 'string-list': {
      const items =
        name === EXEC_APPROVAL_ALLOWLIST_RULE
          ? execApprovalAllowlistEntrySchema()
          : rule.allowedValues === undefined
            ? nonBlankString()
            : enumeratedString(rule.allowedValues, LIST_NORMALIZATION[name] ?? 'trim');
      return { type: 'array', items };
    }
    case 'channel-provider-deny-rules':
      return channelDenyRulesSchema();
    case 'routing-probes':
      return routingProbesSchema();
  }
}

function ruleSchema(rule: PolicyRuleMetadata): JsonSchema {
  return described(valueSchema(rule), ruleName(rule), currentRuleDescription(rule, normalizeProviderIdPlain));
}

/** The selectors in the order the metadata first uses them (agentIds, then channelIds). */
function scopeSelectors(): ScopeSelector[] {
  return [...new Set(POLICY_RULE_METADATA.flatMap((rule) => rule.scopeSelectors ?? []))];
}

const SELECTOR_NOUNS: Readonly<Record<ScopeSelector, string>> = {
  agentIds: 'agent',
  channelIds: 'channel',
};

function selectorSchema(selector: ScopeSelector, sections: readonly string[]): JsonSchema {
  const noun = SELECTOR_NOUNS[selector];
  return {
    title: selector,
    description:
      `The ${noun}s this scope applies to: at least one ${noun} id, each listed once ` +
      `(ids compare normalised, so OpenClaw also refuses two spellings of one id). ` +
      `Needed for ${sections.join(', ')}.`,
    type: 'array',
    minItems: 1,
    uniqueItems: true,
    items: nonBlankString(),
  };
}

/**
 * One named scope: selectors, then the sections holding scopable rules, each limited to them. A
 * section needs the selector its rules are scoped by (`dependencies`); a scope needs a selector.
 */
function scopeOverlaySchema(): JsonSchema {
  const scopable = POLICY_RULE_METADATA.filter((rule) => (rule.scopeSelectors ?? []).length > 0);
  const tree = ruleTree(scopable);
  const selectors = scopeSelectors();
  const dependencies: Record<string, string[]> = {};
  for (const [section, node] of tree.children) {
    const needed = [...new Set(rulesBelow(node).flatMap((rule) => rule.scopeSelectors ?? []))];
    if (needed.length !== 1)
      throw new Error(`scoped section '${section}' mixes selectors (${needed.join(', ')})`);
    dependencies[section] = needed;
  }
  const sectionsOf = (selector: ScopeSelector) =>
    Object.keys(dependencies).filter((section) => dependencies[section]?.includes(selector));
  const properties: Record<string, JsonSchema> = Object.fromEntries([
    ...selectors.map((selector) => [selector, selectorSchema(selector, sectionsOf(selector))]),
    ...[...tree.children].map(([key, node]) => [
      key,
      isSection(node)
        ? sectionSchema(node, ruleSchema, `Scoped ${key} rules: ${scopedRuleList(node)}.`)
        : ruleSchema(node),
    ]),
  ]);
  return {
    ...closedObject(properties, {
      description:
        'A policy overlay for the selected agents or channels. Each scoped value must be at least as ' +
        'strict as the top-level rule and as earlier scopes selecting the same id (checked by the ' +
        'policy check, not by this schema).',
    }),
    dependencies,
    anyOf: selectors.map((selector) => ({ required: [selector] })),
  };
}

function scopedRuleList(section: Section): string {
  return rulesBelow(section)
    .map((rule) => ruleName(rule))
    .join(', ');
}

export function currentPolicySchema(): JsonSchema {
  const tree = ruleTree(POLICY_RULE_METADATA);
  const sections = [...tree.children.keys(), 'scopes'];
  const missing = POLICY_SECTIONS.filter((section) => !sections.includes(section));
  const extra = sections.filter((section) => !POLICY_SECTIONS.includes(section));
  if (missing.length > 0 || extra.length > 0)
    throw new Error(
      `policy sections and rule metadata disagree: missing ${missing.join(', ')}; extra ${extra.join(', ')}`,
    );
  const properties: Record<string, JsonSchema> = {};
  for (const [key, node] of tree.children)
    properties[key] = isSection(node) ? sectionSchema(node, ruleSchema) : ruleSchema(node);
  properties.scopes = {
    title: 'scopes',
    description:
      'Named policy scopes: each maps a name to an overlay that tightens scopable rules for some agents (agentIds) or channels (channelIds).',
    type: 'object',
    additionalProperties: scopeOverlaySchema(),
  };
  return {
    $schema: JSON_SCHEMA_DRAFT,
    $comment: `Generated by policy-gate from OpenClaw ${RELEASE}'s rule metadata (npm run schemas); do not edit.`,
    title: `OpenClaw ${RELEASE} policy (policy.jsonc)`,
    description:
      `A policy for the policy plugin of OpenClaw ${RELEASE}, as \`openclaw policy check\` and policy-gate read it. ` +
      'Unknown keys are errors in this release (policy/policy-jsonc-invalid), a "$schema" key included: ' +
      'associate this schema in the editor settings instead. Only the policy check verifies what spans ' +
      'several values: scoped values at least as strict as the top level, unique routing probe ids, ' +
      'selector and role ids unique after normalisation.',
    allowComments: true,
    allowTrailingCommas: true,
    type: 'object',
    properties,
    additionalProperties: false,
  };
}
