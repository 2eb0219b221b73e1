import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSidecar } from '../../src/runtime/sidecar-server.js';
import { makeWorkspace } from '../support/cli-harness.js';
import { runtimeConfig } from './runtime-fixtures.js';
import { rawExchange, startTestSidecar, TOKEN, type TestSidecar } from './sidecar-harness.js';

const TOOLS =
  '## Tools\n\n### inspect risk:low sensitivity:public\n### deploy risk:critical IRREVERSIBLE_EXTERNAL\n### broken\n';
const FILES = {
  'openclaw.json': runtimeConfig(),
  'policy.jsonc': '{ tools: { requireMetadata: ["risk"] } }',
  'TOOLS.md': TOOLS,
};

let running: TestSidecar | undefined;
afterEach(async () => {
  await running?.sidecar.close();
  running = undefined;
});

async function start(
  files: Record<string, string> = FILES,
  options: Parameters<typeof startTestSidecar>[1] = {},
): Promise<TestSidecar> {
  running = await startTestSidecar(files, options);
  return running;
}

const post = (body: string, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...headers },
  body,
});

describe('governance sidecar: decisions', () => {
  it('answers allow, require_approval and deny with the protocol fields and both attestation hashes', async () => {
    const { execute, dir } = await start();
    const accepted = JSON.parse(readFileSync(path.join(dir, 'policy.attestation.json'), 'utf8')).attestation
      .attestationHash as string;
    const allow = await execute('inspect');
    expect(allow).toMatchObject({
      status: 200,
      body: {
        action: 'allow',
        allowed: true,
        code: 'allowed',
        policyId: 'oc://policy.jsonc',
        ruleId: 'oc://openclaw.config/plugins/entries/policy/config/runtimeToolPolicy',
        target: 'oc://TOOLS.md/tools/inspect',
      },
    });
    expect(allow.body.attestation).toEqual({ current: accepted, accepted });
    expect(allow.body.descriptor).toEqual({
      id: 'inspect',
      source: 'oc://TOOLS.md/tools/inspect',
      line: 3,
      risk: 'low',
      sensitivity: 'public',
    });
    expect((await execute('deploy')).body).toMatchObject({
      action: 'require_approval',
      allowed: true,
      code: 'approval_required',
      reason:
        'deploy requires approval because risk is critical and it can perform irreversible external actions.',
      approval: {
        title: 'Review policy-governed tool',
        severity: 'critical',
        allowedDecisions: ['allow-once', 'deny'],
      },
      metadata: { source: 'policy', attestation: { hash: accepted }, target: 'oc://TOOLS.md/tools/deploy' },
    });
    expect((await execute('broken')).body).toMatchObject({
      action: 'deny',
      allowed: false,
      code: 'metadata_missing',
      ruleId: 'oc://policy.jsonc/tools/requireMetadata',
    });
    expect((await execute('unknown_tool')).body).toMatchObject({
      action: 'require_approval',
      code: 'undeclared_tool',
    });
  });

  it('lets the caller escalate, never lower: an approval hint or a Critical risk level asks for approval', async () => {
    const { execute } = await start();
    expect(
      (
        await execute('inspect', {
          actionDescriptor: { action: 'run', isMutation: true, requiresApproval: true, summary: 'x' },
        })
      ).body,
    ).toMatchObject({ action: 'require_approval', code: 'caller_requires_approval' });
    expect((await execute('inspect', { riskLevel: 'Critical' })).body).toMatchObject({
      action: 'require_approval',
    });
    expect(
      (
        await execute('broken', {
          riskLevel: 'Low',
          descriptor: { name: 'broken', riskLevel: 'Low', readOnly: true },
        })
      ).body,
    ).toMatchObject({ action: 'deny' });
  });

  it('denies everything once TOOLS.md drifts, until it is accepted again, without a restart', async () => {
    const { execute, request, accept, dir } = await start();
    expect((await execute('inspect')).body.action).toBe('allow');
    expect((await request('/readyz')).status).toBe(200);
    // Lower a risk: a weaker TOOLS.md than the one accepted.
    writeFileSync(path.join(dir, 'TOOLS.md'), TOOLS.replace('deploy risk:critical', 'deploy risk:low'));
    for (const tool of ['inspect', 'deploy', 'broken', 'unknown_tool']) {
      expect((await execute(tool)).body).toMatchObject({
        action: 'deny',
        allowed: false,
        code: 'attestation_stale',
      });
    }
    const stale = await request('/readyz');
    expect(stale.status).toBe(503);
    expect(stale.body).toMatchObject({ ready: false, code: 'attestation_stale' });
    await accept();
    const decision = (await execute('deploy')).body;
    expect(decision).toMatchObject({
      action: 'require_approval',
      reason: 'deploy requires approval because it can perform irreversible external actions.',
    });
    expect((decision.attestation as { current: string; accepted: string }).current).toBe(
      (decision.attestation as { accepted: string }).accepted,
    );
    expect((await request('/readyz')).body).toMatchObject({ ready: true, code: 'ready' });
  });

  it('checks the files before every answer, so a change is seen even before any watch event or poll', async () => {
    // No watch events and no polling: only the check made after a call arrives can see the edit.
    const { execute, dir } = await start(FILES, {
      watch: () => ({ close: () => undefined }),
      timing: { pollIntervalMs: 3_600_000 },
    });
    expect((await execute('inspect')).body.action).toBe('allow');
    writeFileSync(path.join(dir, 'TOOLS.md'), TOOLS.replace('deploy risk:critical', 'deploy risk:low'));
    expect((await execute('inspect')).body).toMatchObject({ action: 'deny', code: 'attestation_stale' });
    writeFileSync(path.join(dir, 'TOOLS.md'), TOOLS);
    expect((await execute('inspect')).body.action).toBe('allow');
  });

  it('notices config edits and atomic renames too', async () => {
    const { execute, accept, dir } = await start();
    const config = JSON.parse(FILES['openclaw.json']);
    config.mcp = { servers: { docs: { command: 'docs-mcp' } } };
    const temporary = path.join(dir, 'openclaw.json.tmp');
    writeFileSync(temporary, JSON.stringify(config));
    renameSync(temporary, path.join(dir, 'openclaw.json'));
    expect((await execute('inspect')).body.code).toBe('attestation_stale');
    await accept();
    expect((await execute('inspect')).body.action).toBe('allow');
    // A second config candidate appearing is noticed too: two candidates are refused as ambiguous.
    writeFileSync(path.join(dir, 'openclaw.jsonc'), '{}');
    expect((await execute('inspect')).body).toMatchObject({
      action: 'deny',
      code: 'workspace_unreadable',
      reason: expect.stringContaining('openclaw.jsonc and openclaw.json are both present'),
    });
  });

  it('denies with accepted_attestation_invalid while the accepted file is missing or tampered with, and is not ready', async () => {
    // A hold longer than the grace: the tampered file is published (after the grace) before the call gives up.
    const { execute, request, accept, dir } = await start(FILES, {
      acceptFirst: false,
      timing: { graceMs: 100, holdMs: 5_000 },
    });
    expect((await execute('inspect')).body).toMatchObject({
      action: 'deny',
      code: 'accepted_attestation_invalid',
    });
    expect(await request('/readyz')).toMatchObject({
      status: 503,
      body: { ready: false, code: 'accepted_attestation_invalid' },
    });
    expect(await request('/healthz')).toMatchObject({ status: 200, body: { status: 'ok' } });
    await accept();
    expect((await execute('inspect')).body.action).toBe('allow');
    const file = path.join(dir, 'policy.attestation.json');
    const tampered = JSON.parse(readFileSync(file, 'utf8'));
    tampered.findings = [];
    writeFileSync(file, JSON.stringify(tampered));
    const denied = (await execute('inspect')).body;
    expect(denied).toMatchObject({ action: 'deny', code: 'accepted_attestation_invalid' });
    expect(denied.reason).toMatch(/policy\.attestation\.json does not verify/);
  });
});

