// Properties of the migration, checked with the plain reference readers of both releases (not the
// engine's own scanners): whatever the two files hold, a migration that goes through keeps every
// byte of AGENTS.md, puts exactly TOOLS.md's tools (less those AGENTS.md has alike) on the lines
// it added, and changes none of AGENTS.md's own tools; and on ordinary files it always goes through.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrateToolsMarkdown } from '../../src/engine/tools-migration.js';
import * as agentsReference from '../support/reference-agents-markdown.js';
import * as toolsReference from '../support/reference-tools-markdown.js';
import { comparable, withoutAdditions } from './migration-helpers.js';

const NUM_RUNS = 400;

// prettier-ignore
const FRAGMENTS = [
  '#', '##', '###', '####', ' ', '  ', '\t', '\u00a0', '\uFEFF', '\r', '- ', '* ', ':', ' : ',
  'risk:', 'sensitivity:', 'owner:', 'capabilities:', 'R1', 'R4', 'low', 'high', 'public', '@ops',
  'Tools', 'TOOLS', 'deploy', 'fetch', 'a_b', 'NETWORK', 'WRITE_FS', '```', '~~~', '~~~~',
  'Local notes', 'Local notes (migrated from TOOLS.md)', 'Skills provide your tools.', 'Keep local notes', 'TOOLS.md',
];
const text = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 8 }).map((parts) => parts.join(''));
const line = fc.oneof(
  text,
  fc.tuple(fc.constantFrom('# ', '## ', '### ', '#### ', '  ### ', '  ## '), text).map(([a, b]) => a + b),
  fc
    .tuple(fc.constantFrom('- ', '* ', '  - '), fc.constantFrom('deploy', 'fetch', 'x y', ''), text)
    .map(([bullet, name, rest]) => `${bullet}${name}:${rest}`),
  fc.constantFrom('```', '~~~', '', 'Skills provide your tools. Keep local notes in TOOLS.md.'),
);
const document = (headings: string[]) =>
  fc
    .tuple(
      fc.constantFrom(...headings),
      fc.array(fc.tuple(line, fc.constantFrom('\n', '\n', '\r\n')), { maxLength: 14 }),
    )
    .map(([heading, lines]) => heading + lines.flat().join(''));
const anyTools = document([
  '',
  '## Tools\n',
  '# Tools\n',
  '### Tools\n',
  '# Notes\n## Tools ##\n',
  '\uFEFF# Tools\n',
]);
const anyAgents = fc.option(
  document(['', '## Tools\n', '# Tools\n', '# Agents\n## Tools\n', '### Tools\n']),
  {
    nil: undefined,
  },
);

// Ordinary files: declarations with fields, prose, sub-headings, closed fences, other sections.
const field = fc.constantFrom(' risk:low', ' R4', ' sensitivity:internal', ' owner:@ops', ' NETWORK', '');
const fields = fc.array(field, { maxLength: 3 }).map((parts) => parts.join(''));
const toolsName = fc.constantFrom('fetch', 'shell_exec', 'Deploy Preview', 'open-pr');
const ordinaryLine = fc.oneof(
  fc.tuple(toolsName, fields).map(([name, rest]) => `### ${name.replace(' ', '_')}${rest}`),
  fc.tuple(toolsName, fields).map(([name, rest]) => `- ${name}:${rest}`),
  fields.map((rest) => `  - risk: medium${rest}`),
  fc.constantFrom(
    'Plain prose about the tool.',
    'Capabilities: READ_ONLY',
    '',
    '#### Details',
    '```\ncurl x\n```',
  ),
);
const ordinaryTools = fc
  .tuple(
    fc.constantFrom('## Tools\n', '# Tools\n\n', '# Notes\n\nSome text.\n\n## Tools\n'),
    fc.array(ordinaryLine, { maxLength: 10 }),
    fc.constantFrom('', '\n## Escalation\n\nPage the owner.\n'),
  )
  .map(([heading, lines, after]) => `${heading}${lines.join('\n')}\n${after}`);
const ordinaryAgents = fc.option(
  fc.constantFrom(
    '# Agents\n\nBe brief.\n',
    '# Agents\n\n## Tools\n\n- search: risk:low\n\n## Memory\n\nRemember.\n',
    '## Tools\n\nUse skills.\n\n### Local notes\n\n- Camera: front door\n\n## Other\n',
    '## Tools\n### Local notes (migrated from TOOLS.md)\n- old: R1\n',
    '# Tools\n## mail R1\n```\n## not a tool\n```\n',
  ),
  { nil: undefined },
);

describe('migrateToolsMarkdown properties', () => {
  it('keeps AGENTS.md and its tools, and adds exactly the tools of TOOLS.md, or refuses', () => {
    fc.assert(
      fc.property(anyTools, anyAgents, (tools, agents) => {
        const result = migrateToolsMarkdown(tools, agents);
        if (result.kind === 'refused') return;
        const newText = result.agentsText ?? '';
        const kept = withoutAdditions(newText, result.additions);
        expect([agents ?? '', `${agents ?? ''}\n`, `${agents ?? ''}\r\n`]).toContain(kept);

        const addedLines = new Set(
          result.additions.flatMap((addition) => addition.lines.map((_, k) => addition.line + k)),
        );
        const read = agentsReference.scanAgentsMarkdownTools(newText);
        const skipped = new Set(result.alreadyDeclared.map((tool) => tool.id));
        const expectedMoved = toolsReference
          .parseToolsMarkdown(tools)
          .filter((tool) => !skipped.has(tool.id));
        expect(comparable(read.filter((tool) => addedLines.has(tool.line)))).toEqual(
          comparable(expectedMoved),
        );
        expect(comparable(read.filter((tool) => !addedLines.has(tool.line)))).toEqual(
          comparable(agentsReference.scanAgentsMarkdownTools(agents ?? '')),
        );
        expect(result.moved.map((tool) => tool.agentsLine)).toEqual(
          read.filter((tool) => addedLines.has(tool.line)).map((tool) => tool.line),
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('always migrates ordinary files', () => {
    fc.assert(
      fc.property(ordinaryTools, ordinaryAgents, (tools, agents) => {
        if (toolsReference.readToolsMarkdown(tools).conflicts.length > 0) return;
        const result = migrateToolsMarkdown(tools, agents);
        expect(result.kind === 'refused' ? result.reason : 'migrated').toBe('migrated');
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
