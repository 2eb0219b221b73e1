// SKELETON: tool metadata of OpenClaw 2026.9.6, declared in AGENTS.md's `## Tools` section
// (SPEC-2026.9 §8): `tools.requireMetadata` shape, the TOOLS.md migration finding, tool findings.
import type { PolicyFamily } from '../current/policy-family.js';

/** The required metadata keys (lowercased, trimmed) when the rule is valid, else none (§4 step 7). */
export function requiredToolMetadata(_policy: unknown): Set<string> {
  return new Set();
}

export const toolMetadataFamily: PolicyFamily = {
  name: 'tools',
  evidence: [
    {
      key: 'tools',
      inEarlyReturns: false,
      collectedFor: (source) => source.agentsMarkdown !== undefined,
      collect: () => [],
    },
  ],
  /** Steps 12.16–12.20: requirement shape, TOOLS.md migration, then risk/sensitivity/owner. */
  findings: () => [],
};
