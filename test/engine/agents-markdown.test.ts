// Expected values below were read from OpenClaw 2026.9.6's own scanner (`scanPolicyToolHeaders`
// in dist/register-D0DqLZfd.mjs) run on the same texts.
import { describe, expect, it } from 'vitest';
import { scanAgentsMarkdownTools } from '../../src/engine/agents-markdown.js';

const md = (...lines: string[]): string => lines.join('\n');
const at = (id: string) => `oc://AGENTS.md/tools/${id}`;

describe('scanAgentsMarkdownTools', () => {
  it('reads child headings and bullets with their metadata, keys in evidence order', () => {
    const tools = scanAgentsMarkdownTools(
      md(
        '# Agents',
        '',
        'Intro text.',
        '',
        '## Tools',
        '',
        '### fetch',
        'risk: low',
        'sensitivity: internal',
        'owner: platform',
        '',
        '### deploy_prod',
        'risk: extreme sensitivity: secret',
        '',
        '- search: R2 sensitivity: public owner: @search-team',
        '- shell: runs commands',
        '',
        '## Other',
        '- notatool: risk: low',
      ),
    );
    expect(tools).toEqual([
      { id: 'fetch', source: at('fetch'), line: 7, risk: 'low', sensitivity: 'internal', owner: 'platform' },
      { id: 'deploy-prod', source: at('deploy-prod'), line: 12, risk: 'extreme', sensitivity: 'secret' },
      {
        id: 'search',
        source: at('search'),
        line: 15,
        risk: 'medium',
        sensitivity: 'public',
        owner: '@search-team',
      },
      { id: 'shell', source: at('shell'), line: 16 },
    ]);
    expect(Object.keys(tools[0]!)).toEqual(['id', 'source', 'line', 'risk', 'sensitivity', 'owner']);
  });

  it('gives no tools without a Tools heading of depth 1 or 2', () => {
    expect(scanAgentsMarkdownTools('')).toEqual([]);
    expect(scanAgentsMarkdownTools(md('### Tools', '#### fetch R2', '- x: R3'))).toEqual([]);
    expect(scanAgentsMarkdownTools(md('## Tooling', '- x: R3'))).toEqual([]);
  });

  it('skips fenced blocks, which also never end or join a tool’s metadata', () => {
    expect(
      scanAgentsMarkdownTools(
        md(
          '## Tools',
          '```md',
          '- hidden: risk: low',
          '```',
          '- shown: R4',
          '  ~~~',
          '  - x: y',
          '  ~~~',
          '  owner: ops',
        ),
      ),
    ).toEqual([{ id: 'shown', source: at('shown'), line: 5, risk: 'high', owner: 'ops' }]);
  });

  it('opens the section again at a later Tools heading; a deeper one is a child heading', () => {
    expect(
      scanAgentsMarkdownTools(
        md('# Tools', '- a: R1', '## Tools', '- b: R2', '# Other', '- c: R3', '## Tools', '- d: R5'),
      ),
    ).toEqual([
      { id: 'a', source: at('a'), line: 2, risk: 'low' },
      { id: 'tools', source: at('tools'), line: 3 },
      { id: 'b', source: at('b'), line: 4, risk: 'medium' },
      { id: 'd', source: at('d'), line: 8, risk: 'critical' },
    ]);
  });

  it('takes child headings one level below the section; deeper headings stay in the metadata', () => {
    expect(
      scanAgentsMarkdownTools(md('# Tools', '## deploy risk: high', '### nested', 'owner: ops', '## next')),
    ).toEqual([
      { id: 'deploy', source: at('deploy'), line: 2, risk: 'high', owner: 'ops' },
      { id: 'next', source: at('next'), line: 5 },
    ]);
  });

  it('names a heading tool by its first word and reads the rest of the heading as metadata', () => {
    expect(
      scanAgentsMarkdownTools(
        md(
          '## Tools',
          '### deploy_prod   R4 HIGH_RISK ##',
          '### #hash',
          '###  ',
          '- : nothing',
          '-  spaced name  : R1',
        ),
      ),
    ).toEqual([
      { id: 'deploy-prod', source: at('deploy-prod'), line: 2, risk: 'high', capabilities: ['HIGH_RISK'] },
      { id: 'spaced-name', source: at('spaced-name'), line: 6, risk: 'low' },
    ]);
  });

  it('skips local notes: plain notes up to the next child heading, migrated ones up to a Tools heading', () => {
    expect(
      scanAgentsMarkdownTools(
        md(
          '## Tools',
          'Skills provide your tools. Keep local notes in TOOLS.md.',
          '- skipped: R1',
          '### fetch R1',
          '### Local notes',
          '- also-skipped: R2',
          '### shell R5',
          '### Local notes (migrated from TOOLS.md)',
          '### migrated R0',
          '- migrated-bullet: R0',
          '## Tools',
          '- after: R3',
        ),
      ),
    ).toEqual([
      { id: 'fetch', source: at('fetch'), line: 4, risk: 'low' },
      { id: 'shell', source: at('shell'), line: 7, risk: 'critical' },
      { id: 'after', source: at('after'), line: 12, risk: 'medium' },
    ]);
  });

  it('matches the local-notes headings case-insensitively with Unicode folding (ſ is s)', () => {
    expect(
      scanAgentsMarkdownTools(md('## Tools', '### LOCAL NOTEſ', '- hidden: R1', '### shown R1')),
    ).toEqual([{ id: 'shown', source: at('shown'), line: 4, risk: 'low' }]);
  });

  it('ends metadata at a trimmed heading at most one level down or a declaration-like bullet', () => {
    expect(
      scanAgentsMarkdownTools(
        md(
          '## Tools',
          '- a: risk:',
          '  high',
          '  NET_ACCESS, WRITE_FS',
          '  Calls the GITHUB API',
          '  capabilities: SHELL',
          '  #### deep heading owner: deep',
          '  ### stops here owner: late',
        ),
      ),
    ).toEqual([
      {
        id: 'a',
        source: at('a'),
        line: 2,
        risk: 'high',
        owner: 'deep',
        capabilities: ['NET_ACCESS', 'WRITE_FS', 'SHELL'],
      },
    ]);
  });

  it('splits lines at \\n and \\r\\n only', () => {
    expect(scanAgentsMarkdownTools('## Tools\r\n- a: R1\r\n- b\r: R2\n- c: R3\u2028')).toEqual([
      { id: 'a', source: at('a'), line: 2, risk: 'low' },
      { id: 'b', source: at('b'), line: 3, risk: 'medium' },
    ]);
  });
});
