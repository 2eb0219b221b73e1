import { describe, expect, it } from 'vitest';
import { blockReasonOf, failClosedDecision, toolPolicyResult } from '../../src/plugin/hook-result.js';
import type { GovernanceDecision } from '../../src/runtime/govern-tool-call.js';

const CURRENT = 'sha256:1111';
const ACCEPTED = 'sha256:2222';

function decision(overrides: Partial<GovernanceDecision>): GovernanceDecision {
  return {
    action: 'allow',
    allowed: true,
    code: 'allowed',
    reason: "'read' is declared in TOOLS.md and needs no approval.",
    tool: 'read',
    policyId: 'oc://policy.jsonc',
    ruleId: 'oc://openclaw.config/plugins/entries/policy/config/runtimeToolPolicy',
    attestation: { current: CURRENT, accepted: CURRENT },
    ...overrides,
  };
}

describe('the hook result of a decision', () => {
  it('lets allowed calls run (OpenClaw has no explicit allow: undefined is no objection)', () => {
    expect(toolPolicyResult(decision({}))).toBeUndefined();
    expect(toolPolicyResult(decision({ action: 'audit_only', code: 'runtime_gate_off' }))).toBeUndefined();
  });

  it('blocks a stale workspace naming the reason code and both hashes', () => {
    const stale = decision({
      action: 'deny',
      allowed: false,
      code: 'attestation_stale',
      reason: `The workspace's current policy attestation ${CURRENT} differs from the accepted attestation ${ACCEPTED} (policy.attestation.json): every tool call is denied until the change is reviewed and accepted again with \`policy-gate accept\`.`,
      ruleId: 'oc://policy/attestation/accepted',
      attestation: { current: CURRENT, accepted: ACCEPTED },
    });
    expect(toolPolicyResult(stale)).toEqual({
      block: true,
      blockReason: `policy-gate blocked 'read': ${stale.reason} [attestation_stale; current attestation ${CURRENT}, accepted ${ACCEPTED}; rule oc://policy/attestation/accepted]`,
    });
  });

  it('names the config lock too when it is not the accepted hash', () => {
    const locked = decision({
      action: 'deny',
      allowed: false,
      code: 'attestation_hash_mismatch',
      reason: 'policy.jsonc no longer matches the accepted policy attestation.',
      attestation: { current: CURRENT, accepted: CURRENT, expected: ACCEPTED },
    });
    expect(blockReasonOf(locked)).toContain(
      `[attestation_hash_mismatch; current attestation ${CURRENT}, accepted ${CURRENT}, config lock ${ACCEPTED};`,
    );
  });

  it('asks for approval through OpenClaw with the accepted policy’s request', () => {
    const approval = decision({
      action: 'require_approval',
      code: 'approval_required',
      reason: 'deploy requires approval because risk is critical.',
      tool: 'deploy',
      approval: {
        title: 'Review policy-governed tool',
        description: 'deploy requires approval because risk is critical.',
        severity: 'critical',
        allowedDecisions: ['allow-once', 'deny'],
      },
    });
    expect(toolPolicyResult(approval)).toEqual({
      requireApproval: {
        pluginId: 'policy-gate',
        title: 'Review policy-governed tool',
        description: `deploy requires approval because risk is critical. (policy-gate: approval_required; current attestation ${CURRENT}, accepted ${CURRENT})`,
        severity: 'critical',
        allowedDecisions: ['allow-once', 'deny'],
      },
    });
  });

  it('refuses an approval that arrives without its request rather than running unasked', () => {
    const broken = decision({ action: 'require_approval', code: 'approval_required' });
    expect(toolPolicyResult(broken)).toMatchObject({ block: true });
    expect(blockReasonOf({ ...broken, code: 'decision_error' })).toContain('[decision_error;');
  });

  it('fails closed outside the runtime library with the setting to change', () => {
    const failed = failClosedDecision('exec', {
      code: 'config_invalid',
      reason: "unsupported OpenClaw release '2026.12.1'.",
      setting: 'openclaw',
    });
    expect(toolPolicyResult(failed)).toEqual({
      block: true,
      blockReason:
        "policy-gate blocked 'exec': unsupported OpenClaw release '2026.12.1'. [config_invalid; current attestation unknown, accepted unknown; rule oc://openclaw.config/plugins/entries/policy-gate/config/openclaw]",
    });
    expect(failClosedDecision('exec', { code: 'decision_error', reason: 'boom' }).ruleId).toBe(
      'oc://policy/runtime',
    );
  });
});
