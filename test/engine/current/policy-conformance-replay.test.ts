// Replays every recorded 2026.9.6 `policy compare` case (case.json args start with "compare")
// through the pure engine: the files the real CLI compared are read here the way its shell reads
// them (baseline relative to the cwd; `--policy`, else the configured path in the agent's
// workspace, else `policy.jsonc`), and the report must equal the recorded one byte for byte —
// JSON, or the human lines when stdout was a terminal. Cases the CLI ends before comparing
// (usage errors, agent selection, a refused config) print no report and belong to the CLI tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import {
  comparePolicyDocuments,
  policyConformanceLines,
  type PolicyDocumentInput,
} from '../../../src/engine/current/policy-conformance.js';

// The recorded folder, and any named in FAMILY_REPLAY_CASES (':'-separated), e.g. ones being recorded.
const ROOTS = [
  new URL('../../fixtures/conformance-2026.9/', import.meta.url).pathname,
  ...(process.env.FAMILY_REPLAY_CASES ?? '').split(':').filter(Boolean),
];

interface CompareCase {
  name: string;
  dir: string;
  args: string[];
  tty: boolean;
  oracle?: string;
  exitCode?: number;
  stdout?: unknown;
  stdoutText?: string;
}

const compareCases: CompareCase[] = ROOTS.filter(existsSync).flatMap((root) =>
  readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'case.json')))
    .map((entry) => {
      const dir = join(root, entry.name);
      const recorded = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as Omit<
        CompareCase,
        'name' | 'dir'
      >;
      return { ...recorded, tty: recorded.tty === true, name: entry.name, dir };
    })
    .filter((c) => c.args[0] === 'compare'),
);

/** Recorded, and the command got as far as printing a report. */
const replayable = compareCases.filter(
  (c) =>
    (c.exitCode === 0 || c.exitCode === 1) &&
    ((typeof c.stdout === 'object' && c.stdout !== null && 'rulesChecked' in c.stdout) ||
      (c.stdoutText ?? '').startsWith('policy compare:')),
);

function flag(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index < 0 ? undefined : args[index + 1];
}

/** The candidate file as the CLI picks it (SPEC-2026.9 §12.1). */
function candidatePath(c: CompareCase, cwd: string): string {
  const given = flag(c.args, '--policy')?.trim();
  if (given) return resolve(cwd, given);
  const loaded = loadedConfig(c);
  if (loaded.valid !== true) return resolve(cwd, 'policy.jsonc');
  const configured = loaded.config?.plugins?.entries?.policy?.config?.path;
  const path =
    typeof configured === 'string' && configured.trim() !== '' ? configured.trim() : 'policy.jsonc';
  if (isAbsolute(path)) return path;
  const agent = flag(c.args, '--agent')?.trim().toLowerCase();
  const agentWorkspace = join(c.dir, 'home', '.openclaw', `workspace-${agent}`);
  return resolve(agent !== undefined && existsSync(agentWorkspace) ? agentWorkspace : cwd, path);
}

interface LoadedConfig {
  valid?: boolean;
  config?: { plugins?: { entries?: { policy?: { config?: { path?: unknown } } } } };
}

/** The config as OpenClaw loaded it; terminal runs record none, so their (valid) file stands in. */
function loadedConfig(c: CompareCase): LoadedConfig {
  const recorded = join(c.dir, 'loaded-config.json');
  if (existsSync(recorded)) return JSON.parse(readFileSync(recorded, 'utf8')) as LoadedConfig;
  const file = ['openclaw.jsonc', 'openclaw.json']
    .map((name) => join(c.dir, 'workspace', name))
    .find((path) => existsSync(path));
  return {
    valid: true,
    config: file === undefined ? {} : (JSON5.parse(readFileSync(file, 'utf8')) as LoadedConfig['config']),
  };
}

/** The file's text, or Node's message with the case folder written as the oracle's `$H`. */
function documentAt(c: CompareCase, path: string): PolicyDocumentInput {
  try {
    return { name: basename(path), text: readFileSync(path, 'utf8') };
  } catch (error) {
    const message = (error as Error).message
      .replaceAll(join(c.dir, 'workspace'), '$H/.openclaw/workspace')
      .replaceAll(join(c.dir, 'home'), '$H');
    return { name: basename(path), readError: message };
  }
}

describe('policy compare replay of the recorded 2026.9.6 cases', () => {
  it('finds the compare cases', () => {
    expect(compareCases.length).toBeGreaterThan(0);
  });

  it.skipIf(replayable.length === 0).each(replayable.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const cwd = join(c.dir, 'workspace');
    const report = comparePolicyDocuments(
      documentAt(c, resolve(cwd, flag(c.args, '--baseline') ?? '')),
      documentAt(c, candidatePath(c, cwd)),
    );
    expect(report.ok ? 0 : 1).toBe(c.exitCode);
    if (c.tty && !c.args.includes('--json')) {
      expect(policyConformanceLines(report).join('\n') + '\n').toBe(c.stdoutText);
    } else {
      expect(JSON.stringify(report)).toBe(JSON.stringify(c.stdout));
    }
  });
});
