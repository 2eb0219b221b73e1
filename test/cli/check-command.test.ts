import { describe, expect, it } from 'vitest';
import { LISTED_AGENT_CONFIG, POSTURE_POLICY } from '../render/current-results.js';
import { makeWorkspace, runCli } from '../support/cli-harness.js';
import { freshHome, runWithHome } from './run-with-home.js';

const policy = '{ mcp: { servers: { deny: ["shell"] } }, tools: { requireMetadata: ["owner"] } }';
const config = JSON.stringify({ mcp: { servers: { shell: { command: 'sh' } } } });

describe('policy-gate check', () => {
  it('prints one JSON line with keys in SPEC order and exits 1 on findings', async () => {
    const cwd = makeWorkspace({
      'policy.jsonc': policy,
      'openclaw.json': config,
      'TOOLS.md': '# Tools\n### a owner:me\n',
    });
    const run = await runCli(['check', '--openclaw', '2026.5.20', '--json', '--cwd', cwd]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout.endsWith('\n')).toBe(true);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    const report = run.json();
    expect(Object.keys(report)).toEqual([
      'ok',
      'attestation',
      'evidence',
      'checksRun',
      'checksSkipped',
      'findings',
    ]);
    expect(Object.keys(report.attestation as object)).toEqual([
      'checkedAt',
      'policy',
      'workspace',
      'findingsHash',
      'attestationHash',
    ]);
    expect(report).toMatchObject({
      ok: false,
      checksRun: 15,
      checksSkipped: 0,
      attestation: { checkedAt: '2026-11-21T12:00:00.000Z' },
    });
    expect((report.findings as { checkId: string }[]).map((f) => f.checkId)).toEqual([
      'policy/mcp-denied-server',
    ]);
  });

  it('prints human lines on a terminal and exits 0 when clean', async () => {
    const cwd = makeWorkspace({ 'policy.jsonc': '{}', 'openclaw.jsonc': '// none\n{}' });
    const run = await runCli(['check', '--openclaw', '2026.5.20', '--cwd', cwd], { terminal: true });
    expect(run.code).toBe(0);
    // The release's line, then the attestation hash: the value to pin, exactly check --json's.
    expect(run.stdout).toMatch(
      /^policy check: no findings \(policy sha256:[0-9a-f]{64}, evidence sha256:[0-9a-f]{64}\)\nattestation sha256:[0-9a-f]{64}\n$/,
    );
    const json = await runCli(['check', '--openclaw', '2026.5.20', '--json', '--cwd', cwd]);
    const { attestationHash } = json.json().attestation as { attestationHash: string };
    expect(run.stdout.split('\n').at(-2)).toBe(`attestation ${attestationHash}`);
    const missing = await runCli(['check', '--openclaw', '2026.5.20', '--cwd', makeWorkspace({})], {
      terminal: true,
    });
    expect(missing.stdout).toMatch(
      /^policy check: 1 finding\(s\)\n {2}\[warning\] policy\/policy-jsonc-missing policy\.jsonc - policy\.jsonc is missing for the enabled Policy plugin\.\n {6}hint: Restore policy\.jsonc or add the policy artifact for this workspace\.\nattestation sha256:[0-9a-f]{64}\n$/,
    );
    expect(missing.code).toBe(1);
  });

  it('prints each 2026.9.6 finding’s fix after its line, located in the workspace', async () => {
    const home = freshHome();
    const cwd = makeWorkspace({ 'openclaw.json': LISTED_AGENT_CONFIG, 'policy.jsonc': POSTURE_POLICY });
    const human = await runWithHome(['check', '--cwd', cwd], { home, terminal: true });
    expect(human.code).toBe(1);
    expect(human.stdout.split('\n')).toEqual([
      'policy check: 4 finding(s)',
      "  [error] policy/tools-profile-unapproved openclaw config - agent 'solo' uses unapproved tool profile 'coding'.",
      '      fix (review required): Set the tool profile to an allowed profile.',
      '      change: agents.list[0].tools.profile (openclaw.json:8); policy rule: tools.profiles.allow (policy.jsonc:4)',
      '      hint: Use an approved tools.profile value or update policy after review.',
      "  [error] policy/tools-profile-unapproved openclaw config - global tools config uses unapproved tool profile 'full'.",
      '      fix (review required): Set the tool profile to an allowed profile.',
      '      change: tools.profile; policy rule: tools.profiles.allow (policy.jsonc:4)',
      '      hint: Use an approved tools.profile value or update policy after review.',
      "  [error] policy/tools-elevated-enabled openclaw config - agent 'solo' permits elevated tool mode.",
      '      fix (automatic): Set tools elevated mode to disabled.',
      '      change: tools.elevated.enabled (openclaw.json:4); policy rule: tools.elevated.allow (policy.jsonc:5)',
      '      hint: Set tools.elevated.enabled=false or update policy after review.',
      '  [error] policy/tools-elevated-enabled openclaw config - global tools config permits elevated tool mode.',
      '      fix (automatic): Set tools elevated mode to disabled.',
      '      change: tools.elevated.enabled (openclaw.json:4); policy rule: tools.elevated.allow (policy.jsonc:5)',
      '      hint: Set tools.elevated.enabled=false or update policy after review.',
      expect.stringMatching(/^attestation sha256:[0-9a-f]{64}$/),
      '',
    ]);
    // The release's lines, byte for byte, once ours are taken out; JSON output has no extra lines.
    const json = await runWithHome(['check', '--cwd', cwd], { home });
    const report = json.json() as { findings: { checkId: string; message: string; path: string }[] };
    const { attestationHash } = json.json().attestation as { attestationHash: string };
    expect(
      human.stdout
        .split('\n')
        .filter((line) => !line.startsWith('      ') && !line.startsWith('attestation ')),
    ).toEqual([
      'policy check: 4 finding(s)',
      ...report.findings.map((f) => `  [error] ${f.checkId} ${f.path} - ${f.message}`),
      '',
    ]);
    expect(human.stdout).toContain(`\nattestation ${attestationHash}\n`);
    expect(json.stdout.split('\n')).toHaveLength(2);
  });

  it('prints no fix for a finding without a recommendation, and none for 2026.5.20', async () => {
    const home = freshHome();
    const invalid = await runWithHome(['check', '--cwd', makeWorkspace({ 'openclaw.json': '[]' })], {
      home,
      terminal: true,
    });
    // The config-invalid report has no fix hint and no attestation: the release's lines alone.
    expect(invalid.stdout).toBe(
      'policy check: 1 finding(s)\n  [error] policy/config-invalid  - Invalid input\n',
    );
    const cwd = makeWorkspace({ 'policy.jsonc': policy, 'openclaw.json': config, 'TOOLS.md': '' });
    const old = await runCli(['check', '--openclaw', '2026.5.20', '--cwd', cwd], { terminal: true });
    expect(old.stdout).toMatch(
      /^policy check: 1 finding\(s\)\n {2}\[error\] policy\/mcp-denied-server openclaw config - MCP server 'shell' is denied by policy\.\n {6}hint: Remove this configured MCP server or update the policy after review\.\nattestation sha256:[0-9a-f]{64}\n$/,
    );
  });

  it('--severity-min filters visible findings and the exit code', async () => {
    const cwd = makeWorkspace({});
    const run = await runCli([
      'check',
      '--openclaw',
      '2026.5.20',
      '--json',
      '--cwd',
      cwd,
      '--severity-min',
      'error',
    ]);
    expect(run.code).toBe(0);
    expect(run.json()).toMatchObject({ ok: true, findings: [] });
    const bad = await runCli(['check', '--openclaw', '2026.5.20', '--severity-min', 'fatal', '--cwd', cwd]);
    expect(bad.code).toBe(2);
    // Both releases' own text (verified in the 2026.5.20 and 2026.9.6 dist), checked before the config is read.
    expect(bad.stderr).toBe(
      'policy-gate check: Invalid --severity-min value. Expected one of: info, warning, error.\n',
    );
  });

  it('honours --policy and config.path, showing the display name', async () => {
    const cwd = makeWorkspace({
      'policies/agent.policy.jsonc': '[]',
      'openclaw.json': JSON.stringify({
        plugins: { entries: { policy: { config: { path: 'policies/agent.policy.jsonc' } } } },
      }),
    });
    const run = await runCli(['check', '--openclaw', '2026.5.20', '--json', '--cwd', cwd]);
    expect(run.json().findings).toEqual([
      expect.objectContaining({
        message: 'policies/agent.policy.jsonc must contain a policy object.',
        target: 'oc://agent.policy.jsonc',
      }),
    ]);
    // A policy the user names must exist (exit 2, naming it), unlike the default policy.jsonc.
    const flag = await runCli([
      'check',
      '--openclaw',
      '2026.5.20',
      '--json',
      '--cwd',
      cwd,
      '--policy',
      'nope.jsonc',
    ]);
    expect(flag).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'policy-gate check: nope.jsonc: the policy given with --policy does not exist.\n',
    });
  });

  it('fails closed with the exact report on an unparseable config', async () => {
    const cwd = makeWorkspace({ 'policy.jsonc': '{}', 'openclaw.json': '{"channels": ' });
    const run = await runCli(['check', '--openclaw', '2026.5.20', '--json', '--cwd', cwd]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      '{"ok":false,"evidence":{"channels":[]},"checksRun":1,"checksSkipped":15,"findings":[{"checkId":"policy/config-invalid","severity":"error","message":"JSON5 parse failed: SyntaxError: JSON5: invalid end of input at 1:14","source":"policy","path":""}]}\n',
    );
  });

  it('keeps the attestation hash when only checkedAt changes', async () => {
    const cwd = makeWorkspace({ 'policy.jsonc': policy, 'openclaw.json': config });
    const a = (
      await runCli(['check', '--openclaw', '2026.5.20', '--json', '--cwd', cwd], {
        now: new Date('2026-01-01T00:00:00Z'),
      })
    ).json();
    const b = (
      await runCli(['check', '--openclaw', '2026.5.20', '--json', '--cwd', cwd], {
        now: new Date('2027-06-01T00:00:00Z'),
      })
    ).json();
    expect(a.attestation).not.toEqual(b.attestation);
    expect((a.attestation as { attestationHash: string }).attestationHash).toBe(
      (b.attestation as { attestationHash: string }).attestationHash,
    );
  });
});

