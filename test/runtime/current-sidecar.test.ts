// The governance sidecar on 2026.9.6: answers from AGENTS.md and the posture, the accepted
// 68-check attestation, stale and unsettled workspaces denied, the exec approvals followed whether
// they come from a document or from OpenClaw's state database (re-read on every poll), and
// `policy-gate serve` with the 2026.9.6 flags.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';
import { main } from '../../src/cli/main.js';
import { DEFAULT_EXEC_APPROVALS_LOCATOR } from '../../src/engine/current/evaluate-policy.js';
import { startSidecar, type Sidecar, type SidecarOptions } from '../../src/runtime/sidecar-server.js';
import { makeWorkspace } from '../support/cli-harness.js';
import { freshHome, runWithHome } from '../cli/run-with-home.js';
import {
  AGENTS_MD,
  baseExecApprovals,
  basePolicy,
  CURRENT,
  currentFiles,
  EXEC_APPROVALS_FILE,
  testHost,
  withValue,
  type CurrentFiles,
} from './current-fixtures.js';
import { TOKEN } from './sidecar-harness.js';

type Json = Record<string, unknown>;

let running: Sidecar | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

interface CurrentSidecar {
  dir: string;
  home: string;
  sidecar: Sidecar;
  execute: (toolName: string) => Promise<Json>;
  readyz: () => Promise<{ status: number; body: Json }>;
  /** `policy-gate accept` of the workspace as it is now (with the exec approvals document). */
  accept: () => Promise<number>;
}

async function startCurrent(
  files: CurrentFiles = {},
  options: Partial<SidecarOptions> & { acceptFirst?: boolean } = {},
): Promise<CurrentSidecar> {
  const dir = makeWorkspace(currentFiles(files));
  const home = freshHome();
  const approvals = path.join(dir, EXEC_APPROVALS_FILE);
  const accept = async () =>
    (await runWithHome(['accept', '--cwd', dir, '--exec-approvals', approvals], { home, cwd: dir })).code;
  if (options.acceptFirst !== false) expect(await accept()).not.toBe(2);
  const sidecar = await startSidecar({
    cwd: dir,
    acceptedFile: 'policy.attestation.json',
    auth: { token: TOKEN },
    profile: CURRENT,
    openclawHost: testHost(dir, { home, execApprovals: true }),
    execApprovalsFile: approvals,
    // The default audit log: in the test's home, outside the workspace.
    env: { HOME: home },
    osHome: home,
    ...options,
  });
  running = sidecar;
  const execute = async (toolName: string) => {
    const response = await fetch(`${sidecar.url}/api/v1/execute`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ sessionId: 's-1', toolName }),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as Json;
  };
  const readyz = async () => {
    const response = await fetch(`${sidecar.url}/readyz`);
    return { status: response.status, body: (await response.json()) as Json };
  };
  return { dir, home, sidecar, execute, readyz, accept };
}

