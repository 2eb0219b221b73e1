// Replays every golden case recorded from the real OpenClaw 2026.9.6 (test/fixtures/conformance-2026.9)
// through our CLI: same exit code, same stdout bit for bit except `attestation.checkedAt`, and for
// exit-2 cases the same stderr (our `policy-gate <verb>: ` prefix aside). Where OpenClaw's CLI
// framework refuses before the policy command runs (exit 1 and a JSON envelope: unknown option,
// schema-invalid config), we deliberately exit 2 with one line naming the problem (see cliRefusal).
// `check`'s human output carries deliberate additions (see withoutOurLines): each finding's fix
// recommendation and fix hint on deeper-indented lines, then hints about misplaced tool metadata
// and the attestation hash after the findings. The release's lines must match exactly and in
// order once those are taken out, and every line taken out must have its addition's exact shape
// (a fix group must be the fix of the finding above it). The families of 2026.9.6 are still landing, so this is a ratchet: PENDING lists the cases
// known not to match yet; every other case must match, and every pending case must still differ
// (fixing one fails the suite until it is taken off the list).
//
// To regenerate the list: POLICY_GATE_GOLDENS_REPORT=1 npx vitest run test/conformance/openclaw-2026.9-goldens.test.ts
// prints the cases that differ today as a ready-to-paste array.
import { describe, expect, it } from 'vitest';
import {
  differenceFrom,
  goldenCases,
  runInProcess,
  runUnderNode24,
  seededRow,
  withoutOurLines,
  type Golden,
} from './goldens-2026.9-harness.js';

/**
 * Cases that do not match OpenClaw 2026.9.6 yet (see the report mode above). Empty: every recorded
 * case matches. A new case that does not match yet goes here until it does.
 */
const PENDING: readonly string[] = [];

/**
 * Where we deliberately refuse (exit 2, one line) what OpenClaw reads, as for 2026.5.20 (README,
 * "Compatibility decisions"): our one-line reason, instead of OpenClaw's output.
 */
const DELIBERATE_DEVIATIONS: Readonly<Record<string, RegExp>> = {
  // A policy path written in the config may not leave the workspace (here a device OpenClaw reads as empty).
  'policy-absolute-path-dev-null': /^policy-gate check: \/dev\/null is outside the workspace .*--policy/,
  // openclaw.jsonc and openclaw.json side by side: which one the agent loads is ambiguous (issue 12).
  'config-jsonc-preferred': /^policy-gate check: openclaw\.jsonc and openclaw\.json are both present/,
  // OpenClaw lets Node's EISDIR through; we say which file and why.
  'policy-path-is-directory': /^policy-gate check: policy\.jsonc is a directory, not a file\n$/,
};

const cases = goldenCases();
const pending = new Set(PENDING);

async function differenceOf(c: Golden): Promise<string | undefined> {
  const ours = await runInProcess(c);
  const deviation = DELIBERATE_DEVIATIONS[c.name];
  if (deviation === undefined) return differenceFrom(c.golden, ours);
  return ours.code === 2 && ours.stdout === '' && deviation.test(ours.stderr)
    ? undefined
    : `expected our deliberate refusal ${String(deviation)}: exit ${ours.code}, stderr ${JSON.stringify(ours.stderr)}`;
}

describe('conformance with OpenClaw 2026.9.6', () => {
  it('has golden cases, and PENDING names only existing ones', () => {
    expect(cases.length).toBeGreaterThan(10);
    const names = new Set(cases.map((c) => c.name));
    expect(PENDING.filter((name) => !names.has(name))).toEqual([]);
    expect(Object.keys(DELIBERATE_DEVIATIONS).filter((name) => !names.has(name))).toEqual([]);
  });

  if (process.env.POLICY_GATE_GOLDENS_REPORT === '1') {
    it('reports the cases that differ today', async () => {
      const differing: string[] = [];
      for (const c of cases) if ((await differenceOf(c)) !== undefined) differing.push(c.name);
      console.log(`const PENDING: readonly string[] = ${JSON.stringify(differing, null, 2)};`);
    });
  }

  it.each(cases.filter((c) => !pending.has(c.name)))('$name matches', async (c) => {
    expect(await differenceOf(c)).toBeUndefined();
  });

  it.each(cases.filter((c) => pending.has(c.name)))('$name is still pending (differs)', async (c) => {
    const difference = await differenceOf(c);
    expect(difference, `${c.name} matches OpenClaw now: take it off PENDING`).toBeDefined();
  });
});

