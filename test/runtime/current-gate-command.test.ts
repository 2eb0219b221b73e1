// `policy-gate gate` on 2026.9.6, the default release: the flags of `check` (--agent,
// --exec-approvals, --state-dir), the hashes of `check --json`, and a 68-check accepted attestation.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, runCli } from '../support/cli-harness.js';
import { freshHome, runWithHome } from '../cli/run-with-home.js';
import {
  AGENTS_MD,
  baseConfig,
  baseExecApprovals,
  basePolicy,
  currentFiles,
  EXEC_APPROVALS_FILE,
  reportHashes,
  withValue,
  type CurrentFiles,
} from './current-fixtures.js';

type Json = Record<string, unknown>;

/** A 2026.9.6 workspace, and `policy-gate <verb>` over it with its exec approvals document. */
function workspace(files: CurrentFiles = {}) {
  const written = currentFiles(files);
  const dir = makeWorkspace(written);
  const home = freshHome();
  const approvals =
    EXEC_APPROVALS_FILE in written ? ['--exec-approvals', path.join(dir, EXEC_APPROVALS_FILE)] : [];
  const run = (args: string[], options: { terminal?: boolean } = {}) =>
    runWithHome([...args, '--cwd', dir, ...approvals], { home, cwd: dir, ...options });
  return { dir, home, run };
}

