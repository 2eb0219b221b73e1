import { describe, expect, it } from 'vitest';
import { parseToolsMarkdown, slugifyHeading } from '../../src/engine/tools-markdown.js';

const md = (...lines: string[]): string => lines.join('\n');

describe('slugifyHeading', () => {
  it.each([
    ['Tools', 'tools'],
    ['  TOOLS  ', 'tools'],
    ['deploy_tool', 'deploy-tool'],
    ['Deploy  Tool!!', 'deploy-tool'],
    ['--a__b--', 'a-b'],
    ['`Tools`:', 'tools'],
    ['Écho 2', 'cho-2'],
    ['***', ''],
    ['', ''],
  ])('%j -> %j', (text, slug) => {
    expect(slugifyHeading(text)).toBe(slug);
  });
});

describe('parseToolsMarkdown: declarations', () => {
  it('reads ### headings and column-0 bullets with inline metadata', () => {
    const text = md(
      '# Workspace',
      '## Tools',
      '### deploy_tool risk: critical sensitivity: restricted owner: ops IRREVERSIBLE_EXTERNAL',
      '- inspect: risk: low',
      '  sensitivity: public',
      '  owner: support',
      '* Search Web : risk: medium',
      '+ fetch:',
    );
    expect(parseToolsMarkdown(text)).toEqual([
      {
        id: 'deploy-tool',
        line: 3,
        risk: 'critical',
        sensitivity: 'restricted',
        owner: 'ops',
        capabilities: ['IRREVERSIBLE_EXTERNAL'],
      },
      { id: 'inspect', line: 4, risk: 'low', sensitivity: 'public', owner: 'support' },
      { id: 'search-web', line: 7, risk: 'medium' },
      { id: 'fetch', line: 8 },
    ]);
  });

  it('emits keys in the order id, line, risk, sensitivity, owner, capabilities', () => {
    const [tool] = parseToolsMarkdown(md('## Tools', '- t: NET owner: o sensitivity: s risk: r'));
    expect(Object.keys(tool!)).toEqual(['id', 'line', 'risk', 'sensitivity', 'owner', 'capabilities']);
    expect(tool!.capabilities).toEqual(['NET']);
  });

  it('treats indented bullets as metadata, not declarations', () => {
    expect(
      parseToolsMarkdown(md('## Tools', '- deploy: risk: critical', '  - owner: ops', '\t* RISKY: yes')),
    ).toEqual([{ id: 'deploy', line: 2, risk: 'critical', owner: 'ops' }]);
  });

  it('needs whitespace after ### or the bullet, and exactly three #', () => {
    const text = md('## Tools', '###deploy', '-inspect: x', '#### nested', '- : empty', '-\tok: R1');
    expect(parseToolsMarkdown(text)).toEqual([{ id: 'ok', line: 6, risk: 'low' }]);
  });

  it('keeps a trailing colon in a ### name token (the slug drops it) and splits bullets at the first colon', () => {
    const text = md(
      '## Tools',
      '### deploy: risk: high',
      '### a:b R2',
      '- x: y: risk: low',
      '- no colon here',
    );
    expect(parseToolsMarkdown(text)).toEqual([
      { id: 'deploy', line: 2, risk: 'high' },
      { id: 'a-b', line: 3, risk: 'medium' },
      { id: 'x', line: 4, risk: 'low' },
    ]);
  });

  it('stops a heading name at # and keeps the rest as inline metadata', () => {
    expect(parseToolsMarkdown(md('## Tools', '### deploy#R5 ## owner:ops'))).toEqual([
      { id: 'deploy', line: 2, risk: 'critical', owner: 'ops' },
    ]);
  });

  it('keeps duplicates in file order', () => {
    expect(parseToolsMarkdown(md('## Tools', '- a: R0', '- b: R4', '- a: R5'))).toEqual([
      { id: 'a', line: 2, risk: 'low' },
      { id: 'b', line: 3, risk: 'high' },
      { id: 'a', line: 4, risk: 'critical' },
    ]);
  });

  it('skips names that slug to nothing, which still end the previous metadata', () => {
    const text = md('## Tools', '- a: R1', '- !!!: risk: high', 'owner: lost', '### *** R5', '- b: R3');
    expect(parseToolsMarkdown(text)).toEqual([
      { id: 'a', line: 2, risk: 'low' },
      { id: 'b', line: 6, risk: 'medium' },
    ]);
  });

  it('ends metadata at lines that only look like declarations (indented ###, ### #x)', () => {
    const text = md('## Tools', '- a: R1', '   ### notes', 'owner: x', '- b: R2', '### #c', 'owner: y');
    expect(parseToolsMarkdown(text)).toEqual([
      { id: 'a', line: 2, risk: 'low' },
      { id: 'b', line: 5, risk: 'medium' },
    ]);
  });
});

