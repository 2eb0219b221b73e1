import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, runCli } from '../support/cli-harness.js';
import { runtimeConfig } from './runtime-fixtures.js';

const FILES = {
  'openclaw.json': runtimeConfig(),
  'policy.jsonc': '{ tools: { requireMetadata: ["risk"] } }',
  'TOOLS.md': '## Tools\n\n### inspect risk:low\n### deploy risk:critical\n### broken\n',
};

describe('policy-gate gate', () => {
  it('exits 0 to allow, 3 for an approval, 4 to block, with the decision as JSON', async () => {
    const cwd = makeWorkspace(FILES);
    const allow = await runCli(['gate', '--openclaw', '2026.5.20', '--cwd', cwd, '--tool', 'inspect']);
    expect(allow.code).toBe(0);
    expect(allow.json()).toMatchObject({
      action: 'allow',
      allowed: true,
      code: 'allowed',
      tool: 'inspect',
      target: 'oc://TOOLS.md/tools/inspect',
    });
    const approval = await runCli(
      ['gate', '--openclaw', '2026.5.20', '--cwd', cwd, '--tool', 'deploy', '--json'],
      { terminal: true },
    );
    expect(approval.code).toBe(3);
    expect(approval.json()).toMatchObject({
      action: 'require_approval',
      approval: {
        title: 'Review policy-governed tool',
        description: 'deploy requires approval because risk is critical.',
      },
    });
    const block = await runCli(['gate', '--openclaw', '2026.5.20', '--cwd', cwd, '--tool', 'broken']);
    expect(block.code).toBe(4);
    expect(block.json()).toMatchObject({ action: 'deny', allowed: false, code: 'metadata_missing' });
  });

  it('prints one human line on a terminal', async () => {
    const cwd = makeWorkspace(FILES);
    const lines = await Promise.all(
      ['inspect', 'deploy', 'broken'].map(
        async (tool) =>
          (
            await runCli(['gate', '--openclaw', '2026.5.20', '--cwd', cwd, '--tool', tool], {
              terminal: true,
            })
          ).stdout,
      ),
    );
    expect(lines).toEqual([
      "policy gate: allow inspect - 'inspect' is declared in TOOLS.md and needs no approval.\n",
      'policy gate: approval required for deploy - Review policy-governed tool: deploy requires approval because risk is critical.\n',
      "policy gate: deny broken [metadata_missing] - Policy requires risk metadata for 'broken', but TOOLS.md does not declare it.\n",
    ]);
  });

  it('exits 0 with no decision when the runtime gate is off, unless an accepted attestation is given', async () => {
    const cwd = makeWorkspace({ ...FILES, 'openclaw.json': '{}' });
    const off = await runCli(['gate', '--openclaw', '2026.5.20', '--cwd', cwd, '--tool', 'broken'], {
      terminal: true,
    });
    expect([off.code, off.stdout]).toEqual([
      0,
      'policy gate: no decision for broken - Policy tool runtime is off: the OpenClaw config has no plugins.entries.policy entry.\n',
    ]);
    expect((await runCli(['accept', '--openclaw', '2026.5.20', '--cwd', cwd])).code).toBe(1);
    const enforced = await runCli([
      'gate',
      '--openclaw',
      '2026.5.20',
      '--cwd',
      cwd,
      '--tool',
      'broken',
      '--accepted',
      'policy.attestation.json',
    ]);
    expect(enforced.code).toBe(4);
    expect(enforced.json()).toMatchObject({ code: 'metadata_missing' });
  });

  it('denies (exit 4, attestation_stale) once TOOLS.md drifts from the accepted attestation', async () => {
    const cwd = makeWorkspace(FILES);
    expect((await runCli(['accept', '--openclaw', '2026.5.20', '--cwd', cwd])).code).toBe(1);
    expect(
      (
        await runCli([
          'gate',
          '--openclaw',
          '2026.5.20',
          '--cwd',
          cwd,
          '--tool',
          'inspect',
          '--accepted',
          'policy.attestation.json',
        ])
      ).code,
    ).toBe(0);
    writeFileSync(
      path.join(cwd, 'TOOLS.md'),
      FILES['TOOLS.md'].replace('deploy risk:critical', 'deploy risk:low'),
    );
    const stale = await runCli([
      'gate',
      '--openclaw',
      '2026.5.20',
      '--cwd',
      cwd,
      '--tool',
      'inspect',
      '--accepted',
      'policy.attestation.json',
    ]);
    expect(stale.code).toBe(4);
    expect(stale.json()).toMatchObject({ action: 'deny', code: 'attestation_stale' });
    const missing = await runCli([
      'gate',
      '--openclaw',
      '2026.5.20',
      '--cwd',
      cwd,
      '--tool',
      'inspect',
      '--accepted',
      'nope.json',
    ]);
    expect([missing.code, missing.json().code]).toEqual([4, 'accepted_attestation_invalid']);
  });

  it('exits 2 with one stderr line for bad arguments or unreadable input', async () => {
    const cwd = makeWorkspace({
      ...FILES,
      'policy.jsonc': '{ tools: {}, tools: { requireMetadata: ["risk"] } }',
    });
    const noTool = await runCli(['gate', '--openclaw', '2026.5.20', '--cwd', cwd]);
    expect([noTool.code, noTool.stderr]).toEqual([
      2,
      'policy-gate gate: gate: --tool <name> is required (the tool name the agent is about to call).\n',
    ]);
    expect(
      (await runCli(['gate', '--openclaw', '2026.5.20', '--cwd', cwd, '--tool', 'x', '--bogus'])).code,
    ).toBe(2);
    const unreadable = await runCli(['gate', '--openclaw', '2026.5.20', '--cwd', cwd, '--tool', 'inspect']);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toMatch(/^policy-gate gate: policy\.jsonc:1:14: duplicate key "tools"/);
    expect(unreadable.stderr.split('\n')).toHaveLength(2);
  });

  it('blocks (exit 4) when the OpenClaw config is unusable', async () => {
    const cwd = makeWorkspace({ ...FILES, 'openclaw.json': '{' });
    const run = await runCli(['gate', '--openclaw', '2026.5.20', '--cwd', cwd, '--tool', 'inspect']);
    expect(run.code).toBe(4);
    expect(run.json()).toMatchObject({
      code: 'config_invalid',
      reason: expect.stringMatching(/^Policy tool runtime cannot use openclaw\.json: JSON5 parse failed/),
    });
  });
});
