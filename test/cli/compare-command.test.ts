import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, runCli } from '../support/cli-harness.js';

describe('policy-gate compare', () => {
  const cwd = makeWorkspace({
    'base.jsonc': '{ mcp: { servers: { deny: ["shell"] } }, network: { privateNetwork: { allow: false } } }',
    'same.jsonc':
      '// stricter\n{ mcp: { servers: { deny: ["shell", "ftp"] } }, network: { privateNetwork: { allow: false } } }',
    'policy.jsonc': '{ mcp: { servers: { deny: [] } } }',
    'broken.jsonc': '{',
  });

  it('exits 0 when at least as strict', async () => {
    const run = await runCli(
      ['compare', '--openclaw', '2026.5.20', '--baseline', 'base.jsonc', '--policy', 'same.jsonc'],
      {
        cwd,
        terminal: true,
      },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'policy compare: same.jsonc is at least as strict as base.jsonc (2 rules checked)\n',
    );
  });

  it('exits 1 with every weaker or missing rule', async () => {
    const run = await runCli(
      ['compare', '--openclaw', '2026.5.20', '--baseline', path.join(cwd, 'base.jsonc')],
      {
        cwd,
        terminal: true,
      },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      "policy compare: policy.jsonc is weaker than base.jsonc\n  [missing] mcp.servers.deny: no longer denies 'shell'\n  [missing] network.privateNetwork.allow: the rule forbidding private-network access (allow: false) was dropped\n",
    );
    const json = (
      await runCli(['compare', '--openclaw', '2026.5.20', '--baseline', 'base.jsonc', '--json'], { cwd })
    ).json();
    expect(Object.keys(json)).toEqual([
      'ok',
      'baselinePath',
      'policyPath',
      'rulesChecked',
      'findings',
      'weakenings',
    ]);
  });

  it('exits 2 when a file is unreadable', async () => {
    const run = await runCli(['compare', '--openclaw', '2026.5.20', '--baseline', 'broken.jsonc'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.jsonc could not be parsed: JSON5: invalid end of input/);
    expect((await runCli(['compare', '--openclaw', '2026.5.20'], { cwd })).stderr).toBe(
      'policy-gate compare: compare: --baseline <file> is required.\n',
    );
  });
});
