// Replays every recorded 2026.9.6 `policy check` report against the dataHandling, secrets,
// authProfiles, execApprovals and routing families: each slice must be collected exactly when the
// report has it, each scanner on the loaded config (and the row text) must give the recorded
// slice byte for byte, and the findings blocks on the recorded evidence the recorded findings of
// their check ids, in order. A case that failed (exit 2) in route
// resolution must fail here with the same message.
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXEC_APPROVALS_LOCATOR } from '../../../src/engine/current/evaluate-policy.js';
import type { EvidenceSource, FindingsInput } from '../../../src/engine/current/policy-family.js';
import { policyHasExecApprovalsRules } from '../../../src/engine/current/policy-scope.js';
import { dataHandlingFamily } from '../../../src/engine/families/data-handling.js';
import { execApprovalsFamily } from '../../../src/engine/families/exec-approvals.js';
import { routingFamily } from '../../../src/engine/families/routing.js';
import { authMetadataRequirementBlock, secretsFamily } from '../../../src/engine/families/secrets.js';
import type { Finding } from '../../../src/engine/types.js';
import { type FamilyCase, familyCases } from './exec-approvals-data-secrets-routing-replay-cases.js';

const FAMILY_SLICES = ['dataHandling', 'secrets', 'authProfiles', 'execApprovals', 'routing'] as const;
const SLICES = new Map(
  [dataHandlingFamily, secretsFamily, execApprovalsFamily, routingFamily].flatMap((family) =>
    family.evidence.map((slice) => [slice.key, slice] as const),
  ),
);

/** Check ids of these families (their shape findings belong to the shape replay). */
const FAMILY_CHECK = /^policy\/(data-handling|secrets|auth-profile|exec-approvals|routing)-/;

function evidenceSource(recorded: FamilyCase): EvidenceSource {
  const readsRow = policyHasExecApprovalsRules(recorded.policy);
  return {
    config: recorded.config,
    policy: recorded.policy,
    execApprovalsRaw: readsRow ? recorded.row : undefined,
    agentsMarkdown: undefined,
  };
}

function familyFindings(recorded: FamilyCase): Finding[] {
  const report = recorded.report!;
  const readsRow = policyHasExecApprovalsRules(recorded.policy);
  const input: FindingsInput = {
    policy: recorded.policy,
    name: recorded.policyName,
    evidence: report.evidence,
    execApprovalsFile:
      readsRow && recorded.row !== null
        ? { raw: recorded.row, displayName: DEFAULT_EXEC_APPROVALS_LOCATOR }
        : undefined,
    execApprovalsLocator: DEFAULT_EXEC_APPROVALS_LOCATOR,
    legacyToolsFile: false,
  };
  // The release's block order (SPEC-2026.9 §4 step 12): routing, ..., data handling, secrets and
  // auth, exec approvals, the auth requireMetadata shape.
  return [
    routingFamily.findings,
    dataHandlingFamily.findings,
    secretsFamily.findings,
    execApprovalsFamily.findings,
    authMetadataRequirementBlock,
  ].flatMap((block) => block(input));
}

const cases = familyCases();
// Every report counts: one without these slices checks that none is collected.
const reported = cases.filter((c) => c.report !== undefined);

describe.skipIf(reported.length === 0)(
  'replay of recorded 2026.9.6 cases (data, secrets, exec, routing)',
  () => {
    it.each(reported.map((c) => [c.name, c] as const))('%s: evidence', (_name, recorded) => {
      const source = evidenceSource(recorded);
      const evidence = recorded.report!.evidence;
      for (const key of FAMILY_SLICES) {
        const slice = SLICES.get(key)!;
        const collected = recorded.report!.early ? slice.inEarlyReturns : slice.collectedFor(source);
        expect({ key, collected }).toEqual({ key, collected: evidence[key] !== undefined });
        if (collected) expect(JSON.stringify(slice.collect(source))).toBe(JSON.stringify(evidence[key]));
      }
    });

    const judged = reported.filter((c) => !c.report!.early && !c.report!.findingsPartial);
    it.each(judged.map((c) => [c.name, c] as const))('%s: findings', (_name, recorded) => {
      const ours = familyFindings(recorded).filter((f) => FAMILY_CHECK.test(f.checkId));
      const theirs = recorded.report!.findings.filter((f) => FAMILY_CHECK.test(f.checkId));
      expect(ours).toEqual(theirs);
      expect(JSON.stringify(ours)).toBe(JSON.stringify(theirs));
    });
  },
);

const failed = cases.filter(
  (c) => c.error !== undefined && SLICES.get('routing')!.collectedFor(evidenceSource(c)),
);

describe.skipIf(failed.length === 0)('recorded 2026.9.6 route resolution failures', () => {
  it.each(failed.map((c) => [c.name, c] as const))('%s', (_name, recorded) => {
    const routing = SLICES.get('routing')!;
    let message: string | undefined;
    try {
      routing.collect(evidenceSource(recorded));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(recorded.error);
  });
});
