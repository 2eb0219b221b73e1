import path from 'node:path';
import { comparePolicies } from '../engine/policy-compare.js';
import { profileOf, type OpenClawRelease } from '../engine/release-profile.js';
import type { Weakening } from '../engine/strictness.js';
import { compareToolDocuments, type ToolChange, type ToolDocument } from '../engine/tool-changes.js';
import { claimWeakenings } from './claim-weakenings.js';

export interface PolicySide {
  /** The parsed policy, or undefined when it is missing or does not parse. */
  value: unknown;
  name: { display: string; document: string };
  /** The governed tools, read where this side's release reads them (empty when the file is missing). */
  tools: ToolDocument;
}

export interface ReviewChanges {
  weakenings: Weakening[];
  toolChanges: ToolChange[];
  /** Why acceptance is needed (empty when nothing is loosened). */
  reasons: string[];
}

/**
 * What a pull request loosens, base → head (issues 4 and 11): policy rules weakened, as the
 * release the head is checked against compares policies, and governed tools downgraded or gone.
 * Either needs an acceptor's approval even when the attestation was re-proposed correctly. Two
 * policies that cannot be compared rule by rule need it too: a gate that cannot tell must not
 * pass. Without both policies there is nothing to compare (the verdict covers that case).
 */
export function reviewChanges(base: PolicySide, head: PolicySide, release: OpenClawRelease): ReviewChanges {
  const compared =
    base.value !== undefined && head.value !== undefined
      ? policyWeakenings(base, head, release)
      : { weakenings: [] };
  const weakenings = 'weakenings' in compared ? compared.weakenings : [];
  const toolChanges = compareToolDocuments(base.tools, head.tools);
  const downgrades = toolChanges.filter((change) => change.downgrade);
  const reasons = [
    ...('incomparable' in compared
      ? [`the policy could not be compared rule by rule with the base's: ${compared.incomparable}`]
      : []),
    ...weakenings.map((w) => `the policy is weakened: ${w.rule} ${w.detail}`),
    ...(downgrades.length > 0
      ? [
          `${head.tools.file} downgrades or removes ${downgrades.length} governed tool declaration(s) (${[...new Set(downgrades.map((d) => d.toolId))].slice(0, 5).join(', ')})`,
        ]
      : []),
  ];
  return { weakenings, toolChanges, reasons };
}

function policyWeakenings(
  base: PolicySide,
  head: PolicySide,
  release: OpenClawRelease,
): { weakenings: Weakening[] } | { incomparable: string } {
  // A release with its own `policy compare` is compared its way; otherwise policy-gate's comparison.
  if (profileOf(release).policyCompare === undefined)
    return comparePolicies(base.value, head.value, { baseline: base.name, candidate: head.name });
  return claimWeakenings(
    { name: path.posix.basename(base.name.display), value: base.value },
    { name: path.posix.basename(head.name.display), value: head.value },
  );
}