describe('policy-gate gate --openclaw 2026.9.6 (the default)', () => {
  it('decides from AGENTS.md and the posture, exit 0 / 3 / 4, with the hashes `check --json` prints', async () => {
    const { run } = workspace({ config: withValue(baseConfig(), 'tools.exec.ask', 'off') });
    const report = (await run(['check', '--json'])).json();
    expect(report).toMatchObject({ checksRun: 68, ok: false });
    const allow = await run(['gate', '--tool', 'search_docs']);
    expect(allow.code).toBe(0);
    const decision = allow.json();
    expect(decision).toMatchObject({
      action: 'allow',
      code: 'allowed',
      agentId: 'main',
      target: 'oc://AGENTS.md/tools/search-docs',
      attestation: { current: reportHashes(report).attestation },
    });
    const metadata = decision.metadata as { policy: { hash: string }; workspace: { hash: string } };
    expect([metadata.policy.hash, metadata.workspace.hash]).toEqual([
      reportHashes(report).policy,
      reportHashes(report).workspace,
    ]);
    const ask = await run(['gate', '--tool', 'exec']);
    expect([ask.code, ask.json().code]).toEqual([3, 'tools_exec_ask_unapproved']);
    const deny = await run(['gate', '--tool', 'process'], { terminal: true });
    expect([deny.code, deny.stdout]).toEqual([
      4,
      "policy gate: deny process [tool_denied_by_config] - Policy tool runtime blocks 'process': the OpenClaw config denies it for agent 'main' (oc://openclaw.config/tools/deny: process, web_fetch).\n",
    ]);
  });

  it('compares with a 68-check accepted attestation, and denies every call once it is stale', async () => {
    const { dir, run } = workspace();
    const accepted = await run(['accept']);
    expect(accepted.code).toBe(0);
    const file = JSON.parse(readFileSync(path.join(dir, 'policy.attestation.json'), 'utf8')) as Json;
    expect(file).toMatchObject({ checksRun: 68, checksSkipped: 0, ok: true });
    const hash = (file.attestation as { attestationHash: string }).attestationHash;
    const allow = await run(['gate', '--tool', 'read', '--accepted', 'policy.attestation.json']);
    expect([allow.code, allow.json().attestation]).toEqual([0, { current: hash, accepted: hash }]);
    // Lower a risk in AGENTS.md: the workspace no longer matches what was accepted.
    writeFileSync(
      path.join(dir, 'AGENTS.md'),
      AGENTS_MD.replace('### deploy risk:critical', '### deploy risk:low'),
    );
    const stale = await run(['gate', '--tool', 'read', '--accepted', 'policy.attestation.json']);
    expect([stale.code, stale.json().code]).toEqual([4, 'attestation_stale']);
    // The exec approvals are part of it too.
    writeFileSync(path.join(dir, 'AGENTS.md'), AGENTS_MD);
    writeFileSync(
      path.join(dir, EXEC_APPROVALS_FILE),
      JSON.stringify(withValue(baseExecApprovals(), 'agents.main.allowlist', [])),
    );
    const approvals = await run(['gate', '--tool', 'read', '--accepted', 'policy.attestation.json']);
    expect([approvals.code, approvals.json().code]).toEqual([4, 'attestation_stale']);
  });

  it('an accepted workspace with findings still blocks the calls they bear on', async () => {
    const { run } = workspace({ config: withValue(baseConfig(), 'tools.elevated.enabled', true) });
    expect((await run(['accept'])).code).toBe(1);
    const exec = await run(['gate', '--tool', 'exec', '--accepted', 'policy.attestation.json']);
    expect([exec.code, exec.json().code]).toEqual([4, 'tools_elevated_enabled']);
    const read = await run(['gate', '--tool', 'read', '--accepted', 'policy.attestation.json']);
    expect(read.code).toBe(0);
  });

  it('takes --agent like check: required with several agents, refused when unknown', async () => {
    const roster = withValue(baseConfig(), 'agents.list', [
      { id: 'main', default: true, workspace: '.' },
      { id: 'ops', workspace: 'ops', tools: { exec: { security: 'full' } } },
    ]);
    const { run } = workspace({
      config: roster,
      extra: { 'ops/AGENTS.md': AGENTS_MD, 'ops/policy.jsonc': JSON.stringify(basePolicy()) },
    });
    const ops = await run(['gate', '--tool', 'exec', '--agent', 'ops']);
    expect([ops.code, ops.json()]).toEqual([
      4,
      expect.objectContaining({ code: 'tools_exec_security_unapproved', agentId: 'ops' }),
    ]);
    // Like check, the loader's migration warnings go to stderr.
    expect(ops.stderr).toMatch(
      /^\[config\] warnings: agents\.entries: Moved agents\.list to keyed agents\.entries\./,
    );
    const main = await run(['gate', '--tool', 'exec', '--agent', 'main']);
    expect([main.code, main.json().agentId]).toEqual([0, 'main']);
    const lastLine = async (args: string[]) => {
      const result = await run(args);
      return [result.code, result.stderr.split('\n').at(-2)];
    };
    expect(await lastLine(['gate', '--tool', 'exec'])).toEqual([
      2,
      'policy-gate gate: Multiple agents are configured, but policy check has no explicit owner. Pass --agent <id>.',
    ]);
    expect(await lastLine(['gate', '--tool', 'exec', '--agent', 'nobody'])).toEqual([
      2,
      'policy-gate gate: Unknown agent id "nobody". Run openclaw agents list to see configured agents.',
    ]);
  });

  it('reads OpenClaw’s state directory without --exec-approvals, and refuses a legacy exec-approvals.json', async () => {
    const written = currentFiles({ execApprovals: undefined });
    const dir = makeWorkspace(written);
    const home = freshHome();
    const gate = () => runWithHome(['gate', '--tool', 'exec', '--cwd', dir], { home, cwd: dir });
    // No state database: no row, so `execApprovals.requireFile` is not met.
    expect((await gate()).json()).toMatchObject({ code: 'exec_approvals_missing' });
    const state = path.join(home, 'custom-state');
    mkdirSync(state);
    writeFileSync(path.join(state, 'exec-approvals.json'), JSON.stringify(baseExecApprovals()));
    const legacy = await runWithHome(['gate', '--tool', 'exec', '--cwd', dir, '--state-dir', state], {
      home,
      cwd: dir,
    });
    expect([legacy.code, legacy.stderr]).toEqual([
      2,
      `policy-gate gate: Legacy exec approvals exist at ${path.join(state, 'exec-approvals.json')}. Run \`openclaw doctor --fix\` with OPENCLAW_STATE_DIR set to ${state} before using exec approvals.\n`,
    ]);
  });

  it('blocks every call while a TOOLS.md awaits migration', async () => {
    const { run } = workspace({ extra: { 'TOOLS.md': '## Tools\n\n### search_docs risk:low\n' } });
    const run1 = await run(['gate', '--tool', 'search_docs']);
    expect([run1.code, run1.json().code]).toEqual([4, 'tools_md_migration_required']);
  });

  it('gives no decision (exit 0) while the policy plugin is not enabled, unless an accepted attestation is given', async () => {
    const { run } = workspace({ config: withValue(baseConfig(), 'plugins', undefined) });
    const off = await run(['gate', '--tool', 'process'], { terminal: true });
    expect([off.code, off.stdout]).toEqual([
      0,
      'policy gate: no decision for process - Policy tool runtime is off: the OpenClaw config has no plugins.entries.policy entry.\n',
    ]);
    await run(['accept']);
    const enforced = await run(['gate', '--tool', 'process', '--accepted', 'policy.attestation.json']);
    expect([enforced.code, enforced.json().code]).toEqual([4, 'tool_denied_by_config']);
  });

  it('2026.5.20 still refuses the 2026.9.6-only flags', async () => {
    const run = await runCli(['gate', '--openclaw', '2026.5.20', '--tool', 'x', '--agent', 'ops'], {
      cwd: makeWorkspace({}),
    });
    expect([run.code, run.stderr]).toEqual([
      2,
      'policy-gate gate: --agent needs agent selection, which OpenClaw 2026.5.20 does not have.\n',
    ]);
  });
});
