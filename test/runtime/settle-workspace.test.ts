import { describe, expect, it } from 'vitest';
import { pluginSettings } from '../../src/engine/plugin-settings.js';
import { parseToolsMarkdown } from '../../src/engine/tools-markdown.js';
import { readSettledWorkspace, type SettleDeps } from '../../src/runtime/settle-workspace.js';
import type { ReadPass } from '../../src/runtime/workspace-files.js';

/** A pass that read `text` from TOOLS.md; `parseError` makes the policy unparseable. */
function pass(text: string, parseError = false): ReadPass {
  return {
    input: {
      kind: 'input',
      toolsMarkdown: text,
      toolDeclarations: parseToolsMarkdown(text),
      input: {
        name: { display: 'policy.jsonc', document: 'policy.jsonc' },
        policy: parseError
          ? { state: 'unparseable', error: 'JSON5: invalid end of input at 1:9' }
          : { state: 'parsed', value: {} },
        config: {},
        settings: pluginSettings({}),
      },
    },
    accepted: { state: 'verified', path: 'policy.attestation.json', hash: 'sha256:a' },
    contents: new Map([
      ['/ws/TOOLS.md', `text\0${text}`],
      ['/ws/policy.jsonc', parseError ? 'text\0{ tools: ' : 'text\0{}'],
    ]),
  };
}

/** Replays passes and fingerprints in order; the clock advances 10 ms per read. */
function deps(passes: ReadPass[], fingerprints: string[] = []): SettleDeps & { reads: () => number } {
  let reads = 0;
  let clock = 0;
  return {
    readPass: async () => {
      clock += 10;
      return passes[Math.min(reads++, passes.length - 1)]!;
    },
    fingerprint: () => fingerprints[Math.min(reads - 1, fingerprints.length - 1)] ?? 'same',
    now: () => clock,
    delay: async () => undefined,
    reads: () => reads,
  };
}

describe('the half-written-file rule', () => {
  it('trusts a read only when the next read agrees with it', async () => {
    const replay = deps([pass('A'), pass('A')]);
    const result = await readSettledWorkspace(replay, { deadline: 1000, retryDelayMs: 0 });
    expect(result.kind).toBe('settled');
    expect(replay.reads()).toBe(2);
  });

  it('keeps reading while the bytes differ between reads', async () => {
    const replay = deps([
      pass('## Too'),
      pass('## Tools\n### a'),
      pass('## Tools\n### a risk:low'),
      pass('## Tools\n### a risk:low'),
    ]);
    const result = await readSettledWorkspace(replay, { deadline: 1000, retryDelayMs: 0 });
    expect(
      result.kind === 'settled' && result.pass.input.kind === 'input' ? result.pass.input.toolsMarkdown : '',
    ).toBe('## Tools\n### a risk:low');
    expect(replay.reads()).toBe(4);
  });

  it('keeps reading while a file fingerprint changed, even when the bytes look the same', async () => {
    const replay = deps([pass('A'), pass('A'), pass('A')], ['ino1:mtime1', 'ino1:mtime2', 'ino1:mtime2']);
    expect((await readSettledWorkspace(replay, { deadline: 1000, retryDelayMs: 0 })).kind).toBe('settled');
    expect(replay.reads()).toBe(3);
  });

  it('re-reads a parse error until the grace deadline, then uses it as read (so a broken policy blocks)', async () => {
    const fixed = deps([pass('A', true), pass('A', true), pass('A', true), pass('A')]);
    const settled = await readSettledWorkspace(fixed, { deadline: 1000, retryDelayMs: 0 });
    expect(
      settled.kind === 'settled' &&
        settled.pass.input.kind === 'input' &&
        settled.pass.input.input.policy.state,
    ).toBe('parsed');

    const broken = deps([pass('A', true)]);
    const result = await readSettledWorkspace(broken, { deadline: 50, retryDelayMs: 0 });
    expect(
      result.kind === 'settled' && result.pass.input.kind === 'input' && result.pass.input.input.policy.state,
    ).toBe('unparseable');
    expect(broken.reads()).toBe(5);
  });

  it('gives up as unsettled when reads never agree before the deadline', async () => {
    let n = 0;
    const changing: SettleDeps = {
      ...deps([]),
      readPass: async () => pass(`version ${n++}`),
      now: () => n * 10,
    };
    expect(await readSettledWorkspace(changing, { deadline: 100, retryDelayMs: 0 })).toEqual({
      kind: 'unsettled',
      reason: 'the workspace files kept changing between reads',
    });
  });
});
