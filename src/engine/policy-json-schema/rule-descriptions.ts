// What a rule governs, in words generated from its metadata row (SPEC-2026.9 §5.1) and the fix
// metadata of its checks (§10.3): editors show these on hover and completion.
import { fixRecommendationFor } from '../current/check-ids.js';
import type { PolicyRuleMetadata, ScopeSelector } from '../current/rule-metadata.js';

const SELECTOR_WORDS: Readonly<Record<ScopeSelector, string>> = {
  agentIds: 'per agent (scopes with agentIds)',
  channelIds: 'per channel (scopes with channelIds)',
};

/** The meaning of a rule's value, from its strictness (the same in both releases). */
export function valueMeaning(rule: PolicyRuleMetadata): string {
  const values = rule.orderedValues ?? rule.allowedValues;
  const listed = values === undefined ? '' : ` (${values.join(', ')})`;
  if (rule.valueType === 'channel-provider-deny-rules')
    return 'Channel deny rules: a configured channel whose provider equals when.provider (exact, case-sensitive) is denied; the first matching rule is cited, and its reason becomes the fix hint.';
  switch (rule.strictness) {
    case 'allowlist-subset':
      return (
        `Allowlist${listed}: a configured value outside the list is a finding.` +
        (rule.emptyList === 'disabled' ? ' An empty list switches the rule off.' : '')
      );
    case 'denylist-superset':
      return `List${listed} whose every entry is enforced (denied or required), so a longer list is stricter.`;
    case 'exact-list':
      return 'Exact list: the configuration must hold exactly these entries ([] requires none).';
    case 'ordered-string':
      return `One of ${(values ?? []).join(' < ')} (least to most strict): the configuration must be at least this strict.`;
    case 'requires-true':
      return 'true enforces the rule; false or absent leaves it off.';
    case 'requires-false':
      return 'false forbids what the rule names; true or absent allows it.';
    case 'routing-probes':
      return 'Routing probes: each routes a simulated message through the configured bindings and names the agent (and optionally the match kinds) it must reach.';
  }
}

/** How a profile compares model provider ids, shown by calling its own normaliser on a sample. */
export function providerIdMeaning(normalizeProviderId: (raw: string) => string): string {
  const sample = 'Bedrock';
  const normalized = normalizeProviderId(sample);
  return normalized === sample.toLowerCase()
    ? 'Provider ids compare trimmed and lowercased, without alias folding.'
    : `Provider ids compare trimmed, lowercased and alias-folded (${sample} counts as ${normalized}).`;
}

/** The whole description of a 2026.9.6 rule. */
export function currentRuleDescription(
  rule: PolicyRuleMetadata,
  normalizeProviderId: (raw: string) => string,
): string {
  const configTargets = [
    ...new Set(rule.checkIds.flatMap((checkId) => fixRecommendationFor(checkId)?.configTargets ?? [])),
  ];
  const sentences = [
    valueMeaning(rule),
    rule.normalizeValues === 'model-provider' ? providerIdMeaning(normalizeProviderId) : undefined,
    configTargets.length > 0 ? `Governs: ${configTargets.join(', ')}.` : undefined,
    rule.scopeSelectors === undefined
      ? undefined
      : `Can be tightened ${rule.scopeSelectors.map((selector) => SELECTOR_WORDS[selector]).join(' or ')}.`,
    rule.satisfiedByInvariant === undefined
      ? `Findings: ${rule.checkIds.join(', ')}.`
      : `Always satisfied (${rule.satisfiedByInvariant}): it never produces a finding.`,
  ];
  return sentences.filter((sentence) => sentence !== undefined).join(' ');
}
