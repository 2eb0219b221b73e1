import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseToolsMarkdown, readToolsMarkdown, slugifyHeading } from '../../src/engine/tools-markdown.js';
import * as reference from '../support/reference-tools-markdown.js';

const NUM_RUNS = 500;

// Pieces that reach the interesting branches far more often than uniform text would.
// prettier-ignore
const FRAGMENTS = [
  '#', '##', '###', '####', '#######', ' ', '  ', '\t', '\u00a0', '\u3000', '\uFEFF',
  '\n', '\r\n', '\r', '\u2028', '\u2029', '- ', '* ', '+ ', '  - ', ':', ' : ',
  'risk', 'risk:', 'Risk : ', 'RISK: HIGH', 'sensitivity:', 'owner:', 'capabilities:',
  'R0', 'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R12', 'r5', 'low', 'high-', '--',
  'Tools', 'tools', 'TOOLS', 'deploy', 'a_b', 'NETWORK', 'WRITE_FS', '_', '-', '.', ',',
  '[', ']', '(', ')', '{', '}', '*', '!', '`', '@team.', 'Zoë', 'é', 'İ', '\u212A', '🙂', '\ud800',
];
const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);
const lineText = fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(''));
const bulletLine = fc
  .tuple(
    fc.constantFrom('- ', '* ', '+ ', '-\t', '  - ', '-'),
    fc.constantFrom('deploy', 'a_b', 'Search Web ', '!!!', '', 'R5'),
    fc.constantFrom(':', ': ', ' : ', ''),
    lineText,
  )
  .map((parts) => parts.join(''));
const headingLine = fc
  .tuple(
    fc.constantFrom(
      '### ',
      '###\u00a0',
      '###',
      '#### ',
      '## ',
      '# ',
      '  ### ',
      '\u00a0### ',
      '\u3000### ',
      '\t### ',
      '\uFEFF### ',
      '\u009f### ',
    ),
    fc.constantFrom('deploy', 'deploy:', '#x', 'Tools', '***', 'x', ''),
    lineText,
  )
  .map((parts) => parts.join(''));
const line = fc.oneof(bulletLine, headingLine, lineText);
const markdownish = fc
  .array(fc.tuple(line, fc.constantFrom('\n', '\n', '\r\n', '\r\r\n')), { maxLength: 12 })
  .map((lines) => lines.flat().join(''));
const toolsDocument = fc
  .tuple(
    fc.constantFrom(
      '',
      '## Tools\n',
      '# Tools\r\n',
      '### Tools\n',
      '\uFEFF## Tools\n',
      '# Doc\n## Tools ##\n',
    ),
    markdownish,
  )
  .map(([heading, body]) => heading + body);
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ maxLength: 200 }),
  markdownish,
  toolsDocument,
);

describe('parseToolsMarkdown properties', () => {
  it('reads exactly as the plain line-by-line reference does, conflicts included', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const fast = readToolsMarkdown(text);
        expect(fast).toEqual(reference.readToolsMarkdown(text));
        // Same keys in the same order (the order is part of the attested evidence).
        expect(JSON.stringify(fast.tools)).toBe(JSON.stringify(reference.readToolsMarkdown(text).tools));
        expect(parseToolsMarkdown(text)).toEqual(fast.tools);
      }),
      { numRuns: NUM_RUNS * 10 },
    );
  });

  it('never throws and is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(parseToolsMarkdown(text)).toEqual(parseToolsMarkdown(text));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('reports increasing 1-based lines within the input and non-empty slug ids', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const lineCount = text.split(/\r?\n/).length;
        let previousLine = 0;
        for (const tool of parseToolsMarkdown(text)) {
          expect(tool.line).toBeGreaterThan(previousLine);
          expect(tool.line).toBeLessThanOrEqual(lineCount);
          expect(tool.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
          expect(slugifyHeading(tool.id)).toBe(tool.id);
          previousLine = tool.line;
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('stays linear on inputs that make backtracking patterns polynomial', () => {
    const n = 200_000;
    const hostile = [
      '## Tools',
      `#### x${' '.repeat(n)}y`,
      `- a${' '.repeat(n)}`,
      `- a: risk${' '.repeat(n)}`,
      `  owner:${'@'.repeat(n)}`,
      `${'ABC '.repeat(n / 4)}x`,
      `${'A'.repeat(n)}a`,
      `#${' '.repeat(n)}`,
    ].join('\n');
    expect(parseToolsMarkdown(hostile)).toEqual([{ id: 'a', line: 4 }]);
  });
});

describe('slugifyHeading', () => {
  it('equals the four-step rule of SPEC.md §3.3 (property)', () => {
    const spec = (text: string) =>
      text
        .toLowerCase()
        .replace(/_/g, '-')
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/-+/g, '-')
        .replace(/^-+|-+$/g, '');
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[-_ A-Za-z0-9İK]{0,12}$/)),
        (text) => {
          expect(slugifyHeading(text)).toBe(spec(text));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
