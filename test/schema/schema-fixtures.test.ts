// The schemas against policies the real releases judged: the recorded conformance goldens of
// 2026.9.6 (test/fixtures/conformance-2026.9) and 2026.5.20 (test/fixtures/conformance), and the
// example workspaces. A policy the release accepted must satisfy the schema; one it refused as
// malformed must not, unless every refusal is a rule only the check can verify.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { hashOf } from '../../src/engine/canonical-json.js';
import { POLICY_INVALID } from '../../src/engine/findings.js';
import { isRecord } from '../../src/engine/record.js';
import { SUPPORTED_RELEASES, type OpenClawRelease } from '../../src/engine/release-profile.js';
import { engineShapeFindings, schemaValidator, type SchemaVerdict } from './schema-harness.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const EXAMPLES = join(import.meta.dirname, '../../examples');

/** 2026.9.6 refusals spanning several values, which the schema cannot express (README). */
const ENGINE_ONLY_MESSAGES: readonly RegExp[] = [
  / is weaker than the top-level /,
  / is not an equally or more restrictive override of /,
  / duplicates \S+ after normalization\.$/,
  / routing probe id .* must be unique\.$/,
  / memberRoleIds must contain unique non-empty strings\.$/,
];

/** The schema's errors, without 2026.5.20's flags on the keys that release ignores (on purpose). */
function schemaErrors(release: OpenClawRelease, verdict: SchemaVerdict): string[] {
  if (release !== '2026.5.20') return verdict.errors;
  return verdict.errors.filter((_, index) => verdict.keywords[index] !== 'additionalProperties');
}

interface RecordedPolicy {
  caseName: string;
  file: string;
  policy: unknown;
  /** The recorded `policy/policy-jsonc-invalid` messages (none: the release accepted the policy). */
  invalid: string[];
}

function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    const stat = statSync(path);
    return stat.isDirectory() ? filesBelow(path) : stat.size < 1_000_000 ? [path] : [];
  });
}

/** The file of a case whose parsed value has the recorded policy hash: the policy the release read. */
function policyWithHash(caseDir: string, hash: string): { file: string; policy: unknown } | undefined {
  for (const file of [...filesBelow(join(caseDir, 'workspace')), ...filesBelow(join(caseDir, 'home'))]) {
    let policy: unknown;
    try {
      policy = JSON5.parse(readFileSync(file, 'utf8'));
    } catch {
      continue; // not a JSON5 document (AGENTS.md, …): not the policy
    }
    if (hashOf(policy) === hash) return { file: relative(caseDir, file), policy };
  }
  return undefined;
}

/**
 * Every `check`/`watch` report whose policy the release evaluated (it has a policy hash and no
 * hash-lock or parse failure, which stop before the shape checks), with that policy.
 */
function recordedPolicies(suite: string): { policies: RecordedPolicy[]; unmatched: string[] } {
  const root = join(FIXTURES, suite);
  const policies: RecordedPolicy[] = [];
  const unmatched: string[] = [];
  for (const caseName of readdirSync(root).sort()) {
    const caseFile = join(root, caseName, 'case.json');
    if (!existsSync(caseFile)) continue;
    const recorded = JSON.parse(readFileSync(caseFile, 'utf8')) as Record<string, unknown>;
    const args = recorded.args as string[] | undefined;
    const stdout = recorded.stdout;
    if (!args || !['check', 'watch'].includes(args[0]!) || !isRecord(stdout)) continue;
    const attestation = stdout.attestation;
    const hash = isRecord(attestation) && isRecord(attestation.policy) ? attestation.policy.hash : undefined;
    const findings = (Array.isArray(stdout.findings) ? stdout.findings : []).filter(isRecord);
    const checkIds = findings.map((found) => found.checkId);
    if (typeof hash !== 'string' || checkIds.includes('policy/policy-hash-mismatch')) continue;
    const invalid = findings
      .filter((found) => found.checkId === POLICY_INVALID)
      .map((found) => String(found.message));
    if (invalid.some((message) => message.includes(' could not be parsed: '))) continue;
    const found = policyWithHash(join(root, caseName), hash);
    if (found === undefined) unmatched.push(caseName);
    else policies.push({ caseName, ...found, invalid });
  }
  return { policies, unmatched };
}

