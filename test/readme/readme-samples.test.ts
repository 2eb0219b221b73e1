// The README's sample outputs are the real commands' outputs (issue 13): each sample is found by
// the sentence that introduces it, the command is run now, and hashes are shortened the way the
// README shortens them. A change in output fails here until the README is regenerated.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli-harness.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const EXAMPLE = path.join(ROOT, 'examples/workspace');

/** The fenced block that first follows `intro` in the README, without its fences. */
function sampleAfter(intro: string): string {
  const at = README.indexOf(intro);
  expect(at, `the README no longer says ${JSON.stringify(intro)}`).toBeGreaterThanOrEqual(0);
  const open = /^(`{3,})[^\n]*\n/m.exec(README.slice(at));
  expect(open, `no code block after ${JSON.stringify(intro)}`).not.toBeNull();
  const start = at + open!.index + open![0].length;
  const end = README.indexOf(`\n${open![1]}\n`, start);
  return README.slice(start, end + 1);
}

/** `sha256:` and 8 hex digits, then `…`: how the README writes a hash. */
function shortened(text: string): string {
  return text.replace(/sha256:([0-9a-f]{8})[0-9a-f]{56}/g, 'sha256:$1…');
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
    cwd,
    stdio: 'ignore',
  });
}

describe('README samples are real output', () => {
  it('Quick start: the human check of the example workspace', async () => {
    const run = await runCli(['check', '--cwd', EXAMPLE, '--format', 'text']);
    expect(shortened(run.stdout)).toBe(sampleAfter('the same command prints the human form:'));
  });

  it('status: a weakened policy against main', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'policy-gate-readme-'));
    cpSync(EXAMPLE, cwd, { recursive: true });
    git(cwd, 'init', '-q', '-b', 'main');
    expect((await runCli(['accept', '--cwd', cwd])).code).toBe(0);
    git(cwd, 'add', '-A');
    git(cwd, 'commit', '-q', '-m', 'accepted');
    const policy = readFileSync(path.join(cwd, 'policy.jsonc'), 'utf8');
    writeFileSync(
      path.join(cwd, 'policy.jsonc'),
      policy.replace('"allow": ["openai", "anthropic"]', '"allow": ["openai", "anthropic", "mistral"]'),
    );
    const run = await runCli(['status', '--base', 'main', '--cwd', cwd], { terminal: true });
    expect(`$ policy-gate status --base main\n${shortened(run.stdout)}`).toBe(
      sampleAfter('and it prints the command that fixes\nit.'),
    );
  });

  it('the example pull-request comment', () => {
    const comment = execFileSync(process.execPath, [path.join(ROOT, 'scripts/readme-comment-example.mjs')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(comment).toBe(sampleAfter('### Example comment'));
  });
});