/** Polls `probe` until it returns true, for at most two seconds. */
async function eventually(probe: () => Promise<boolean>): Promise<void> {
  const until = Date.now() + 2_000;
  while (!(await probe())) {
    if (Date.now() > until) throw new Error('condition not reached within 2 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('governance sidecar on 2026.9.6', () => {
  it('answers from AGENTS.md and the posture while the workspace matches the accepted attestation', async () => {
    const { execute, readyz } = await startCurrent();
    const ready = await readyz();
    expect(ready).toMatchObject({ status: 200, body: { ready: true, code: 'ready' } });
    const hash = (ready.body.attestation as { accepted: string }).accepted;
    expect(await execute('search_docs')).toMatchObject({
      action: 'allow',
      allowed: true,
      code: 'allowed',
      agentId: 'main',
      ruleId: 'oc://openclaw.config/plugins/entries/policy',
      target: 'oc://AGENTS.md/tools/search-docs',
      attestation: { current: hash, accepted: hash },
      descriptor: { id: 'search-docs', source: 'oc://AGENTS.md/tools/search-docs', risk: 'low' },
    });
    expect(await execute('deploy')).toMatchObject({ action: 'require_approval', code: 'approval_required' });
    expect(await execute('process')).toMatchObject({
      action: 'deny',
      allowed: false,
      code: 'tool_denied_by_config',
      ruleId: 'oc://openclaw.config/tools/deny',
    });
  });

  it('denies everything once the exec approvals or AGENTS.md drift, until accepted again; findings then decide their calls', async () => {
    const { dir, execute, readyz, accept } = await startCurrent();
    expect((await execute('exec')).action).toBe('allow');
    writeFileSync(
      path.join(dir, EXEC_APPROVALS_FILE),
      JSON.stringify(withValue(baseExecApprovals(), 'agents.main.autoAllowSkills', true)),
    );
    for (const tool of ['exec', 'search_docs']) expect((await execute(tool)).code).toBe('attestation_stale');
    expect(await readyz()).toMatchObject({ status: 503, body: { code: 'attestation_stale' } });
    expect(await accept()).toBe(1);
    expect(await execute('exec')).toMatchObject({
      action: 'deny',
      code: 'exec_approvals_auto_allow_skills_enabled',
      ruleId: 'oc://policy.jsonc/execApprovals/agents/allowAutoAllowSkills',
    });
    expect((await execute('search_docs')).action).toBe('allow');
    writeFileSync(
      path.join(dir, 'AGENTS.md'),
      AGENTS_MD.replace('### deploy risk:critical', '### deploy risk:low'),
    );
    expect((await execute('search_docs')).code).toBe('attestation_stale');
    writeFileSync(path.join(dir, 'AGENTS.md'), AGENTS_MD);
    writeFileSync(path.join(dir, 'TOOLS.md'), '## Tools\n\n### deploy risk:low\n');
    expect((await execute('search_docs')).code).toBe('attestation_stale');
    expect(await accept()).toBe(1);
    expect(await execute('search_docs')).toMatchObject({
      action: 'deny',
      code: 'tools_md_migration_required',
    });
  });

  it('denies as stale a change to AGENTS.md’s tools when no metadata is required (the attestation does not cover them)', async () => {
    const policy = withValue(basePolicy(), 'tools.requireMetadata', undefined);
    const { dir, home, execute, readyz, accept } = await startCurrent({ policy });
    expect(await execute('deploy')).toMatchObject({ action: 'require_approval', code: 'approval_required' });
    const accepted = (await readyz()).body.attestation;
    writeFileSync(
      path.join(dir, 'AGENTS.md'),
      AGENTS_MD.replace('### deploy risk:critical', '### deploy risk:low'),
    );
    expect(await execute('deploy')).toMatchObject({
      action: 'deny',
      code: 'attestation_stale',
      reason: expect.stringContaining(
        'The tool declarations in AGENTS.md changed after the sidecar read them with the accepted attestation',
      ),
    });
    const stale = await readyz();
    expect(stale).toMatchObject({ status: 503, body: { code: 'attestation_stale' } });
    // The attestation itself did not move: only the sidecar's own record of the declarations did.
    expect(stale.body.attestation).toEqual(accepted);
    // `accept` has nothing new to record (the attestation is the same): still stale.
    expect(await accept()).toBe(0);
    expect((await execute('deploy')).code).toBe('attestation_stale');
    // Reviewed: a restart takes the declarations up.
    await running!.close();
    const restarted = await startSidecar({
      cwd: dir,
      acceptedFile: 'policy.attestation.json',
      auth: 'insecure-loopback',
      profile: CURRENT,
      openclawHost: testHost(dir, { home, execApprovals: true }),
      execApprovalsFile: path.join(dir, EXEC_APPROVALS_FILE),
      env: { HOME: home },
      osHome: home,
    });
    running = restarted;
    expect(await executor(restarted)('deploy')).toMatchObject({ action: 'allow', code: 'allowed' });
  });

  it('denies every call while the files will not hold still, from the start on', async () => {
    let tick = 0;
    const { execute, readyz } = await startCurrent(
      {},
      {
        fingerprint: () => String((tick += 1)),
        timing: { graceMs: 30, holdMs: 60, retryDelayMs: 1, pollIntervalMs: 3_600_000 },
      },
    );
    expect(await execute('search_docs')).toMatchObject({
      action: 'deny',
      allowed: false,
      code: 'workspace_unsettled',
    });
    expect(await readyz()).toMatchObject({ status: 503, body: { code: 'workspace_unsettled' } });
  });

  it('re-reads the state database’s exec-approvals row on every poll (no file fingerprint follows it)', async () => {
    let raw = JSON.stringify(baseExecApprovals());
    const dir = makeWorkspace(currentFiles());
    const home = freshHome();
    // The accepted attestation: the same row given as a document (same locator, same hashes).
    writeFileSync(path.join(dir, EXEC_APPROVALS_FILE), raw);
    const accepted = await runWithHome(
      ['accept', '--cwd', dir, '--exec-approvals', path.join(dir, EXEC_APPROVALS_FILE)],
      { home, cwd: dir },
    );
    expect(accepted.code).toBe(0);
    const host = testHost(dir, { home, execApprovals: false });
    const sidecar = await startSidecar({
      cwd: dir,
      acceptedFile: 'policy.attestation.json',
      auth: 'insecure-loopback',
      profile: CURRENT,
      // A database OpenClaw keeps writing for other reasons: the poll re-reads the row itself.
      openclawHost: {
        ...host,
        readExecApprovals: async () => ({ locator: DEFAULT_EXEC_APPROVALS_LOCATOR, raw }),
      },
      env: { HOME: home },
      osHome: home,
      timing: { pollIntervalMs: 20 },
    });
    running = sidecar;
    const execute = executor(sidecar);
    expect((await execute('exec')).action).toBe('allow');
    raw = JSON.stringify(withValue(baseExecApprovals(), 'defaults.security', 'full'));
    await eventually(async () => (await execute('exec')).code === 'attestation_stale');
    raw = JSON.stringify(baseExecApprovals());
    await eventually(async () => (await execute('exec')).action === 'allow');
  });

  it('notices a legacy exec-approvals.json appearing in OpenClaw’s state directory (which refuses the database)', async () => {
    const dir = makeWorkspace(currentFiles({ execApprovals: undefined }));
    const home = freshHome();
    // No database: no row, so `execApprovals.requireFile` is not met (accepted as it is).
    expect((await runWithHome(['accept', '--cwd', dir], { home, cwd: dir })).code).toBe(1);
    const host = testHost(dir, { home, execApprovals: false });
    const sidecar = await startSidecar({
      cwd: dir,
      acceptedFile: 'policy.attestation.json',
      auth: 'insecure-loopback',
      profile: CURRENT,
      openclawHost: host,
      env: { HOME: home },
      osHome: home,
      timing: { pollIntervalMs: 20 },
    });
    running = sidecar;
    const execute = executor(sidecar);
    expect((await execute('exec')).code).toBe('exec_approvals_missing');
    expect((await execute('read')).action).toBe('allow');
    mkdirSync(host.stateDir.path, { recursive: true });
    const legacy = path.join(host.stateDir.path, 'exec-approvals.json');
    writeFileSync(legacy, JSON.stringify(baseExecApprovals()));
    await eventually(async () => (await execute('exec')).code === 'workspace_unreadable');
    expect((await execute('exec')).reason).toContain(`Legacy exec approvals exist at ${legacy}.`);
  });
});

function executor(sidecar: Sidecar): (toolName: string) => Promise<Json> {
  return async (toolName) =>
    (await (
      await fetch(`${sidecar.url}/api/v1/execute`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ toolName }),
      })
    ).json()) as Json;
}

