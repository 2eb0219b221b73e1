import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  execApprovalsLocator,
  openClawHome,
  readExecApprovalsDocument,
  readExecApprovalsRow,
  stateDirectory,
} from '../../src/workspace/openclaw-state.js';

const DEFAULT_LOCATOR = '~/.openclaw/state/openclaw.sqlite#exec_approvals_config';

function scratch(): string {
  return mkdtempSync(path.join(tmpdir(), 'policy-gate-state-'));
}

async function nodeHasSqlite(): Promise<boolean> {
  try {
    await import('node:sqlite');
    return true;
  } catch {
    return false;
  }
}

describe('OpenClaw home and state directory', () => {
  it('finds the home as OpenClaw does: OPENCLAW_HOME (with ~), HOME, USERPROFILE, the OS', () => {
    expect(openClawHome({ OPENCLAW_HOME: '~/oc', HOME: '/h' }, '/os')).toBe('/h/oc');
    expect(openClawHome({ OPENCLAW_HOME: '/srv/oc', HOME: '/h' }, '/os')).toBe('/srv/oc');
    expect(openClawHome({ HOME: ' /h ' }, '/os')).toBe('/h');
    expect(openClawHome({ HOME: '  ', USERPROFILE: '/u' }, '/os')).toBe('/u');
    expect(openClawHome({}, '/os')).toBe('/os');
  });

  it('takes --state-dir, else OPENCLAW_STATE_DIR (trimmed, ~ expanded), else ~/.openclaw', () => {
    const base = { cwd: '/work', home: '/h' };
    expect(stateDirectory({ ...base, flag: undefined, env: {} })).toEqual({
      path: '/h/.openclaw',
      overridden: false,
    });
    expect(stateDirectory({ ...base, flag: undefined, env: { OPENCLAW_STATE_DIR: ' ~/state ' } })).toEqual({
      path: '/h/state',
      overridden: true,
    });
    expect(stateDirectory({ ...base, flag: 'st', env: { OPENCLAW_STATE_DIR: '/env' } })).toEqual({
      path: '/work/st',
      overridden: true,
    });
    expect(stateDirectory({ ...base, flag: undefined, env: { OPENCLAW_STATE_DIR: '   ' } }).overridden).toBe(
      false,
    );
  });

  it('locates the row with ~ for the default directory and absolutely for any other', () => {
    expect(execApprovalsLocator({ path: '/h/.openclaw', overridden: false })).toBe(DEFAULT_LOCATOR);
    // Even when the override names the default directory: OpenClaw compares the display path.
    expect(execApprovalsLocator({ path: '/h/.openclaw', overridden: true })).toBe(
      '/h/.openclaw/state/openclaw.sqlite#exec_approvals_config',
    );
  });
});

describe('readExecApprovalsRow', () => {
  it('has no row when the database does not exist, and never creates it', async () => {
    const dir = scratch();
    expect(await readExecApprovalsRow({ path: dir, overridden: false })).toEqual({
      locator: DEFAULT_LOCATOR,
      raw: null,
    });
    expect(existsSync(path.join(dir, 'state'))).toBe(false);
  });

  it('refuses while a legacy exec-approvals.json awaits `openclaw doctor --fix`, in OpenClaw’s words', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'exec-approvals.json'), '{}');
    await expect(readExecApprovalsRow({ path: dir, overridden: false })).rejects.toThrow(
      `Legacy exec approvals exist at ${dir}/exec-approvals.json. Run \`openclaw doctor --fix\` before using exec approvals.`,
    );
    await expect(readExecApprovalsRow({ path: dir, overridden: true })).rejects.toThrow(
      `Legacy exec approvals exist at ${dir}/exec-approvals.json. Run \`openclaw doctor --fix\` with OPENCLAW_STATE_DIR set to ${dir} before using exec approvals.`,
    );
  });

  it('refuses an interrupted doctor import too, naming the legacy file', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'exec-approvals.json.doctor-importing'), '{}');
    await expect(readExecApprovalsRow({ path: dir, overridden: false })).rejects.toThrow(
      `Legacy exec approvals exist at ${dir}/exec-approvals.json.`,
    );
  });

  it('refuses a database path that is not a file', async () => {
    const dir = scratch();
    mkdirSync(path.join(dir, 'state/openclaw.sqlite'), { recursive: true });
    await expect(readExecApprovalsRow({ path: dir, overridden: false })).rejects.toThrow(
      `${dir}/state/openclaw.sqlite: OpenClaw's state database cannot be read (it is not a regular file); stop or repair OpenClaw's state, or pass --exec-approvals <file>.`,
    );
  });

  it('explains what to do where node:sqlite is missing, or that the file is no database', async () => {
    const dir = scratch();
    mkdirSync(path.join(dir, 'state'));
    writeFileSync(
      path.join(dir, 'state/openclaw.sqlite'),
      'not a database, but long enough to have a header'.repeat(4),
    );
    const read = readExecApprovalsRow({ path: dir, overridden: false });
    if (await nodeHasSqlite())
      await expect(read).rejects.toThrow(
        /openclaw\.sqlite: OpenClaw's state database cannot be read \(.*not a database/,
      );
    else
      await expect(read).rejects.toThrow(
        "reading OpenClaw's state database needs Node.js ≥ 22.5; pass --exec-approvals <file>",
      );
  });
});

describe('readExecApprovalsDocument (--exec-approvals)', () => {
  it('reads the raw text, located like a default install', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'approvals.json'), '{ "version": 1 }\n');
    expect(await readExecApprovalsDocument(dir, 'approvals.json')).toEqual({
      locator: DEFAULT_LOCATOR,
      raw: '{ "version": 1 }\n',
    });
  });

  it('refuses a missing or unreadable file, naming the flag', async () => {
    const dir = scratch();
    await expect(readExecApprovalsDocument(dir, 'nope.json')).rejects.toThrow(
      'nope.json does not exist (--exec-approvals).',
    );
    mkdirSync(path.join(dir, 'folder.json'));
    await expect(readExecApprovalsDocument(dir, 'folder.json')).rejects.toThrow(
      /is a directory, not a file \(--exec-approvals\)\.$/,
    );
  });
});
