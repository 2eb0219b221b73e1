import { describe, expect, it } from 'vitest';
import { compareToolDeclarations } from '../../src/engine/tool-changes.js';

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
        downgrade: true,
      },
      {
        toolId: 'deploy',
        kind: 'sensitivity-lowered',
        before: 'restricted',
        after: 'internal',
        line: 2,
        downgrade: true,
      },
      {
        toolId: 'deploy',
        kind: 'capability-removed',
        before: 'IRREVERSIBLE_EXTERNAL',
        line: 2,
        downgrade: true,
      },
      {
        toolId: 'deploy',
        kind: 'owner-changed',
        before: '@release',
        after: '@someone-else',
        line: 2,
        downgrade: true,
      },
      { toolId: 'search', kind: 'risk-raised', before: 'low', after: 'high', line: 3, downgrade: false },
      {
        toolId: 'search',
        kind: 'sensitivity-raised',
        before: 'public',
        after: 'confidential',
        line: 3,
        downgrade: false,
      },
      { toolId: 'search', kind: 'capability-added', after: 'AUDITED', line: 3, downgrade: false },
      { toolId: 'fresh', kind: 'tool-added', line: 4, downgrade: false },
      { toolId: 'legacy', kind: 'tool-removed', line: 4, downgrade: false },
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
      { toolId: 'search', kind: 'risk-lowered', before: 'low', line: 3, downgrade: true },
      { toolId: 'legacy', kind: 'risk-lowered', before: 'high', after: 'extreme', line: 4, downgrade: true },
    ]);
  });

  it('no change, no entries (CRLF and moved lines alike)', () => {
    expect(compareToolDeclarations(base, base.replaceAll('\n', '\r\n'))).toEqual([]);
  });
});