describe('parseToolsMarkdown: the Tools section', () => {
  it('returns nothing without a Tools heading', () => {
    expect(parseToolsMarkdown(md('# Tooling', '- a: R1', '### b R2'))).toEqual([]);
    expect(parseToolsMarkdown('')).toEqual([]);
  });

  it.each([
    ['# Tools', 1],
    ['## TOOLS ##', 1],
    ['###### tools', 1],
    ['## `Tools`:', 1],
    ['##\tTools#', 1],
    ['## # Tools', 1],
    ['####### Tools', 0],
    ['##Tools', 0],
    ['  ## Tools', 0],
    ['## Tool s', 0],
  ])('%j opens the section: %i tool(s)', (heading, count) => {
    expect(parseToolsMarkdown(md(heading, '- a: R1'))).toHaveLength(count);
  });

  it('closes at the next heading of the same or shallower depth, not a deeper one', () => {
    const text = md(
      '# Doc',
      '## Tools',
      '- a: R1',
      '#### DETAILS',
      '### Group',
      '- b: R2',
      '## Next',
      '- c: R3',
    );
    // `### Group` is deeper than `## Tools`, so it stays in the section, as a declaration.
    expect(parseToolsMarkdown(text)).toEqual([
      { id: 'a', line: 3, risk: 'low', capabilities: ['DETAILS'] },
      { id: 'group', line: 5 },
      { id: 'b', line: 6, risk: 'medium' },
    ]);
    expect(parseToolsMarkdown(md('## Tools', '- a: R1', '# Top', '- b: R2'))).toEqual([
      { id: 'a', line: 2, risk: 'low' },
    ]);
  });

  it('keeps ### headings inside a # or ## section, but a ### declaration closes a ### Tools section', () => {
    expect(parseToolsMarkdown(md('# Tools', '### a R1', '## Group', '### b R2'))).toEqual([
      { id: 'a', line: 2, risk: 'low' },
      { id: 'b', line: 4, risk: 'medium' },
    ]);
    expect(parseToolsMarkdown(md('### Tools', '- a: R1', '### b R2', '- c: R3'))).toEqual([
      { id: 'a', line: 2, risk: 'low' },
    ]);
    expect(parseToolsMarkdown(md('#### Tools', '- a: R1', '### b R2'))).toEqual([
      { id: 'a', line: 2, risk: 'low' },
    ]);
  });

  it('closes at a heading whose text is only whitespace or #, which has an empty slug', () => {
    expect(parseToolsMarkdown(md('## Tools', '- a: R1', '##  ', '- b: R2'))).toEqual([
      { id: 'a', line: 2, risk: 'low' },
    ]);
    expect(parseToolsMarkdown(md('## Tools', '- a: R1', '## #', '- b: R2'))).toEqual([
      { id: 'a', line: 2, risk: 'low' },
    ]);
    // `## ` with a single space is not a heading at all.
    expect(parseToolsMarkdown(md('## Tools', '- a: R1', '## ', '- b: R2'))).toHaveLength(2);
  });

  it('reads only the first Tools section', () => {
    expect(parseToolsMarkdown(md('## Tools', '- a: R1', '## Other', '## Tools', '- b: R2'))).toEqual([
      { id: 'a', line: 2, risk: 'low' },
    ]);
  });

  it('does not open a section at a heading with an empty slug', () => {
    expect(parseToolsMarkdown(md('## ***', '- a: R1', '## Tools', '- b: R2'))).toEqual([
      { id: 'b', line: 4, risk: 'medium' },
    ]);
  });

  it('accepts CRLF line endings with the same line numbers', () => {
    const text = ['## Tools', '- a: risk: high owner: ops', '  NETWORK', '### b R4', ''].join('\r\n');
    expect(parseToolsMarkdown(text)).toEqual([
      { id: 'a', line: 2, risk: 'high', owner: 'ops', capabilities: ['NETWORK'] },
      { id: 'b', line: 4, risk: 'high' },
    ]);
  });

  it('does not recognise a Tools heading behind a UTF-8 BOM', () => {
    expect(parseToolsMarkdown('\uFEFF## Tools\n- a: R1')).toEqual([]);
    expect(parseToolsMarkdown('\uFEFF# Doc\n## Tools\n- a: R1')).toEqual([{ id: 'a', line: 3, risk: 'low' }]);
  });

  it('keeps a lone CR inside its line, where it stops a declaration but still ends metadata', () => {
    expect(parseToolsMarkdown('## Tools\n- a: R1\n- b: R2\r\r\nowner: x\n- c: R3')).toEqual([
      { id: 'a', line: 2, risk: 'low' },
      { id: 'c', line: 5, risk: 'medium' },
    ]);
    expect(parseToolsMarkdown('## To\rols\n- a: R1')).toEqual([]);
    expect(parseToolsMarkdown('## Tools\r\r\n- a: R1')).toEqual([{ id: 'a', line: 2, risk: 'low' }]);
  });
});

