// The schemas agree with the engine's shape checks value by value: for every rule (top level and
// in a scope), every section and the scopes themselves, a probe policy is valid for the schema
// exactly when the engine reports no `policy/policy-jsonc-invalid` for it. The exceptions are
// listed and asserted one by one: rules spanning several values that only the check verifies
// (2026.9.6), and unknown keys, which 2026.5.20 ignores and its schema flags on purpose.
import { describe, expect, it } from 'vitest';
import {
  POLICY_RULE_METADATA,
  ruleName,
  type ScopeSelector,
} from '../../src/engine/current/rule-metadata.js';
import { POLICY_CONTAINERS } from '../../src/engine/registry.js';
import type { OpenClawRelease } from '../../src/engine/release-profile.js';
import { engineShapeFindings, schemaValidator } from './schema-harness.js';
import {
  booleanProbes,
  channelDenyRuleProbes,
  placedAt,
  probesForRule,
  stringListProbes,
  WRONG_TYPES,
} from './schema-probes.js';

interface Probe {
  label: string;
  policy: unknown;
}

interface Disagreement {
  label: string;
  schema: string[];
  engine: string[];
}

/**
 * The probes on which the schema and the engine disagree. `ignoredKeys`: 2026.5.20, where a key the
 * release ignores is the schema's only complaint by design (asserted on its own below).
 */
function disagreements(
  release: OpenClawRelease,
  probes: readonly Probe[],
  ignoredKeys = false,
): Disagreement[] {
  const validate = schemaValidator(release);
  return probes.flatMap(({ label, policy }) => {
    const schema = validate(policy);
    const engine = engineShapeFindings(release, policy).map((found) => found.message);
    if (schema.valid === (engine.length === 0)) return [];
    if (
      ignoredKeys &&
      engine.length === 0 &&
      schema.keywords.every((keyword) => keyword === 'additionalProperties')
    )
      return [];
    return [
      {
        label,
        schema: schema.valid ? ['(valid)'] : schema.errors,
        engine: engine.length ? engine : ['(valid)'],
      },
    ];
  });
}

const SELECTOR_VALUES: Readonly<Record<ScopeSelector, string[]>> = {
  agentIds: ['main'],
  channelIds: ['telegram'],
};

/** `{ scopes: { s: { <selector>: [...], ...value at path } } }`. */
function scoped(selector: ScopeSelector, path: readonly string[], value: unknown): unknown {
  return { scopes: { s: { [selector]: SELECTOR_VALUES[selector], ...placedAt(path, value) } } };
}

const show = (value: unknown) => JSON.stringify(value);

/** Every section path of the 2026.9.6 rules (proper prefixes of rule paths), and who may scope it. */
function currentSections(): Map<string, Set<ScopeSelector>> {
  const sections = new Map<string, Set<ScopeSelector>>();
  for (const rule of POLICY_RULE_METADATA)
    for (let depth = 1; depth < rule.policyPath.length; depth += 1) {
      const key = rule.policyPath.slice(0, depth).join('.');
      const selectors = sections.get(key) ?? new Set();
      for (const selector of rule.scopeSelectors ?? []) selectors.add(selector);
      sections.set(key, selectors);
    }
  return sections;
}

