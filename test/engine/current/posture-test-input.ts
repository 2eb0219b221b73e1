// Runs one posture family on in-memory config and policy, the way the pipeline does.
import type { PolicyFamily } from '../../../src/engine/current/policy-family.js';
import type { Evidence, Finding } from '../../../src/engine/types.js';

export const POLICY_NAME = { display: 'policy.jsonc', document: 'policy.jsonc' };

export function evidenceOf(family: PolicyFamily, config: Record<string, unknown>): unknown[] {
  const slice = family.evidence[0]!;
  return slice.collect({
    config,
    policy: undefined,
    execApprovalsRaw: undefined,
    agentsMarkdown: undefined,
  }) as unknown[];
}

export function findingsOf(
  family: PolicyFamily,
  config: Record<string, unknown>,
  policy: unknown,
): Finding[] {
  const slice = family.evidence[0]!;
  const source = { config, policy, execApprovalsRaw: undefined, agentsMarkdown: undefined };
  const evidence = { [slice.key]: slice.collectedFor(source) ? slice.collect(source) : undefined };
  return family.findings({
    policy,
    name: POLICY_NAME,
    evidence: evidence as unknown as Evidence,
    execApprovalsFile: undefined,
    execApprovalsLocator: '',
    legacyToolsFile: false,
  });
}

/** `checkId | message | target | requirement`, the parts a reader checks first. */
export function summaries(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.checkId} | ${f.message} | ${f.target} | ${f.requirement}`);
}
