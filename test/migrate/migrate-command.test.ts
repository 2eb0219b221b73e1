import {
  chmodSync,
  rmSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, runCli } from '../support/cli-harness.js';

const TOOLS = '# Tools\n\n### fetch risk:low sensitivity:public owner:@web\n- shell: R4 owner:ops\n';
const AGENTS = '# Agents\n\nBe brief.\n';

/** Every file of a folder with its bytes, to prove a run changed nothing. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const file = path.join(dir, entry.name);
      return [
        entry.name,
        entry.isSymbolicLink() ? `-> ${file}` : entry.isFile() ? readFileSync(file, 'utf8') : 'dir',
      ];
    }),
  );
}

describe('policy-gate migrate', () => {
  it('says there is nothing to migrate without TOOLS.md, and exits 0', async () => {
    const cwd = makeWorkspace({ 'AGENTS.md': AGENTS });
    const human = await runCli(['migrate', '--cwd', cwd], { terminal: true });
    expect(human).toMatchObject({ code: 0, stderr: '' });
    expect(human.stdout).toBe(`policy-gate migrate: nothing to migrate (no TOOLS.md in ${cwd})\n`);
    const json = await runCli(['migrate'], { cwd });
    expect(json.stdout).toBe('{"migrated":false,"message":"nothing to migrate (no TOOLS.md in .)"}\n');
    expect(snapshot(cwd)).toEqual({ 'AGENTS.md': AGENTS });
  });

  it('moves the tools, removes TOOLS.md, leaves no other file and says what comes next', async () => {
    const cwd = makeWorkspace({ 'TOOLS.md': TOOLS, 'AGENTS.md': AGENTS });
    const run = await runCli(['migrate', '--cwd', cwd], { terminal: true });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(
      [
        'policy-gate migrate: moved 2 tool(s) from TOOLS.md into a new `## Tools` section of AGENTS.md; removed TOOLS.md.',
        '  fetch  TOOLS.md:3 → AGENTS.md:7',
        '  shell  TOOLS.md:4 → AGENTS.md:8',
        "Next: run `policy-gate check` to see the tools read from AGENTS.md, then `policy-gate accept`: the attestation changes, as the tools' sources and lines moved.",
        '',
      ].join('\n'),
    );
    expect(snapshot(cwd)).toEqual({
      'AGENTS.md': `${AGENTS}\n## Tools\n\n### fetch risk:low sensitivity:public owner:@web\n- shell: R4 owner:ops\n`,
    });
  });

  it('--dry-run prints the lines it would add and writes nothing', async () => {
    const cwd = makeWorkspace({ 'TOOLS.md': `# Notes\n\nHello.\n\n${TOOLS}`, 'AGENTS.md': AGENTS });
    const before = snapshot(cwd);
    const mtime = statSync(path.join(cwd, 'AGENTS.md')).mtimeMs;
    const run = await runCli(['migrate', '--dry-run', '--cwd', cwd], { terminal: true });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(
      [
        'policy-gate migrate (dry run): would move 2 tool(s) from TOOLS.md into a new `## Tools` section of AGENTS.md; would keep 3 line(s) of notes under `## Notes from TOOLS.md`; would remove TOOLS.md.',
        '  fetch  TOOLS.md:7 → AGENTS.md:7',
        '  shell  TOOLS.md:8 → AGENTS.md:8',
        '@@ AGENTS.md +4,5 @@',
        '+',
        '+## Tools',
        '+',
        '+### fetch risk:low sensitivity:public owner:@web',
        '+- shell: R4 owner:ops',
        '@@ AGENTS.md +9,10 @@',
        '+',
        '+## Notes from TOOLS.md',
        '+',
        '+Kept verbatim by `policy-gate migrate`: the text of TOOLS.md that declares no tool. OpenClaw reads no tool declarations in this block.',
        '+',
        '+~~~markdown',
        '+# Notes',
        '+',
        '+Hello.',
        '+~~~',
        'Nothing was written; run without --dry-run to apply.',
        '',
      ].join('\n'),
    );
    const json = await runCli(['migrate', '--dry-run', '--json', '--cwd', cwd]);
    expect(json.json()).toMatchObject({
      migrated: true,
      dryRun: true,
      agentsFile: 'updated',
      sectionCreated: true,
      toolsFileRemoved: false,
      notesLines: 3,
      moved: [
        { id: 'fetch', toolsLine: 7, agentsLine: 7 },
        { id: 'shell', toolsLine: 8, agentsLine: 8 },
      ],
    });
    expect(snapshot(cwd)).toEqual(before);
    expect(statSync(path.join(cwd, 'AGENTS.md')).mtimeMs).toBe(mtime);
  });

  it('reports in JSON without a terminal, and keeps the permissions of AGENTS.md', async () => {
    const cwd = makeWorkspace({ 'TOOLS.md': TOOLS, 'AGENTS.md': '## Tools\n- shell: R4 owner:ops\n' });
    chmodSync(path.join(cwd, 'AGENTS.md'), 0o640);
    const run = await runCli(['migrate', '--cwd', cwd]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      '{"migrated":true,"dryRun":false,"agentsFile":"updated","sectionCreated":false,"moved":[{"id":"fetch","toolsLine":3,"agentsLine":4}],"alreadyDeclared":[{"id":"shell","toolsLine":4,"agentsLine":2}],"notesLines":0,"toolsFileRemoved":true}\n',
    );
    expect(statSync(path.join(cwd, 'AGENTS.md')).mode & 0o777).toBe(0o640);
    expect(readdirSync(cwd)).toEqual(['AGENTS.md']);
  });

  it.each([
    [
      'TOOLS.md',
      'TOOLS.md is a symbolic link; migrate edits only regular files, so replace the link with the file it points to.',
    ],
    [
      'AGENTS.md',
      'AGENTS.md is a symbolic link; migrate edits only regular files, so replace the link with the file it points to.',
    ],
  ])('refuses a symbolic link as %s, changing nothing', async (name, message) => {
    const cwd = makeWorkspace({ 'TOOLS.md': TOOLS, 'AGENTS.md': AGENTS, 'real.md': '## Tools\n' });
    const file = path.join(cwd, name);
    writeFileSync(path.join(cwd, 'real.md'), readFileSync(file));
    rmSync(file);
    symlinkSync('real.md', file);
    const before = snapshot(cwd);
    const run = await runCli(['migrate', '--cwd', cwd]);
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: `policy-gate migrate: ${message}\n` });
    expect(snapshot(cwd)).toEqual(before);
  });

  it('refuses a hard-linked AGENTS.md, which a rename would split', async () => {
    const cwd = makeWorkspace({ 'TOOLS.md': TOOLS, 'AGENTS.md': AGENTS });
    linkSync(path.join(cwd, 'AGENTS.md'), path.join(cwd, 'AGENTS.copy.md'));
    const run = await runCli(['migrate', '--cwd', cwd]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'policy-gate migrate: AGENTS.md has 2 hard links, which migrate would split; make it a single file first.\n',
    );
  });

  it('refuses conflicting declarations with exit 2 and one line, changing nothing', async () => {
    const cwd = makeWorkspace({ 'TOOLS.md': TOOLS, 'AGENTS.md': '## Tools\n### fetch risk:high\n' });
    const before = snapshot(cwd);
    const run = await runCli(['migrate', '--cwd', cwd], { terminal: true });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe(
      "policy-gate migrate: TOOLS.md and AGENTS.md both declare 'fetch' (AGENTS.md:2 risk high; TOOLS.md:3 risk low, sensitivity public, owner @web), differently; make the declarations agree or delete one of them. Nothing was changed.\n",
    );
    expect(snapshot(cwd)).toEqual(before);
  });

  it('refuses bad arguments and places with exit 2', async () => {
    const cwd = makeWorkspace({ 'TOOLS.md': TOOLS });
    const old = await runCli(['migrate', '--openclaw', '2026.5.20', '--cwd', cwd]);
    expect(old).toMatchObject({ code: 2, stdout: '' });
    expect(old.stderr).toBe(
      'policy-gate migrate: migrate moves TOOLS.md into AGENTS.md, where OpenClaw 2026.9.6 reads tools; OpenClaw 2026.5.20 reads TOOLS.md itself.\n',
    );
    const unsupported = await runCli(['migrate', '--openclaw', '2026.1.1', '--cwd', cwd]);
    expect(unsupported).toMatchObject({
      code: 2,
      stderr:
        "policy-gate migrate: --openclaw: unsupported OpenClaw release '2026.1.1'; supported: 2026.9.6, 2026.5.20.\n",
    });
    const unknown = await runCli(['migrate', '--force', '--cwd', cwd]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^policy-gate migrate: migrate: Unknown option '--force'/);
    const missing = await runCli(['migrate', '--cwd', path.join(cwd, 'nowhere')]);
    expect(missing.stderr).toBe(
      `policy-gate migrate: ${path.join(cwd, 'nowhere')} is not a directory; pass the workspace with --cwd.\n`,
    );
    mkdirSync(path.join(cwd, 'AGENTS.md'));
    const directory = await runCli(['migrate', '--cwd', cwd]);
    expect(directory).toMatchObject({
      code: 2,
      stderr: 'policy-gate migrate: AGENTS.md is not a regular file.\n',
    });
    expect(snapshot(cwd)).toEqual({ 'TOOLS.md': TOOLS, 'AGENTS.md': 'dir' });
    const current = await runCli([
      'migrate',
      '--openclaw',
      '2026.9.6',
      '--cwd',
      makeWorkspace({ 'TOOLS.md': TOOLS }),
    ]);
    expect(current.code).toBe(0);
  });

  it('is listed in the help', async () => {
    const help = await runCli(['--help']);
    expect(help.stdout).toContain('\n  migrate [--cwd <workspace>] [--dry-run] [--json]\n');
  });
});
