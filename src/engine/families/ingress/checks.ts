// The four ingress checks of OpenClaw 2026.9.6 (`ingressFindingsForRule`, SPEC-2026.9 §10.2), for
// one ingress rule set: the top-level section or a channel-scoped overlay.
import { policyEvidenceFinding } from '../../current/evidence-finding.js';
import { lowercasedPolicyList } from '../../current/policy-rule-values.js';
import { requirementOf, type RuleLocation } from '../../current/rule-location.js';
import { valueAtPath } from '../../record.js';
import type { Finding } from '../../types.js';
import { CHANNEL_DEFAULTS_SOURCE, type IngressEntry, type IngressKind } from './channel-scope.js';

/**
 * `rules`: the ingress section at `location` (top level or a scope's overlay), its shape valid;
 * `entries`: the entries it judges (all, or those of the scope's channel).
 */
export function ingressRuleFindings(
  rules: Record<string, unknown>,
  location: RuleLocation,
  entries: readonly IngressEntry[],
): Finding[] {
  const ofKind = (kind: IngressKind) => entries.filter((entry) => entry.kind === kind);
  const out: Finding[] = [];

  const requiredScope = valueAtPath(rules, ['session', 'requireDmScope']);
  if (typeof requiredScope === 'string') {
    const required = requiredScope.trim().toLowerCase();
    for (const entry of ofKind('sessionDmScope')) {
      if (entry.value === required) continue;
      out.push(
        policyEvidenceFinding(entry.source, {
          checkId: 'policy/ingress-dm-scope-unapproved',
          message: `session.dmScope '${String(entry.value)}' does not match policy.`,
          requirement: requirementOf(location, 'session/requireDmScope'),
          fixHint: 'Set session.dmScope to the required isolation scope or update policy after review.',
        }),
      );
    }
  }

  const allowed = new Set(lowercasedPolicyList(rules, ['channels', 'allowDmPolicies']));
  if (allowed.size > 0) {
    for (const entry of ofKind('channelDmPolicy')) {
      if (typeof entry.value !== 'string' || allowed.has(entry.value.toLowerCase())) continue;
      out.push(
        policyEvidenceFinding(entry.source, {
          checkId: 'policy/ingress-dm-policy-unapproved',
          message: `${ingressLabel(entry)} uses unapproved DM policy '${entry.value}'.`,
          requirement: requirementOf(location, 'channels/allowDmPolicies'),
          fixHint: 'Set the channel DM policy to an allowed value or update policy after review.',
        }),
      );
    }
  }

  if (valueAtPath(rules, ['channels', 'denyOpenGroups']) === true) {
    for (const entry of ofKind('channelGroupPolicy')) {
      // Case-sensitive: an `Allowlist` the loader let through counts as open.
      if (entry.value === 'allowlist' || entry.value === 'disabled') continue;
      out.push(
        policyEvidenceFinding(entry.source, {
          checkId: 'policy/ingress-open-groups-denied',
          message: `${ingressLabel(entry)} allows open group ingress.`,
          requirement: requirementOf(location, 'channels/denyOpenGroups'),
          fixHint: 'Set groupPolicy to allowlist or disabled, or update policy after review.',
        }),
      );
    }
  }

  if (valueAtPath(rules, ['channels', 'requireMentionInGroups']) === true) {
    const groupPolicies = ofKind('channelGroupPolicy');
    for (const entry of ofKind('channelRequireMention')) {
      if (entry.value === true || closestGroupPolicy(entry, groupPolicies) === 'disabled') continue;
      out.push(
        policyEvidenceFinding(entry.source, {
          checkId: 'policy/ingress-group-mention-required',
          message: `${ingressLabel(entry)} does not require group mentions.`,
          requirement: requirementOf(location, 'channels/requireMentionInGroups'),
          fixHint: 'Set requireMention=true for the channel/group entry or update policy after review.',
        }),
      );
    }
  }
  return out;
}

/** `channel '<ch>'[ account '<a>'][ group '<g>']`. */
export function ingressLabel(entry: IngressEntry): string {
  const account = entry.accountId === undefined ? '' : ` account '${entry.accountId}'`;
  const group = entry.groupId === undefined ? '' : ` group '${entry.groupId}'`;
  return `channel '${entry.channel ?? 'unknown'}'${account}${group}`;
}

/**
 * The group policy governing a mention entry: of the same channel and account, the one set
 * closest above the entry's address (`channels.defaults` counts as above everything). Addresses
 * are compared as text, as the release does.
 */
function closestGroupPolicy(entry: IngressEntry, groupPolicies: readonly IngressEntry[]): unknown {
  const entryParent = parentAddress(entry.source);
  let closest: { entry: IngressEntry; depth: number } | undefined;
  for (const candidate of groupPolicies) {
    if (candidate.channel !== entry.channel || (candidate.accountId ?? '') !== (entry.accountId ?? ''))
      continue;
    const parent = parentAddress(candidate.source);
    const above =
      parent === CHANNEL_DEFAULTS_SOURCE || entryParent === parent || entryParent.startsWith(`${parent}/`);
    // Strictly longer wins: among equals the first in evidence order stays (a stable sort's head).
    if (above && (closest === undefined || parent.length > closest.depth))
      closest = { entry: candidate, depth: parent.length };
  }
  return closest?.entry.value;
}

function parentAddress(source: string): string {
  return source.slice(0, Math.max(0, source.lastIndexOf('/')));
}
