import { comparePolicies } from '../engine/policy-compare.js';
import type { Weakening } from '../engine/strictness.js';
import { compareToolDeclarations, type ToolChange } from '../engine/tool-changes.js';

export interface PolicySide {
  /** The parsed policy, or undefined when it is missing or does not parse. */
  value: unknown;
  name: { display: string; document: string };
  /** TOOLS.md text ('' when missing). */
  toolsMarkdown: string;
}

export interface ReviewChanges {
  weakenings: Weakening[];
  toolChanges: ToolChange[];
  /** Why acceptance is needed (empty when nothing is loosened). */
  reasons: string[];
}

/**
 * What a pull request loosens, base → head (issue 4): policy rules weakened, and TOOLS.md risk
 * downgrades. Either needs an acceptor's approval even when the attestation was re-proposed
 * correctly. Without both policies there is nothing to compare (the verdict covers that case).
 */
export function reviewChanges(base: PolicySide, head: PolicySide): ReviewChanges {
  const weakenings =
    base.value !== undefined && head.value !== undefined
      ? comparePolicies(base.value, head.value, { baseline: base.name, candidate: head.name }).weakenings
      : [];
  const toolChanges = compareToolDeclarations(base.toolsMarkdown, head.toolsMarkdown);
  const downgrades = toolChanges.filter((change) => change.downgrade);
  const reasons = [
    ...weakenings.map((w) => `the policy is weakened: ${w.rule} ${w.detail}`),
    ...(downgrades.length > 0
      ? [
          `TOOLS.md downgrades ${downgrades.length} tool declaration(s) (${[...new Set(downgrades.map((d) => d.toolId))].slice(0, 5).join(', ')})`,
        ]
      : []),
  ];
  return { weakenings, toolChanges, reasons };
}
