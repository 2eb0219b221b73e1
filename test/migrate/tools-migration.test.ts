import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanAgentsMarkdownTools } from '../../src/engine/agents-markdown.js';
import { migrateToolsMarkdown, type ToolsMigration } from '../../src/engine/tools-migration.js';
import { parseToolsMarkdown } from '../../src/engine/tools-markdown.js';
import { comparable, withoutAdditions } from './migration-helpers.js';

// The `## Tools` section of OpenClaw 2026.9.6's AGENTS.md template, cut short: intro prose, then a
// `### Local notes` block to the end of the section, holding a bullet whose `https:` colon would
// declare a tool anywhere else in the section.
const TEMPLATE = readFileSync(new URL('./fixtures/AGENTS.template.md', import.meta.url), 'utf8');

function migrated(tools: string, agents?: string): Extract<ToolsMigration, { kind: 'migrated' }> {
  const result = migrateToolsMarkdown(tools, agents);
  if (result.kind === 'refused') throw new Error(`refused: ${result.reason}`);
  return result;
}

function refusal(tools: string, agents?: string): string {
  const result = migrateToolsMarkdown(tools, agents);
  if (result.kind === 'migrated') throw new Error(`migrated:\n${result.agentsText}`);
  return result.reason;
}

describe('migrateToolsMarkdown: where the tools go', () => {
  it('creates AGENTS.md with a `## Tools` section holding the declarations', () => {
    const result = migrated('# Tools\n\n### fetch risk:low\nsensitivity:public\n\n- shell: R4 owner:ops\n');
    expect(result.agentsText).toBe(
      '## Tools\n\n### fetch risk:low\nsensitivity:public\n\n- shell: R4 owner:ops\n',
    );
    expect(result).toMatchObject({
      agentsChanged: true,
      sectionCreated: true,
      notesLines: 0,
      moved: [
        { id: 'fetch', toolsLine: 3, agentsLine: 3 },
        { id: 'shell', toolsLine: 6, agentsLine: 6 },
      ],
      additions: [
        {
          line: 1,
          lines: ['## Tools', '', '### fetch risk:low', 'sensitivity:public', '', '- shell: R4 owner:ops'],
        },
      ],
    });
  });

  it('keeps every byte of an AGENTS.md without a Tools section and appends one at its end', () => {
    const agents = '# Agents\n\nBe brief.\n\n## Memory\n\n- Daily notes: memory/\n';
    const result = migrated('## Tools\n### fetch risk:low\n', agents);
    expect(result.agentsText).toBe(`${agents}\n## Tools\n\n### fetch risk:low\n`);
    expect(result.sectionCreated).toBe(true);
    expect(result.moved).toEqual([{ id: 'fetch', toolsLine: 2, agentsLine: 11 }]);
  });

  it('appends to the end of the existing Tools section, before the next section', () => {
    const agents = '# Agents\n\n## Tools\n\n### search risk:low\n\n## Memory\n\nRemember.\n';
    const result = migrated('## Tools\n### fetch risk:high\n- shell: R5\n', agents);
    expect(result.agentsText).toBe(
      '# Agents\n\n## Tools\n\n### search risk:low\n\n### fetch risk:high\n- shell: R5\n\n## Memory\n\nRemember.\n',
    );
    expect(result.sectionCreated).toBe(false);
    expect(result.additions).toEqual([{ line: 7, lines: ['### fetch risk:high', '- shell: R5', ''] }]);
    expect(scanAgentsMarkdownTools(result.agentsText!).map((tool) => tool.id)).toEqual([
      'search',
      'fetch',
      'shell',
    ]);
  });

  it("puts the tools before a local-notes block that ends the section (OpenClaw's template)", () => {
    // Bullets first: after `### Local notes`, OpenClaw 2026.9.6 would skip them.
    const result = migrated('## Tools\n- fetch: risk:low\n### deploy R5 owner:ops\n', TEMPLATE);
    const text = result.agentsText!;
    expect(text.indexOf('- fetch: risk:low')).toBeLessThan(text.indexOf('### Local notes'));
    expect(text.indexOf('Keep local tool and environment notes')).toBeLessThan(text.indexOf('- fetch'));
    expect(comparable(scanAgentsMarkdownTools(text))).toEqual([
      { id: 'fetch', risk: 'low' },
      { id: 'deploy', risk: 'critical', owner: 'ops' },
    ]);
    expect(withoutAdditions(text, result.additions)).toBe(TEMPLATE);
  });

  it('puts the tools before the block `openclaw doctor --fix` left, which the scanner skips', () => {
    const agents = '## Tools\n\n### Local notes (migrated from TOOLS.md)\n\n- old: R1\n\n## Later\n';
    const result = migrated('## Tools\n- fetch: R1\n', agents);
    expect(result.agentsText).toBe(
      '## Tools\n\n- fetch: R1\n\n### Local notes (migrated from TOOLS.md)\n\n- old: R1\n\n## Later\n',
    );
    expect(scanAgentsMarkdownTools(result.agentsText!).map((tool) => tool.id)).toEqual(['fetch']);
  });

  it('writes child headings of a `# Tools` section one level up, and demotes headings in metadata', () => {
    const agents = '# Agents\n# Tools\n## search risk:low\n# Other\n';
    const result = migrated('## Tools\n### fetch risk:low\n  ## indented, metadata to 2026.5.20\n', agents);
    expect(result.agentsText).toBe(
      '# Agents\n# Tools\n## search risk:low\n\n## fetch risk:low\n  ### indented, metadata to 2026.5.20\n\n# Other\n',
    );
  });

  it('demotes `##` lines under a `# Tools` of TOOLS.md, which 2026.5.20 read as metadata', () => {
    const tools = '# Tools\n### a risk:low\n## NETWORK\n  ## indented\n### b R5\n';
    const result = migrated(tools);
    expect(result.agentsText).toBe('## Tools\n\n### a risk:low\n#### NETWORK\n  #### indented\n### b R5\n');
    expect(comparable(scanAgentsMarkdownTools(result.agentsText!))).toEqual(
      comparable(parseToolsMarkdown(tools)),
    );
    expect(comparable(parseToolsMarkdown(tools))[0]).toEqual({
      id: 'a',
      risk: 'low',
      capabilities: ['NETWORK'],
    });
  });

  it('closes a fenced block a tool leaves open, so the next tool stays visible', () => {
    const tools = '## Tools\n### a risk:low\nExample:\n```\ncurl x\n\n### b R4\n';
    const result = migrated(tools, '# Agents\n```\nunclosed example');
    expect(result.agentsText).toBe(
      '# Agents\n```\nunclosed example\n```\n\n## Tools\n\n### a risk:low\nExample:\n```\ncurl x\n```\n\n### b R4\n',
    );
    expect(comparable(scanAgentsMarkdownTools(result.agentsText!))).toEqual([
      { id: 'a', risk: 'low' },
      { id: 'b', risk: 'high' },
    ]);
  });

  it("keeps AGENTS.md's line breaks, and a line's lone carriage return", () => {
    expect(migrated('## Tools\n- b: R4\n', '# A\r\ntext').agentsText).toBe(
      '# A\r\ntext\r\n\r\n## Tools\r\n\r\n- b: R4\r\n',
    );
    expect(migrated('## Tools\r\n- b: R4\r\n').agentsText).toBe('## Tools\r\n\r\n- b: R4\r\n');
    // `# A\r` is no heading to either release; a plain `\n` after it would make it one.
    expect(migrated('## Tools\n- b: R4\n', '# A\r').agentsText).toBe('# A\r\r\n\n## Tools\n\n- b: R4\n');
  });
});

