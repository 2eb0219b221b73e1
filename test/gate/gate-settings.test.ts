// Inputs only tighten `.github/policy-gate.yml` (issue 12, item 2): each rule, and the change of
// the file by a pull request that needs acceptance.
import { describe, expect, it } from 'vitest';
import { settingsChangeReason, settleSettings } from '../../src/gate/gate-settings.js';
import {
  parseSettingsFile,
  type GateSettingValues,
  type SettingKey,
  type SettingsFile,
} from '../../src/gate/settings-file.js';

const WHERE = '.github/policy-gate.yml on main';
const DEFAULTS: GateSettingValues = {
  acceptors: [],
  mode: 'enforce',
  workspaces: ['.'],
  openclawVersion: undefined,
  attestation: 'policy.attestation.json',
  policy: undefined,
  config: undefined,
  agent: undefined,
  execApprovals: undefined,
};

function settle(file: SettingsFile | undefined, inputs: Partial<GateSettingValues> = {}) {
  const given = new Set<SettingKey>();
  const keyOf: Record<string, SettingKey> = {
    acceptors: 'acceptors',
    mode: 'mode',
    workspaces: 'workspaces',
    openclawVersion: 'openclaw-version',
    attestation: 'attestation',
    policy: 'policy',
    config: 'config',
    agent: 'agent',
    execApprovals: 'exec-approvals',
  };
  for (const field of Object.keys(inputs)) given.add(keyOf[field] as SettingKey);
  return settleSettings(file, { ...DEFAULTS, ...inputs }, given, WHERE);
}

describe('settleSettings', () => {
  it('without a file, the inputs (or defaults) govern, as before', () => {
    const settled = settle(undefined, { acceptors: ['alice'] });
    expect(settled.values).toEqual({ ...DEFAULTS, acceptors: ['alice'] });
    expect(settled.sources).toMatchObject({ acceptors: 'input', mode: 'default', workspaces: 'default' });
    expect(settled.problems).toEqual([]);
  });

  it('the file governs where no input is given', () => {
    const settled = settle({ acceptors: ['alice'], mode: 'advisory', workspaces: ['a', 'b'] });
    expect(settled.values).toMatchObject({ acceptors: ['alice'], mode: 'advisory', workspaces: ['a', 'b'] });
    expect(settled.sources).toMatchObject({ acceptors: 'file', mode: 'file', workspaces: 'file' });
  });

  describe('acceptors', () => {
    it('an input may narrow the file’s list (compared without @ and case)', () => {
      const settled = settle({ acceptors: ['alice', 'Bob', 'org/sec'] }, { acceptors: ['@bob'] });
      expect(settled).toMatchObject({ values: { acceptors: ['@bob'] }, problems: [] });
      expect(settled.sources.acceptors).toBe('file');
    });

    it('an input may not add an acceptor, not even a member of a listed team', () => {
      const settled = settle(
        { acceptors: ['alice', 'org/sec'] },
        { acceptors: ['alice', 'mallory', 'carol'] },
      );
      expect(settled.values.acceptors).toEqual(['alice', 'org/sec']);
      expect(settled.problems).toEqual([
        'the `acceptors` input may only narrow the acceptors set in .github/policy-gate.yml on main (alice, org/sec), and mallory, carol are not among them: remove the input, or add them to the file on the base branch.',
      ]);
    });

    it('a file that requires nobody (`acceptors: []`) is tightened by any input', () => {
      expect(settle({ acceptors: [] }, { acceptors: ['alice'] })).toMatchObject({
        values: { acceptors: ['alice'] },
        sources: { acceptors: 'file' },
        problems: [],
      });
    });
  });

  describe('mode', () => {
    it('input enforce overrides file advisory', () => {
      expect(settle({ mode: 'advisory' }, { mode: 'enforce' })).toMatchObject({
        values: { mode: 'enforce' },
        problems: [],
      });
    });

    it('input advisory cannot loosen file enforce', () => {
      const settled = settle({ mode: 'enforce' }, { mode: 'advisory' });
      expect(settled.values.mode).toBe('enforce');
      expect(settled.problems).toEqual([
        'the `mode: advisory` input cannot loosen `mode: enforce` set in .github/policy-gate.yml on main: remove the input, or change the file on the base branch.',
      ]);
    });

    it('input advisory under file advisory is fine', () => {
      expect(settle({ mode: 'advisory' }, { mode: 'advisory' }).problems).toEqual([]);
    });
  });

  it('workspaces: an input adds to the file’s, never removes one', () => {
    expect(settle({ workspaces: ['a', 'b'] }, { workspaces: ['c', 'a'] })).toMatchObject({
      values: { workspaces: ['a', 'b', 'c'] },
      problems: [],
    });
  });

  it.each([
    ['openclawVersion', 'openclaw-version', '2026.9.6', '2026.5.20'],
    ['attestation', 'attestation', 'a.json', 'b.json'],
    ['policy', 'policy', 'policy.jsonc', 'lax.jsonc'],
    ['config', 'config', 'openclaw.json', 'other.json'],
    ['agent', 'agent', 'main', 'sandboxed'],
    ['execApprovals', 'exec-approvals', 'exec.json', 'none.json'],
  ] as const)('%s: an input must equal the file’s value', (field, key, fromFile, fromInput) => {
    expect(settle({ [field]: fromFile }, { [field]: fromFile })).toMatchObject({
      values: { [field]: fromFile },
      problems: [],
    });
    const contradicted = settle({ [field]: fromFile }, { [field]: fromInput });
    expect(contradicted.values[field]).toBe(fromFile);
    expect(contradicted.problems).toEqual([
      `the \`${key}\` input (${fromInput}) contradicts .github/policy-gate.yml on main (${fromFile}): remove the input, or change the file on the base branch.`,
    ]);
  });
});

describe('settingsChangeReason', () => {
  const side = (text: string | undefined) =>
    text === undefined
      ? ({ state: 'missing' } as const)
      : ({ state: 'text', text, parsed: parseSettingsFile(text, 'x') } as const);
  const reason = (base: string | undefined, head: string | undefined) =>
    settingsChangeReason({
      base: side(base),
      head: side(head),
      file: '.github/policy-gate.yml',
      baseLabel: 'main',
    });

  it('names the keys a pull request changes', () => {
    expect(reason('acceptors: [alice]\n', 'acceptors: [alice, mallory]\nmode: advisory\n')).toBe(
      "this pull request changes .github/policy-gate.yml, the gate's settings (acceptors, mode); the version on main governs this run",
    );
  });

  it('adding, deleting, breaking and reformatting the file are changes too; the same text is none', () => {
    expect(reason(undefined, 'mode: advisory\n')).toBe(
      "this pull request adds .github/policy-gate.yml, the gate's settings (mode); the version on main governs this run",
    );
    expect(reason('mode: enforce\n', undefined)).toBe(
      "this pull request deletes .github/policy-gate.yml, the gate's settings; the version on main governs this run",
    );
    expect(reason('mode: enforce\n', 'mode: [\n')).toBe(
      "this pull request changes .github/policy-gate.yml, the gate's settings, into a version policy-gate cannot read; the version on main governs this run",
    );
    expect(reason('mode: enforce\n', '# pinned\nmode: enforce\n')).toContain('(layout or comments only)');
    expect(reason('mode: enforce\n', 'mode: enforce\n')).toBeUndefined();
    expect(reason(undefined, undefined)).toBeUndefined();
  });
});
