// Whether one value of a policy rule is at least as strict as another (SPEC-2026.9 §12.3), driven
// by the rule's metadata. Scope validation uses it for overrides (§9.1) and `policy compare` for
// candidate-versus-baseline claims; `policyRuleValueIsValid` is compare's validity test (§12.2).
import { normalizeProviderIdPlain } from '../provider-ids.js';
import { isRecord } from '../record.js';
import { normalizeAgentId } from './agent-id.js';
import type { PolicyRuleMetadata } from './rule-metadata.js';
import { readExecApprovalAllowlistRequirements } from './shape/exec-approval-allowlist.js';
import { stringListIssue } from './shape/ordered-shape.js';
import { isNonBlankString, isValidMatchKindList } from './shape/routing-shape.js';
import { expandToolGroups, toolListDenies } from './tool-matcher.js';

const ALLOWLIST_EXPECTED = 'execApprovals.agents.allowlist.expected';

export function isPolicyValueAtLeastAsStrict(
  metadata: PolicyRuleMetadata,
  candidate: unknown,
  baseline: unknown,
): boolean {
  switch (metadata.strictness) {
    case 'allowlist-subset':
      return isAllowlistSubset(metadata, candidate, baseline);
    case 'denylist-superset':
      return isDenylistSuperset(metadata, candidate, baseline);
    case 'ordered-string':
      return isOrderedStringAtLeastAsStrict(metadata, candidate, baseline);
    case 'requires-true':
      return baseline !== true || candidate === true;
    case 'requires-false':
      return baseline !== false || candidate === false;
    case 'exact-list':
      return isSameStringList(metadata, candidate, baseline);
    case 'routing-probes':
      return routingProbesAtLeastAsStrict(candidate, baseline);
  }
}

/**
 * `compare`'s test that a claimed value is well-formed for its rule. Lists skip holes here (the
 * shape checks count them) and compare enums lowercased unless the rule is case-sensitive.
 */
export function policyRuleValueIsValid(metadata: PolicyRuleMetadata, value: unknown): boolean {
  switch (metadata.valueType) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'channel-provider-deny-rules':
      return (
        Array.isArray(value) &&
        (value as unknown[]).every(
          (entry) => isRecord(entry) && isRecord(entry.when) && isNonBlankString(entry.when.provider),
        )
      );
    case 'routing-probes':
      return Array.isArray(value);
    case 'string-list':
    case 'string': {
      if (metadata.valueType === 'string-list' && metadata.policyPath.join('.') === ALLOWLIST_EXPECTED)
        return readExecApprovalAllowlistRequirements(value, []) !== undefined;
      const allowed = metadata.allowedValues ?? metadata.orderedValues;
      const caseSensitive = metadata.caseSensitive === true;
      return (
        stringListIssue(
          metadata.valueType === 'string' ? [value] : value,
          caseSensitive ? allowed : allowed?.map((entry) => entry.toLowerCase()),
          caseSensitive ? 'trim' : 'lower',
          false,
        ) === undefined
      );
    }
  }
}

/**
 * A list rule's value as compared: trimmed non-blank entries, lowercased unless case-sensitive,
 * provider ids normalised; allowlist entries by key; channel deny rules by provider. Undefined
 * when the value is not such a list.
 */
export function policyStringList(value: unknown, metadata: PolicyRuleMetadata): string[] | undefined {
  if (metadata.valueType === 'channel-provider-deny-rules') return channelDenyProviders(value, metadata);
  if (!Array.isArray(value)) return undefined;
  if (metadata.policyPath.join('.') === ALLOWLIST_EXPECTED)
    return readExecApprovalAllowlistRequirements(value, [])?.map((entry) => entry.key);
  const list: unknown[] = value;
  if (!list.every((entry): entry is string => typeof entry === 'string')) return undefined;
  return (list as string[])
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => normalizeListEntry(entry, metadata));
}

function normalizeListEntry(entry: string, metadata: PolicyRuleMetadata): string {
  if (metadata.normalizeValues === 'model-provider') return normalizeProviderIdPlain(entry);
  return metadata.caseSensitive === true ? entry : entry.toLowerCase();
}

/** The providers of a list of well-formed deny rules (blank providers dropped). */
function channelDenyProviders(value: unknown, metadata: PolicyRuleMetadata): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const providers: string[] = [];
  for (const rule of value as unknown[]) {
    if (!isChannelDenyRule(rule)) return undefined;
    const provider = rule.when.provider.trim();
    if (provider !== '') providers.push(metadata.caseSensitive === true ? provider : provider.toLowerCase());
  }
  return providers;
}

