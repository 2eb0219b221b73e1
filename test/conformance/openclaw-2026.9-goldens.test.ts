// Replays every golden case recorded from the real OpenClaw 2026.9.6 (test/fixtures/conformance-2026.9)
// through our CLI: same exit code, same stdout bit for bit except `attestation.checkedAt`, and for
// exit-2 cases the same stderr (our `policy-gate <verb>: ` prefix aside). Where OpenClaw's CLI
// framework refuses before the policy command runs (exit 1 and a JSON envelope: unknown option,
// schema-invalid config), we deliberately exit 2 with one line naming the problem (see cliRefusal). The families of 2026.9.6
// are still landing, so this is a ratchet: PENDING lists the cases known not to match yet; every
// other case must match, and every pending case must still differ (fixing one fails the suite until
// it is taken off the list).
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
