import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runPolicyCheck, type PolicySource } from '../../src/engine/check.js';
import { isRecord } from '../../src/engine/record.js';
import { pluginSettings } from '../../src/engine/plugin-settings.js';
import { parseJsonDocument } from '../../src/workspace/json-document.js';

// JSONC-ish text: real policy/config vocabulary, JSON5 syntax, comments, junk and truncation.
const token = fc.constantFrom(
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '"',
  "'",
  '//c\n',
  '/*c*/',
  ' ',
  '\n',
  '\r\n',
  '\uFEFF',
  'true',
  'false',
  'null',
  '1',
  '-0',
  'NaN',
  'Infinity',
  '"mcp"',
  'servers',
  '"allow"',
  'deny',
  '"models"',
  'providers',
  'channels',
  'denyRules',
  'when',
  'provider',
  'network',
  'privateNetwork',
  'tools',
  'requireMetadata',
  '"risk"',
  '"owner"',
  'agents',
  'defaults',
  'model',
  'list',
  '"openai/gpt"',
  '"bedrock/x"',
  'plugins',
  'entries',
  'policy',
  'config',
  'expectedHash',
  'enabled',
  '__proto__',
  '"#0"',
);
const jsoncText = fc.oneof(
  fc.array(token, { maxLength: 60 }).map((parts) => parts.join('')),
  fc.string(),
  fc.json(),
);
const policyValue = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      mcp: fc.record({
        servers: fc.record(
          { allow: fc.array(fc.oneof(fc.string(), fc.integer())), deny: fc.array(fc.string()) },
          { requiredKeys: [] },
        ),
      }),
      models: fc.record({
        providers: fc.record({ allow: fc.array(fc.string()), deny: fc.anything() }, { requiredKeys: [] }),
      }),
      channels: fc.record({
        denyRules: fc.array(
          fc.record(
            { when: fc.record({ provider: fc.string() }), reason: fc.anything() },
            { requiredKeys: [] },
          ),
        ),
      }),
      network: fc.record({ privateNetwork: fc.record({ allow: fc.anything() }) }),
      tools: fc.record(
        {
          requireMetadata: fc.array(fc.constantFrom('risk', 'sensitivity', 'owner', ' Risk ', 'x', '')),
          settings: fc.anything(),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  ),
);
const toolsText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '# Tools',
        '## Tools',
        '### a risk:low',
        '- b: R5 owner:@x',
        '  - risk: high',
        'sensitivity: secret',
        'IRREVERSIBLE_EXTERNAL',
        '#### x',
        '',
      ),
      fc.string(),
    ),
    { maxLength: 20 },
  )
  .map((lines) => lines.join(fc.sample(fc.constantFrom('\n', '\r\n'), 1)[0]));

function policySource(text: string): PolicySource {
  const document = parseJsonDocument(text, 'policy.jsonc');
  return document.ok
    ? { state: 'parsed', value: document.value }
    : { state: 'unparseable', error: document.error };
}

function evaluate(policy: PolicySource, config: unknown, tools: string) {
  const record = isRecord(config) ? config : {};
  return runPolicyCheck({
    name: { display: 'policy.jsonc', document: 'policy.jsonc' },
    policy,
    config: record,
    settings: pluginSettings(record),
    toolsMarkdown: tools,
  });
}

describe('the engine on arbitrary input', () => {
  it('never throws and gives the same result twice on random JSONC text (property)', () => {
    fc.assert(
      fc.property(jsoncText, jsoncText, toolsText, (policyText, configText, tools) => {
        const config = parseJsonDocument(configText, 'openclaw.json');
        const configValue = config.ok ? config.value : {};
        const first = evaluate(policySource(policyText), configValue, tools);
        const second = evaluate(policySource(policyText), configValue, tools);
        expect(second).toEqual(first);
        expect(first.attestationHash).toMatch(/^sha256:[0-9a-f]{64}$/);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws and is deterministic on random policy values (property)', () => {
    fc.assert(
      fc.property(policyValue, fc.jsonValue(), toolsText, (policy, config, tools) => {
        const first = evaluate({ state: 'parsed', value: policy }, config, tools);
        expect(
          evaluate({ state: 'parsed', value: structuredClone(policy) }, structuredClone(config), tools),
        ).toEqual(first);
        // A malformed policy is never silently clean.
        if (first.visibleFindings.length === 0 && first.enabled) expect(isRecord(policy)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
