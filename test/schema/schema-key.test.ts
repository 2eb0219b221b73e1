// Why the README shows no `"$schema"` line: OpenClaw 2026.9.6 refuses the key like any unknown
// top-level section. The finding below is what the real release printed (openclaw@2026.9.6,
// `openclaw policy check --json`, node 24, a workspace laid out as
// scripts/conformance-oracle-2026.9.mjs does, policy `{ "$schema": "./node_modules/policy-gate/
// schemas/policy-2026.9.6.schema.json", "mcp": { "servers": { "deny": ["shell"] } } }`; exit 1),
// without its visible-only `policy.fixRecommendation`. 2026.5.20 ignores the key, but it is part of
// the hashed policy value, so it still moves the policy hash and every attestation built on it.
import { describe, expect, it } from 'vitest';
import { engineCheck, schemaValidator } from './schema-harness.js';

const WITHOUT = { mcp: { servers: { deny: ['shell'] } } };
const WITH = { $schema: './node_modules/policy-gate/schemas/policy-2026.9.6.schema.json', ...WITHOUT };

describe('a "$schema" key in policy.jsonc', () => {
  it('is refused by 2026.9.6 with the finding the real release reports', () => {
    expect(engineCheck('2026.9.6', WITH).attestedFindings).toEqual([
      {
        checkId: 'policy/policy-jsonc-invalid',
        severity: 'error',
        message: 'policy.jsonc $schema is not a supported policy section.',
        source: 'policy',
        path: 'policy.jsonc',
        target: 'oc://policy.jsonc/"$schema"',
        fixHint: 'Remove $schema or use a supported policy section.',
      },
    ]);
    expect(engineCheck('2026.9.6', WITHOUT).attestedFindings).toEqual([]);
  });

  it('is flagged by both schemas', () => {
    for (const release of ['2026.9.6', '2026.5.20'] as const)
      expect(schemaValidator(release)(WITH).errors).toEqual([
        "(root) must NOT have additional properties '$schema'",
      ]);
  });

  it('is ignored by 2026.5.20 but changes its policy hash', () => {
    const withKey = engineCheck('2026.5.20', WITH);
    const withoutKey = engineCheck('2026.5.20', WITHOUT);
    expect(withKey.attestedFindings).toEqual([]);
    expect(withKey.policyHash).not.toBe(withoutKey.policyHash);
    expect(withKey.attestationHash).not.toBe(withoutKey.attestationHash);
  });
});
