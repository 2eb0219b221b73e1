// Every shape message template, exact text and target, against findings recorded from the release
// (shape-cases.ts): the container walk (SPEC-2026.9 §6.2, §6.4–§6.7, §9.1) and the family
// validators (§6.3).
import { describe, expect, it } from 'vitest';
import {
  authAllowModesShapeFindings,
  authRequireMetadataShapeFindings,
  channelDenyRuleShapeFindings,
  dataHandlingShapeFindings,
  policyContainerShapeFindings,
  secretsShapeFindings,
  toolsRequireMetadataShapeFindings,
} from '../../../src/engine/current/shape/index.js';
import type { PolicyName } from '../../../src/engine/rule-family.js';
import type { Finding } from '../../../src/engine/types.js';
import { CONTAINER_CASES, FAMILY_CASES } from './shape-cases.js';

const NAME: PolicyName = { display: 'policy.jsonc', document: 'policy.jsonc' };

function invalid(message: string, target: string, fixHint: string): Finding {
  return {
    checkId: 'policy/policy-jsonc-invalid',
    severity: 'error',
    message,
    source: 'policy',
    path: 'policy.jsonc',
    target,
    fixHint,
  };
}

describe('container shape: one finding per template', () => {
  it.each(CONTAINER_CASES)('%s', (_label, policy, message, target, fixHint) => {
    const found = policyContainerShapeFindings(policy, NAME);
    expect(found).toEqual([invalid(message, target, fixHint)]);
    // Findings are hashed as written: the key order is part of the contract.
    expect(Object.keys(found[0]!)).toEqual([
      'checkId',
      'severity',
      'message',
      'source',
      'path',
      'target',
      'fixHint',
    ]);
  });
});

const FAMILY_VALIDATORS: Record<string, (policy: unknown, name: PolicyName) => Finding[]> = {
  channels: channelDenyRuleShapeFindings,
  dataHandling: dataHandlingShapeFindings,
  secrets: secretsShapeFindings,
  authAllowModes: authAllowModesShapeFindings,
  authRequireMetadata: authRequireMetadataShapeFindings,
  toolsRequireMetadata: toolsRequireMetadataShapeFindings,
};

describe.each(Object.entries(FAMILY_CASES))('family validator %s', (family, cases) => {
  it.each(cases)('%s', (_label, policy, findings) => {
    expect(FAMILY_VALIDATORS[family]!(policy, NAME)).toEqual(
      findings.map(([message, target, fixHint]) => invalid(message, target, fixHint)),
    );
  });
});

describe('names and documents', () => {
  it('uses the display name in text and the document name in targets', () => {
    const name = { display: 'config/team policy.jsonc', document: 'team policy.jsonc' };
    expect(policyContainerShapeFindings({ tools: { fs: { requireWorkspaceOnly: 1 } } }, name)).toEqual([
      {
        checkId: 'policy/policy-jsonc-invalid',
        severity: 'error',
        message: 'config/team policy.jsonc tools.fs.requireWorkspaceOnly must be a boolean.',
        source: 'policy',
        path: 'config/team policy.jsonc',
        target: 'oc://team policy.jsonc/tools/fs/requireWorkspaceOnly',
        fixHint: 'Set tools.fs.requireWorkspaceOnly to true or false.',
      },
    ]);
  });

  it('JSON-quotes policy-side segments that are not plain words', () => {
    const found = policyContainerShapeFindings({ scopes: { 'say "hi"': { agentIds: ['ops'], x: 1 } } }, NAME);
    expect(found.map((f) => [f.message, f.target])).toEqual([
      [
        'policy.jsonc scopes.say "hi".x is not a supported scoped policy section.',
        'oc://policy.jsonc/scopes/"say \\"hi\\""/x',
      ],
    ]);
  });

  it('substitutes placeholders once: a key that looks like a placeholder stays as written', () => {
    const found = policyContainerShapeFindings({ tools: { '{policy}': 1 } }, NAME);
    expect(found[0]!.message).toBe('policy.jsonc tools.{policy} is not supported in tools policy.');
    expect(found[0]!.target).toBe('oc://policy.jsonc/tools/"{policy}"');
  });
});