describe('migrateToolsMarkdown: tools AGENTS.md already declares', () => {
  it('leaves out a tool AGENTS.md already declares alike', () => {
    const result = migrated('## Tools\n### a risk:low\nDescribed here.\n### b R4\n', '## Tools\n- a: R1\n');
    expect(result.alreadyDeclared).toEqual([{ id: 'a', toolsLine: 2, agentsLine: 2 }]);
    expect(result.moved).toEqual([{ id: 'b', toolsLine: 4, agentsLine: 4 }]);
    expect(result.agentsText).toBe('## Tools\n- a: R1\n\n### b R4\n');
    expect(scanAgentsMarkdownTools(result.agentsText!).map((tool) => tool.id)).toEqual(['a', 'b']);
  });

  it('leaves AGENTS.md untouched when it already declares every tool alike', () => {
    const agents = '## Tools\n### a risk:low\n';
    const result = migrated('## Tools\n- a: risk:low\n', agents);
    expect(result).toMatchObject({ agentsText: agents, agentsChanged: false, moved: [], additions: [] });
  });

  it('refuses tools declared differently, naming each id and both places', () => {
    expect(
      refusal('## Tools\n### a risk:low\n### b R4\n### c\n', '## Tools\n### a risk:high\n- c: owner:ops\n'),
    ).toBe(
      "TOOLS.md and AGENTS.md both declare 'a' (AGENTS.md:2 risk high; TOOLS.md:2 risk low), 'c' (AGENTS.md:3 owner ops; TOOLS.md:4 no metadata), differently; make the declarations agree or delete one of them.",
    );
  });
});

