import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, runCli } from '../support/cli-harness.js';

const tools = (risk: string) =>
  `# Tools\n### deploy risk:${risk} owner:@ops\n### search risk:low owner:@docs\n`;
const policy = '{ tools: { requireMetadata: ["risk", "owner"] }, mcp: { servers: { deny: ["shell"] } } }';

async function snapshot(cwd: string, file: string): Promise<string> {
  const run = await runCli(['check', '--openclaw', '2026.5.20', '--json', '--cwd', cwd]);
  const out = path.join(cwd, file);
  writeFileSync(out, run.stdout);
  return out;
}

describe('policy-gate diff', () => {
  it('reports no drift between two runs of the same workspace', async () => {
    const cwd = makeWorkspace({ 'policy.jsonc': policy, 'TOOLS.md': tools('critical') });
    const a = await snapshot(cwd, 'a.json');
    const b = await snapshot(cwd, 'b.json');
    const run = await runCli(['diff', a, b], { terminal: true });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^policy diff: no drift \(attestation sha256:[0-9a-f]{64}\)\n$/);
  });

  it('lists changed components in fixed order and explains what moved', async () => {
    const cwd = makeWorkspace({
      'policy.jsonc': policy,
      'TOOLS.md': tools('critical'),
      'openclaw.json': '{}',
    });
    const before = await snapshot(cwd, 'before.json');
    writeFileSync(path.join(cwd, 'TOOLS.md'), tools('low') + '### new-tool\n');
    writeFileSync(
      path.join(cwd, 'openclaw.json'),
      JSON.stringify({ mcp: { servers: { shell: { command: 'sh' } } } }),
    );
    const after = await snapshot(cwd, 'after.json');
    const run = await runCli(['diff', before, after, '--json']);
    expect(run.code).toBe(1);
    const out = run.json() as {
      changed: string[];
      before: Record<string, unknown>;
      explanation: {
        findings: { added: { checkId: string }[] };
        evidence: { added: { source: string }[]; changed: { source: string; changes: unknown[] }[] };
      };
    };
    expect(out.changed).toEqual(['result', 'evidence', 'findings', 'attestation']);
    expect(Object.keys(out.before)).toEqual([
      'ok',
      'policyHash',
      'evidenceHash',
      'findingsHash',
      'attestationHash',
      'checkedAt',
    ]);
    expect(out.explanation.findings.added.map((f) => f.checkId)).toEqual([
      'policy/mcp-denied-server',
      'policy/tools-missing-risk-level',
      'policy/tools-missing-owner',
    ]);
    expect(out.explanation.evidence.added.map((e) => e.source)).toEqual([
      'oc://openclaw.config/mcp/servers/shell',
      'oc://TOOLS.md/tools/new-tool',
    ]);
    expect(out.explanation.evidence.changed).toEqual([
      expect.objectContaining({
        source: 'oc://TOOLS.md/tools/deploy',
        changes: [{ field: 'risk', before: 'critical', after: 'low' }],
      }),
    ]);
    const human = await runCli(['diff', before, after], { terminal: true });
    expect(human.stdout).toContain(
      'policy diff: changed result, evidence, findings, attestation\n  result: true -> false\n',
    );
    expect(human.stdout).toContain('  ~ tools oc://TOOLS.md/tools/deploy: risk "critical" -> "low"\n');
  });

  it('explains policy rules added and removed when given both policies', async () => {
    const cwd = makeWorkspace({
      'policy.jsonc': policy,
      'old.jsonc': '{ mcp: { servers: { deny: ["shell", "ftp"] } }, tools: { requireMetadata: ["risk"] } }',
    });
    const a = await snapshot(cwd, 'a.json');
    const run = await runCli([
      'diff',
      a,
      a,
      '--json',
      '--before-policy',
      path.join(cwd, 'old.jsonc'),
      '--after-policy',
      path.join(cwd, 'policy.jsonc'),
    ]);
    expect((run.json().explanation as { policy: unknown }).policy).toEqual({
      added: [{ rule: 'tools.requireMetadata', value: 'owner' }],
      removed: [{ rule: 'mcp.servers.deny', value: 'ftp' }],
    });
  });

  it('refuses files that are not check outputs', async () => {
    const cwd = makeWorkspace({ 'x.json': '[1]', 'y.json': '{"ok": true}' });
    const run = await runCli(['diff', path.join(cwd, 'x.json'), path.join(cwd, 'y.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/x\.json is not a policy check --json output/);
    expect((await runCli(['diff', 'only-one.json'])).stderr).toMatch(/expected 2 file argument\(s\), got 1/);
  });
});

describe('policy-gate watch', () => {
  it('--once reports clean, findings and stale with their exit codes', async () => {
    const cwd = makeWorkspace({ 'policy.jsonc': '{}' });
    const clean = await runCli(['watch', '--openclaw', '2026.5.20', '--once', '--json', '--cwd', cwd]);
    expect(clean.code).toBe(0);
    const state = clean.json() as { status: string; attestation: { attestationHash: string } };
    expect(state.status).toBe('clean');
    writeFileSync(
      path.join(cwd, 'openclaw.json'),
      JSON.stringify({
        plugins: {
          entries: { policy: { config: { expectedAttestationHash: state.attestation.attestationHash } } },
        },
      }),
    );
    expect(
      (await runCli(['watch', '--openclaw', '2026.5.20', '--once', '--json', '--cwd', cwd])).json().status,
    ).toBe('clean');
    writeFileSync(
      path.join(cwd, 'openclaw.json'),
      JSON.stringify({
        channels: { x: {} },
        plugins: {
          entries: { policy: { config: { expectedAttestationHash: state.attestation.attestationHash } } },
        },
      }),
    );
    const stale = await runCli(['watch', '--openclaw', '2026.5.20', '--once', '--json', '--cwd', cwd]);
    expect(stale.code).toBe(1);
    expect(stale.json()).toMatchObject({
      status: 'stale',
      ok: false,
      expectedAttestationHash: state.attestation.attestationHash,
    });
    // Rule findings stay hidden behind the lock (SPEC.md §2.2 step 8): still stale.
    writeFileSync(
      path.join(cwd, 'policy.jsonc'),
      '{ channels: { denyRules: [{ when: { provider: "x" } }] } }',
    );
    expect(
      (await runCli(['watch', '--openclaw', '2026.5.20', '--once', '--json', '--cwd', cwd])).json().status,
    ).toBe('stale');
    // An invalid policy is never hidden: findings.
    writeFileSync(path.join(cwd, 'policy.jsonc'), '{ mcp: [] }');
    const findings = await runCli(['watch', '--openclaw', '2026.5.20', '--once', '--json', '--cwd', cwd]);
    expect(findings.json().status).toBe('findings');
    expect(findings.code).toBe(1);
  });

  it('prints only when status, attestation or exit code change', async () => {
    const cwd = makeWorkspace({ 'policy.jsonc': '{}' });
    const run = await runCli(['watch', '--openclaw', '2026.5.20', '--cwd', cwd], {
      terminal: true,
      maxTicks: 3,
    });
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    // OpenClaw's line (the same in 2026.5.20 and 2026.9.6).
    expect(run.stdout).toMatch(
      /^policy watch: clean \(attestation sha256:[0-9a-f]{64}, evidence sha256:[0-9a-f]{64}\)\n$/,
    );
  });

  it('validates --interval-ms strictly', async () => {
    for (const bad of ['249', '1e3', '-5', '300ms', '']) {
      const run = await runCli(['watch', '--openclaw', '2026.5.20', '--once', `--interval-ms=${bad}`]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe('policy-gate watch: --interval-ms must be an integer >= 250.\n');
    }
  });
});
