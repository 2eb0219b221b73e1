import { describe, expect, it } from 'vitest';
import { auditRecordFrom } from '../../src/runtime/audit-record.js';
import { BearerAuth, tokenFromFileText } from '../../src/runtime/bearer-auth.js';
import { parseExecuteRequest } from '../../src/runtime/execute-request.js';
import { isLoopbackHost, urlHost } from '../../src/runtime/loopback-host.js';

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
      value: { toolName: 'external_cli', callerRequiresApproval: true },
    });
    expect(parseExecuteRequest({ toolName: 'memory_search', riskLevel: 'Low' })).toEqual({
      ok: true,
      value: { toolName: 'memory_search', callerRequiresApproval: false },
    });
    expect(parseExecuteRequest({ toolName: 'x', descriptor: { riskLevel: 'Critical' } })).toMatchObject({
      value: { callerRequiresApproval: true },
    });
  });

  it('keeps only protocol fields in a result audit record', () => {
    const record = auditRecordFrom(
      {
        toolName: 't',
        sessionId: 's',
        result: { resultStatus: 'completed' },
        rawResult: 'secret',
        agentId: null,
      },
      { recordedAt: '2026-11-21T12:00:00.000Z', attestation: { current: 'sha256:a', accepted: 'sha256:a' } },
    );
    expect(record).toEqual({
      ok: true,
      value: {
        recordedAt: '2026-11-21T12:00:00.000Z',
        attestation: { current: 'sha256:a', accepted: 'sha256:a' },
        sessionId: 's',
        toolName: 't',
        result: { resultStatus: 'completed' },
      },
    });
    expect(
      auditRecordFrom({ toolName: 't', decision: 'allow' }, { recordedAt: '', attestation: {} }),
    ).toEqual({ ok: false, reason: 'decision must be an object.' });
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
});