/** `{ id?: string, reason?: string, when: { provider: string } }` (other keys tolerated here). */
export function isChannelDenyRule(
  value: unknown,
): value is { id?: string; reason?: string; when: { provider: string } } {
  return (
    isRecord(value) &&
    (value.id === undefined || typeof value.id === 'string') &&
    (value.reason === undefined || typeof value.reason === 'string') &&
    isRecord(value.when) &&
    typeof value.when.provider === 'string'
  );
}

/** A single string rule's value as compared (trimmed; lowercased unless case-sensitive). */
function policyString(value: unknown, metadata: PolicyRuleMetadata): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const trimmed = value.trim();
  return metadata.caseSensitive === true ? trimmed : trimmed.toLowerCase();
}

/** A candidate allowlist may only allow what the baseline allows; `[]` may mean "no rule". */
function isAllowlistSubset(metadata: PolicyRuleMetadata, candidate: unknown, baseline: unknown): boolean {
  const candidateList = policyStringList(candidate, metadata);
  const baselineList = policyStringList(baseline, metadata);
  if (candidateList === undefined || baselineList === undefined) return false;
  if (metadata.emptyList === 'disabled') {
    if (baselineList.length === 0) return true;
    if (candidateList.length === 0) return false;
  }
  const allowed = new Set(baselineList);
  return candidateList.every((entry) => allowed.has(entry));
}

/** A candidate denylist must deny everything the baseline denies (tools: through groups and globs). */
function isDenylistSuperset(metadata: PolicyRuleMetadata, candidate: unknown, baseline: unknown): boolean {
  const candidateList = policyStringList(candidate, metadata);
  const baselineList = policyStringList(baseline, metadata);
  if (candidateList === undefined || baselineList === undefined) return false;
  if (metadata.policyPath.join('.') === 'tools.denyTools')
    return baselineList
      .flatMap((entry) => expandToolGroups([entry]))
      .every((tool) => toolListDenies(candidateList, tool));
  const denied = new Set(candidateList);
  return baselineList.every((entry) => denied.has(entry));
}

function isOrderedStringAtLeastAsStrict(
  metadata: PolicyRuleMetadata,
  candidate: unknown,
  baseline: unknown,
): boolean {
  const candidateValue = policyString(candidate, metadata);
  const baselineValue = policyString(baseline, metadata);
  if (candidateValue === undefined || baselineValue === undefined || metadata.orderedValues === undefined)
    return false;
  const ordered = metadata.orderedValues.map((entry) =>
    metadata.caseSensitive === true ? entry : entry.toLowerCase(),
  );
  const candidateIndex = ordered.indexOf(candidateValue);
  const baselineIndex = ordered.indexOf(baselineValue);
  return candidateIndex >= 0 && baselineIndex >= 0 && candidateIndex >= baselineIndex;
}

/** The same entries, ignoring order (duplicates count). */
function isSameStringList(metadata: PolicyRuleMetadata, candidate: unknown, baseline: unknown): boolean {
  const candidateList = policyStringList(candidate, metadata);
  const baselineList = policyStringList(baseline, metadata);
  if (candidateList === undefined || baselineList === undefined) return false;
  const candidateSorted = candidateList.toSorted();
  const baselineSorted = baselineList.toSorted();
  return (
    candidateSorted.length === baselineSorted.length &&
    candidateSorted.every((entry, index) => entry === baselineSorted[index])
  );
}

/**
 * Every baseline probe is kept (same id, same route, same agent) and expects no match kind the
 * baseline does not; candidate ids must be unique.
 */