function suiteTests(suite: string, release: OpenClawRelease, minimum: { valid: number; invalid: number }) {
  const { policies, unmatched } = recordedPolicies(suite);
  const valid = policies.filter((entry) => entry.invalid.length === 0);
  const invalid = policies.filter((entry) => entry.invalid.length > 0);
  const validate = schemaValidator(release);

  it('finds the policy of every recorded report', () => {
    expect(unmatched).toEqual([]);
    expect(valid.length).toBeGreaterThanOrEqual(minimum.valid);
    expect(invalid.length).toBeGreaterThanOrEqual(minimum.invalid);
  });

  it.each(valid)('accepts $caseName ($file)', ({ policy }) => {
    expect(schemaErrors(release, validate(policy))).toEqual([]);
  });

  it.each(invalid)('refuses $caseName ($file)', ({ policy, invalid: messages }) => {
    const verdict = validate(policy);
    if (verdict.valid)
      expect(
        messages.filter((message) => !ENGINE_ONLY_MESSAGES.some((pattern) => pattern.test(message))),
        'the schema accepts a policy the release refused for a reason the schema can express',
      ).toEqual([]);
    else expect(verdict.errors.length).toBeGreaterThan(0);
  });
}

describe('2026.9.6 goldens against the 2026.9.6 schema', () => {
  suiteTests('conformance-2026.9', '2026.9.6', { valid: 100, invalid: 50 });
});

describe('2026.5.20 goldens against the 2026.5.20 schema', () => {
  suiteTests('conformance', '2026.5.20', { valid: 30, invalid: 5 });
});

describe('example workspaces', () => {
  const examples = existsSync(EXAMPLES)
    ? readdirSync(EXAMPLES).filter((entry) => existsSync(join(EXAMPLES, entry, 'policy.jsonc')))
    : [];
  const cases = examples.flatMap((example) => SUPPORTED_RELEASES.map((release) => ({ example, release })));

  it('has examples', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  // Whether the release accepts an example (each is written for one release, some suit both),
  // the schema of that release says the same; 2026.5.20's flags on ignored keys aside.
  it.each(cases)(
    'examples/$example/policy.jsonc: the $release schema agrees with the engine',
    ({ example, release }) => {
      const policy: unknown = JSON5.parse(readFileSync(join(EXAMPLES, example, 'policy.jsonc'), 'utf8'));
      const verdict = schemaValidator(release)(policy);
      const errors = schemaErrors(release, verdict);
      const engine = engineShapeFindings(release, policy).map((found) => found.message);
      if (engine.length === 0) expect(errors).toEqual([]);
      else expect(verdict.valid).toBe(false);
    },
  );

  it.each(examples)('examples/%s/policy.jsonc is valid for some release', (example) => {
    const policy: unknown = JSON5.parse(readFileSync(join(EXAMPLES, example, 'policy.jsonc'), 'utf8'));
    expect(SUPPORTED_RELEASES.some((release) => engineShapeFindings(release, policy).length === 0)).toBe(
      true,
    );
  });
});

describe('representative malformed policies (2026.9.6)', () => {
  it.each([
    {
      problem: 'an unknown section',
      text: '{ "x-meta": {} }',
      error: "(root) must NOT have additional properties 'x-meta'",
    },
    {
      problem: 'a "$schema" key',
      text: '{ "$schema": "./policy.schema.json" }',
      error: "(root) must NOT have additional properties '$schema'",
    },
    {
      problem: 'an unknown rule',
      text: '{ tools: { exec: { allowHost: ["sandbox"] } } }',
      error: "/tools/exec must NOT have additional properties 'allowHost'",
    },
    {
      problem: 'a wrong type',
      text: '{ gateway: { remote: { allow: "no" } } }',
      error: '/gateway/remote/allow must be boolean',
    },
    {
      problem: 'a wrong enum spelling',
      text: "{ ingress: { session: { requireDmScope: 'Per-Peer' } } }",
      error: '/ingress/session/requireDmScope must be equal to one of the allowed values',
    },
  ])('$problem', ({ text, error }) => {
    const verdict = schemaValidator('2026.9.6')(JSON5.parse(text));
    expect(verdict.errors).toContain(error);
  });
});
