// The execApprovals family of OpenClaw 2026.9.6: the row scanner (legacy `default` folding), the
// Node 24 JSON.parse messages, and exact findings for the top level and for scoped overlays.
import { describe, expect, it } from 'vitest';
import type { FindingsInput } from '../../../src/engine/current/policy-family.js';
import {
  execApprovalsFamily,
  jsonParseErrorMessage,
  scanExecApprovals,
} from '../../../src/engine/families/exec-approvals.js';
import type { Evidence } from '../../../src/engine/types.js';

const NAME = { display: 'policy.jsonc', document: 'policy.jsonc' };
const LOCATOR = '~/.openclaw/state/openclaw.sqlite#exec_approvals_config';

function findingsFor(policy: unknown, row: string | null) {
  const input: FindingsInput = {
    policy,
    name: NAME,
    evidence: { execApprovals: row === null ? [] : scanExecApprovals(row) } as unknown as Evidence,
    execApprovalsFile: row === null ? undefined : { raw: row, displayName: LOCATOR },
    execApprovalsLocator: LOCATOR,
    legacyToolsFile: false,
  };
  return execApprovalsFamily.findings(input);
}

const brief = (findings: ReturnType<typeof findingsFor>) =>
  findings.map((f) => [f.checkId, f.message, f.path, f.target, f.requirement]);

describe('JSON.parse messages as Node 24 words them', () => {
  it.each([
    ['{not json', "Expected property name or '}' in JSON at position 1 (line 1 column 2)"],
    ['{"a":1', "Expected ',' or '}' after property value in JSON at position 6 (line 1 column 7)"],
    ['{\r\n"a":1\r\n,}', 'Expected double-quoted property name in JSON at position 11 (line 3 column 2)'],
    ['{\r"a":1\r,}', 'Expected double-quoted property name in JSON at position 9 (line 3 column 2)'],
    [
      '\n\n{"a":"\ud83d\ude00" x}',
      "Expected ',' or '}' after property value in JSON at position 12 (line 3 column 11)",
    ],
    ['', 'Unexpected end of JSON input'],
    ['[1,]', 'Unexpected token \']\', "[1,]" is not valid JSON'],
    ['undefined', '"undefined" is not valid JSON'],
  ])('%j', (text, message) => {
    expect(jsonParseErrorMessage(text)).toBe(message);
  });

  it('is undefined for valid JSON', () => {
    expect(jsonParseErrorMessage('{"version":1}')).toBeUndefined();
  });
});

describe('execApprovals evidence', () => {
  it('folds the legacy default agent into main and keeps each entry source', () => {
    const row = JSON.stringify({
      version: 1,
      defaults: { security: 'allowlist', ask: 'always', askFallback: 'deny', autoAllowSkills: true },
      agents: {
        default: { security: 'full', allowlist: [{ pattern: 'git', argPattern: '^status$' }, '  ls  '] },
        main: {
          ask: 'off',
          allowlist: [
            { pattern: 'GIT', argPattern: '^status$' },
            { pattern: 'cat', source: 'allow-always' },
          ],
        },
        '*': { autoAllowSkills: false, security: 'deny' },
        'Ops Team': { security: 'bogus', allowlist: [{ pattern: '' }, 5, { pattern: 'rm' }] },
      },
    });
    expect(JSON.stringify(scanExecApprovals(row))).toBe(
      JSON.stringify([
        {
          id: 'defaults',
          kind: 'defaults',
          source: 'oc://exec-approvals.json/defaults',
          securityConfigured: true,
          security: 'allowlist',
          ask: 'always',
          askFallback: 'deny',
          autoAllowSkills: true,
        },
        {
          id: 'agent:*',
          kind: 'agent',
          source: 'oc://exec-approvals.json/agents/"*"',
          agentId: '*',
          securityConfigured: true,
          security: 'deny',
          autoAllowSkills: false,
        },
        {
          id: 'agent:main',
          kind: 'agent',
          source: 'oc://exec-approvals.json/agents/main',
          agentId: 'main',
          securityConfigured: true,
          security: 'full',
          ask: 'off',
        },
        {
          id: 'agent:main:allowlist:0',
          kind: 'allowlist',
          source: 'oc://exec-approvals.json/agents/main/allowlist/#0',
          agentId: 'main',
          pattern: 'GIT',
          argPattern: '^status$',
        },
        {
          id: 'agent:main:allowlist:1',
          kind: 'allowlist',
          source: 'oc://exec-approvals.json/agents/main/allowlist/#1',
          agentId: 'main',
          pattern: 'cat',
          entrySource: 'allow-always',
        },
        {
          id: 'agent:main:allowlist:2',
          kind: 'allowlist',
          source: 'oc://exec-approvals.json/agents/default/allowlist/#1',
          agentId: 'main',
          pattern: 'ls',
        },
        {
          id: 'agent:Ops Team',
          kind: 'agent',
          source: 'oc://exec-approvals.json/agents/"Ops Team"',
          agentId: 'Ops Team',
          securityConfigured: true,
        },
        {
          id: 'agent:Ops Team:allowlist:0',
          kind: 'allowlist',
          source: 'oc://exec-approvals.json/agents/"Ops Team"/allowlist/#2',
          agentId: 'Ops Team',
          pattern: 'rm',
        },
      ]),
    );
  });

  it('maps a lone legacy default agent to main with its own sources', () => {
    const entries = scanExecApprovals('{"version":1,"agents":{"default":{"allowlist":["x"]}}}');
    expect(entries.map((e) => [e.id, e.source])).toEqual([
      ['defaults', 'oc://exec-approvals.json/defaults'],
      ['agent:main', 'oc://exec-approvals.json/agents/default'],
      ['agent:main:allowlist:0', 'oc://exec-approvals.json/agents/default/allowlist/#0'],
    ]);
  });

  it('is empty for rows that are not JSON objects of version 1', () => {
    expect(scanExecApprovals('{not json')).toEqual([]);
    expect(scanExecApprovals('{"version":2}')).toEqual([]);
    expect(scanExecApprovals('[1]')).toEqual([]);
  });

  it('is collected (also as []) only when the row was read for exec-approval rules', () => {
    const [slice] = execApprovalsFamily.evidence;
    const source = (policy: unknown, execApprovalsRaw: string | null | undefined) => ({
      config: {},
      policy,
      execApprovalsRaw,
      agentsMarkdown: undefined,
    });
    const policy = { execApprovals: { requireFile: false } };
    expect(slice?.collectedFor(source(policy, null))).toBe(true);
    expect(slice?.collect(source(policy, null))).toEqual([]);
    expect(slice?.collectedFor(source(policy, undefined))).toBe(false);
    expect(slice?.collectedFor(source({ execApprovals: {} }, null))).toBe(false);
  });
});