describe('governance sidecar: requests it refuses', () => {
  it('denies malformed requests with 200 and request_malformed (a non-2xx would read as an outage)', async () => {
    const { request } = await start();
    const cases: [string, string][] = [
      ['{', 'The request body is not valid JSON'],
      ['[]', 'the request body must be a JSON object.'],
      ['{}', 'toolName is required and must be a non-empty string.'],
      ['{"toolName":"  "}', 'toolName is required and must be a non-empty string.'],
      ['{"toolName":"x","sessionId":5}', 'sessionId must be a string.'],
      ['{"toolName":"x","argumentsJson":{}}', 'argumentsJson must be a string.'],
      ['{"toolName":"x","descriptor":[]}', 'descriptor must be an object.'],
      ['{"toolName":"x","descriptor":{"name":"y"}}', 'descriptor.name "y" does not match toolName "x".'],
      [
        '{"toolName":"x","actionDescriptor":{"requiresApproval":"yes"}}',
        'actionDescriptor.requiresApproval must be a boolean.',
      ],
      [JSON.stringify({ toolName: 'x'.repeat(513) }), 'toolName is longer than 512 characters.'],
    ];
    for (const [body, reason] of cases) {
      const response = await request('/api/v1/execute', post(body));
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        action: 'deny',
        allowed: false,
        code: 'request_malformed',
        policyId: 'oc://policy',
        ruleId: 'oc://policy/runtime/request',
      });
      expect(String(response.body.reason)).toContain(reason);
    }
    expect(
      (await request('/api/v1/execute', post('{"toolName":"inspect","sessionId":null}'))).body,
    ).toMatchObject({ action: 'allow' });
  });

  it('denies a body that is not UTF-8, and then reads the next body normally', async () => {
    const { request } = await start();
    // A valid start byte, then a continuation the decoder must refuse: one decoder serves every
    // request, so a refusal must leave nothing behind.
    const invalid = Buffer.concat([
      Buffer.from('{"toolName":"inspect","sessionId":"'),
      Buffer.from([0xe2, 0x28]),
    ]);
    const refused = await request('/api/v1/execute', { ...post(''), body: invalid });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({
      action: 'deny',
      code: 'request_malformed',
      reason: 'The request body is not valid UTF-8.',
    });
    const next = await request('/api/v1/execute', post('{"toolName":"inspect","sessionId":"é"}'));
    expect(next.body).toMatchObject({ action: 'allow' });
  });

  it('answers 401 without a valid bearer token, on both protocol routes', async () => {
    const { request } = await start();
    for (const authorization of [
      undefined,
      'Bearer wrong',
      `Basic ${TOKEN}`,
      `Bearer ${TOKEN} extra`,
      `Bearer ${TOKEN.slice(0, -1)}`,
    ]) {
      for (const route of ['/api/v1/execute', '/api/v1/result']) {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (authorization !== undefined) headers.authorization = authorization;
        const response = await request(route, { method: 'POST', headers, body: '{"toolName":"inspect"}' });
        expect(response.status).toBe(401);
        expect(response.headers.get('www-authenticate')).toBe('Bearer realm="policy-gate"');
      }
    }
    expect(
      (await request('/api/v1/execute', post('{"toolName":"inspect"}', { authorization: `bearer ${TOKEN}` })))
        .status,
    ).toBe(200);
  });

  it('answers 404 for unknown routes and 405 for wrong methods', async () => {
    const { request } = await start();
    expect(await request('/api/v1/nope')).toMatchObject({ status: 404, body: { error: 'not_found' } });
    const wrong = await request('/api/v1/execute');
    expect(wrong).toMatchObject({ status: 405, body: { action: 'deny', error: 'method_not_allowed' } });
    expect(wrong.headers.get('allow')).toBe('POST');
    expect((await request('/healthz', { method: 'POST' })).status).toBe(405);
  });

  it('denies a body that does not arrive in time with request_timeout, and closes; slow headers get 408', async () => {
    const { sidecar } = await start(FILES, {
      limits: { bodyTimeoutMs: 150, headersTimeoutMs: 300, requestTimeoutMs: 600 },
    });
    const head = `POST /api/v1/execute HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 40\r\n\r\n`;
    const slowBody = await rawExchange(sidecar.url, [{ data: head }, { data: '{"toolName":' }]);
    expect(slowBody).toMatch(/^HTTP\/1\.1 200 /);
    expect(slowBody).toMatch(/\r\nConnection: close\r\n/i);
    expect(slowBody).toContain('"action":"deny"');
    expect(slowBody).toContain('"code":"request_timeout"');
    // Before the headers are complete the request is nobody's yet: Node's own 408.
    const slowHeaders = await rawExchange(sidecar.url, [
      { data: 'POST /api/v1/execute HTTP/1.1\r\nHost: x\r\n' },
    ]);
    expect(slowHeaders).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('denies with decision_error, still 200, when deciding fails', async () => {
    const { request, sidecar } = await start();
    sidecar.monitor.answer = () => Promise.reject(new Error('disk on fire'));
    const response = await request('/api/v1/execute', post('{"toolName":"inspect"}'));
    expect(response).toMatchObject({
      status: 200,
      body: {
        action: 'deny',
        allowed: false,
        code: 'decision_error',
        reason: 'The sidecar failed closed: disk on fire',
      },
    });
  });
});