describe('2026.9.6: the schema accepts exactly what the shape checks accept', () => {
  it.each(POLICY_RULE_METADATA.map((rule) => ({ name: ruleName(rule), rule })))(
    'rule $name, top level and scoped',
    ({ name, rule }) => {
      const probes = probesForRule(rule, name).flatMap((value) => [
        { label: `${name} = ${show(value)}`, policy: placedAt(rule.policyPath, value) },
        ...(rule.scopeSelectors ?? []).map((selector) => ({
          label: `scopes.s(${selector}).${name} = ${show(value)}`,
          policy: scoped(selector, rule.policyPath, value),
        })),
      ]);
      expect(disagreements('2026.9.6', probes)).toEqual([]);
    },
  );

  it('every section: objects only, known keys only', () => {
    const probes: Probe[] = [];
    for (const [section, selectors] of currentSections()) {
      const path = section.split('.');
      for (const value of [...WRONG_TYPES, { unknownKey: true }]) {
        probes.push({ label: `${section} = ${show(value)}`, policy: placedAt(path, value) });
        for (const selector of selectors)
          probes.push({
            label: `scopes.s(${selector}).${section} = ${show(value)}`,
            policy: scoped(selector, path, value),
          });
      }
    }
    expect(probes.length).toBeGreaterThan(100);
    expect(disagreements('2026.9.6', probes)).toEqual([]);
  });

  it('the document itself and its top-level keys', () => {
    const probes: Probe[] = [
      ...WRONG_TYPES.map((value) => ({ label: `policy = ${show(value)}`, policy: value })),
      { label: 'unknown section', policy: { 'x-meta': { owner: 'me' } } },
      { label: '"$schema" key', policy: { $schema: './schemas/policy-2026.9.6.schema.json' } },
      { label: 'tools.settings (a 2026.5.20 key)', policy: { tools: { settings: {} } } },
      { label: 'mcp.server (typo)', policy: { mcp: { server: { deny: ['shell'] } } } },
    ];
    expect(disagreements('2026.9.6', probes)).toEqual([]);
  });

  it('scopes: selectors, and which sections each selector allows', () => {
    const overlays: unknown[] = [
      {},
      { agentIds: ['main'] },
      { channelIds: ['telegram'] },
      { agentIds: [] },
      { channelIds: [] },
      { agentIds: 'main' },
      { agentIds: [' '] },
      { agentIds: [1] },
      { agentIds: ['main', 'main'] },
      { channelIds: ['telegram', 'telegram'] },
      { agentIds: ['main', 'ops'], channelIds: ['telegram', 'slack'] },
      { tools: { elevated: { allow: false } } },
      { channelIds: ['telegram'], tools: { elevated: { allow: false } } },
      { agentIds: ['main'], ingress: { channels: { denyOpenGroups: true } } },
      { agentIds: ['main'], channelIds: ['telegram'], ingress: { channels: { denyOpenGroups: true } } },
      { channelIds: ['telegram'], ingress: { session: { requireDmScope: 'main' } } },
      { agentIds: ['main'], tools: { requireMetadata: ['risk'] } },
      { agentIds: ['main'], execApprovals: { requireFile: true } },
      { agentIds: ['main'], execApprovals: { defaults: { allowSecurity: ['deny'] } } },
      { agentIds: ['main'], dataHandling: { telemetry: { denyContentCapture: true } } },
      { agentIds: ['main'], agents: { workspace: { allowedAccess: ['ro'] }, other: {} } },
      { agentIds: ['main'], gateway: { remote: { allow: false } } },
      { agentIds: ['main'], routing: { requireBindings: true } },
      { agentIds: ['main'], scopes: {} },
      { agentIds: ['main'], description: 'ops agents' },
      'main',
      null,
      [],
    ];
    const probes: Probe[] = [
      ...WRONG_TYPES.map((value) => ({ label: `scopes = ${show(value)}`, policy: { scopes: value } })),
      ...overlays.map((overlay) => ({
        label: `scopes.s = ${show(overlay)}`,
        policy: { scopes: { s: overlay } },
      })),
      {
        label: 'two scopes',
        policy: { scopes: { a: { agentIds: ['main'] }, 'b c': { channelIds: ['telegram'] } } },
      },
    ];
    expect(disagreements('2026.9.6', probes)).toEqual([]);
  });

  // What spans several values is the check's alone (JSON Schema cannot compare values across a
  // document or normalise them first): the schema accepts these, the release refuses them.
  it.each([
    {
      rule: 'a scoped value weaker than the top-level rule',
      policy: {
        tools: { elevated: { allow: false } },
        scopes: { ops: { agentIds: ['ops'], tools: { elevated: { allow: true } } } },
      },
      message:
        'policy.jsonc scopes.ops.tools.elevated.allow is weaker than the top-level tools.elevated.allow policy.',
    },
    {
      rule: 'a later scope weaker than an earlier one for the same agent',
      policy: {
        scopes: {
          a: { agentIds: ['ops'], tools: { profiles: { allow: ['minimal'] } } },
          b: { agentIds: ['ops'], tools: { profiles: { allow: ['minimal', 'full'] } } },
        },
      },
      message:
        "policy.jsonc scopes.b.tools.profiles.allow is not an equally or more restrictive override of scopes.a.tools.profiles.allow for agent 'ops'.",
    },
    {
      rule: 'selector ids duplicated after normalisation',
      policy: { scopes: { ops: { agentIds: ['Ops', 'ops'] } } },
      message: 'policy.jsonc scopes.ops.agentIds[1] duplicates scopes.ops.agentIds[0] after normalization.',
    },
    {
      rule: 'routing probe ids duplicated (after trimming)',
      policy: {
        routing: {
          probes: [
            { id: 'p', route: { channel: 'telegram' }, expect: { agentId: 'main' } },
            { id: ' p ', route: { channel: 'telegram' }, expect: { agentId: 'main' } },
          ],
        },
      },
      message: 'policy.jsonc routing probe id p must be unique.',
    },
    {
      rule: 'member role ids duplicated after trimming',
      policy: {
        routing: {
          probes: [
            {
              id: 'p',
              route: { channel: 'telegram', memberRoleIds: ['r', ' r'] },
              expect: { agentId: 'main' },
            },
          ],
        },
      },
      message: 'policy.jsonc routing.probes[0].route.memberRoleIds must contain unique non-empty strings.',
    },
  ])('engine only: $rule', ({ policy, message }) => {
    expect(schemaValidator('2026.9.6')(policy).errors).toEqual([]);
    expect(engineShapeFindings('2026.9.6', policy).map((found) => found.message)).toEqual([message]);
  });
});

