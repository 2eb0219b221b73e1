// The sidecar's audit log: never written through a link, by default outside the workspace, one
// line per record whatever the text; and the bounded memory of decisions awaiting their results.
import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditLog, auditLine, defaultAuditLogFile } from '../../src/runtime/audit-log.js';
import { RecentDecisions, type RememberedDecision } from '../../src/runtime/call-decisions.js';
import { startSidecar } from '../../src/runtime/sidecar-server.js';
import { InputError } from '../../src/workspace/input-error.js';
import { makeWorkspace, runCli } from '../support/cli-harness.js';
import { freshHome } from '../cli/run-with-home.js';
import { runtimeConfig } from './runtime-fixtures.js';

const FILES = {
  'openclaw.json': runtimeConfig(),
  'policy.jsonc': '{ tools: { requireMetadata: ["risk"] } }',
  'TOOLS.md': '## Tools\n\n### inspect risk:low\n',
};

async function acceptedWorkspace(): Promise<string> {
  const dir = makeWorkspace(FILES);
  expect((await runCli(['accept', '--openclaw', '2026.5.20', '--cwd', dir])).code).toBe(0);
  return dir;
}

describe('audit log: writes never follow links', () => {
  it('refuses to start on an audit log that is a symbolic link, and leaves its target alone', async () => {
    const dir = await acceptedWorkspace();
    const target = path.join(freshHome(), '.bashrc');
    writeFileSync(target, 'export PATH\n');
    // Planted by whoever writes the workspace (the agent), where an operator points the log.
    symlinkSync(target, path.join(dir, 'policy-gate-audit.jsonl'));
    const started = startSidecar({
      cwd: dir,
      acceptedFile: 'policy.attestation.json',
      auth: 'insecure-loopback',
      auditLog: 'policy-gate-audit.jsonl',
    });
    await expect(started).rejects.toThrow(InputError);
    await expect(started).rejects.toThrow(
      `${path.join(dir, 'policy-gate-audit.jsonl')}: the audit log is a symbolic link; refusing to write through it`,
    );
    expect(readFileSync(target, 'utf8')).toBe('export PATH\n');
    // A dangling link too: O_CREAT would otherwise create its target.
    const dangling = path.join(dir, 'dangling.jsonl');
    const created = path.join(freshHome(), 'created-by-link');
    symlinkSync(created, dangling);
    await expect(AuditLog.open(dangling, dir)).rejects.toThrow('the audit log is a symbolic link');
    expect(existsSync(created)).toBe(false);
  });

  it('refuses a symbolically linked directory inside the workspace, a hard link and a FIFO', async () => {
    const dir = makeWorkspace({});
    const elsewhere = freshHome();
    symlinkSync(elsewhere, path.join(dir, 'logs'));
    await expect(AuditLog.open(path.join(dir, 'logs', 'audit.jsonl'), dir)).rejects.toThrow(
      `${path.join(dir, 'logs')} is a symbolic link inside the workspace`,
    );
    expect(readdirSync(elsewhere)).toEqual([]);
    const victim = path.join(elsewhere, 'victim');
    writeFileSync(victim, 'keep\n');
    linkSync(victim, path.join(dir, 'hard.jsonl'));
    await expect(AuditLog.open(path.join(dir, 'hard.jsonl'), dir)).rejects.toThrow(
      'the audit log has 2 hard links',
    );
    expect(readFileSync(victim, 'utf8')).toBe('keep\n');
    execFileSync('mkfifo', [path.join(dir, 'fifo.jsonl')]);
    await expect(AuditLog.open(path.join(dir, 'fifo.jsonl'), dir)).rejects.toThrow(InputError);
  });

  it('appends to a plain file, creating it 0600', async () => {
    const dir = makeWorkspace({ 'existing.jsonl': '{"earlier":true}\n' });
    const log = await AuditLog.open(path.join(dir, 'existing.jsonl'), dir);
    await log.append({ later: true });
    await log.close();
    expect(readFileSync(path.join(dir, 'existing.jsonl'), 'utf8')).toBe('{"earlier":true}\n{"later":true}\n');
    await expect(log.append({ after: 'close' })).rejects.toThrow('the audit log is closed');
  });
});