describe('execApprovals findings', () => {
  it('reports a missing row once, with the requireFile requirement when set', () => {
    expect(brief(findingsFor({ execApprovals: { requireFile: true, agents: {} } }, null))).toEqual([
      [
        'policy/exec-approvals-missing',
        'exec-approvals.json evidence is required by policy but was not found.',
        LOCATOR,
        'oc://exec-approvals.json',
        'oc://policy.jsonc/execApprovals/requireFile',
      ],
    ]);
    expect(findingsFor({ execApprovals: { requireFile: false } }, null)).toEqual([]);
  });

  it('reports unparseable rows and unsupported versions', () => {
    expect(brief(findingsFor({ execApprovals: { requireFile: true } }, '{not json'))).toEqual([
      [
        'policy/exec-approvals-invalid',
        `${LOCATOR} could not be parsed: Expected property name or '}' in JSON at position 1 (line 1 column 2)`,
        LOCATOR,
        'oc://exec-approvals.json',
        'oc://policy.jsonc/execApprovals',
      ],
    ]);
    expect(findingsFor({ execApprovals: { defaults: {} } }, '{"version":2}')[0]?.message).toBe(
      `${LOCATOR} could not be parsed: unsupported exec approvals version`,
    );
  });

  it('checks the defaults, every agent with a security setting and the exact allowlist', () => {
    const row = JSON.stringify({
      version: 1,
      defaults: { security: 'allowlist', autoAllowSkills: true },
      agents: {
        main: { security: 'full', allowlist: [{ pattern: 'git', argPattern: '^status$' }, 'cat'] },
        ops: { security: null, autoAllowSkills: true },
      },
    });
    const policy = {
      execApprovals: {
        defaults: { allowSecurity: ['deny'] },
        agents: {
          allowSecurity: ['deny', 'allowlist'],
          allowAutoAllowSkills: false,
          allowlist: {
            expected: ['ls', { pattern: 'git', argPattern: '^status$' }, { pattern: 'a', argPattern: 'b' }],
          },
        },
      },
    };
    expect(brief(findingsFor(policy, row))).toEqual([
      [
        'policy/exec-approvals-default-security-unapproved',
        "exec approvals defaults use unapproved security mode 'allowlist'.",
        'exec-approvals.json',
        'oc://exec-approvals.json/defaults',
        'oc://policy.jsonc/execApprovals/defaults/allowSecurity',
      ],
      [
        'policy/exec-approvals-agent-security-unapproved',
        "exec approvals agent 'main' uses unapproved security mode 'full'.",
        'exec-approvals.json',
        'oc://exec-approvals.json/agents/main',
        'oc://policy.jsonc/execApprovals/agents/allowSecurity',
      ],
      [
        'policy/exec-approvals-auto-allow-skills-enabled',
        "exec approvals agent 'ops' enables autoAllowSkills outside policy.",
        'exec-approvals.json',
        'oc://exec-approvals.json/agents/ops',
        'oc://policy.jsonc/execApprovals/agents/allowAutoAllowSkills',
      ],
      [
        'policy/exec-approvals-auto-allow-skills-enabled',
        "exec approvals agent 'inherited defaults' enables autoAllowSkills outside policy.",
        'exec-approvals.json',
        'oc://exec-approvals.json/defaults',
        'oc://policy.jsonc/execApprovals/agents/allowAutoAllowSkills',
      ],
      // Expected entries in localeCompare order: the NUL of "a\0b" is ignored, so it sorts as "ab".
      [
        'policy/exec-approvals-allowlist-missing',
        "exec approvals allowlist is missing expected pattern 'a argPattern=b'.",
        LOCATOR,
        'oc://exec-approvals.json',
        'oc://policy.jsonc/execApprovals/agents/allowlist/expected',
      ],
      [
        'policy/exec-approvals-allowlist-missing',
        "exec approvals allowlist is missing expected pattern 'ls'.",
        LOCATOR,
        'oc://exec-approvals.json',
        'oc://policy.jsonc/execApprovals/agents/allowlist/expected',
      ],
      [
        'policy/exec-approvals-allowlist-unexpected',
        "exec approvals allowlist has unexpected pattern 'cat'.",
        'exec-approvals.json',
        'oc://exec-approvals.json/agents/main/allowlist/#1',
        'oc://policy.jsonc/execApprovals/agents/allowlist/expected',
      ],
    ]);
  });

  it('judges a scoped agent by its effective entry and reports missing rows once per scope', () => {
    const row = JSON.stringify({
      version: 1,
      agents: {
        main: { security: 'full', autoAllowSkills: true, allowlist: ['x'] },
        '*': { allowlist: ['y'] },
      },
    });
    const policy = {
      scopes: {
        s: {
          agentIds: ['main', 'other'],
          execApprovals: {
            agents: {
              allowSecurity: ['deny'],
              allowAutoAllowSkills: false,
              allowlist: { expected: ['x', 'z'] },
            },
          },
        },
      },
    };
    // `*` normalises to `main` and sorts first, so it is also `main`'s own entry (as in the release).
    expect(brief(findingsFor(policy, row))).toEqual([
      [
        'policy/exec-approvals-agent-security-unapproved',
        "exec approvals agent '*' uses unapproved security mode 'full'.",
        'exec-approvals.json',
        'oc://exec-approvals.json/agents/"*"',
        'oc://policy.jsonc/scopes/s/execApprovals/agents/allowSecurity',
      ],
      [
        'policy/exec-approvals-allowlist-missing',
        "exec approvals allowlist is missing expected pattern 'z'.",
        LOCATOR,
        'oc://exec-approvals.json/agents/main/allowlist',
        'oc://policy.jsonc/scopes/s/execApprovals/agents/allowlist/expected',
      ],
      [
        'policy/exec-approvals-allowlist-unexpected',
        "exec approvals allowlist has unexpected pattern 'y'.",
        'exec-approvals.json',
        'oc://exec-approvals.json/agents/"*"/allowlist/#0',
        'oc://policy.jsonc/scopes/s/execApprovals/agents/allowlist/expected',
      ],
      [
        'policy/exec-approvals-agent-security-unapproved',
        "exec approvals agent '*' uses unapproved security mode 'full'.",
        'exec-approvals.json',
        'oc://exec-approvals.json/agents/"*"',
        'oc://policy.jsonc/scopes/s/execApprovals/agents/allowSecurity',
      ],
      [
        'policy/exec-approvals-allowlist-missing',
        "exec approvals allowlist is missing expected pattern 'x'.",
        LOCATOR,
        'oc://exec-approvals.json/agents/other/allowlist',
        'oc://policy.jsonc/scopes/s/execApprovals/agents/allowlist/expected',
      ],
      [
        'policy/exec-approvals-allowlist-missing',
        "exec approvals allowlist is missing expected pattern 'z'.",
        LOCATOR,
        'oc://exec-approvals.json/agents/other/allowlist',
        'oc://policy.jsonc/scopes/s/execApprovals/agents/allowlist/expected',
      ],
      [
        'policy/exec-approvals-allowlist-unexpected',
        "exec approvals allowlist has unexpected pattern 'y'.",
        'exec-approvals.json',
        'oc://exec-approvals.json/agents/"*"/allowlist/#0',
        'oc://policy.jsonc/scopes/s/execApprovals/agents/allowlist/expected',
      ],
    ]);
    const missing = findingsFor(
      { scopes: { s: { agentIds: ['a', 'b'], execApprovals: { agents: { allowSecurity: ['deny'] } } } } },
      null,
    );
    expect(brief(missing)).toEqual([
      [
        'policy/exec-approvals-missing',
        'exec-approvals.json evidence is required by policy but was not found.',
        LOCATOR,
        'oc://exec-approvals.json',
        'oc://policy.jsonc/scopes/s/execApprovals',
      ],
    ]);
  });

  it('falls back to the defaults entry for a scoped agent the row does not mention', () => {
    const findings = findingsFor(
      { scopes: { s: { agentIds: ['ops'], execApprovals: { agents: { allowSecurity: ['deny'] } } } } },
      '{"version":1}',
    );
    expect(brief(findings)).toEqual([
      [
        'policy/exec-approvals-agent-security-unapproved',
        "exec approvals agent 'ops' uses unapproved security mode 'full'.",
        'exec-approvals.json',
        'oc://exec-approvals.json/defaults',
        'oc://policy.jsonc/scopes/s/execApprovals/agents/allowSecurity',
      ],
    ]);
  });
});
