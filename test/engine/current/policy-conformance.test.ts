// Expected reports below were produced by OpenClaw 2026.9.6's own `buildPolicyConformanceReport`
// (dist/cli-Dd5xYDXn.mjs) on the same documents.
import { describe, expect, it } from 'vitest';
import {
  comparePolicyDocuments,
  policyConformanceLines,
  type PolicyConformanceReport,
} from '../../../src/engine/current/policy-conformance.js';
import type { Finding } from '../../../src/engine/types.js';

const compare = (baseline: unknown, candidate: unknown, names = ['baseline.jsonc', 'policy.jsonc']) =>
  comparePolicyDocuments(
    { name: names[0]!, text: JSON.stringify(baseline) },
    { name: names[1]!, text: JSON.stringify(candidate) },
  );

const conformance = (
  kind: 'missing' | 'weaker' | 'invalid',
  fields: { message: string; path: string; target: string; requirement: string; fixHint: string },
): Finding => ({
  checkId: `policy/policy-conformance-${kind}`,
  severity: 'error',
  message: fields.message,
  source: 'policy',
  path: fields.path,
  target: fields.target,
  requirement: fields.requirement,
  fixHint: fields.fixHint,
});

const invalid = (path: string, target: string, message: string, fixHint: string) =>
  conformance('invalid', { message, path, target, requirement: target, fixHint });