describe('audit log: the default lives outside the workspace', () => {
  it('is $XDG_STATE_HOME/policy-gate/audit-<workspace id>.jsonl, else ~/.local/state/policy-gate/…', () => {
    const a = defaultAuditLogFile(
      '/srv/agents/a',
      { XDG_STATE_HOME: '/var/lib/state', HOME: '/home/u' },
      '/os',
    );
    expect(a).toMatch(/^\/var\/lib\/state\/policy-gate\/audit-[0-9a-f]{16}\.jsonl$/);
    expect(defaultAuditLogFile('/srv/agents/a', { HOME: '/home/u' }, '/os')).toBe(
      a.replace('/var/lib/state', '/home/u/.local/state'),
    );
    // A relative XDG_STATE_HOME is invalid (XDG spec) and ignored; no HOME: the OS's home.
    expect(defaultAuditLogFile('/srv/agents/a', { XDG_STATE_HOME: 'state', HOME: ' ' }, '/os')).toBe(
      a.replace('/var/lib/state', '/os/.local/state'),
    );
    // One file per workspace.
    expect(defaultAuditLogFile('/srv/agents/b', { HOME: '/home/u' }, '/os')).not.toBe(
      defaultAuditLogFile('/srv/agents/a', { HOME: '/home/u' }, '/os'),
    );
  });

  it('is where the sidecar writes when no --audit-log is given, and never inside the workspace', async () => {
    const dir = await acceptedWorkspace();
    const home = freshHome();
    const sidecar = await startSidecar({
      cwd: dir,
      acceptedFile: 'policy.attestation.json',
      auth: 'insecure-loopback',
      env: { HOME: home },
      osHome: home,
    });
    await sidecar.close();
    expect(sidecar.auditLogFile).toBe(defaultAuditLogFile(dir, { HOME: home }, home));
    expect(existsSync(sidecar.auditLogFile)).toBe(true);
    expect(path.relative(dir, sidecar.auditLogFile).startsWith('..')).toBe(true);
    expect(readdirSync(dir).sort()).toEqual([
      'TOOLS.md',
      'openclaw.json',
      'policy.attestation.json',
      'policy.jsonc',
    ]);
    // A workspace holding the state directory (the home itself): the default is refused.
    const homeWorkspace = freshHome();
    await expect(
      startSidecar({
        cwd: homeWorkspace,
        acceptedFile: 'policy.attestation.json',
        auth: 'insecure-loopback',
        env: { HOME: homeWorkspace },
        osHome: homeWorkspace,
      }),
    ).rejects.toThrow(/would be inside the workspace .*; pass --audit-log <file> outside it\./);
  });
});

describe('audit lines', () => {
  it('escape U+2028, U+2029 and the C1 controls (U+0085 among them), and parse back to the same value', () => {
    const record = { text: 'a\u2028b\u2029c\u0085d\u009be\u00a0f\n' };
    const line = auditLine(record);
    expect(line).toBe('{"text":"a\\u2028b\\u2029c\\u0085d\\u009be\u00a0f\\n"}\n');
    expect(JSON.parse(line)).toEqual(record);
  });
});

describe('decisions awaiting their results', () => {
  const decision = (code: string): RememberedDecision => ({
    action: 'allow',
    allowed: true,
    code: code as RememberedDecision['code'],
    reason: '',
    policyId: 'oc://policy.jsonc',
    ruleId: 'oc://x',
    attestation: {},
    decidedAt: '',
  });

  it('are taken once, oldest first for a repeated call, per exact identity', () => {
    const decisions = new RecentDecisions({ maxEntries: 10, ttlMs: 1_000 }, () => 0);
    decisions.remember({ toolName: 't', sessionId: 's' }, decision('first'));
    decisions.remember({ toolName: 't', sessionId: 's' }, decision('second'));
    expect(decisions.take({ toolName: 't', sessionId: 's', callId: 'c' })).toBeUndefined();
    expect(decisions.take({ toolName: 'u', sessionId: 's' })).toBeUndefined();
    expect(decisions.take({ toolName: 't', sessionId: 's' })?.code).toBe('first');
    expect(decisions.take({ toolName: 't', sessionId: 's' })?.code).toBe('second');
    expect(decisions.take({ toolName: 't', sessionId: 's' })).toBeUndefined();
    expect(decisions.size).toBe(0);
  });

  it('are bounded in number and in age', () => {
    let now = 0;
    const decisions = new RecentDecisions({ maxEntries: 3, ttlMs: 1_000 }, () => now);
    for (let i = 0; i < 5; i++) decisions.remember({ toolName: 't', callId: `c${i}` }, decision(`d${i}`));
    expect(decisions.size).toBe(3);
    expect(decisions.take({ toolName: 't', callId: 'c0' })).toBeUndefined();
    expect(decisions.take({ toolName: 't', callId: 'c1' })).toBeUndefined();
    expect(decisions.take({ toolName: 't', callId: 'c2' })?.code).toBe('d2');
    now = 500;
    decisions.remember({ toolName: 't', callId: 'late' }, decision('late'));
    now = 1_200;
    // c3 and c4 were remembered at 0: forgotten; `late` is 700 ms old.
    expect(decisions.take({ toolName: 't', callId: 'c3' })).toBeUndefined();
    expect(decisions.take({ toolName: 't', callId: 'late' })?.code).toBe('late');
    expect(decisions.size).toBe(0);
    // Long caller strings cost a digest each.
    decisions.remember({ toolName: 't', callId: 'x'.repeat(1_000_000) }, decision('long'));
    expect(decisions.take({ toolName: 't', callId: 'x'.repeat(1_000_000) })?.code).toBe('long');
  });
});