describe('our additions to human output', () => {
  const finding =
    '  [error] policy/tools-elevated-enabled openclaw config - global tools config permits elevated tool mode.';
  const release = `policy check: 1 finding(s)\n${finding}\n`;
  const fix = '      fix (automatic): Set tools elevated mode to disabled.';
  const where =
    '      change: tools.elevated.enabled (openclaw.json:4); policy rule: tools.elevated.allow (policy.jsonc:2)';

  it('are taken out when they are exactly the fix of the finding above', () => {
    expect(withoutOurLines(`policy check: 1 finding(s)\n${finding}\n${fix}\n${where}\n`)).toEqual({
      text: release,
    });
    const missing =
      '  [warning] policy/policy-jsonc-missing policy.jsonc - policy.jsonc is missing for the enabled Policy plugin.';
    expect(
      withoutOurLines(`${missing}\n      fix (manual): Restore or author the approved policy artifact.\n`),
    ).toEqual({ text: `${missing}\n` });
  });

  it('fail the replay otherwise', () => {
    for (const ours of [
      `policy check: 1 finding(s)\n${fix}\n${finding}\n`,
      `policy check: 1 finding(s)\n${finding}\n      fix (manual): Set tools elevated mode to disabled.\n${where}\n`,
      `policy check: 1 finding(s)\n${finding}\n${fix}\n`,
      `policy check: 1 finding(s)\n${finding}\n${fix}\n      change: tools.elevated.enabled\n`,
      `policy check: 1 finding(s)\n${finding}\n${fix}\n${where}\n${where}\n`,
      `policy check: 1 finding(s)\n  [error] policy/config-invalid  - Invalid input\n${fix}\n`,
    ])
      expect(withoutOurLines(ours)).toHaveProperty('problem');
  });

  const hint = '      hint: Disable tools.elevated.';
  const attestation = `attestation sha256:${'a'.repeat(64)}`;
  const toolHint =
    "hint: AGENTS.md:6: `- risk: high` at column 0 declares a tool named 'risk'; indent it to make it metadata of the tool above ('deploy', line 5).";

  it('take out a hint after the fix, workspace hints and the attestation line at the end', () => {
    expect(
      withoutOurLines(
        `policy check: 1 finding(s)\n${finding}\n${fix}\n${where}\n${hint}\n${toolHint}\n${attestation}\n`,
      ),
    ).toEqual({ text: release });
    const clean = 'policy check: no findings (policy missing, evidence sha256:00)\n';
    expect(withoutOurLines(`${clean}${attestation}\n`)).toEqual({ text: clean });
    // 2026.5.20 has no fix recommendations: a hint alone.
    expect(withoutOurLines(`${release}${hint}\n${attestation}\n`, { fixRecommendations: false })).toEqual({
      text: release,
    });
  });

  it('fail on anything else in those places', () => {
    for (const ours of [
      `${release}${hint}\n${hint}\n`,
      `policy check: 1 finding(s)\n${finding}\n${hint}\n${fix}\n${where}\n`,
      `${release}attestation sha256:abc\n`,
      `${release}hint: something else\n${attestation}\n`,
      `${release}      hint:\n`,
    ])
      expect(withoutOurLines(ours), ours).toHaveProperty('problem');
    expect(
      withoutOurLines(`policy check: 1 finding(s)\n${finding}\n${fix}\n${where}\n`, {
        fixRecommendations: false,
      }),
    ).toHaveProperty('problem');
    // Out of order, an addition is left in the text, which then differs from the release's.
    expect(withoutOurLines(`${release}${attestation}\n${toolHint}\n`)).not.toEqual({ text: release });
  });
});

// The state database path, for real: node 24 (node:sqlite), the row in `~/.openclaw/state/openclaw.sqlite`.
// It must print exactly what the --exec-approvals path prints in-process, and so match the golden
// whenever that does.
describe('exec approvals from the state database (node 24)', () => {
  // (Unvalidated goldens skip OpenClaw's config reader, which no command line can.)
  const stateCases = cases.filter(
    (c) => seededRow(c.dir) !== undefined && c.golden.oracle !== 'plugin-command-unvalidated',
  );

  it.each(stateCases)('$name: the database gives what --exec-approvals gives', async (c) => {
    const [database, file] = await Promise.all([runUnderNode24(c), runInProcess(c)]);
    const sameAt = (text: string) => text.replace(/"checkedAt":"[^"]*"/g, '"checkedAt":"<t>"');
    expect({ code: database.code, stdout: sameAt(database.stdout) }).toEqual({
      code: file.code,
      stdout: sameAt(file.stdout),
    });
    if (!pending.has(c.name)) expect(differenceFrom(c.golden, database)).toBeUndefined();
  });
});