describe('governance sidecar: result audit and lifecycle', () => {
  it('appends each result audit as one JSON line, keeping only protocol fields', async () => {
    const { request, sidecar } = await start();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        request(
          '/api/v1/result',
          post(
            JSON.stringify({
              sessionId: 's',
              callId: `call_${i}`,
              toolName: 'inspect',
              decision: { allowed: true, action: 'Allow' },
              result: { resultStatus: 'completed', durationMs: i },
              extra: 'dropped',
            }),
          ),
        ),
      ),
    );
    expect(results.every((r) => r.status === 202 && r.body.recorded === true)).toBe(true);
    expect((await request('/api/v1/result', post('{"callId":"x"}'))).status).toBe(400);
    await sidecar.close();
    const lines = readFileSync(sidecar.auditLogFile, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(20);
    const records = lines.map((line) => JSON.parse(line));
    expect(records.map((r) => r.callId).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `call_${i}`).sort(),
    );
    expect(Object.keys(records[0])).toEqual([
      'recordedAt',
      'attestation',
      'sessionId',
      'callId',
      'toolName',
      'decision',
      'reportedDecision',
      'result',
    ]);
    // None of these calls was decided here: the caller's word is kept, labelled as such.
    expect(records[0].decision).toMatchObject({ source: 'none' });
    expect(records[0].reportedDecision).toEqual({ allowed: true, action: 'Allow' });
    expect(records[0].attestation.current).toBe(records[0].attestation.accepted);
  });

  it('finishes an in-flight request during shutdown, then stops accepting', async () => {
    const { sidecar } = await start();
    const body = '{"toolName":"inspect"}';
    const { hostname, port } = new URL(sidecar.url);
    const socket = connect(Number(port), hostname);
    socket.setEncoding('utf8');
    let received = '';
    const ended = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    // "Expect: 100-continue" makes the server confirm it has the request before we send its body.
    const headersReceived = new Promise<void>((resolve) =>
      socket.on('data', (data: string) => {
        received += data;
        if (received.includes('100 Continue')) resolve();
      }),
    );
    socket.write(
      `POST /api/v1/execute HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKEN}\r\nExpect: 100-continue\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    await headersReceived;
    const closed = sidecar.close();
    socket.write(body);
    await closed;
    await ended;
    expect(received).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 /);
    expect(received).toContain('"action":"allow"');
    await expect(fetch(`${sidecar.url}/healthz`)).rejects.toThrow();
  });

  it('refuses to serve unauthenticated on a non-loopback address', async () => {
    const dir = makeWorkspace(FILES);
    await expect(
      startSidecar({
        cwd: dir,
        acceptedFile: 'policy.attestation.json',
        host: '0.0.0.0',
        auth: 'insecure-loopback',
      }),
    ).rejects.toThrow('refusing to serve without authentication on 0.0.0.0');
  });
});
