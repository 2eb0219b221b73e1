import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareKeys, hashOf } from '../../src/engine/canonical-json.js';
import { runPolicyCheck } from '../../src/engine/check.js';
import { hashEvidence } from '../../src/engine/evidence-hash.js';
import { pluginSettings } from '../../src/engine/plugin-settings.js';
import { isRecord } from '../../src/engine/record.js';
import { RULE_FAMILIES } from '../../src/engine/registry.js';
import type { Evidence } from '../../src/engine/types.js';

// Text that reaches JSON.stringify's escapes, non-ASCII and keys that sort oddly.
const text = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('é', 'a\u2028b', '"q"', '\\', '\ud800', '10', '__proto__', 'Zoë', ' openai '),
);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const junk = fc.oneof(fc.constant(null), fc.integer(), fc.array(fc.string(), { maxLength: 2 }));
const modelSetting = fc.oneof(
  text,
  fc.constantFrom('openai/gpt-5', ' Bedrock/titan ', 'a/', '/b', 'x/y/z'),
  fc.record({ primary: maybe(text), fallbacks: maybe(fc.array(fc.oneof(text, junk), { maxLength: 3 })) }),
  junk,
);
const agent = fc.record(
  {
    id: text,
    model: modelSetting,
    imageModel: modelSetting,
    models: fc.dictionary(text, fc.constant({}), { maxKeys: 3 }),
    subagents: fc.record({ model: modelSetting }),
  },
  { requiredKeys: [] },
);
/** Configs that exercise every field every scanner can emit. */
const config = fc.record(
  {
    channels: fc.dictionary(text, fc.oneof(fc.record({ enabled: fc.oneof(fc.boolean(), junk) }), junk), {
      maxKeys: 4,
    }),
    mcp: fc.record({
      servers: fc.dictionary(
        text,
        fc.oneof(
          fc.record(
            {
              command: fc.oneof(text, junk),
              url: fc.oneof(text, fc.constantFrom('https://u:p@h.example:8443/p?q=1', 'not a url')),
              transport: fc.constantFrom('sse', 'streamable-http', 'stdio', 7),
            },
            { requiredKeys: [] },
          ),
          junk,
        ),
        { maxKeys: 4 },
      ),
    }),
    models: fc.record({ providers: fc.dictionary(text, fc.constant({}), { maxKeys: 3 }) }),
    agents: fc.record(
      { defaults: agent, list: fc.array(fc.oneof(agent, junk), { maxLength: 3 }) },
      { requiredKeys: [] },
    ),
    browser: fc.record({
      ssrfPolicy: fc.record({ dangerouslyAllowPrivateNetwork: fc.oneof(fc.boolean(), junk) }),
    }),
  },
  { requiredKeys: [] },
);
const toolsMarkdown = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '## Tools',
        '### a risk:low sensitivity:internal owner:@x NET_IO',
        '- b: R5',
        '  owner: Zoë',
      ),
      fc.constantFrom('### é', 'capabilities: FS_WRITE, SHELL', '- c: risk:weird sensitivity:odd'),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 10 },
  )
  .map((lines) => lines.join('\n'));

describe('hashEvidence', () => {
  it('equals hashOf on the evidence of random workspaces (property)', () => {
    fc.assert(
      fc.property(config, fc.boolean(), toolsMarkdown, (value, requireTools, tools) => {
        const record = structuredClone(value) as Record<string, unknown>;
        const check = runPolicyCheck({
          name: { display: 'policy.jsonc', document: 'policy.jsonc' },
          policy: {
            state: 'parsed',
            value: requireTools ? { tools: { requireMetadata: ['risk', 'owner'] } } : {},
          },
          config: record,
          settings: pluginSettings(record),
          toolsMarkdown: tools,
        });
        expect(check.evidenceHash).toBe(hashOf(check.evidence));
        expect(hashEvidence(check.evidence)).toBe(hashOf(check.evidence));
      }),
      { numRuns: 1500 },
    );
  });

  it('equals hashOf on hand-built entries with every optional field present or absent', () => {
    const evidence: Evidence = {
      channels: [
        { id: 'b', provider: 'b', source: 's', enabled: false },
        { id: 'a', provider: 'a', source: 's' },
      ],
      mcpServers: [
        { id: 'm', source: 's', transport: 'stdio', command: 'run' },
        { id: 'n', source: 's', transport: 'sse', url: 'https://h' },
        { id: 'o', source: 's', transport: 'unknown' },
      ],
      modelProviders: [{ id: 'openai', source: 's' }],
      modelRefs: [{ ref: 'openai/x', provider: 'openai', model: 'x', source: 's' }],
      network: [{ id: 'n', source: 's', value: true }],
      tools: [
        {
          id: 't',
          source: 's',
          line: 3,
          risk: 'low',
          sensitivity: 'internal',
          owner: '@o',
          capabilities: ['A_B'],
        },
        { id: 'u', source: 's', line: 4 },
      ],
    };
    expect(hashEvidence(evidence)).toBe(hashOf(evidence));
    const withoutTools: Evidence = { ...evidence };
    delete withoutTools.tools;
    expect(hashEvidence(withoutTools)).toBe(hashOf(withoutTools));
  });

  it('leaves a slice no family declares to the exact writer', () => {
    const evidence = {
      channels: [],
      mcpServers: [],
      modelProviders: [],
      modelRefs: [],
      network: [],
      extra: [{ b: 1, a: 2 }],
    };
    expect(hashEvidence(evidence as Evidence)).toBe(hashOf(evidence));
  });

  it('each family copies a full entry with its keys in canonical order', () => {
    const full = new Proxy({}, { get: (_, key) => (key === 'capabilities' ? ['X'] : String(key)) });
    for (const family of RULE_FAMILIES) {
      for (const reorder of Object.values(family.hashedEntries)) {
        const keys = Object.keys((reorder as (entry: unknown) => object)(full));
        expect(keys.length).toBeGreaterThan(1);
        expect([...keys].sort(compareKeys)).toEqual(keys);
      }
    }
    expect(isRecord(full)).toBe(true);
  });
});
