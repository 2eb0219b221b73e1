import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptedAttestationFrom, type AcceptedAttestation } from '../../src/runtime/accepted-attestation.js';
import { governToolCall } from '../../src/runtime/govern-tool-call.js';
import { runCli } from '../support/cli-harness.js';
import { checkHashes, runtimeConfig, scenario } from './runtime-fixtures.js';

const POLICY = JSON.stringify({ tools: { requireMetadata: ['risk'] } });
const TOOLS = '## Tools\n\n### inspect risk:low\n### deploy risk:critical\n### broken\n';

async function acceptedFor(dir: string): Promise<AcceptedAttestation> {
  const run = await runCli(['accept', '--openclaw', '2026.5.20', '--cwd', dir]);
  expect(run.code).not.toBe(2);
  const file = path.join(dir, 'policy.attestation.json');
  return acceptedAttestationFrom(
    { kind: 'text', path: file, text: readFileSync(file, 'utf8'), bytes: 0 },
    'policy.attestation.json',
  );
}

describe('governance decisions over the runtime gate', () => {
  it('maps the gate to the sidecar vocabulary while the workspace matches the accepted attestation', async () => {
    const { dir, prepared } = await scenario({
      'openclaw.json': runtimeConfig(),
      'policy.jsonc': POLICY,
      'TOOLS.md': TOOLS,
    });
    const accepted = await acceptedFor(dir);
    const { attestation } = await checkHashes(dir);
    expect(accepted).toEqual({ state: 'verified', path: 'policy.attestation.json', hash: attestation });
    const govern = (tool: string) => governToolCall(prepared, tool, { accepted });
    expect(govern('inspect')).toMatchObject({
      action: 'allow',
      allowed: true,
      code: 'allowed',
      attestation: { current: attestation, accepted: attestation },
    });
    expect(govern('deploy')).toMatchObject({
      action: 'require_approval',
      allowed: true,
      code: 'approval_required',
      policyId: 'oc://policy.jsonc',
      ruleId: 'oc://openclaw.config/plugins/entries/policy/config/runtimeToolPolicy',
      target: 'oc://TOOLS.md/tools/deploy',
      approval: { title: 'Review policy-governed tool' },
    });
    expect(govern('broken')).toMatchObject({
      action: 'deny',
      allowed: false,
      code: 'metadata_missing',
      ruleId: 'oc://policy.jsonc/tools/requireMetadata',
    });
    expect(govern('broken').approval).toBeUndefined();
    expect(govern('unknown')).toMatchObject({ action: 'require_approval', code: 'undeclared_tool' });
  });

  it('denies every call, with its own code, while the current attestation differs from the accepted one', async () => {
    const { dir } = await scenario({
      'openclaw.json': runtimeConfig(),
      'policy.jsonc': POLICY,
      'TOOLS.md': TOOLS,
    });
    const accepted = await acceptedFor(dir);
    const edited = await scenario({
      'openclaw.json': runtimeConfig(),
      'policy.jsonc': POLICY,
      'TOOLS.md': TOOLS.replace('deploy risk:critical', 'deploy risk:low'),
    });
    const current = (await checkHashes(edited.dir)).attestation;
    for (const tool of ['inspect', 'deploy', 'unknown']) {
      const decision = governToolCall(edited.prepared, tool, { accepted });
      expect(decision).toMatchObject({
        action: 'deny',
        allowed: false,
        code: 'attestation_stale',
        ruleId: 'oc://policy/attestation/accepted',
      });
      expect(decision.reason).toBe(
        `The workspace's current policy attestation ${current} differs from the accepted attestation ${accepted.state === 'verified' ? accepted.hash : ''} (policy.attestation.json): every tool call is denied until the change is reviewed and accepted again with \`policy-gate accept\`.`,
      );
    }
  });

  it('denies every call when the accepted file is missing, not JSON, or does not verify', async () => {
    const { dir, prepared } = await scenario({
      'openclaw.json': runtimeConfig(),
      'policy.jsonc': POLICY,
      'TOOLS.md': TOOLS,
    });
    await acceptedFor(dir);
    const file = path.join(dir, 'policy.attestation.json');
    const tampered = JSON.parse(readFileSync(file, 'utf8'));
    tampered.findings = [];
    tampered.ok = true;
    writeFileSync(file, JSON.stringify(tampered));
    const cases: [AcceptedAttestation, RegExp][] = [
      [
        acceptedAttestationFrom({ kind: 'missing', path: file }, 'policy.attestation.json'),
        /^The accepted attestation cannot be used, so every tool call is denied: policy\.attestation\.json does not exist: write it with `policy-gate accept`\.$/,
      ],
      [
        acceptedAttestationFrom({ kind: 'text', path: file, text: '{', bytes: 1 }, 'a.json'),
        /a\.json is not JSON/,
      ],
      [
        acceptedAttestationFrom(
          { kind: 'text', path: file, text: readFileSync(file, 'utf8'), bytes: 1 },
          'a.json',
        ),
        /a\.json does not verify/,
      ],
      [
        acceptedAttestationFrom(
          { kind: 'unreadable', path: file, reason: 'a.json is a directory, not a file' },
          'a.json',
        ),
        /a\.json is a directory/,
      ],
    ];
    for (const [accepted, reason] of cases) {
      const decision = governToolCall(prepared, 'inspect', { accepted });
      expect(decision).toMatchObject({
        action: 'deny',
        allowed: false,
        code: 'accepted_attestation_invalid',
      });
      expect(decision.reason).toMatch(reason);
    }
  });

  it('enforces the accepted attestation even when the config switches the runtime gate off', async () => {
    const { dir } = await scenario({ 'openclaw.json': '{}', 'policy.jsonc': POLICY, 'TOOLS.md': TOOLS });
    const accepted = await acceptedFor(dir);
    const { prepared } = await scenario({ 'openclaw.json': '{}', 'policy.jsonc': POLICY, 'TOOLS.md': TOOLS });
    expect(governToolCall(prepared, 'deploy')).toMatchObject({
      action: 'audit_only',
      allowed: true,
      code: 'runtime_gate_off',
    });
    expect(governToolCall(prepared, 'deploy', { accepted })).toMatchObject({
      action: 'require_approval',
      code: 'approval_required',
    });
    expect(governToolCall(prepared, 'broken', { accepted })).toMatchObject({
      action: 'deny',
      code: 'metadata_missing',
    });
  });

  it('lets the caller escalate an allow to an approval, and nothing else', async () => {
    const { dir, prepared } = await scenario({
      'openclaw.json': runtimeConfig(),
      'policy.jsonc': POLICY,
      'TOOLS.md': TOOLS,
    });
    const accepted = await acceptedFor(dir);
    expect(governToolCall(prepared, 'inspect', { accepted, callerRequiresApproval: true })).toMatchObject({
      action: 'require_approval',
      code: 'caller_requires_approval',
      reason: 'inspect requires approval because the gateway marked this call as needing approval.',
      approval: { title: 'Review policy-governed tool', severity: 'warning' },
    });
    expect(governToolCall(prepared, 'broken', { accepted, callerRequiresApproval: true }).action).toBe(
      'deny',
    );
    expect(governToolCall(prepared, 'deploy', { accepted, callerRequiresApproval: true }).code).toBe(
      'approval_required',
    );
  });
});
