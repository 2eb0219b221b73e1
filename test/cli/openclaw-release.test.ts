// `--openclaw <release>` on every verb, and the 2026.9.6 shell: config-invalid report, the
// threshold checked first, watch's lines, agent-only and state-only flags refused for 2026.5.20.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, runCli } from '../support/cli-harness.js';
import { freshHome, runWithHome } from './run-with-home.js';

const UNSUPPORTED = "--openclaw: unsupported OpenClaw release '2026.1.1'; supported: 2026.9.6, 2026.5.20.\n";
const HASH = /^sha256:[0-9a-f]{64}$/;

describe('--openclaw', () => {
  it.each(['check', 'watch', 'accept', 'compare', 'diff', 'gate', 'serve'])(
    '%s refuses an unknown release, naming the supported ones (exit 2)',
    async (verb) => {
      const extra = verb === 'diff' ? ['a.json', 'b.json'] : [];
      const run = await runCli([verb, ...extra, '--openclaw', '2026.1.1'], { cwd: makeWorkspace({}) });
      expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({
        code: 2,
        stdout: '',
        stderr: `policy-gate ${verb}: ${UNSUPPORTED}`,
      });
    },
  );

  it('is in the help, with the releases from the profiles', async () => {
    const help = await runCli(['--help']);
    expect(help.stdout).toContain(
      'Every command: --openclaw <release>, the OpenClaw release to reproduce: 2026.9.6 or 2026.5.20\n(default 2026.9.6).\nWith 2026.9.6, check, watch, accept, compare, gate and serve also take:',
    );
  });

  it('defaults to 2026.9.6: 68 checks', async () => {
    const run = await runWithHome(['check', '--json', '--cwd', makeWorkspace({ 'policy.jsonc': '{}' })], {
      home: freshHome(),
    });
    expect(run.json()).toMatchObject({ ok: true, checksRun: 68, checksSkipped: 0 });
    const old = await runCli(['check', '--openclaw', '2026.5.20', '--json', '--cwd', makeWorkspace({})]);
    expect(old.json()).toMatchObject({ checksRun: 15 });
  });

  it('refuses 2026.9.6-only flags with 2026.5.20 instead of ignoring them', async () => {
    const cwd = makeWorkspace({});
    const agent = await runCli(['check', '--openclaw', '2026.5.20', '--agent', 'ops', '--cwd', cwd]);
    expect(agent.stderr).toBe(
      'policy-gate check: --agent needs agent selection, which OpenClaw 2026.5.20 does not have.\n',
    );
    const state = await runCli(['watch', '--openclaw', '2026.5.20', '--state-dir', '/tmp', '--cwd', cwd]);
    expect(state.stderr).toBe(
      "policy-gate watch: --state-dir is for exec approvals in OpenClaw's state database, which OpenClaw 2026.5.20 does not read.\n",
    );
    const file = await runCli([
      'accept',
      '--openclaw',
      '2026.5.20',
      '--exec-approvals',
      'x.json',
      '--cwd',
      cwd,
    ]);
    expect(file.code).toBe(2);
  });
});

describe('policy-gate check --openclaw 2026.9.6', () => {
  const home = freshHome();

  it('checks --severity-min before reading the config, with OpenClaw’s text', async () => {
    const cwd = makeWorkspace({ 'openclaw.json': '{' });
    for (const bad of ['fatal', 'Error', ' error']) {
      const run = await runWithHome(['check', '--severity-min', bad, '--cwd', cwd], { home });
      expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({
        code: 2,
        stdout: '',
        stderr: 'policy-gate check: Invalid --severity-min value. Expected one of: info, warning, error.\n',
      });
    }
  });

  it('reports an unparseable config as config-invalid: 1 of 68, no attestation', async () => {
    const cwd = makeWorkspace({ 'openclaw.json': '{' });
    const run = await runWithHome(['check', '--json', '--cwd', cwd], { home });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      `${JSON.stringify({
        ok: false,
        evidence: { channels: [] },
        checksRun: 1,
        checksSkipped: 68,
        findings: [
          {
            checkId: 'policy/config-invalid',
            severity: 'error',
            message: 'JSON5 parse failed: SyntaxError: JSON5: invalid end of input at 1:2',
            source: 'policy',
            path: '',
          },
        ],
      })}\n`,
    );
  });

  it('prints OpenClaw’s human lines, a finding without a line as ` <path>`', async () => {
    const cwd = makeWorkspace({ 'openclaw.json': '[]' });
    const run = await runWithHome(['check', '--cwd', cwd], { home, terminal: true });
    expect(run.stdout).toBe('policy check: 1 finding(s)\n  [error] policy/config-invalid  - Invalid input\n');
    const clean = await runWithHome(['check', '--cwd', makeWorkspace({ 'policy.jsonc': '{}' })], {
      home,
      terminal: true,
    });
    expect(clean.stdout).toMatch(
      /^policy check: no findings \(policy sha256:\S+, evidence sha256:\S+\)\nattestation sha256:[0-9a-f]{64}\n$/,
    );
  });

  it('shows each visible finding with its fix recommendation', async () => {
    const run = await runWithHome(['check', '--json', '--cwd', makeWorkspace({})], { home });
    const [missing] = run.json().findings as Record<string, unknown>[];
    expect(missing).toMatchObject({
      checkId: 'policy/policy-jsonc-missing',
      policy: { fixRecommendation: { fixClass: expect.any(String), summary: expect.any(String) } },
    });
    expect(Object.keys(missing ?? {}).at(-1)).toBe('policy');
  });
});