describe('policy-gate serve on 2026.9.6', () => {
  it('serves with the 2026.9.6 flags (default release, --agent, --exec-approvals)', async () => {
    const dir = makeWorkspace(currentFiles());
    const home = freshHome();
    const approvals = path.join(dir, EXEC_APPROVALS_FILE);
    expect(
      (
        await runWithHome(['accept', '--cwd', dir, '--exec-approvals', approvals, '--agent', 'main'], {
          home,
          cwd: dir,
        })
      ).code,
    ).toBe(0);
    let stdout = '';
    let stderr = '';
    const answers: Json[] = [];
    let stop = false;
    const io: CliIo = {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      stdoutIsTerminal: false,
      now: () => new Date('2026-11-21T12:00:00.000Z'),
      cwd: dir,
      // While serving: ask the sidecar, then stop.
      sleep: async () => {
        const url = /^listening on (\S+)$/m.exec(stdout)?.[1];
        for (const toolName of ['search_docs', 'exec', 'process']) {
          const response = await fetch(`${url}/api/v1/execute`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ toolName }),
          });
          answers.push((await response.json()) as Json);
        }
        stop = true;
      },
      stopRequested: () => stop,
      env: { HOME: home },
      osHome: home,
    };
    const code = await main(
      [
        'serve',
        '--cwd',
        dir,
        '--accepted',
        'policy.attestation.json',
        '--port',
        '0',
        '--insecure-loopback',
        '--agent',
        'main',
        '--exec-approvals',
        approvals,
      ],
      io,
    );
    expect([code, stderr]).toEqual([0, '']);
    expect(answers.map((answer) => [answer.action, answer.code, answer.agentId])).toEqual([
      ['allow', 'allowed', 'main'],
      ['allow', 'allowed', 'main'],
      ['deny', 'tool_denied_by_config', 'main'],
    ]);
  });
});