describe('container order', () => {
  it('reports only the first failure, in the release order (tools before channels before scopes)', () => {
    const found = policyContainerShapeFindings(
      { scopes: 5, channels: { x: 1 }, tools: { profiles: { allow: ['bad'] } } },
      NAME,
    );
    expect(found.map((f) => f.message)).toEqual([
      'policy.jsonc tools.profiles.allow[0] must be a supported tool profile id.',
    ]);
  });

  it('checks unknown top-level sections before anything else', () => {
    const found = policyContainerShapeFindings({ tools: 5, zzz: 1 }, NAME);
    expect(found.map((f) => f.message)).toEqual(['policy.jsonc zzz is not a supported policy section.']);
  });

  it('checks dataHandling is an object before the MCP server lists (release order)', () => {
    const found = policyContainerShapeFindings({ mcp: { servers: { allow: 5 } }, dataHandling: 5 }, NAME);
    expect(found.map((f) => f.message)).toEqual(['policy.jsonc dataHandling must be an object.']);
  });

  it('runs the posture steps of a section object-checks first, then keys, then rules', () => {
    const found = policyContainerShapeFindings({ gateway: { remote: { allow: 1 }, tls: {}, http: 5 } }, NAME);
    expect(found.map((f) => f.message)).toEqual(['policy.jsonc gateway.http must be an object.']);
  });

  it('accepts a complete valid policy', () => {
    expect(policyContainerShapeFindings(VALID_POLICY, NAME)).toEqual([]);
  });
});

const VALID_POLICY = {
  channels: { denyRules: [{ id: 'no-slack', reason: 'r', when: { provider: 'slack' } }] },
  mcp: { servers: { allow: ['docs'], deny: ['shell'] } },
  models: { providers: { allow: ['openai'], deny: ['z.ai'] } },
  network: { privateNetwork: { allow: false } },
  routing: {
    requireBindings: true,
    probes: [
      { id: 'p', route: { channel: 'telegram' }, expect: { agentId: 'main', matchedBy: ['default'] } },
    ],
  },
  ingress: {
    session: { requireDmScope: 'per-peer' },
    channels: { allowDmPolicies: ['pairing'], denyOpenGroups: true },
  },
  gateway: {
    auth: { requireAuth: true },
    http: { denyEndpoints: ['responses'] },
    nodes: { denyCommands: ['system.run'] },
  },
  agents: { workspace: { allowedAccess: ['none', 'ro'], denyTools: ['exec'] } },
  tools: {
    profiles: { allow: ['coding'] },
    exec: { allowSecurity: ['deny'], requireAsk: ['always'], allowHosts: ['sandbox'] },
    denyTools: ['group:runtime'],
    requireMetadata: ['risk'],
  },
  sandbox: {
    requireMode: ['all'],
    containers: { denyHostNetwork: true },
    browser: { requireCdpSourceRange: true },
  },
  dataHandling: { telemetry: { denyContentCapture: true }, memory: { denySessionTranscriptIndexing: true } },
  secrets: { requireManagedProviders: true, denySources: ['exec'] },
  auth: { profiles: { allowModes: ['oauth'], requireMetadata: ['provider'] } },
  execApprovals: {
    requireFile: true,
    agents: { allowlist: { expected: ['deploy', { pattern: 'x', argPattern: '^a$' }] } },
  },
  scopes: {
    ops: {
      agentIds: ['ops'],
      tools: { exec: { allowSecurity: ['deny'] } },
      sandbox: { requireMode: ['all'] },
    },
    chat: { channelIds: ['telegram'], ingress: { channels: { denyOpenGroups: true } } },
  },
};