describe('policy-gate watch (both releases)', () => {
  const home = freshHome();

  it.each(['2026.5.20', '2026.9.6'])('%s: config-invalid prints no attestation at all', async (release) => {
    const cwd = makeWorkspace({ 'openclaw.json': '{' });
    const run = await runWithHome(['watch', '--once', '--json', '--openclaw', release, '--cwd', cwd], {
      home,
    });
    expect(run.code).toBe(1);
    expect(Object.keys(run.json())).toEqual(['status', 'ok', 'findings']);
    expect(run.json()).toMatchObject({ status: 'findings', ok: false });
  });

  it.each(['2026.5.20', '2026.9.6'])('%s: --severity-min filters, and is validated', async (release) => {
    const cwd = makeWorkspace({});
    const hidden = await runWithHome(
      ['watch', '--once', '--json', '--openclaw', release, '--severity-min', 'error', '--cwd', cwd],
      { home },
    );
    expect(hidden.json()).toMatchObject({ status: 'clean', ok: true, findings: [] });
    expect(hidden.code).toBe(0);
    const bad = await runWithHome(['watch', '--once', '--openclaw', release, '--severity-min', 'x'], {
      home,
    });
    expect(bad.stderr).toBe(
      'policy-gate watch: Invalid --severity-min value. Expected one of: info, warning, error.\n',
    );
  });

  it('accepts `+`digits and surrounding spaces in --interval-ms, as OpenClaw 2026.9.6 does', async () => {
    const cwd = makeWorkspace({ 'policy.jsonc': '{}' });
    for (const good of ['+250', ' 300 ', '2000'])
      expect(
        (await runWithHome(['watch', '--once', `--interval-ms=${good}`, '--cwd', cwd], { home })).code,
      ).toBe(0);
  });

  it('prints the lock as written, and OpenClaw’s stale, findings and clean lines', async () => {
    const lock = (hash: string) =>
      JSON.stringify({ plugins: { entries: { policy: { config: { expectedAttestationHash: hash } } } } });
    const cwd = makeWorkspace({ 'policy.jsonc': '{}', 'openclaw.json': lock(' sha256:old ') });
    const stale = await runWithHome(['watch', '--once', '--json', '--cwd', cwd], { home });
    expect(stale.code).toBe(1);
    const line = stale.json();
    expect(Object.keys(line)).toEqual(['status', 'ok', 'expectedAttestationHash', 'attestation', 'findings']);
    // The lock hides the findings behind the mismatch, which alone does not make it "findings".
    expect(line).toMatchObject({ status: 'stale', ok: false, expectedAttestationHash: ' sha256:old ' });
    const current = (line.attestation as { attestationHash: string }).attestationHash;
    expect(current).toMatch(HASH);

    const human = await runWithHome(['watch', '--once', '--cwd', cwd], { home, terminal: true });
    expect(human.stdout).toBe(
      `policy watch: accepted attestation is stale (current ${current}, expected  sha256:old ). Review policy check output, then update the supervisor/gateway accepted attestation.\n`,
    );

    writeFileSync(path.join(cwd, 'openclaw.json'), lock(current));
    const clean = await runWithHome(['watch', '--once', '--cwd', cwd], { home, terminal: true });
    expect(clean.stdout).toMatch(
      new RegExp(`^policy watch: clean \\(attestation ${current}, evidence sha256:[0-9a-f]{64}\\)\\n$`),
    );
    expect(clean.code).toBe(0);

    const findings = await runWithHome(['watch', '--once', '--cwd', makeWorkspace({})], {
      home,
      terminal: true,
    });
    expect(findings.stdout).toBe(
      'policy watch: 1 finding(s); accepted attestation cannot be updated until policy check is clean.\n',
    );
    expect(findings.code).toBe(1);
  });
});

