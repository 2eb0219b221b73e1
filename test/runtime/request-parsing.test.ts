import { describe, expect, it } from 'vitest';
import { auditRecordFrom, NO_DECISION_REASON } from '../../src/runtime/audit-record.js';
import { BearerAuth, tokenFromFileText } from '../../src/runtime/bearer-auth.js';
import { parseExecuteRequest } from '../../src/runtime/execute-request.js';
import { isLoopbackAuthority, isLoopbackHost, urlHost } from '../../src/runtime/loopback-host.js';

describe('sidecar request parsing', () => {
  it('accepts the OpenClaw.NET decision request and reads escalations from it', () => {
    const request = {
      agentId: 's-7f3a',
      conversationId: 's-7f3a',
      sessionId: 's-7f3a',
      channelId: 'webchat',
      userId: 'u-42',
      traceId: 'c-91be',
      callId: 'call_1',
      toolName: 'external_cli',
      toolCategory: 'external-cli',
      riskLevel: 'High',
      argumentsJson: '{"action":"execute"}',
      actionDescriptor: {
        action: 'execute',
        isMutation: true,
        requiresApproval: true,
        summary: 'Execute gh/pr list.',
      },
      descriptor: {
        name: 'external_cli',
        riskLevel: 'High',
        requiresApproval: true,
        readOnly: false,
        capabilities: ['process.execute'],
      },
    };
    expect(parseExecuteRequest(request)).toEqual({
      ok: true,
      value: {
        toolName: 'external_cli',
        callerRequiresApproval: true,
        identity: {
          toolName: 'external_cli',
          agentId: 's-7f3a',
          conversationId: 's-7f3a',
          sessionId: 's-7f3a',
          channelId: 'webchat',
          userId: 'u-42',
          traceId: 'c-91be',
          callId: 'call_1',
        },
      },
    });
    expect(parseExecuteRequest({ toolName: 'memory_search', riskLevel: 'Low', callId: null })).toEqual({
      ok: true,
      value: {
        toolName: 'memory_search',
        callerRequiresApproval: false,
        identity: { toolName: 'memory_search' },
      },
    });
    expect(parseExecuteRequest({ toolName: 'x', descriptor: { riskLevel: 'Critical' } })).toMatchObject({
      value: { callerRequiresApproval: true },
    });
  });

  it('keeps only protocol fields in a result audit record, with the sidecar’s decision as `decision`', () => {
    const asked: unknown[] = [];
    const ours = {
      action: 'deny' as const,
      allowed: false,
      code: 'metadata_missing' as const,
      reason: 'no risk',
      policyId: 'oc://policy.jsonc',
      ruleId: 'oc://policy.jsonc/tools/requireMetadata',
      attestation: { current: 'sha256:a', accepted: 'sha256:a' },
      decidedAt: '2026-11-21T11:59:59.000Z',
    };
    const record = auditRecordFrom(
      {
        toolName: 't',
        sessionId: 's',
        decision: { allowed: true, action: 'Allow' },
        result: { resultStatus: 'completed' },
        rawResult: 'secret',
        agentId: null,
      },
      {
        recordedAt: '2026-11-21T12:00:00.000Z',
        attestation: { current: 'sha256:a', accepted: 'sha256:a' },
        decisionFor: (identity) => {
          asked.push(identity);
          return ours;
        },
      },
    );
    expect(asked).toEqual([{ toolName: 't', sessionId: 's' }]);
    expect(record).toEqual({
      ok: true,
      value: {
        recordedAt: '2026-11-21T12:00:00.000Z',
        attestation: { current: 'sha256:a', accepted: 'sha256:a' },
        sessionId: 's',
        toolName: 't',
        decision: { source: 'sidecar', ...ours },
        reportedDecision: { allowed: true, action: 'Allow' },
        result: { resultStatus: 'completed' },
      },
    });
    const unknown = auditRecordFrom(
      { toolName: 't' },
      { recordedAt: '', attestation: {}, decisionFor: () => undefined },
    );
    expect(unknown.ok && unknown.value.decision).toEqual({ source: 'none', reason: NO_DECISION_REASON });
    // A body that is no result audit takes no decision away from the call.
    const untouched = () => {
      throw new Error('must not be asked');
    };
    expect(
      auditRecordFrom(
        { toolName: 't', decision: 'allow' },
        { recordedAt: '', attestation: {}, decisionFor: untouched },
      ),
    ).toEqual({ ok: false, reason: 'decision must be an object.' });
    expect(
      auditRecordFrom(
        { toolName: 't', callId: 5 },
        { recordedAt: '', attestation: {}, decisionFor: untouched },
      ),
    ).toEqual({ ok: false, reason: 'callId must be a string.' });
  });
});

describe('sidecar access', () => {
  it('compares bearer tokens exactly', () => {
    const auth = new BearerAuth('s3cret');
    expect(auth.accepts('Bearer s3cret')).toBe(true);
    expect(auth.accepts('bearer  s3cret ')).toBe(true);
    for (const header of [
      undefined,
      '',
      'Bearer',
      'Bearer s3cre',
      'Bearer s3crett',
      'Token s3cret',
      'Bearer s3cret x',
    ])
      expect(auth.accepts(header)).toBe(false);
    expect(() => new BearerAuth('')).toThrow();
    expect(tokenFromFileText('  abc\n')).toBe('abc');
  });

  it('treats only loopback addresses as loopback', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', '::ffff:127.0.0.1'])
      expect(isLoopbackHost(host)).toBe(true);
    for (const host of [
      '0.0.0.0',
      '10.0.0.1',
      '::',
      'localhost',
      '128.0.0.1',
      '::ffff:10.0.0.1',
      'example.com',
    ])
      expect(isLoopbackHost(host)).toBe(false);
    expect([urlHost('::1'), urlHost('127.0.0.1')]).toEqual(['[::1]', '127.0.0.1']);
  });

  it('treats only loopback names and addresses as a loopback Host header', () => {
    for (const host of [
      'localhost',
      'LocalHost:8088',
      '127.0.0.1',
      '127.0.0.1:8088',
      '127.9.9.9:1',
      '[::1]',
      '[::1]:8088',
      '[::ffff:127.0.0.1]:8088',
    ])
      expect(isLoopbackAuthority(host), host).toBe(true);
    for (const host of [
      undefined,
      '',
      'attacker.example',
      'attacker.example:8088',
      'localhost.',
      'localhost.attacker.example',
      'sub.localhost',
      '127.0.0.1.nip.io',
      '127.1',
      '::1',
      '[127.0.0.1]',
      '10.0.0.1:8088',
      '[::2]:8088',
      '127.0.0.1:99999',
      '127.0.0.1:80:80',
      'localhost:http',
    ])
      expect(isLoopbackAuthority(host), String(host)).toBe(false);
  });
});