describe('comparePolicyDocuments: claims', () => {
  it('reports a weaker rule and a missing one, keys in the report order', () => {
    const report = compare(
      { mcp: { servers: { allow: ['docs'], deny: ['shell'] } } },
      { mcp: { servers: { allow: ['docs', 'wiki'] } } },
    );
    expect(Object.keys(report)).toEqual(['ok', 'baselinePath', 'policyPath', 'rulesChecked', 'findings']);
    expect(report).toEqual({
      ok: false,
      baselinePath: 'baseline.jsonc',
      policyPath: 'policy.jsonc',
      rulesChecked: 2,
      findings: [
        conformance('weaker', {
          message: 'policy.jsonc mcp.servers.allow is weaker than the baseline policy.',
          path: 'policy.jsonc',
          target: 'oc://policy.jsonc/mcp/servers/allow',
          requirement: 'oc://baseline.jsonc/mcp/servers/allow',
          fixHint:
            'Use an equally or more restrictive mcp.servers.allow value, or update the baseline policy after review.',
        }),
        conformance('missing', {
          message: 'policy.jsonc is missing mcp.servers.deny.',
          path: 'policy.jsonc',
          target: 'oc://policy.jsonc/mcp/servers/deny',
          requirement: 'oc://baseline.jsonc/mcp/servers/deny',
          fixHint:
            'Add an equally or more restrictive mcp.servers.deny rule, or update the baseline policy after review.',
        }),
      ],
    });
  });

  it('accepts stricter values rule by rule', () => {
    const report = compare(
      {
        mcp: { servers: { allow: ['docs', 'wiki'], deny: ['shell'] } },
        tools: { profiles: { allow: ['coding'] } },
        gateway: { auth: { requireAuth: true } },
      },
      {
        mcp: { servers: { allow: ['docs'], deny: ['shell', 'exec'] } },
        tools: { profiles: { allow: ['minimal'] } },
        gateway: { auth: { requireAuth: true } },
      },
    );
    expect(report.rulesChecked).toBe(4);
    expect(report.findings).toEqual([
      conformance('weaker', {
        message: 'policy.jsonc tools.profiles.allow is weaker than the baseline policy.',
        path: 'policy.jsonc',
        target: 'oc://policy.jsonc/tools/profiles/allow',
        requirement: 'oc://baseline.jsonc/tools/profiles/allow',
        fixHint:
          'Use an equally or more restrictive tools.profiles.allow value, or update the baseline policy after review.',
      }),
    ]);
  });

  it('counts baseline claims that demand nothing but never reports them', () => {
    const report = compare(
      {
        mcp: { servers: { allow: [], deny: [] } },
        gateway: { auth: { requireAuth: false } },
        network: { privateNetwork: { allow: true } },
        routing: { probes: [] },
        tools: { alsoAllow: { expected: [] } },
      },
      {},
    );
    expect(report.rulesChecked).toBe(6);
    // An exact list is never a no-op, even empty.
    expect(report.findings.map((f) => f.message)).toEqual([
      'policy.jsonc is missing tools.alsoAllow.expected.',
    ]);
  });

  it('holds scoped claims per selector value, against the same scope key or else the top-level rule', () => {
    const report = compare(
      {
        tools: { profiles: { allow: ['minimal', 'coding'] } },
        scopes: {
          'ops.team': {
            agentIds: ['Ops', 'main'],
            tools: { profiles: { allow: ['minimal'] }, elevated: { allow: false } },
          },
        },
      },
      {
        tools: { profiles: { allow: ['minimal', 'coding'] } },
        scopes: { ops: { agentIds: ['ops'], tools: { profiles: { allow: ['minimal'] } } } },
      },
    );
    const missingElevated = conformance('missing', {
      message: 'policy.jsonc is missing scopes.ops.team.tools.elevated.allow.',
      path: 'policy.jsonc',
      // Every dot splits, the scope name's too, and nothing is quoted.
      target: 'oc://policy.jsonc/scopes/ops/team/tools/elevated/allow',
      requirement: 'oc://baseline.jsonc/scopes/"ops.team"/tools/elevated/allow',
      fixHint:
        'Add an equally or more restrictive scopes.ops.team.tools.elevated.allow rule, or update the baseline policy after review.',
    });
    expect(report).toEqual({
      ok: false,
      baselinePath: 'baseline.jsonc',
      policyPath: 'policy.jsonc',
      rulesChecked: 5,
      findings: [
        // agentIds:main has no scoped candidate: the top-level rule stands in, and is weaker.
        conformance('weaker', {
          message: 'policy.jsonc scopes.ops.team.tools.profiles.allow is weaker than the baseline policy.',
          path: 'policy.jsonc',
          target: 'oc://policy.jsonc/tools/profiles/allow',
          requirement: 'oc://baseline.jsonc/scopes/"ops.team"/tools/profiles/allow',
          fixHint:
            'Use an equally or more restrictive scopes.ops.team.tools.profiles.allow value, or update the baseline policy after review.',
        }),
        // One finding per selector value (ops, main), word for word the same.
        missingElevated,
        missingElevated,
      ],
    });
  });

  it('keeps the strictest of the claims a baseline makes for one agent', () => {
    const report = compare(
      {
        scopes: {
          a: { agentIds: ['ops'], tools: { exec: { allowHosts: ['sandbox', 'gateway'] } } },
          b: { agentIds: ['Ops'], tools: { exec: { allowHosts: ['sandbox'] } } },
        },
      },
      { scopes: { c: { agentIds: ['ops'], tools: { exec: { allowHosts: ['sandbox', 'gateway'] } } } } },
    );
    expect(report.rulesChecked).toBe(1);
    expect(report.findings).toEqual([
      conformance('weaker', {
        message: 'policy.jsonc scopes.b.tools.exec.allowHosts is weaker than the baseline policy.',
        path: 'policy.jsonc',
        target: 'oc://policy.jsonc/scopes/c/tools/exec/allowHosts',
        requirement: 'oc://baseline.jsonc/scopes/b/tools/exec/allowHosts',
        fixHint:
          'Use an equally or more restrictive scopes.b.tools.exec.allowHosts value, or update the baseline policy after review.',
      }),
    ]);
  });
});