function routingProbesAtLeastAsStrict(candidate: unknown, baseline: unknown): boolean {
  if (!Array.isArray(candidate) || !Array.isArray(baseline)) return false;
  const candidateById = new Map<string, Record<string, unknown>>();
  for (const entry of candidate as unknown[]) {
    if (!isRecord(entry) || !isNonBlankString(entry.id) || candidateById.has(entry.id)) return false;
    candidateById.set(entry.id, entry);
  }
  return (baseline as unknown[]).every((baselineEntry) => {
    if (!isRecord(baselineEntry) || !isNonBlankString(baselineEntry.id)) return false;
    const candidateEntry = candidateById.get(baselineEntry.id);
    if (candidateEntry === undefined) return false;
    const candidateRoute = canonicalRoute(candidateEntry.route);
    const baselineRoute = canonicalRoute(baselineEntry.route);
    if (candidateRoute === undefined || baselineRoute === undefined || candidateRoute !== baselineRoute)
      return false;
    const candidateExpect = candidateEntry.expect;
    const baselineExpect = baselineEntry.expect;
    if (
      !isRecord(candidateExpect) ||
      !isRecord(baselineExpect) ||
      !isNonBlankString(candidateExpect.agentId) ||
      !isNonBlankString(baselineExpect.agentId) ||
      normalizeAgentId(candidateExpect.agentId) !== normalizeAgentId(baselineExpect.agentId)
    )
      return false;
    return matchKindsAtLeastAsStrict(candidateExpect.matchedBy, baselineExpect.matchedBy);
  });
}

function matchKindsAtLeastAsStrict(candidate: unknown, baseline: unknown): boolean {
  if (baseline === undefined) return candidate === undefined || isValidMatchKindList(candidate);
  if (!isValidMatchKindList(candidate) || !isValidMatchKindList(baseline)) return false;
  const baselineKinds = new Set(baseline);
  return candidate.every((kind) => baselineKinds.has(kind));
}

const ROUTE_KEYS = ['accountId', 'channel', 'guildId', 'memberRoleIds', 'parentPeer', 'peer', 'teamId'];

/** A route written so that equal routes give equal strings; undefined for a malformed route. */
function canonicalRoute(value: unknown): string | undefined {
  if (!isRecord(value) || Object.keys(value).some((key) => !ROUTE_KEYS.includes(key))) return undefined;
  if (!isNonBlankString(value.channel)) return undefined;
  if ([value.accountId, value.guildId, value.teamId].some((id) => id !== undefined && !isNonBlankString(id)))
    return undefined;
  const peer = canonicalPeer(value.peer);
  const parentPeer = canonicalPeer(value.parentPeer);
  if (peer === null || parentPeer === null) return undefined;
  const roles = value.memberRoleIds;
  if (roles !== undefined) {
    if (!Array.isArray(roles) || roles.length === 0) return undefined;
    const list: unknown[] = roles;
    if (list.some((role) => !isNonBlankString(role)) || new Set(list).size !== list.length) return undefined;
  }
  // Key order and `undefined` members follow the release's JSON.stringify of the same object.
  return JSON.stringify({
    channel: value.channel.trim().toLowerCase(),
    accountId: normalizeAccountId(typeof value.accountId === 'string' ? value.accountId : undefined),
    peer,
    parentPeer,
    guildId: typeof value.guildId === 'string' ? value.guildId.trim() : undefined,
    teamId: typeof value.teamId === 'string' ? value.teamId.trim() : undefined,
    memberRoleIds: Array.isArray(roles) ? (roles as string[]).toSorted() : undefined,
  });
}

/** undefined: no peer; null: a malformed peer. */
function canonicalPeer(value: unknown): { kind: string; id: string } | undefined | null {
  if (value === undefined) return undefined;
  if (!isRecord(value) || Object.keys(value).some((key) => key !== 'id' && key !== 'kind')) return null;
  if (typeof value.kind !== 'string' || !['channel', 'direct', 'group'].includes(value.kind)) return null;
  if (!isNonBlankString(value.id)) return null;
  return { kind: value.kind, id: value.id.trim() };
}

const DEFAULT_ACCOUNT_ID = 'default';
const VALID_ACCOUNT_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/i;
const PROTOTYPE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** OpenClaw's `normalizeAccountId`: like agent ids, but blank or unrepresentable ids are `default`. */
function normalizeAccountId(value: string | undefined): string {
  const trimmed = (value ?? '').trim();
  if (trimmed === '') return DEFAULT_ACCOUNT_ID;
  const lowered = trimmed.toLowerCase();
  const canonical = VALID_ACCOUNT_ID.test(trimmed)
    ? lowered
    : lowered
        .replace(/[^a-z0-9_-]+/g, '-')
        .replace(/^-+/, '')
        .replace(/-+$/, '')
        .slice(0, 64);
  return canonical === '' || PROTOTYPE_KEYS.has(canonical) ? DEFAULT_ACCOUNT_ID : canonical;
}
