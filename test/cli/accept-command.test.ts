import { lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAttestationFile } from '../../src/gate/attestation-file.js';
import { makeWorkspace, runCli } from '../support/cli-harness.js';

describe('policy-gate accept', () => {
  it('writes a verifiable attestation file equal to check --json, pretty-printed', async () => {
    const cwd = makeWorkspace({
      'policy.jsonc': '{ mcp: { servers: { deny: ["x"] } } }',
      'openclaw.json': '{"mcp":{"servers":{"docs":{}}}}',
    });
    const run = await runCli(['accept', '--openclaw', '2026.5.20', '--cwd', cwd], { terminal: true });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^policy accept: wrote .*policy\.attestation\.json \(attestation sha256:[0-9a-f]{64}\)\n$/,
    );
    const text = readFileSync(path.join(cwd, 'policy.attestation.json'), 'utf8');
    expect(text.split('\n').length).toBeGreaterThan(10);
    const file = JSON.parse(text);
    expect(verifyAttestationFile(file, 'policy.attestation.json').state).toBe('verified');
    const check = (await runCli(['check', '--openclaw', '2026.5.20', '--json', '--cwd', cwd])).json();
    expect(file.attestation.attestationHash).toBe(
      (check.attestation as { attestationHash: string }).attestationHash,
    );
  });

  it('writes the attested findings even behind a stale lock, so the file verifies', async () => {
    const cwd = makeWorkspace({
      'policy.jsonc': '{ mcp: { servers: { deny: ["docs"] } } }',
      'openclaw.json': JSON.stringify({
        mcp: { servers: { docs: {} } },
        plugins: { entries: { policy: { config: { expectedAttestationHash: 'sha256:old' } } } },
      }),
    });
    const run = await runCli(['accept', '--openclaw', '2026.5.20', '--cwd', cwd, '--out', 'custom.json']);
    expect(run.code).toBe(1);
    const file = JSON.parse(readFileSync(path.join(cwd, 'custom.json'), 'utf8'));
    expect(file.findings.map((f: { checkId: string }) => f.checkId)).toEqual(['policy/mcp-denied-server']);
    expect(verifyAttestationFile(file, 'custom.json').state).toBe('verified');
  });

  it('writes nothing for an unusable config', async () => {
    const cwd = makeWorkspace({ 'openclaw.json': '{' });
    const run = await runCli(['accept', '--openclaw', '2026.5.20', '--cwd', cwd]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/openclaw\.json is not a usable OpenClaw config .*nothing was written/);
    writeFileSync(path.join(cwd, 'x'), '');
  });
});

describe('policy-gate accept writes never follow links (issue 12)', () => {
  it('a link planted where the attestation goes is replaced, never written through', async () => {
    const cwd = makeWorkspace({ 'policy.jsonc': '{}', 'openclaw.json': '{}' });
    const victim = path.join(makeWorkspace({ 'secret.txt': 'untouched\n' }), 'secret.txt');
    symlinkSync(victim, path.join(cwd, 'policy.attestation.json'));
    // The old temporary name was predictable (`<out>.<pid>.tmp`): plant links under such names too.
    for (let pid = process.pid - 2; pid <= process.pid + 2; pid += 1)
      symlinkSync(victim, path.join(cwd, `policy.attestation.json.${pid}.tmp`));
    const run = await runCli(['accept', '--cwd', cwd]);
    expect(run.code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('untouched\n');
    expect(lstatSync(path.join(cwd, 'policy.attestation.json')).isSymbolicLink()).toBe(false);
    expect(JSON.parse(readFileSync(path.join(cwd, 'policy.attestation.json'), 'utf8')).checksRun).toBe(68);
    // Nothing is left behind but the planted links.
    expect(readdirSync(cwd).filter((name) => name.startsWith('.policy.attestation.json.'))).toEqual([]);
  });
});
