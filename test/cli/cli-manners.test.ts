// Issue 13 item 5, command-line manners: help on every verb, refusals that name what the user
// typed, standard input for document arguments, accept that refuses nothing-to-accept and leaves
// an unchanged file alone, compare refusing a baseline that is no policy, and the hints of
// `check`'s human output.
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';
import { ACCEPT_FLAGS } from '../../src/cli/accept-command.js';
import { CHECK_FLAGS } from '../../src/cli/check-command.js';
import { COMPARE_FLAGS } from '../../src/cli/compare-command.js';
import { DIFF_FLAGS } from '../../src/cli/diff-command.js';
import { main } from '../../src/cli/main.js';
import { DESCRIBED_VERBS } from '../../src/cli/verb-help.js';
import { WATCH_FLAGS } from '../../src/cli/watch-command.js';
import { makeWorkspace, type CliRun } from '../support/cli-harness.js';
import { freshHome } from './run-with-home.js';

const home = freshHome();

/** The CLI in-process, with a fresh HOME, a fixed clock and, optionally, standard input. */
async function run(
  argv: string[],
  options: { cwd?: string; terminal?: boolean; stdin?: string; now?: string } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  let reads = 0;
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdoutIsTerminal: options.terminal ?? false,
    now: () => new Date(options.now ?? '2026-11-21T12:00:00.000Z'),
    cwd: options.cwd ?? process.cwd(),
    sleep: async () => undefined,
    stopRequested: () => true,
    env: { HOME: home },
    osHome: home,
    ...(options.stdin === undefined
      ? {}
      : {
          readStdin: async () => {
            reads += 1;
            if (reads > 1) throw new Error('standard input read twice');
            return options.stdin as string;
          },
        }),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr, json: () => JSON.parse(stdout.trim().split('\n').at(-1) ?? '') };
}

/** Every `--flag` a help text lists in its Options section. */
function helpFlags(text: string): string[] {
  const options = text.split('\nOptions:\n')[1]?.split('\n\n')[0] ?? '';
  return [...options.matchAll(/^ {2}(?:-h, )?--([a-z-]+)/gm)].map((m) => m[1] as string).sort();
}

