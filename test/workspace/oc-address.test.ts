import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configAddress, ocSegment } from '../../src/engine/oc-path.js';
import { parseJsonDocument } from '../../src/workspace/json-document.js';
import { locateAddress, parseOcAddress, type LocatableDocuments } from '../../src/workspace/oc-address.js';

describe('parseOcAddress', () => {
  it.each<[string, ReturnType<typeof parseOcAddress>]>([
    [
      'oc://openclaw.config/channels/telegram',
      { document: 'openclaw.config', segments: ['channels', 'telegram'] },
    ],
    [
      'oc://workspace.policy.jsonc/channels/denyRules/#0',
      { document: 'workspace.policy.jsonc', segments: ['channels', 'denyRules', 0] },
    ],
    [
      'oc://openclaw.config/mcp/servers/"my/server"',
      { document: 'openclaw.config', segments: ['mcp', 'servers', 'my/server'] },
    ],
    [
      'oc://openclaw.config/mcp/servers/"my server"/command',
      { document: 'openclaw.config', segments: ['mcp', 'servers', 'my server', 'command'] },
    ],
    [
      'oc://openclaw.config/agents/defaults/models/"openrouter/*"',
      { document: 'openclaw.config', segments: ['agents', 'defaults', 'models', 'openrouter/*'] },
    ],
    [
      'oc://openclaw.config/agents/list/#12/model/fallbacks/#1',
      { document: 'openclaw.config', segments: ['agents', 'list', 12, 'model', 'fallbacks', 1] },
    ],
    [
      'oc://openclaw.config/mcp/servers/""',
      { document: 'openclaw.config', segments: ['mcp', 'servers', ''] },
    ],
    [
      'oc://openclaw.config/mcp/servers/a"b',
      { document: 'openclaw.config', segments: ['mcp', 'servers', 'a"b'] },
    ],
    [
      'oc://openclaw.config/mcp/servers/"a\\b',
      { document: 'openclaw.config', segments: ['mcp', 'servers', '"a\\b'] },
    ],
    [
      'oc://openclaw.config/mcp/servers/"a"b"',
      { document: 'openclaw.config', segments: ['mcp', 'servers', '"a"b"'] },
    ],
    ['oc://openclaw.config/channels/#01', { document: 'openclaw.config', segments: ['channels', '#01'] }],
    [
      'oc://openclaw.config/channels/#general',
      { document: 'openclaw.config', segments: ['channels', '#general'] },
    ],
    ['oc://openclaw.config/channels/', { document: 'openclaw.config', segments: ['channels', ''] }],
    ['oc://TOOLS.md/tools/deploy-prod', { document: 'TOOLS.md', segments: ['tools', 'deploy-prod'] }],
    ['oc://policy.jsonc', { document: 'policy.jsonc', segments: [] }],
    ['oc://policy/attestation/current', { document: 'policy', segments: ['attestation', 'current'] }],
    ['oc://', undefined],
    ['oc:///x', undefined],
    ['https://example.test/a', undefined],
  ])('%s', (address, expected) => {
    expect(parseOcAddress(address)).toEqual(expected);
  });

  it('inverts the engine quoting for every id without `"`, `\\` or an index look-alike', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }).filter((id) => !/["\\]/.test(id) && !/^#\d+$/.test(id)),
        (id) => {
          expect(parseOcAddress(configAddress('mcp', 'servers', ocSegment(id), 'command'))).toEqual({
            document: 'openclaw.config',
            segments: ['mcp', 'servers', id, 'command'],
          });
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('locateAddress', () => {
  const configText = [
    '{', // 1
    '  // OpenClaw config', // 2
    '  "channels": {', // 3
    '    "telegram": { "enabled": true },', // 4
    '    "#2": { "enabled": true }', // 5
    '  },', // 6
    '  "mcp": {', // 7
    '    "servers": {', // 8
    '      "my server": { "command": "npx" },', // 9
    '      "my/server": { "url": "https://example.test" },', // 10
    '      "plain": { "command": "node" }', // 11
    '    }', // 12
    '  },', // 13
    '  "models": { "providers": { "openai": {} } },', // 14
    '  "agents": { "defaults": { "models": { "openrouter/*": {} } }, "list": [ { "model": "a/b" } ] },', // 15
    '  "plugins": { "entries": { "policy": { "config": { "expectedHash": "sha256:00" } } } }', // 16
    '}', // 17
  ].join('\n');

  const policyText = [
    '// policy for this workspace', // 1
    '{', // 2
    '  channels: {', // 3
    '    denyRules: [', // 4
    "      { id: 'no-telegram', when: { provider: 'telegram' } },", // 5
    "      { id: 'no-discord', when: { provider: 'discord' }, reason: 'Not approved.' },", // 6
    '    ],', // 7
    '  },', // 8
    "  mcp: { servers: { deny: ['shell'], allow: ['plain'] } },", // 9
    "  models: { providers: { deny: ['openrouter'] } },", // 10
    "  tools: { requireMetadata: ['risk'] },", // 11
    '}', // 12
  ].join('\n');

  const documents: LocatableDocuments = {
    config: { path: 'openclaw.jsonc', doc: parseJsonDocument(configText, 'openclaw.jsonc') },
    policy: {
      path: 'policies/workspace.policy.jsonc',
      doc: parseJsonDocument(policyText, 'workspace.policy.jsonc'),
    },
    toolsLines: new Map([['deploy-prod', 7]]),
  };

  it.each([
    ['oc://workspace.policy.jsonc/channels/denyRules/#1', 'policies/workspace.policy.jsonc', 6, 7],
    ['oc://workspace.policy.jsonc/channels/denyRules/#0', 'policies/workspace.policy.jsonc', 5, 7],
    ['oc://workspace.policy.jsonc/models/providers/deny', 'policies/workspace.policy.jsonc', 10, 26],
    ['oc://workspace.policy.jsonc/mcp/servers/allow', 'policies/workspace.policy.jsonc', 9, 38],
    ['oc://workspace.policy.jsonc/tools/requireMetadata', 'policies/workspace.policy.jsonc', 11, 12],
    ['oc://workspace.policy.jsonc', 'policies/workspace.policy.jsonc', 2, 1],
    ['oc://openclaw.config/channels/telegram', 'openclaw.jsonc', 4, 5],
    ['oc://openclaw.config/channels/#2', 'openclaw.jsonc', 5, 5],
    ['oc://openclaw.config/mcp/servers/"my server"', 'openclaw.jsonc', 9, 7],
    ['oc://openclaw.config/mcp/servers/"my/server"', 'openclaw.jsonc', 10, 7],
    ['oc://openclaw.config/mcp/servers/plain', 'openclaw.jsonc', 11, 7],
    ['oc://openclaw.config/models/providers/openai', 'openclaw.jsonc', 14, 30],
    ['oc://openclaw.config/agents/defaults/models/"openrouter/*"', 'openclaw.jsonc', 15, 41],
    ['oc://openclaw.config/agents/list/#0/model', 'openclaw.jsonc', 15, 77],
    ['oc://openclaw.config/plugins/entries/policy/config/expectedHash', 'openclaw.jsonc', 16, 53],
    ['oc://TOOLS.md/tools/deploy-prod', 'TOOLS.md', 7, 1],
  ])('%s → %s:%i:%i', (address, file, line, column) => {
    expect(locateAddress(address, documents)).toEqual({ file, line, column });
  });

  it('falls back to the nearest parent that exists', () => {
    expect(locateAddress('oc://openclaw.config/mcp/servers/absent', documents)).toEqual({
      file: 'openclaw.jsonc',
      line: 8,
      column: 5,
    });
    expect(locateAddress('oc://workspace.policy.jsonc/channels/denyRules/#9', documents)).toEqual({
      file: 'policies/workspace.policy.jsonc',
      line: 4,
      column: 5,
    });
    expect(
      locateAddress('oc://openclaw.config/plugins/entries/policy/config/expectedAttestationHash', documents),
    ).toEqual({
      file: 'openclaw.jsonc',
      line: 16,
      column: 41,
    });
  });

  it('falls back to line 1 for an unknown tool and for a document that did not parse', () => {
    expect(locateAddress('oc://TOOLS.md/tools/unknown', documents)).toEqual({
      file: 'TOOLS.md',
      line: 1,
      column: 1,
    });
    expect(locateAddress('oc://TOOLS.md', { toolsPath: 'docs/TOOLS.md' })).toEqual({
      file: 'docs/TOOLS.md',
      line: 1,
      column: 1,
    });
    const broken = { path: 'policy.jsonc', doc: parseJsonDocument('{"a":', 'policy.jsonc') };
    expect(locateAddress('oc://policy.jsonc/mcp/servers/deny', { policy: broken })).toEqual({
      file: 'policy.jsonc',
      line: 1,
      column: 1,
    });
  });

  it('locates nothing for the attestation, unknown documents and documents not supplied', () => {
    expect(locateAddress('oc://policy/attestation/current', documents)).toBeUndefined();
    expect(locateAddress('oc://other.jsonc/a', documents)).toBeUndefined();
    expect(locateAddress('oc://openclaw.config/channels', {})).toBeUndefined();
    expect(locateAddress('not an address', documents)).toBeUndefined();
  });

  it('uses an explicit oc document name when the policy file is named differently', () => {
    const policy = {
      path: 'custom/file.json5',
      doc: parseJsonDocument(policyText, 'x'),
      ocName: 'policy.jsonc',
    };
    expect(locateAddress('oc://policy.jsonc/mcp/servers/deny', { policy })).toEqual({
      file: 'custom/file.json5',
      line: 9,
      column: 21,
    });
    expect(locateAddress('oc://file.json5/mcp', { policy })).toBeUndefined();
  });
});
