// The four ingress checks of OpenClaw 2026.9.6 (`ingressFindingsForRule`, SPEC-2026.9 §10.2), for
// one ingress rule set: the top-level section or a channel-scoped overlay.
import { finding } from '../../findings.js';
import { valueAtPath } from '../../record.js';
import type { Finding } from '../../types.js';
import type { IngressEntry, IngressKind } from './channel-scope.js';

export const DM_POLICY_UNAPPROVED = 'policy/ingress-dm-policy-unapproved';
export const DM_SCOPE_UNAPPROVED = 'policy/ingress-dm-scope-unapproved';
export const OPEN_GROUPS_DENIED = 'policy/ingress-open-groups-denied';
export const GROUP_MENTION_REQUIRED = 'policy/ingress-group-mention-required';

export interface IngressRuleSet {
  /** The ingress section (top level or a scope's overlay); its shape is valid. */
  rules: Record<string, unknown>;
  /** `oc://<doc>/<section>`: `ingress` or `scopes/<name>/ingress`. */
  requirementBase: string;
  /** The entries this rule set judges (all, or those of the scope's channel). */
  entries: readonly IngressEntry[];
}

export function ingressRuleFindings({ rules, requirementBase, entries }: IngressRuleSet): Finding[] {
  const ofKind = (kind: IngressKind) => entries.filter((entry) => entry.kind === kind);
  const evidenceFinding = (
    entry: IngressEntry,
    checkId: string,
    message: string,
    rule: string,
    fixHint: string,
  ): Finding =>
    finding({
      checkId,
      message,
      path: 'openclaw config',
      ocPath: entry.source,
      target: entry.source,
      requirement: `${requirementBase}/${rule}`,
      fixHint,
    });
  const out: Finding[] = [];

  const requiredScope = valueAtPath(rules, ['session', 'requireDmScope']);
  if (typeof requiredScope === 'string') {
    const required = requiredScope.trim().toLowerCase();
    for (const entry of ofKind('sessionDmScope')) {
      if (entry.value === required) continue;
      out.push(
        evidenceFinding(
          entry,
          DM_SCOPE_UNAPPROVED,
          `session.dmScope '${String(entry.value)}' does not match policy.`,
          'session/requireDmScope',
          'Set session.dmScope to the required isolation scope or update policy after review.',
        ),
      );
    }
  }

  const allowed = new Set(lowercasedStringList(valueAtPath(rules, ['channels', 'allowDmPolicies'])));
  if (allowed.size > 0) {
    for (const entry of ofKind('channelDmPolicy')) {
      if (typeof entry.value !== 'string' || allowed.has(entry.value.toLowerCase())) continue;
      out.push(
        evidenceFinding(
          entry,
          DM_POLICY_UNAPPROVED,
          `${ingressLabel(entry)} uses unapproved DM policy '${entry.value}'.`,
          'channels/allowDmPolicies',
          'Set the channel DM policy to an allowed value or update policy after review.',
        ),
      );
    }
  }

  if (valueAtPath(rules, ['channels', 'denyOpenGroups']) === true) {
    for (const entry of ofKind('channelGroupPolicy')) {
      // Case-sensitive: an `Allowlist` the loader let through counts as open.
      if (entry.value === 'allowlist' || entry.value === 'disabled') continue;
      out.push(
        evidenceFinding(
          entry,
          OPEN_GROUPS_DENIED,
          `${ingressLabel(entry)} allows open group ingress.`,
          'channels/denyOpenGroups',
          'Set groupPolicy to allowlist or disabled, or update policy after review.',
        ),
      );
    }
  }

  if (valueAtPath(rules, ['channels', 'requireMentionInGroups']) === true) {
    const groupPolicies = ofKind('channelGroupPolicy');
    for (const entry of ofKind('channelRequireMention')) {
      if (entry.value === true || closestGroupPolicy(entry, groupPolicies) === 'disabled') continue;
      out.push(
        evidenceFinding(
          entry,
          GROUP_MENTION_REQUIRED,
          `${ingressLabel(entry)} does not require group mentions.`,
          'channels/requireMentionInGroups',
          'Set requireMention=true for the channel/group entry or update policy after review.',
        ),
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

const CHANNEL_DEFAULTS = 'oc://openclaw.config/channels/defaults';

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
      parent === CHANNEL_DEFAULTS || entryParent === parent || entryParent.startsWith(`${parent}/`);
    // Strictly longer wins: among equals the first in evidence order stays (a stable sort's head).
    if (above && (closest === undefined || parent.length > closest.depth))
      closest = { entry: candidate, depth: parent.length };
  }
  return closest?.entry.value;
}

function parentAddress(source: string): string {
  return source.slice(0, Math.max(0, source.lastIndexOf('/')));
}

/** OpenClaw's `readStringList`: an all-strings array, trimmed, lowercased, blanks dropped. */
function lowercasedStringList(value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string')) return [];
  return (value as string[]).map((entry) => entry.trim().toLowerCase()).filter((entry) => entry !== '');
}