describe('--help on every verb', () => {
  const tables: Record<string, Record<string, unknown>> = {
    check: CHECK_FLAGS,
    watch: WATCH_FLAGS,
    accept: ACCEPT_FLAGS,
    compare: COMPARE_FLAGS,
    diff: DIFF_FLAGS,
  };

  it.each(['check', 'watch', 'accept', 'compare', 'diff', 'gate', 'serve', 'migrate'])(
    '%s --help: usage, every flag, an example, exit 0',
    async (verb) => {
      expect(DESCRIBED_VERBS).toContain(verb);
      for (const argv of [
        [verb, '--help'],
        [verb, '-h'],
        ['help', verb],
        [verb, '--cwd', '/nowhere', '--help'],
      ]) {
        const help = await run(argv);
        expect({ code: help.code, stderr: help.stderr }).toEqual({ code: 0, stderr: '' });
        expect(help.stdout).toMatch(new RegExp(`^Usage: policy-gate ${verb}`));
        expect(help.stdout).toMatch(/\nExamples?:\n {2}(?:.*\| )?policy-gate /);
        expect(help.stdout).toMatch(/\nExit codes: /);
      }
      const flags = helpFlags((await run([verb, '--help'])).stdout);
      const table = tables[verb];
      // For our verbs, exactly the flags they parse; for the others, at least none they refuse.
      if (table !== undefined) expect(flags).toEqual([...Object.keys(table), 'help'].sort());
      for (const flag of flags.filter((f) => f !== 'help')) {
        // An unknown release stops every verb right after its flags are parsed.
        const probe = await run([verb, `--${flag}`, 'x', '--openclaw', 'nope']);
        expect(probe.stderr).not.toMatch(/Unknown option/);
      }
    },
  );

  it('--version prints the package version', async () => {
    const version = (
      JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
    expect(await run(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('help names the per-verb help', async () => {
    expect((await run(['--help'])).stdout).toContain('policy-gate <command> --help');
  });
});

describe('refusals that name what the user typed (exit 2)', () => {
  it.each(['check', 'watch', 'accept'])('%s: a --cwd that does not exist, or is a file', async (verb) => {
    const args = verb === 'watch' ? ['--once'] : [];
    const missing = await run([verb, ...args, '--cwd', '/no/such/workspace']);
    expect(missing).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `policy-gate ${verb}: /no/such/workspace: the workspace given with --cwd does not exist.\n`,
    });
    const dir = makeWorkspace({ 'file.txt': '' });
    const file = await run([verb, ...args, '--cwd', 'file.txt'], { cwd: dir });
    expect(file.stderr).toBe(
      `policy-gate ${verb}: file.txt: the workspace given with --cwd is not a directory.\n`,
    );
  });

  it('compare: a --cwd that does not exist', async () => {
    const result = await run(['compare', '--baseline', 'b.jsonc', '--cwd', 'nope'], {
      cwd: makeWorkspace({}),
    });
    expect(result).toMatchObject({
      code: 2,
      stderr: 'policy-gate compare: nope: the workspace given with --cwd does not exist.\n',
    });
  });

  it.each(['2026.9.6', '2026.5.20'])(
    '%s: a --policy that does not exist; the default policy.jsonc missing stays the release’s finding',
    async (release) => {
      const cwd = makeWorkspace({});
      for (const verb of [['check'], ['watch', '--once'], ['accept']]) {
        const named = await run([...verb, '--openclaw', release, '--cwd', cwd, '--policy', 'team.jsonc']);
        expect(named).toMatchObject({
          code: 2,
          stdout: '',
          stderr: `policy-gate ${verb[0]}: team.jsonc: the policy given with --policy does not exist.\n`,
        });
      }
      const defaulted = await run(['check', '--openclaw', release, '--cwd', cwd]);
      expect(defaulted.code).toBe(1);
      expect((defaulted.json().findings as { checkId: string }[]).map((f) => f.checkId)).toEqual([
        'policy/policy-jsonc-missing',
      ]);
    },
  );
});

describe('accept', () => {
  const policy = '{ mcp: { servers: { deny: ["x"] } } }';

  it.each(['2026.9.6', '2026.5.20'])(
    '%s: refuses a workspace without a policy and writes nothing',
    async (release) => {
      const cwd = makeWorkspace({ 'openclaw.json': '{}' });
      const refused = await run(['accept', '--openclaw', release, '--cwd', cwd], { cwd });
      expect(refused).toMatchObject({
        code: 2,
        stdout: '',
        stderr:
          'policy-gate accept: policy.jsonc does not exist in .: there is no policy to accept; nothing was written.\n',
      });
      expect(() => statSync(path.join(cwd, 'policy.attestation.json'))).toThrow();
    },
  );

  it('leaves the file untouched when nothing but the time changed, and rewrites it when something did', async () => {
    const cwd = makeWorkspace({ 'policy.jsonc': policy, 'openclaw.json': '{"mcp":{"servers":{"docs":{}}}}' });
    const file = path.join(cwd, 'policy.attestation.json');
    const first = await run(['accept', '--cwd', cwd], { terminal: true, now: '2026-01-01T00:00:00.000Z' });
    expect(first.code).toBe(0);
    const written = readFileSync(file, 'utf8');
    const old = new Date('2020-01-01T00:00:00Z');
    utimesSync(file, old, old);

    const again = await run(['accept', '--cwd', cwd], { terminal: true, now: '2026-06-01T00:00:00.000Z' });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(
      /^policy accept: unchanged .*policy\.attestation\.json \(attestation sha256:[0-9a-f]{64}\)\n$/,
    );
    expect(readFileSync(file, 'utf8')).toBe(written);
    expect(statSync(file).mtime).toEqual(old);
    const json = await run(['accept', '--json', '--cwd', cwd], { cwd });
    expect(Object.keys(json.json())).toEqual(['unchanged', 'attestationHash', 'ok', 'findings']);
    expect(json.json().unchanged).toBe('policy.attestation.json');

    // Another release's report (or a hand edit) is not "the same": rewritten.
    const other = await run(['accept', '--openclaw', '2026.5.20', '--cwd', cwd], {
      now: '2026-06-01T00:00:00.000Z',
    });
    expect(other.json()).toHaveProperty('written');
    expect(readFileSync(file, 'utf8')).not.toBe(written);
    writeFileSync(path.join(cwd, 'policy.jsonc'), '{ mcp: { servers: { deny: ["docs"] } } }');
    const changed = await run(['accept', '--openclaw', '2026.5.20', '--cwd', cwd]);
    expect(changed).toMatchObject({ code: 1 });
    expect(changed.json()).toHaveProperty('written');
    expect(JSON.parse(readFileSync(file, 'utf8')).findings).toHaveLength(1);
  });
});

describe('standard input for document arguments (- and /dev/stdin)', () => {
  const baseline = '{ mcp: { servers: { deny: ["shell"] } } }';

  it.each(['2026.9.6', '2026.5.20'])(
    '%s compare --baseline - reads the baseline from standard input',
    async (release) => {
      const cwd = makeWorkspace({ 'policy.jsonc': '{ mcp: { servers: { deny: ["shell", "web"] } } }' });
      for (const dash of ['-', '/dev/stdin']) {
        const result = await run(
          ['compare', '--openclaw', release, '--baseline', dash, '--policy', 'policy.jsonc'],
          {
            cwd,
            stdin: baseline,
          },
        );
        expect(result.code).toBe(0);
        expect(result.json()).toMatchObject({ ok: true, baselinePath: 'stdin', policyPath: 'policy.jsonc' });
      }
    },
  );

  it('only one argument may read standard input', async () => {
    const twice = await run(['compare', '--baseline', '-', '--policy', '/dev/stdin'], { stdin: baseline });
    expect(twice).toMatchObject({
      code: 2,
      stderr:
        'policy-gate compare: only one argument can read standard input, not --baseline and --policy.\n',
    });
    const diff = await run(['diff', '-', '-'], { stdin: '{}' });
    expect(diff.stderr).toBe(
      'policy-gate diff: only one argument can read standard input, not <before.json> and <after.json>.\n',
    );
  });

  it('diff - <after.json> reads the first report from standard input', async () => {
    const cwd = makeWorkspace({ 'policy.jsonc': '{}' });
    const report = (await run(['check', '--json', '--cwd', cwd])).stdout;
    writeFileSync(path.join(cwd, 'after.json'), report);
    const result = await run(['diff', '-', 'after.json'], { cwd, stdin: report });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.json()).toMatchObject({ changed: [] });
    const notJson = await run(['diff', '-', 'after.json'], { cwd, stdin: 'nope' });
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/^policy-gate diff: standard input could not be parsed: /);
  });

  it('without a standard input to read (in-process), says so', async () => {
    const result = await run(['diff', '-', 'after.json']);
    expect(result).toMatchObject({
      code: 2,
      stderr: 'policy-gate diff: -: there is no standard input to read here.\n',
    });
  });
});

describe('compare (2026.5.20) refuses a baseline that is not a policy', () => {
  it('a saved check report, an OpenClaw config: exit 2 naming the file; {} is an empty policy', async () => {
    const cwd = makeWorkspace({
      'policy.jsonc': '{ mcp: { servers: { deny: ["shell"] } } }',
      'report.json': '{"ok":true,"attestation":{"attestationHash":"sha256:x"},"findings":[]}',
      'openclaw.json': '{"agents":{"list":[]},"gateway":{}}',
      'empty.json': '{}',
    });
    const report = await run(['compare', '--openclaw', '2026.5.20', '--baseline', 'report.json'], { cwd });
    expect(report).toMatchObject({ code: 2, stdout: '' });
    expect(report.stderr).toMatch(
      /^policy-gate compare: --baseline report\.json is not a policy \(it looks like a check report\): none of its keys \(ok, attestation, findings\) is a policy section \(.*channels.*\)\.\n$/,
    );
    const config = await run(
      ['compare', '--openclaw', '2026.5.20', '--baseline', 'policy.jsonc', '--policy', 'openclaw.json'],
      {
        cwd,
      },
    );
    expect(config.stderr).toMatch(/^policy-gate compare: --policy openclaw\.json is not a policy: /);
    const empty = await run(['compare', '--openclaw', '2026.5.20', '--baseline', 'empty.json'], { cwd });
    expect(empty.code).toBe(0);
    // 2026.9.6 keeps its release's answer: a policy-conformance-invalid finding (exit 1).
    const current = await run(['compare', '--baseline', 'report.json'], { cwd });
    expect(current.code).toBe(1);
    expect((current.json().findings as { checkId: string }[])[0]?.checkId).toBe(
      'policy/policy-conformance-invalid',
    );
  });
});

describe('check’s human output', () => {
  const policy = '{ tools: { requireMetadata: ["risk", "owner"] } }';
  const enabled = '{"plugins":{"entries":{"policy":{"enabled":true}}}}';

  it('2026.9.6: hints to indent a column-0 `- risk: high` that declares a tool of its own', async () => {
    const agents = [
      '# Agent',
      '',
      '## Tools',
      '',
      '- deploy: ships the site owner: @ops',
      '- risk: high',
      '  - sensitivity: internal',
      '- fetch: risk:low owner:@web',
      '',
    ].join('\n');
    const cwd = makeWorkspace({ 'policy.jsonc': policy, 'openclaw.json': enabled, 'AGENTS.md': agents });
    const human = await run(['check', '--cwd', cwd], { terminal: true });
    expect(human.code).toBe(1);
    const lines = human.stdout.split('\n');
    expect(lines.at(-3)).toBe(
      "hint: AGENTS.md:6: `- risk: high` at column 0 declares a tool named 'risk'; indent it to make it metadata of the tool above ('deploy', line 5).",
    );
    expect(lines.at(-2)).toMatch(/^attestation sha256:[0-9a-f]{64}$/);
    // The findings are the release's, untouched: the hint is terminal output only.
    const json = await run(['check', '--cwd', cwd]);
    expect(json.stdout).not.toContain('column 0');
    expect((json.json().findings as { message: string }[]).map((f) => f.message)).toEqual([
      "AGENTS.md tool 'deploy' has no explicit risk classification.",
      "AGENTS.md tool 'risk' has no explicit risk classification.",
      "AGENTS.md tool 'risk' has no declared owner.",
    ]);
    // Indented, it is metadata: no finding, no hint.
    writeFileSync(path.join(cwd, 'AGENTS.md'), agents.replace('\n- risk: high', '\n  - risk: high'));
    const fixed = await run(['check', '--cwd', cwd], { terminal: true });
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).not.toContain('hint:');
  });

  it('2026.5.20: the same hint for TOOLS.md, and each finding’s fix hint', async () => {
    const cwd = makeWorkspace({
      'policy.jsonc': policy,
      'TOOLS.md': '# Tools\n\n### deploy owner:@ops\n- owner: @ops\n',
    });
    const human = await run(['check', '--openclaw', '2026.5.20', '--cwd', cwd], { terminal: true });
    expect(human.stdout).toContain(
      "\nhint: TOOLS.md:4: `- owner: @ops` at column 0 declares a tool named 'owner'; indent it to make it metadata of the tool above ('deploy', line 3).\n",
    );
    expect(human.stdout).toContain(
      "  [error] policy/tools-missing-risk-level TOOLS.md:3 - TOOLS.md tool 'deploy' has no explicit risk classification.\n      hint: Declare risk:low, risk:medium, risk:high, risk:critical, or an R0-R5 review alias.\n",
    );
  });
});

describe('check --format', () => {
  it('refuses an unknown format and --json with another format', async () => {
    expect((await run(['check', '--format', 'xml'])).stderr).toBe(
      'policy-gate check: --format must be one of: json, sarif, text.\n',
    );
    expect((await run(['check', '--json', '--format', 'sarif'])).stderr).toBe(
      'policy-gate check: --json and --format sarif ask for different outputs; pass one.\n',
    );
  });

  it('text prints the human lines even when stdout is not a terminal; json the report on one', async () => {
    const cwd = makeWorkspace({ 'policy.jsonc': '{}' });
    const text = await run(['check', '--format', 'text', '--cwd', cwd]);
    expect(text.stdout).toMatch(/^policy check: no findings /);
    const json = await run(['check', '--format', 'json', '--cwd', cwd], { terminal: true });
    expect(json.json()).toHaveProperty('attestation');
  });
});