describe('parseToolsMarkdown: risk and sensitivity', () => {
  it.each([
    ['R0', 'low'],
    ['R1', 'low'],
    ['R2', 'medium'],
    ['R3', 'medium'],
    ['R4', 'high'],
    ['R5', 'critical'],
  ])('maps the alias %s to %s', (alias, risk) => {
    expect(parseToolsMarkdown(md('## Tools', `- t: (${alias})`))).toEqual([{ id: 't', line: 2, risk }]);
  });

  it('ignores non-standalone or lowercase aliases; R12 and R5_ are capabilities', () => {
    expect(parseToolsMarkdown(md('## Tools', '- a: R6 r5 xR5 R5x R5_', '- b: R12'))).toEqual([
      { id: 'a', line: 2, capabilities: ['R5_'] },
      { id: 'b', line: 3, capabilities: ['R12'] },
    ]);
  });

  it('prefers an explicit risk anywhere in the metadata over an earlier alias', () => {
    expect(parseToolsMarkdown(md('## Tools', '- a: R5', '  risk: low'))).toEqual([
      { id: 'a', line: 2, risk: 'low' },
    ]);
  });

  it('reads `risk: R5` as the unknown risk r5', () => {
    expect(parseToolsMarkdown(md('## Tools', '- a: risk: R5'))).toEqual([{ id: 'a', line: 2, risk: 'r5' }]);
  });

  it('reads `RISK: HIGH` as risk high with capabilities RISK and HIGH', () => {
    expect(parseToolsMarkdown(md('## Tools', '- a: RISK: HIGH'))).toEqual([
      { id: 'a', line: 2, risk: 'high', capabilities: ['RISK', 'HIGH'] },
    ]);
  });

  it('lowercases values, drops trailing hyphens and needs a word boundary before the key', () => {
    const text = md(
      '## Tools',
      '- a: Risk : Very_High- Sensitivity:Confidential',
      '- b: myrisk: high pre-risk: low',
      '- c: risk: -- risk: medium',
    );
    expect(parseToolsMarkdown(text)).toEqual([
      { id: 'a', line: 2, risk: 'very_high', sensitivity: 'confidential' },
      { id: 'b', line: 3, risk: 'low' },
      { id: 'c', line: 4, risk: 'medium' },
    ]);
  });

  it('lets the whitespace around the colon span metadata lines', () => {
    expect(
      parseToolsMarkdown(md('## Tools', '- a: risk:', '  high', '- b: sensitivity', ': internal')),
    ).toEqual([
      { id: 'a', line: 2, risk: 'high' },
      { id: 'b', line: 4, sensitivity: 'internal' },
    ]);
  });

  it('has no sensitivity aliases', () => {
    expect(parseToolsMarkdown(md('## Tools', '- a: S3 sensitive public'))).toEqual([{ id: 'a', line: 2 }]);
  });
});