describe('comparePolicyDocuments: documents it cannot compare', () => {
  it('reports unreadable and unparseable documents, baseline first', () => {
    expect(
      comparePolicyDocuments(
        { name: 'baseline.jsonc', text: '{ tools: }' },
        { name: 'policy.jsonc', readError: "ENOENT: no such file or directory, open '/w/policy.jsonc'" },
      ),
    ).toEqual({
      ok: false,
      baselinePath: 'baseline.jsonc',
      policyPath: 'policy.jsonc',
      rulesChecked: 0,
      findings: [
        invalid(
          'baseline.jsonc',
          'oc://baseline.jsonc',
          "baseline.jsonc could not be parsed: JSON5: invalid character '}' at 1:10",
          'Fix baseline.jsonc so it contains valid policy JSONC.',
        ),
        invalid(
          'policy.jsonc',
          'oc://policy.jsonc',
          "policy.jsonc could not be read: ENOENT: no such file or directory, open '/w/policy.jsonc'",
          'Fix policy.jsonc so it contains valid policy JSONC.',
        ),
      ],
    });
  });

  it('reports shapes, then scope selectors, then claim syntax, baseline before candidate', () => {
    const report = compare(
      { 'x-meta': 1, mcp: { servers: { allow: 'docs' } } },
      { 'x-meta': 2, scopes: { a: [], b: { tools: { elevated: { allow: false } } } } },
    );
    expect(report).toEqual({
      ok: false,
      baselinePath: 'baseline.jsonc',
      policyPath: 'policy.jsonc',
      rulesChecked: 0,
      findings: [
        invalid(
          'baseline.jsonc',
          'oc://baseline.jsonc/x-meta',
          'baseline.jsonc x-meta is not a supported policy section.',
          'Remove x-meta or use a supported policy section.',
        ),
        invalid(
          'policy.jsonc',
          'oc://policy.jsonc/x-meta',
          'policy.jsonc x-meta is not a supported policy section.',
          'Remove x-meta or use a supported policy section.',
        ),
        invalid(
          'policy.jsonc',
          'oc://policy.jsonc/scopes/a',
          'policy.jsonc scopes.a must be an object.',
          'Fix scopes.a so it uses the documented policy syntax.',
        ),
        invalid(
          'policy.jsonc',
          'oc://policy.jsonc/scopes/b/tools/elevated/allow',
          'policy.jsonc scopes.b.tools.elevated.allow needs a valid selector for policy conformance.',
          'Fix scopes.b.tools.elevated.allow so it uses the documented policy syntax.',
        ),
        invalid(
          'baseline.jsonc',
          'oc://baseline.jsonc/mcp/servers/allow',
          'baseline.jsonc mcp.servers.allow is not valid policy conformance syntax.',
          'Fix mcp.servers.allow so it uses the documented policy syntax.',
        ),
      ],
    });
  });

  it('reports a finding once when two documents of the same name share it', () => {
    const report = compare({ 'x-meta': 1 }, { 'x-meta': 2 }, ['policy.jsonc', 'policy.jsonc']);
    expect(report.findings.map((f) => f.message)).toEqual([
      'policy.jsonc x-meta is not a supported policy section.',
    ]);
  });
});

describe('policyConformanceLines', () => {
  const report: PolicyConformanceReport = compare(
    { mcp: { servers: { allow: ['docs'], deny: ['shell'] } } },
    { mcp: { servers: { allow: ['docs', 'wiki'] } } },
  );

  it('prints a header and one line per finding', () => {
    expect(policyConformanceLines(report)).toEqual([
      'policy compare: 2 finding(s) (2 rule(s) checked)',
      '  [error] policy/policy-conformance-weaker - policy.jsonc mcp.servers.allow is weaker than the baseline policy.',
      '  [error] policy/policy-conformance-missing - policy.jsonc is missing mcp.servers.deny.',
    ]);
  });

  it('says what was compared when there is nothing to report', () => {
    expect(
      policyConformanceLines(
        compare({ mcp: { servers: { deny: ['shell'] } } }, { mcp: { servers: { deny: ['shell'] } } }),
      ),
    ).toEqual([
      'policy compare: no findings (policy.jsonc is at least as strict as baseline.jsonc; 1 rule(s) checked)',
    ]);
  });
});