/** The 2026.5.20 leaves: containers without containers below, plus the family-checked rules. */
function legacyRules(): { name: string; path: string[]; probes: unknown[] }[] {
  const familyChecked = [
    { name: 'channels.denyRules', probes: channelDenyRuleProbes() },
    { name: 'tools.requireMetadata', probes: stringListProbes(['risk', 'sensitivity', 'owner']) },
  ];
  const names = [
    ...POLICY_CONTAINERS.map((container) => container.path.join('.')),
    ...familyChecked.map((rule) => rule.name),
  ];
  const leaves = POLICY_CONTAINERS.filter((container) => {
    const name = container.path.join('.');
    return !names.some((other) => other.startsWith(`${name}.`));
  }).map((container) => {
    const probes =
      container.kind === 'boolean'
        ? booleanProbes()
        : container.kind === 'string-list'
          ? stringListProbes(undefined)
          : [...WRONG_TYPES, [1, 'x'], { any: ['thing'] }];
    return { name: container.path.join('.'), path: [...container.path], probes };
  });
  return [...leaves, ...familyChecked.map((rule) => ({ ...rule, path: rule.name.split('.') }))];
}

describe('2026.5.20: the schema accepts what the release accepts, and flags ignored keys', () => {
  it.each(legacyRules())('rule $name', ({ name, path, probes }) => {
    const cases = probes.map((value) => ({
      label: `${name} = ${show(value)}`,
      policy: placedAt(path, value),
    }));
    expect(disagreements('2026.5.20', cases, true)).toEqual([]);
  });

  it('every container: objects only', () => {
    const probes = POLICY_CONTAINERS.filter((container) => container.kind === 'object').flatMap((container) =>
      WRONG_TYPES.map((value) => ({
        label: `${container.path.join('.')} = ${show(value)}`,
        policy: placedAt(container.path, value),
      })),
    );
    expect(
      disagreements('2026.5.20', [
        ...probes,
        ...WRONG_TYPES.map((value) => ({ label: `policy = ${show(value)}`, policy: value })),
      ]),
    ).toEqual([]);
  });

  it('an unknown key anywhere is ignored by the release but flagged by the schema (as its only error)', () => {
    const objects = [
      [],
      ...POLICY_CONTAINERS.filter(
        (container) => container.kind === 'object' && container.path.join('.') !== 'tools.settings',
      ).map((container) => [...container.path]),
    ];
    const policies = [
      ...objects.map((path) => placedAt(path, { unknownKey: true })),
      { $schema: './schemas/policy-2026.5.20.schema.json' },
      { gateway: { remote: { allow: false } } },
      { channels: { denyRules: [{ when: { provider: 'discord', kind: 'x' }, note: 'x' }] } },
    ];
    for (const policy of policies) {
      expect(engineShapeFindings('2026.5.20', policy), show(policy)).toEqual([]);
      const verdict = schemaValidator('2026.5.20')(policy);
      expect(verdict.valid, show(policy)).toBe(false);
      expect(new Set(verdict.keywords), show(policy)).toEqual(new Set(['additionalProperties']));
    }
  });
});