describe('parseToolsMarkdown: owner', () => {
  it.each([
    ['owner: @platform-team.', '@platform-team'],
    ['owner:Zoë', 'Zo'],
    ['owner: a/b#c', 'a/b'],
    ['Owner : Ops-Team, later', 'Ops-Team'],
    ['owner: ops_team', 'ops_team'],
    ['Owner:\t@x', '@x'],
  ])('%j gives %j', (metadata, owner) => {
    expect(parseToolsMarkdown(md('## Tools', `- a: ${metadata}`))).toEqual([{ id: 'a', line: 2, owner }]);
  });

  it('omits an owner without any word character or after a word character', () => {
    expect(parseToolsMarkdown(md('## Tools', '- a: owner: ... co-owner:x'))).toEqual([
      { id: 'a', line: 2, owner: 'x' },
    ]);
    expect(parseToolsMarkdown(md('## Tools', '- a: owner: ë', '- b: coowner: x'))).toEqual([
      { id: 'a', line: 2 },
      { id: 'b', line: 3 },
    ]);
  });
});

describe('parseToolsMarkdown: capabilities', () => {
  it('takes every token on the declaration line, in order, duplicates kept', () => {
    expect(
      parseToolsMarkdown(md('## Tools', '### a Calls NETWORK then NETWORK and WRITE_FS, AB, ABCdef, _ABC')),
    ).toEqual([{ id: 'a', line: 2, capabilities: ['NETWORK', 'NETWORK', 'WRITE_FS'] }]);
  });

  it('takes every token on a capabilities: line, whatever else it holds', () => {
    expect(parseToolsMarkdown(md('## Tools', '- a: R1', '  Capabilities: uses NETWORK via HTTP'))).toEqual([
      { id: 'a', line: 2, risk: 'low', capabilities: ['NETWORK', 'HTTP'] },
    ]);
  });

  it('takes tokens from other lines only when they hold nothing but tokens and punctuation', () => {
    const text = md(
      '## Tools',
      '- a:',
      '  - [EXEC], (SHELL); {FS_WRITE} #*_-: R12',
      '  Calls the GITHUB API',
      '  _ABC DEF',
      '  NETWORK.',
      '  ÉCOLE',
      '  **IRREVERSIBLE_EXTERNAL**',
    );
    expect(parseToolsMarkdown(text)).toEqual([
      { id: 'a', line: 2, capabilities: ['EXEC', 'SHELL', 'FS_WRITE', 'R12', 'IRREVERSIBLE_EXTERNAL'] },
    ]);
  });

  it('uses ASCII word boundaries, so a token may follow a non-ASCII letter', () => {
    expect(parseToolsMarkdown(md('## Tools', '- a: éNETWORK NETWORKé'))).toEqual([
      { id: 'a', line: 2, capabilities: ['NETWORK', 'NETWORK'] },
    ]);
  });
});

describe('readToolsMarkdown: conflicting fields', () => {
  it('finds a field written twice with different values, and nothing else', async () => {
    const { readToolsMarkdown } = await import('../../src/engine/tools-markdown.js');
    const text = [
      '# Tools',
      '### search risk:low sensitivity:internal owner:@support RISK: Critical',
      '### deploy risk:high',
      '  - risk: HIGH',
      '  - owner: @ops',
      '  - owner: @Ops',
      '### lookup R4 risk:low',
    ].join('\n');
    expect(readToolsMarkdown(text).conflicts).toEqual([
      { toolId: 'search', line: 2, field: 'risk', values: ['low', 'critical'] },
      { toolId: 'deploy', line: 3, field: 'owner', values: ['@ops', '@Ops'] },
    ]);
  });

  it('finds a conflict in each field alone, in any case', async () => {
    const { readToolsMarkdown } = await import('../../src/engine/tools-markdown.js');
    const fields = (text: string) => readToolsMarkdown(`## Tools\n${text}`).conflicts.map((c) => c.field);
    expect(fields('- a: owner:x\n  OWNER: y')).toEqual(['owner']);
    expect(fields('- a: Sensitivity:public sensitivity:internal')).toEqual(['sensitivity']);
    expect(fields('- a: risk:low\n  Risk: high')).toEqual(['risk']);
    expect(fields('- a: risk:low owner:x sensitivity:public RISK: LOW OWNER:x')).toEqual([]);
  });
});