describe('policy-gate accept --openclaw 2026.9.6', () => {
  it('writes a 2026.9.6 report that verifies', async () => {
    const home = freshHome();
    const cwd = makeWorkspace({ 'policy.jsonc': '{ mcp: { servers: { deny: ["shell"] } } }' });
    writeFileSync(
      path.join(cwd, 'openclaw.json'),
      JSON.stringify({ mcp: { servers: { shell: { command: 'sh' } } } }),
    );
    const accept = await runWithHome(['accept', '--json', '--cwd', '.'], { home, cwd });
    expect(accept.json()).toMatchObject({ written: 'policy.attestation.json', ok: false, findings: 1 });
    const check = await runWithHome(['check', '--json', '--cwd', cwd], { home });
    const file = path.join(cwd, 'policy.attestation.json');
    const diff = await runCli(['diff', file, file, '--json']);
    expect(diff.code).toBe(0);
    expect((check.json().attestation as { attestationHash: string }).attestationHash).toBe(
      accept.json().attestationHash,
    );
  });
});

describe('policy-gate compare --openclaw 2026.9.6', () => {
  const home = freshHome();
  const baseline = '{ mcp: { servers: { deny: ["shell"] } } }';

  it('needs a non-blank --baseline, with OpenClaw’s text', async () => {
    for (const args of [[], ['--baseline', '  ']]) {
      const run = await runWithHome(['compare', ...args], { home, cwd: makeWorkspace({}) });
      expect({ code: run.code, stderr: run.stderr }).toEqual({
        code: 2,
        stderr: 'policy-gate compare: Missing required --baseline value.\n',
      });
    }
  });

  it('reports an unreadable file as a finding (exit 1), named by its basename', async () => {
    const cwd = makeWorkspace({ 'base.jsonc': baseline });
    const run = await runWithHome(
      ['compare', '--json', '--baseline', 'base.jsonc', '--policy', 'gone.jsonc'],
      {
        home,
        cwd,
      },
    );
    expect(run.code).toBe(1);
    expect(run.json()).toEqual({
      ok: false,
      baselinePath: 'base.jsonc',
      policyPath: 'gone.jsonc',
      rulesChecked: 0,
      findings: [
        {
          checkId: 'policy/policy-conformance-invalid',
          severity: 'error',
          message: `gone.jsonc could not be read: ENOENT: no such file or directory, open '${cwd}/gone.jsonc'`,
          source: 'policy',
          path: 'gone.jsonc',
          target: 'oc://gone.jsonc',
          requirement: 'oc://gone.jsonc',
          fixHint: 'Fix gone.jsonc so it contains valid policy JSONC.',
        },
      ],
    });
  });

  it('compares the configured policy of the workspace, and policy.jsonc here when the config is unusable', async () => {
    const cwd = makeWorkspace({
      'base.jsonc': baseline,
      'policies/strict.jsonc': '{ mcp: { servers: { deny: ["shell", "ftp"] } } }',
      'openclaw.json': JSON.stringify({
        plugins: { entries: { policy: { config: { path: 'policies/strict.jsonc' } } } },
      }),
    });
    // --baseline is relative to the current directory, the configured policy to the workspace.
    const run = await runWithHome(['compare', '--baseline', path.join(cwd, 'base.jsonc'), '--cwd', cwd], {
      home,
      terminal: true,
    });
    expect(run.stdout).toBe(
      'policy compare: no findings (strict.jsonc is at least as strict as base.jsonc; 1 rule(s) checked)\n',
    );
    expect(run.code).toBe(0);
    writeFileSync(path.join(cwd, 'openclaw.json'), '{');
    const fallback = await runWithHome(['compare', '--json', '--baseline', 'base.jsonc', '--cwd', cwd], {
      home,
      cwd,
    });
    expect(fallback.json()).toMatchObject({ policyPath: 'policy.jsonc', ok: false });
  });

  it('prints OpenClaw’s finding lines', async () => {
    const cwd = makeWorkspace({ 'base.jsonc': baseline, 'policy.jsonc': '{}' });
    const run = await runWithHome(['compare', '--baseline', 'base.jsonc'], { home, cwd, terminal: true });
    expect(run.stdout).toBe(
      'policy compare: 1 finding(s) (1 rule(s) checked)\n  [error] policy/policy-conformance-missing - policy.jsonc is missing mcp.servers.deny.\n',
    );
    expect(run.code).toBe(1);
  });

  it('refuses a document with a repeated key, as every policy-gate verb does', async () => {
    const cwd = makeWorkspace({ 'base.jsonc': baseline, 'policy.jsonc': '{ mcp: {}, mcp: {} }' });
    const run = await runWithHome(['compare', '--baseline', 'base.jsonc'], { home, cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^policy-gate compare: policy\.jsonc:1:\d+: duplicate key "mcp"/);
  });
});

describe('tool documents for 2026.9.6', () => {
  const home = freshHome();
  const requiring = '{ tools: { requireMetadata: ["risk"] } }';

  it('reads AGENTS.md and TOOLS.md only when the policy requires tool metadata', async () => {
    const cwd = makeWorkspace({ 'policy.jsonc': '{}' });
    mkdirSync(path.join(cwd, 'AGENTS.md'));
    expect((await runWithHome(['check', '--json', '--cwd', cwd], { home })).code).toBe(0);
    writeFileSync(path.join(cwd, 'policy.jsonc'), requiring);
    const run = await runWithHome(['check', '--json', '--cwd', cwd], { home });
    expect({ code: run.code, stderr: run.stderr }).toEqual({
      code: 2,
      stderr: 'policy-gate check: AGENTS.md is a directory, not a file\n',
    });
  });

  it('refuses an AGENTS.md that links out of the workspace', async () => {
    const outside = makeWorkspace({ 'secret.md': '## Tools\n- x\n' });
    const cwd = makeWorkspace({ 'policy.jsonc': requiring });
    symlinkSync(path.join(outside, 'secret.md'), path.join(cwd, 'AGENTS.md'));
    const run = await runWithHome(['check', '--json', '--cwd', cwd], { home });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^policy-gate check: AGENTS\.md .*outside the workspace/);
  });

  it('takes any TOOLS.md, even an empty one, as awaiting migration', async () => {
    const cwd = makeWorkspace({ 'policy.jsonc': requiring, 'TOOLS.md': '' });
    const run = await runWithHome(['check', '--json', '--cwd', cwd], { home });
    const ids = (run.json().findings as { checkId: string }[]).map((f) => f.checkId);
    expect(ids).toContain('policy/tools-md-migration-required');
  });
});

