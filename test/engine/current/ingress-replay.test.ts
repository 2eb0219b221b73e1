// Replays every recorded 2026.9.6 case with ingress evidence: the scanner on the loaded config
// must give the recorded slice byte for byte, and the findings block on the recorded evidence
// the recorded ingress findings.
import { describe, expect, it } from 'vitest';
import { ingressFamily, scanIngress } from '../../../src/engine/families/ingress.js';
import { recordedCases } from './ingress-gateway-replay-cases.js';

const cases = recordedCases().filter((c) => c.evidence.ingress !== undefined);

describe.skipIf(cases.length === 0)('ingress replay of the recorded 2026.9.6 cases', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s: evidence', (_name, recorded) => {
    expect(JSON.stringify(scanIngress(recorded.config))).toBe(JSON.stringify(recorded.evidence.ingress));
  });

  const withFindings = cases.filter((c) => !c.findingsHidden);
  it.each(withFindings.map((c) => [c.name, c] as const))('%s: findings', (_name, recorded) => {
    const findings = ingressFamily.findings({
      policy: recorded.policy,
      name: recorded.policyName,
      evidence: recorded.evidence,
      execApprovalsFile: undefined,
      execApprovalsLocator: '',
      legacyToolsFile: false,
    });
    const expected = recorded.findings.filter((f) => f.checkId.startsWith('policy/ingress-'));
    expect(JSON.stringify(findings)).toBe(JSON.stringify(expected));
  });
});