describe('migrateToolsMarkdown: refusals that keep every tool', () => {
  it('refuses a tool that writes a field twice, as `check` does', () => {
    expect(refusal('## Tools\n### deploy risk:critical\nrisk:low\n')).toBe(
      "TOOLS.md:2: tool 'deploy' declares risk more than once (critical, low); OpenClaw would silently use the first, so keep one.",
    );
  });

  it('refuses metadata that only a fenced block holds, naming the lines', () => {
    expect(refusal('## Tools\n### a\n```\nrisk: low\n```\n')).toBe(
      "TOOLS.md:2: tool 'a' would change from risk low to no metadata (OpenClaw 2026.9.6 skips fenced blocks and local notes, as on TOOLS.md line(s) 3, 5); change that text so both releases read the tool alike, then re-run.",
    );
  });

  it('refuses a tool named like a local-notes heading, and tools a local-notes line would hide', () => {
    expect(refusal('## Tools\n### Local notes\n- b: R4\n')).toBe(
      "TOOLS.md:2: OpenClaw 2026.9.6 would not read tool 'local' in the new AGENTS.md (OpenClaw 2026.9.6 skips fenced blocks and local notes, as on TOOLS.md line(s) 2); change that text so both releases read the tool alike, then re-run.",
    );
    expect(
      refusal('## Tools\n### a R1\nSkills provide your tools. Keep local notes in TOOLS.md.\n- b: R4\n'),
    ).toMatch(/^TOOLS\.md:4: OpenClaw 2026\.9\.6 would not read tool 'b' .* line\(s\) 3\);/);
  });
});

describe('migrateToolsMarkdown: the rest of TOOLS.md', () => {
  it('keeps text that declares no tool verbatim, fenced, under `## Notes from TOOLS.md`', () => {
    const tools =
      '# Workspace\n\n- outside: risk:low\n\n## Tools ##\n\nOur tools:\n\n### a risk:low\n   ### indented R5\n\n## Other\n~~~\n## Tools\n### e\n';
    const result = migrated(tools);
    expect(result.agentsText).toBe(
      [
        '## Tools',
        '',
        '### a risk:low',
        '',
        '## Notes from TOOLS.md',
        '',
        'Kept verbatim by `policy-gate migrate`: the text of TOOLS.md that declares no tool. OpenClaw reads no tool declarations in this block.',
        '',
        '~~~~markdown',
        '# Workspace',
        '',
        '- outside: risk:low',
        '',
        'Our tools:',
        '',
        '   ### indented R5',
        '',
        '## Other',
        '~~~',
        '## Tools',
        '### e',
        '~~~~',
        '',
      ].join('\n'),
    );
    expect(result.notesLines).toBe(12);
    // The second `## Tools` of TOOLS.md was never read by 2026.5.20, and is not read now.
    expect(scanAgentsMarkdownTools(result.agentsText!).map((tool) => tool.id)).toEqual(['a']);
  });

  it('drops a notes block that would be nothing but a title, and a leading byte-order mark', () => {
    expect(migrated('# TOOLS\n\n## Tools\n\n### a\n').notesLines).toBe(0);
    const bom = migrated('\uFEFF# Tools\n\n### fetch\n');
    // The BOM kept 2026.5.20 from seeing the heading: no tool, so everything is notes.
    expect(bom.moved).toEqual([]);
    expect(bom.agentsText).toContain('~~~markdown\n# Tools\n\n### fetch\n~~~\n');
    expect(bom.agentsText).not.toContain('\uFEFF');
  });

  it('changes nothing for an empty TOOLS.md', () => {
    expect(migrated('')).toMatchObject({
      agentsText: undefined,
      agentsChanged: false,
      moved: [],
      notesLines: 0,
    });
    expect(migrated('\n\n', '# A\n')).toMatchObject({ agentsText: '# A\n', agentsChanged: false });
  });
});