describe("OpenClaw's config loader (2026.9.6)", () => {
  const home = freshHome();
  const migrated = JSON.stringify({ agents: { list: [{ id: 'main', default: true }] } });

  it('prints its warnings on stderr as OpenClaw does, once per run even while watching', async () => {
    const cwd = makeWorkspace({ 'policy.jsonc': '{}', 'openclaw.json': migrated });
    const check = await runWithHome(['check', '--json', '--cwd', cwd], { home });
    expect(check.code).toBe(0);
    expect(check.stderr).toMatch(
      /^\[config\] warnings: agents\.entries: Moved agents\.list to keyed agents\.entries\.[^\n]*\n$/,
    );
    const watch = await runWithHome(['watch', '--json', '--cwd', cwd], { home, maxTicks: 3 });
    expect(watch.stderr).toBe(check.stderr);
  });

  it('reports a config its schema rejects as config-invalid, one finding per issue (exit 1)', async () => {
    const cwd = makeWorkspace({ 'openclaw.json': JSON.stringify({ surprise: true }) });
    const run = await runWithHome(['check', '--json', '--cwd', cwd], { home });
    expect(run.code).toBe(1);
    expect(run.json()).toEqual({
      ok: false,
      evidence: { channels: [] },
      checksRun: 1,
      checksSkipped: 68,
      findings: [
        {
          checkId: 'policy/config-invalid',
          severity: 'error',
          message: 'Unrecognized key: "surprise"',
          source: 'policy',
          path: '',
        },
      ],
    });
    const accept = await runWithHome(['accept', '--cwd', cwd], { home });
    expect(accept.stderr).toBe(
      'policy-gate accept: openclaw.json is not a usable OpenClaw config (Unrecognized key: "surprise"); nothing was written.\n',
    );
  });
});
