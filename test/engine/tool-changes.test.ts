import { describe, expect, it } from 'vitest';
import {
  compareToolDeclarations,
  compareToolDocuments,
  toolDocumentOf,
} from '../../src/engine/tool-changes.js';

const base = [
  '# Tools',
  '### deploy risk:critical sensitivity:restricted owner:@release IRREVERSIBLE_EXTERNAL NETWORK',
  '### search risk:low sensitivity:public owner:@docs',
  '### legacy risk:high owner:@ops',
].join('\n');

describe('compareToolDeclarations: TOOLS.md base → head', () => {
  it('lists every kind of change and marks the downgrades', () => {
    const head = [
      '# Tools',
      '### deploy risk:medium sensitivity:internal owner:@someone-else NETWORK',
      '### search risk:high sensitivity:confidential owner:@docs AUDITED',
      '### fresh risk:low owner:@new',
    ].join('\n');
    expect(compareToolDeclarations(base, head)).toEqual([
      {
        toolId: 'deploy',
        kind: 'risk-lowered',
        before: 'critical',
        after: 'medium',
        line: 2,
        file: 'TOOLS.md',
        downgrade: true,
      },
      {
        toolId: 'deploy',
        kind: 'sensitivity-lowered',
        before: 'restricted',
        after: 'internal',
        line: 2,
        file: 'TOOLS.md',
        downgrade: true,
      },
      {
        toolId: 'deploy',
        kind: 'capability-removed',
        before: 'IRREVERSIBLE_EXTERNAL',
        line: 2,
        file: 'TOOLS.md',
        downgrade: true,
      },
      {
        toolId: 'deploy',
        kind: 'owner-changed',
        before: '@release',
        after: '@someone-else',
        line: 2,
        file: 'TOOLS.md',
        downgrade: true,
      },
      {
        toolId: 'search',
        kind: 'risk-raised',
        before: 'low',
        after: 'high',
        line: 3,
        file: 'TOOLS.md',
        downgrade: false,
      },
      {
        toolId: 'search',
        kind: 'sensitivity-raised',
        before: 'public',
        after: 'confidential',
        line: 3,
        file: 'TOOLS.md',
        downgrade: false,
      },
      {
        toolId: 'search',
        kind: 'capability-added',
        after: 'AUDITED',
        line: 3,
        file: 'TOOLS.md',
        downgrade: false,
      },
      { toolId: 'fresh', kind: 'tool-added', line: 4, file: 'TOOLS.md', downgrade: false },
      { toolId: 'legacy', kind: 'tool-removed', line: 4, file: 'TOOLS.md', downgrade: true },
    ]);
  });

  it('a known risk dropped or made unknown is a downgrade; R-aliases compare as levels', () => {
    const head = [
      '# Tools',
      '### deploy R5 sensitivity:restricted owner:@release IRREVERSIBLE_EXTERNAL NETWORK',
      '### search sensitivity:public owner:@docs',
      '### legacy risk:extreme owner:@ops',
    ].join('\n');
    expect(compareToolDeclarations(base, head)).toEqual([
      { toolId: 'search', kind: 'risk-lowered', before: 'low', line: 3, file: 'TOOLS.md', downgrade: true },
      {
        toolId: 'legacy',
        kind: 'risk-lowered',
        before: 'high',
        after: 'extreme',
        line: 4,
        file: 'TOOLS.md',
        downgrade: true,
      },
    ]);
  });

  it('no change, no entries (CRLF and moved lines alike)', () => {
    expect(compareToolDeclarations(base, base.replaceAll('\n', '\r\n'))).toEqual([]);
  });
});

describe('compareToolDocuments: either release, AGENTS.md Tools sections', () => {
  const agents = (tools: string) => `# Agent\n\nBe brief.\n\n## Tools\n\n${tools}\n`;
  const declared = [
    '### deploy risk:critical sensitivity:restricted owner:@release IRREVERSIBLE_EXTERNAL',
    '### search risk:low sensitivity:public owner:@docs',
  ].join('\n');

  it('a migration TOOLS.md → AGENTS.md that keeps every declaration changes nothing', () => {
    const before = toolDocumentOf('TOOLS.md', `# Tools\n${declared}\n`);
    const after = toolDocumentOf('AGENTS.md', agents(declared));
    expect(compareToolDocuments(before, after)).toEqual([]);
  });

  it('a downgrade in AGENTS.md is located in AGENTS.md', () => {
    const before = toolDocumentOf('AGENTS.md', agents(declared));
    const after = toolDocumentOf('AGENTS.md', agents(declared.replace('risk:critical', 'risk:low')));
    expect(compareToolDocuments(before, after)).toEqual([
      {
        toolId: 'deploy',
        kind: 'risk-lowered',
        before: 'critical',
        after: 'low',
        file: 'AGENTS.md',
        line: 7,
        downgrade: true,
      },
    ]);
  });

  it('tools that leave governance (section renamed, or moved under local notes) are removals needing acceptance', () => {
    const before = toolDocumentOf('AGENTS.md', agents(declared));
    const renamed = toolDocumentOf('AGENTS.md', agents(declared).replace('## Tools', '## Tooling'));
    const removals = [
      { toolId: 'deploy', kind: 'tool-removed', file: 'AGENTS.md', line: 7, downgrade: true },
      { toolId: 'search', kind: 'tool-removed', file: 'AGENTS.md', line: 8, downgrade: true },
    ];
    expect(compareToolDocuments(before, renamed)).toEqual(removals);
    const skipped = toolDocumentOf(
      'AGENTS.md',
      agents(`### Local notes (migrated from TOOLS.md)\n\n${declared}`),
    );
    expect(compareToolDocuments(before, skipped)).toEqual(removals);
  });
});
