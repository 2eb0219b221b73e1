// Rules grouped by their policy paths: `tools.exec.allowHosts` sits in section `tools`, then
// `exec`. The section objects of a policy are exactly the inner nodes of this tree, and the keys a
// section allows exactly its children, which is how the 2026.9.6 shape checks derive them too.
import type { PolicyRuleMetadata } from '../current/rule-metadata.js';
import { ruleName } from '../current/rule-metadata.js';
import { closedObject, described, type JsonSchema } from './json-schema.js';

export interface Section {
  path: readonly string[];
  /** Children in the order their first rule appears in the metadata. */
  children: Map<string, Section | PolicyRuleMetadata>;
}

export function isSection(node: Section | PolicyRuleMetadata): node is Section {
  return 'children' in node;
}

export function ruleTree(rules: readonly PolicyRuleMetadata[], path: readonly string[] = []): Section {
  const root: Section = { path, children: new Map() };
  for (const rule of rules) {
    let section = root;
    const below = rule.policyPath.slice(path.length);
    for (const [depth, key] of below.entries()) {
      const existing = section.children.get(key);
      if (depth === below.length - 1) {
        if (existing !== undefined) throw new Error(`policy path '${ruleName(rule)}' is not a leaf`);
        section.children.set(key, rule);
        break;
      }
      if (existing !== undefined && !isSection(existing))
        throw new Error(`policy path '${ruleName(rule)}' is below the rule '${ruleName(existing)}'`);
      const next = existing ?? { path: [...path, ...below.slice(0, depth + 1)], children: new Map() };
      section.children.set(key, next);
      section = next;
    }
  }
  return root;
}

/** Every rule below a section, in metadata order. */
export function rulesBelow(node: Section | PolicyRuleMetadata): PolicyRuleMetadata[] {
  return isSection(node) ? [...node.children.values()].flatMap(rulesBelow) : [node];
}

/** A section as a closed object; `ruleSchema` renders each rule. */
export function sectionSchema(
  section: Section,
  ruleSchema: (rule: PolicyRuleMetadata) => JsonSchema,
  description = `Holds ${[...section.children.keys()].join(', ')}.`,
): JsonSchema {
  const properties = Object.fromEntries(
    [...section.children].map(([key, child]) => [
      key,
      isSection(child) ? sectionSchema(child, ruleSchema) : ruleSchema(child),
    ]),
  );
  return described(closedObject(properties), section.path.join('.'), description);
}
