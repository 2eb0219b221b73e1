// `.github/policy-gate.yml` is parsed strictly: every mistake is a sentence naming the key and line.
import { describe, expect, it } from 'vitest';
import { parseSettingsFile } from '../../src/gate/settings-file.js';

const WHERE = '.github/policy-gate.yml on main';
const parse = (text: string) => parseSettingsFile(text, WHERE);

describe('parseSettingsFile', () => {
  it('reads every key', () => {
    expect(
      parse(
        [
          '# who may accept, and how strict the gate is',
          'acceptors: [alice, "@bob", my-org/security]',
          'mode: advisory',
          'workspaces:',
          '  - .',
          '  - packages/agent/',
          'openclaw-version: 2026.5.20',
          'attestation: attest/policy.attestation.json',
          'policy: ./policy.jsonc',
          'config: openclaw.json',
          'agent: main',
          'exec-approvals: exec-approvals.json',
        ].join('\n'),
      ),
    ).toEqual({
      ok: true,
      settings: {
        acceptors: ['alice', '@bob', 'my-org/security'],
        mode: 'advisory',
        workspaces: ['.', 'packages/agent'],
        openclawVersion: '2026.5.20',
        attestation: 'attest/policy.attestation.json',
        policy: 'policy.jsonc',
        config: 'openclaw.json',
        agent: 'main',
        execApprovals: 'exec-approvals.json',
      },
    });
  });

  it('an empty file, or one with comments only, sets nothing', () => {
    expect(parse('')).toEqual({ ok: true, settings: {} });
    expect(parse('# nothing pinned yet\n')).toEqual({ ok: true, settings: {} });
  });

  it.each([
    [
      'acceptor: [alice]\n',
      'has the unknown key "acceptor" (line 1); the keys are acceptors, mode, workspaces, openclaw-version, attestation, policy, config, agent, exec-approvals.',
    ],
    [
      'acceptors: alice\n',
      '`acceptors` in .github/policy-gate.yml on main (line 1) must be a list of users or org/team slugs, e.g. `acceptors: [alice, my-org/security]`, got the string "alice".',
    ],
    [
      'acceptors: [alice, 42]\n',
      '`acceptors` in .github/policy-gate.yml on main (line 1) must be a list of users or org/team slugs, e.g. `acceptors: [alice, my-org/security]`; one entry is the number 42.',
    ],
    [
      'acceptors: ["alice bob"]\n',
      '`acceptors` in .github/policy-gate.yml on main (line 1) must be a list of users or org/team slugs, got "alice bob".',
    ],
    [
      'mode: lenient\n',
      '`mode` in .github/policy-gate.yml on main (line 1) must be one of enforce, advisory, got "lenient".',
    ],
    [
      'mode: true\n',
      '`mode` in .github/policy-gate.yml on main (line 1) must be one of enforce, advisory, got the boolean true.',
    ],
    [
      '\nopenclaw-version: 2026.10\n',
      '`openclaw-version` in .github/policy-gate.yml on main (line 2) must be one of 2026.9.6, 2026.5.20, got the number 2026.1 (quote it).',
    ],
    [
      'workspaces: []\n',
      '`workspaces` in .github/policy-gate.yml on main (line 1) must name at least one directory.',
    ],
    [
      'workspaces: [../elsewhere]\n',
      '`workspaces` in .github/policy-gate.yml on main (line 1) must be directories inside the repository, got "../elsewhere".',
    ],
    [
      'policy: /etc/policy.jsonc\n',
      '`policy` in .github/policy-gate.yml on main (line 1) must be a path inside the workspace, got "/etc/policy.jsonc".',
    ],
    ['agent: [main]\n', '`agent` in .github/policy-gate.yml on main (line 1) must be a string, got a list.'],
    ['- alice\n', 'must be a mapping of settings (`acceptors:`, `mode:`, …).'],
  ])('refuses %j', (text, problem) => {
    const parsed = parse(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.problem).toBe(problem.startsWith('`') ? problem : `${WHERE} ${problem}`);
  });

  it('refuses a repeated key, invalid YAML and aliases', () => {
    expect(parse('mode: enforce\nmode: advisory\n')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(
        /^\.github\/policy-gate\.yml on main is not valid YAML \(line 2\): Map keys must be unique/,
      ),
    });
    expect(parse('acceptors: [alice\n')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^\.github\/policy-gate\.yml on main is not valid YAML/),
    });
    expect(parse('x: &who alice\n')).toMatchObject({ ok: false });
    expect(parse('acceptors: &a [alice]\nworkspaces: *a\n')).toMatchObject({
      ok: false,
      problem: expect.stringContaining('`workspaces`'),
    });
  });

  it('refuses a file over 64 KB', () => {
    expect(parse(`# ${'x'.repeat(70_000)}\n`)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('over the limit of 65536'),
    });
  });
});
