// The last scopes check (SPEC-2026.9 §9.1, the release's `duplicateScopedPolicyFieldFinding`):
// a scope may only tighten a rule. Its value must be at least as strict as the top-level rule, and
// when several scopes select the same agent (or channel) and set the same rule, each later value
// must be at least as strict as the one before. Agent selectors are judged first, then channels.
import { isRecord, valueAtPath } from '../../record.js';
import type { PolicyName } from '../../rule-family.js';
import type { Finding } from '../../types.js';
import { normalizeAgentId } from '../agent-id.js';
import { rulesScopableBy, ruleName, type PolicyRuleMetadata, type ScopeSelector } from '../rule-metadata.js';
import { isPolicyValueAtLeastAsStrict } from '../strictness.js';
import { policySegment, scopeTargetPrefix } from './policy-segment.js';
import { shapeFinding } from './shape-finding.js';

interface ScopedField {
  metadata: PolicyRuleMetadata;
  /** The dotted rule name, e.g. `tools.exec.allowHosts`. */
  rule: string;
  /** `scopes/<name>/<rule path>`, in segment form. */
  target: string;
  value: unknown;
}

interface SelectorKind {
  selector: ScopeSelector;
  label: 'agent' | 'channel';
  normalize: (raw: string) => string;
}

const SELECTOR_KINDS: readonly SelectorKind[] = [
  { selector: 'agentIds', label: 'agent', normalize: normalizeAgentId },
  { selector: 'channelIds', label: 'channel', normalize: (raw) => raw.trim().toLowerCase() },
];

/** `scopes` must already be an object; `policy` supplies the top-level values. */
export function scopedOverrideFinding(
  scopes: Record<string, unknown>,
  policy: unknown,
  name: PolicyName,
): Finding | undefined {
  for (const kind of SELECTOR_KINDS) {
    const found = overrideFindingFor(kind, scopes, policy, name);
    if (found !== undefined) return found;
  }
  return undefined;
}

function overrideFindingFor(
  kind: SelectorKind,
  scopes: Record<string, unknown>,
  policy: unknown,
  name: PolicyName,
): Finding | undefined {
  const report = (field: ScopedField, message: string, fixHint: string) =>
    shapeFinding(name, `oc://${name.document}/${field.target}`, `${name.display} ${message}`, fixHint);
  /** The effective scoped value per (selector value, rule): the scope that set it last. */
  const effective = new Map<string, { property: string; field: ScopedField }>();
  for (const [scopeName, overlay] of Object.entries(scopes)) {
    if (!isRecord(overlay)) continue;
    const selectorValues = overlay[kind.selector];
    if (!Array.isArray(selectorValues)) continue;
    const fields = scopedFields(scopeName, overlay, kind.selector);
    const property = (field: ScopedField) => `scopes.${scopeName}.${field.rule}`;
    for (const raw of selectorValues as unknown[]) {
      if (typeof raw !== 'string' || raw.trim() === '') continue;
      const selectorValue = kind.normalize(raw);
      for (const field of fields) {
        const topLevel = valueAtPath(policy, field.metadata.policyPath);
        if (topLevel !== undefined && !isPolicyValueAtLeastAsStrict(field.metadata, field.value, topLevel))
          return report(
            field,
            `${property(field)} is weaker than the top-level ${field.rule} policy.`,
            'Use an equally or more restrictive scoped value, or remove the scoped override.',
          );
        const key = `${selectorValue}\0${field.rule}`;
        const previous = effective.get(key);
        if (
          previous !== undefined &&
          !isPolicyValueAtLeastAsStrict(field.metadata, field.value, previous.field.value)
        )
          return report(
            field,
            `${property(field)} is not an equally or more restrictive override of ${previous.property} for ${kind.label} '${selectorValue}'.`,
            `Use one effective scoped value per ${kind.label}, or make later scoped values stricter according to policy metadata.`,
          );
        effective.set(key, { property: property(field), field });
      }
    }
  }
  return undefined;
}

/** The rules a scope sets that `selector` may scope, in metadata order. */
function scopedFields(
  scopeName: string,
  overlay: Record<string, unknown>,
  selector: ScopeSelector,
): ScopedField[] {
  const prefix = scopeTargetPrefix(scopeName);
  return rulesScopableBy(selector).flatMap((metadata) => {
    const value = valueAtPath(overlay, metadata.policyPath);
    if (value === undefined) return [];
    return [
      {
        metadata,
        rule: ruleName(metadata),
        target: `${prefix}/${metadata.policyPath.map(policySegment).join('/')}`,
        value,
      },
    ];
  });
}