describe('bad input never crashes and never passes', () => {
  const exit2 = async (files: Record<string, string | Buffer>, pattern: RegExp, extra: string[] = []) => {
    const run = await runCli([
      'check',
      '--openclaw',
      '2026.5.20',
      '--json',
      '--cwd',
      makeWorkspace(files),
      ...extra,
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr).toMatch(pattern);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  };

  it('a truncated, binary or empty policy is a policy-jsonc-invalid finding', async () => {
    for (const text of ['{"mcp": {', Buffer.from([0, 1, 2, 0xff, 0xfe, 0x7b]), '', '   ']) {
      const run = await runCli([
        'check',
        '--openclaw',
        '2026.5.20',
        '--json',
        '--cwd',
        makeWorkspace({ 'policy.jsonc': text }),
      ]);
      expect(run.code).toBe(1);
      expect(run.json().findings).toEqual([
        expect.objectContaining({ checkId: 'policy/policy-jsonc-invalid', target: 'oc://policy.jsonc' }),
      ]);
      expect(((run.json().findings as { message: string }[])[0] as { message: string }).message).toMatch(
        /^policy\.jsonc could not be parsed: JSON5: /,
      );
    }
  });

  it('a policy that is an array is a shape finding', async () => {
    const run = await runCli([
      'check',
      '--openclaw',
      '2026.5.20',
      '--json',
      '--cwd',
      makeWorkspace({ 'policy.jsonc': '[1]' }),
    ]);
    expect(run.code).toBe(1);
    expect(run.json().findings).toEqual([
      expect.objectContaining({ message: 'policy.jsonc must contain a policy object.' }),
    ]);
  });

  it('a BOM parses the same as without it, and CRLF changes nothing', async () => {
    const plain = (
      await runCli([
        'check',
        '--openclaw',
        '2026.5.20',
        '--json',
        '--cwd',
        makeWorkspace({ 'policy.jsonc': policy, 'openclaw.json': config }),
      ])
    ).json();
    const bom = (
      await runCli([
        'check',
        '--openclaw',
        '2026.5.20',
        '--json',
        '--cwd',
        makeWorkspace({
          'policy.jsonc': `\uFEFF${policy}`,
          'openclaw.json': `\uFEFF${config.replaceAll(',', ',\r\n')}`,
        }),
      ])
    ).json();
    expect(bom.attestation).toEqual(plain.attestation);
  });

  it('duplicate keys are refused with their position', async () => {
    await exit2(
      { 'policy.jsonc': '{\n  "mcp": { "servers": { "deny": ["shell"] } },\n  "mcp": {}\n}' },
      /policy\.jsonc:3:3: duplicate key "mcp"/,
    );
    await exit2(
      { 'policy.jsonc': '{}', 'openclaw.json': '{"a": {"b": 1, "b": 2}}' },
      /openclaw\.json:1:16: duplicate key "b" \(a\.b\)/,
    );
  });

  it('deep nesting is refused, not a stack overflow', async () => {
    await exit2({ 'policy.jsonc': '['.repeat(100_000) }, /nests deeper than 512 levels/);
    await exit2(
      { 'policy.jsonc': '{}', 'openclaw.json': `{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}` },
      /nests deeper than 512 levels/,
    );
  });

  it('a config that is not an object fails closed as OpenClaw does', async () => {
    for (const root of ['["channels"]', '"x"', 'null', '3']) {
      const run = await runCli([
        'check',
        '--openclaw',
        '2026.5.20',
        '--json',
        '--cwd',
        makeWorkspace({ 'policy.jsonc': '{}', 'openclaw.json': root }),
      ]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe(
        '{"ok":false,"evidence":{"channels":[]},"checksRun":1,"checksSkipped":15,"findings":[{"checkId":"policy/config-invalid","severity":"error","message":"Invalid input","source":"policy","path":""}]}\n',
      );
    }
  });

  it('an enormous file is refused with its size', async () => {
    await exit2(
      { 'policy.jsonc': `{"a":"${'x'.repeat(17 * 1024 * 1024)}"}` },
      /over the 16777216-byte limit/,
    );
  });

  it('a missing --config file and unknown flags are exit 2', async () => {
    await exit2({}, /nope\.json/, ['--config', 'nope.json']);
    const run = await runCli(['check', '--openclaw', '2026.5.20', '--frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^policy-gate check: check: Unknown option '--frobnicate'/);
    expect((await runCli(['frob'])).stderr).toBe(
      "policy-gate: unknown command 'frob'. Run 'policy-gate --help' for the list.\n",
    );
  });
});
