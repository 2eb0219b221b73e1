// Everything a pull request changes that the attestation does not cover but the agent obeys
// (issue 12), gathered for one workspace: guarded config settings, checkout attributes and
// symbolic links need acceptance; a channel routed to a denied provider blocks like a finding.
import { channelModelProblems } from './channel-models.js';
import { checkoutAttributeChanges } from './checkout-attributes.js';
import { guardedSettingChanges, type GuardedChange } from './guarded-settings.js';

export interface GuardedReviewInput {
  /** The written OpenClaw configs (undefined when missing or unusable). */
  baseConfig: unknown;
  headConfig: unknown;
  /** The head's parsed policy. */
  headPolicy: unknown;
  /** Each `.gitattributes` that governs the workspace, as text ('' when missing), or why it is unreadable. */
  attributes: readonly { file: string; base: AttributesText; head: AttributesText }[];
  /** Symbolic links added or re-pointed in the workspace. */
  links: readonly GuardedChange[];
}

export type AttributesText = string | { unreadable: string };

export interface GuardedReview {
  changes: GuardedChange[];
  /** Problems that fail the gate whatever acceptance says. */
  problems: string[];
  /** Why acceptance is needed (empty when nothing guarded changed). */
  reasons: string[];
}

const NAMED_IN_REASON = 5;

export function guardedReview(input: GuardedReviewInput): GuardedReview {
  const changes = [
    ...guardedSettingChanges(input.baseConfig, input.headConfig),
    ...input.attributes.flatMap(({ file, base, head }) =>
      typeof base === 'string' && typeof head === 'string'
        ? checkoutAttributeChanges(file, base, head)
        : // The gate cannot tell what it says: a reviewer must look.
          [
            {
              setting: file,
              change: 'changed' as const,
              after: `unreadable: ${[base, head].flatMap((side) => (typeof side === 'string' ? [] : [side.unreadable])).join('; ')}`,
            },
          ],
    ),
    ...input.links,
  ];
  const named = [...new Set(changes.map((change) => change.setting))];
  const more = named.length > NAMED_IN_REASON ? `, and ${named.length - NAMED_IN_REASON} more` : '';
  return {
    changes,
    problems: channelModelProblems(input.headConfig, input.headPolicy),
    reasons:
      changes.length === 0
        ? []
        : [
            `this pull request changes ${changes.length} guarded setting(s) the attestation does not cover (${named.slice(0, NAMED_IN_REASON).join(', ')}${more})`,
          ],
  };
}
