// Replays the recorded 2026.9.6 goldens (test/fixtures/conformance-2026.9) through the shape layer:
// for every `check`/`watch` case whose findings include `policy/policy-jsonc-invalid` (other than
// a parse error), the shape findings of our container check and family validators, in the
// release's pipeline order (SPEC-2026.9 §4 step 12), must equal the recorded ones exactly.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { isRecord } from '../../../src/engine/record.js';
import type { PolicyName } from '../../../src/engine/rule-family.js';
import {
  authAllowModesShapeFindings,
  authRequireMetadataShapeFindings,
  channelDenyRuleShapeFindings,
  dataHandlingShapeFindings,
  execApprovalsShapeFinding,
  policyContainerShapeFindings,
  secretsShapeFindings,
  toolsRequireMetadataShapeFindings,
} from '../../../src/engine/current/shape/index.js';
import type { Finding } from '../../../src/engine/types.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/conformance-2026.9');
const INVALID = 'policy/policy-jsonc-invalid';

/**
 * The shape findings of a policy in pipeline order: container (1), channel deny rules (2),
 * data handling (12), secrets then auth allowModes (13), the exec-approvals family's repeat of
 * the section's shape finding (14), auth requireMetadata (15), tools.requireMetadata (16). Scoped
 * exec-approvals shape findings need valid scopes, which rules them out.
 */
function shapeFindingsInPipelineOrder(policy: unknown, name: PolicyName): Finding[] {
  const execApprovals =
    isRecord(policy) && isRecord(policy.execApprovals)
      ? execApprovalsShapeFinding(policy.execApprovals, name)
      : undefined;
  return [
    ...policyContainerShapeFindings(policy, name),
    ...channelDenyRuleShapeFindings(policy, name),
    ...dataHandlingShapeFindings(policy, name),
    ...secretsShapeFindings(policy, name),
    ...authAllowModesShapeFindings(policy, name),
    ...(execApprovals === undefined ? [] : [execApprovals]),
    ...authRequireMetadataShapeFindings(policy, name),
    ...toolsRequireMetadataShapeFindings(policy, name),
  ];
}

interface ReplayCase {
  name: string;
  policy: unknown;
  policyName: PolicyName;
  recorded: Finding[];
}

/** The recorded shape findings, without the visible-only `policy.fixRecommendation`. */
function recordedShapeFindings(findings: unknown[]): Finding[] {
  return findings
    .filter((f): f is Finding => isRecord(f) && f.checkId === INVALID)
    .filter((f) => !f.message.includes(' could not be parsed: '))
    .map(({ policy: _visibleOnly, ...attested }) => attested);
}

function replayCases(): { cases: ReplayCase[]; unreadable: string[] } {
  const cases: ReplayCase[] = [];
  const unreadable: string[] = [];
  if (!existsSync(FIXTURES)) return { cases, unreadable };
  for (const caseName of readdirSync(FIXTURES).sort()) {
    const file = join(FIXTURES, caseName, 'case.json');
    if (!existsSync(file)) continue;
    const recordedCase = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const args = recordedCase.args as string[] | undefined;
    const stdout = recordedCase.stdout;
    if (
      !args ||
      !['check', 'watch'].includes(args[0]!) ||
      !isRecord(stdout) ||
      !Array.isArray(stdout.findings)
    )
      continue;
    const recorded = recordedShapeFindings(stdout.findings);
    if (recorded.length === 0) continue;
    const display = recorded[0]!.path!;
    const policyFile = join(FIXTURES, caseName, 'workspace', display);
    if (isAbsolute(display) || !existsSync(policyFile)) {
      unreadable.push(caseName);
      continue;
    }
    cases.push({
      name: caseName,
      policy: JSON5.parse(readFileSync(policyFile, 'utf8')),
      policyName: { display, document: basename(display) },
      recorded,
    });
  }
  return { cases, unreadable };
}

const { cases, unreadable } = replayCases();

describe('recorded 2026.9.6 shape findings', () => {
  it('finds the policy file of every recorded shape case', () => {
    expect(unreadable).toEqual([]);
  });

  it.skipIf(cases.length === 0).each(cases)('$name', ({ policy, policyName, recorded }) => {
    expect(shapeFindingsInPipelineOrder(policy, policyName)).toEqual(recorded);
  });
});
