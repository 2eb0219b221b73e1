import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types.js';
import { checkOf } from '../support/check-helpers.js';

const D = 'policy.jsonc';

function onlyShapeFinding(policy: unknown): Finding {
  const check = checkOf({ policy });
  const invalid = check.visibleFindings.filter((f) => f.checkId === 'policy/policy-jsonc-invalid');
  expect(invalid).toHaveLength(1);
  return invalid[0] as Finding;
}

function expectShape(policy: unknown, message: string, fixHint: string, target: string): void {
  expect(onlyShapeFinding(policy)).toEqual({
    checkId: 'policy/policy-jsonc-invalid',
    severity: 'error',
    message,
    source: 'policy',
    path: D,
    target,
    fixHint,
  });
}

describe('policy shape validation (SPEC.md §2.1)', () => {
  it('top level must be an object', () => {
    expectShape(
      [],
      `${D} must contain a policy object.`,
      `Fix ${D} so the top-level policy is an object.`,
      'oc://policy.jsonc',
    );
    expectShape(
      'x',
      `${D} must contain a policy object.`,
      `Fix ${D} so the top-level policy is an object.`,
      'oc://policy.jsonc',
    );
  });

  const objects: [string, unknown][] = [
    ['tools', { tools: [] }],
    ['tools.settings', { tools: { settings: 1 } }],
    ['channels', { channels: 'x' }],
    ['mcp', { mcp: [] }],
    ['mcp.servers', { mcp: { servers: null } }],
    ['models', { models: true }],
    ['models.providers', { models: { providers: [] } }],
    ['network', { network: 1 }],
    ['network.privateNetwork', { network: { privateNetwork: [] } }],
  ];
  it.each(objects)('%s must be an object', (dotted, policy) => {
    expectShape(
      policy,
      `${D} ${dotted} must be an object.`,
      `Fix ${D} so ${dotted} is an object.`,
      `oc://policy.jsonc/${dotted.replaceAll('.', '/')}`,
    );
  });

  it('tools.entries must be an array', () => {
    expectShape(
      { tools: { entries: {} } },
      `${D} tools.entries must be an array.`,
      `Fix ${D} so tools.entries is an array.`,
      'oc://policy.jsonc/tools/entries',
    );
  });

  const lists: [string, string, string][] = [
    ['mcp.servers.allow', 'MCP server ids', 'a MCP server id'],
    ['mcp.servers.deny', 'MCP server ids', 'a MCP server id'],
    ['models.providers.allow', 'model provider ids', 'a model provider id'],
    ['models.providers.deny', 'model provider ids', 'a model provider id'],
  ];
  it.each(lists)('%s must be an array of non-empty strings', (dotted, many, one) => {
    const [a, b, c] = dotted.split('.') as [string, string, string];
    const target = `oc://policy.jsonc/${a}/${b}/${c}`;
    expectShape(
      { [a]: { [b]: { [c]: 'x' } } },
      `${D} ${dotted} must be an array.`,
      `Fix ${D} so ${dotted} is an array of ${many}.`,
      target,
    );
    expectShape(
      { [a]: { [b]: { [c]: ['ok', '  '] } } },
      `${D} ${dotted}[1] must be a non-empty string.`,
      `Fix ${D} so each ${dotted} entry is ${one}.`,
      `${target}/#1`,
    );
    expectShape(
      { [a]: { [b]: { [c]: [3] } } },
      `${D} ${dotted}[0] must be a non-empty string.`,
      `Fix ${D} so each ${dotted} entry is ${one}.`,
      `${target}/#0`,
    );
  });

  it('network.privateNetwork.allow must be a boolean', () => {
    expectShape(
      { network: { privateNetwork: { allow: 'false' } } },
      `${D} network.privateNetwork.allow must be a boolean.`,
      `Fix ${D} so network.privateNetwork.allow is true or false.`,
      'oc://policy.jsonc/network/privateNetwork/allow',
    );
  });

  it('reports only the first container failure, tools before channels', () => {
    const f = onlyShapeFinding({ channels: [], tools: { settings: [] }, mcp: 1 });
    expect(f.target).toBe('oc://policy.jsonc/tools/settings');
  });

  it('channels.denyRules must be an array, and a malformed rule silences denied-provider findings', () => {
    expectShape(
      { channels: { denyRules: {} } },
      `${D} channels.denyRules must be an array.`,
      `Fix ${D} so channel deny rules are an array.`,
      'oc://policy.jsonc/channels/denyRules',
    );
    const policy = { channels: { denyRules: [{ when: { provider: 'slack' } }, { when: {} }] } };
    expectShape(
      policy,
      `${D} channels.denyRules[1] must define when.provider as a string.`,
      `Fix ${D} so each channel deny rule has a provider match.`,
      'oc://policy.jsonc/channels/denyRules/#1',
    );
    const check = checkOf({ policy, config: { channels: { slack: {} } } });
    expect(check.visibleFindings.map((f) => f.checkId)).toEqual(['policy/policy-jsonc-invalid']);
    for (const rule of [
      { id: 3, when: { provider: 'x' } },
      { reason: false, when: { provider: 'x' } },
      'x',
      { when: 'x' },
    ]) {
      expect(onlyShapeFinding({ channels: { denyRules: [rule] } }).target).toBe(
        'oc://policy.jsonc/channels/denyRules/#0',
      );
    }
  });

  it('tools.requireMetadata must be an array of supported keys', () => {
    const hint = 'Use supported metadata keys: risk, sensitivity, owner.';
    expectShape(
      { tools: { requireMetadata: 'risk' } },
      `${D} tools.requireMetadata must be an array of metadata keys.`,
      hint,
      'oc://policy.jsonc/tools/requireMetadata',
    );
    for (const bad of ['colour', '', '  ', 7]) {
      expectShape(
        { tools: { requireMetadata: [' Risk ', bad] } },
        `${D} tools.requireMetadata[1] must be a supported metadata key.`,
        hint,
        'oc://policy.jsonc/tools/requireMetadata/#1',
      );
    }
  });

  it('ignores unknown keys and empty namespaces', () => {
    expect(checkOf({ policy: { mcp: {}, extra: { anything: [1] } } }).visibleFindings).toEqual([]);
  });

  it('uses the display name in messages and the basename as the oc:// document', () => {
    const check = checkOf({ policy: [], display: 'policies/workspace.policy.jsonc' });
    expect(check.visibleFindings[0]).toMatchObject({
      message: 'policies/workspace.policy.jsonc must contain a policy object.',
      path: 'policies/workspace.policy.jsonc',
      target: 'oc://workspace.policy.jsonc',
    });
  });
});
