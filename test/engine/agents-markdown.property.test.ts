import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanAgentsMarkdownTools } from '../../src/engine/agents-markdown.js';
import { slugifyHeading } from '../../src/engine/tool-declaration-grammar.js';
import * as reference from '../support/reference-agents-markdown.js';

const NUM_RUNS = 500;

// Pieces that reach the interesting branches (sections, fences, local notes, declarations) far
// more often than uniform text would.
// prettier-ignore
const FRAGMENTS = [
  '#', '##', '###', '####', '#######', ' ', '  ', '\t', '\u00a0', '\u3000', '\uFEFF',
  '\n', '\r\n', '\r', '\u2028', '\u2029', '- ', '* ', '+ ', ':', ' : ',
  'risk:', 'Risk : ', 'sensitivity:', 'owner:', 'capabilities:', 'R0', 'R2', 'R5', 'R12', 'low', 'high-',
  'Tools', 'tools', 'TOOLS', 'deploy', 'a_b', 'NETWORK', 'WRITE_FS', '_', '-', '.', ',', '(', ')',
  '```', '~~~', '````', '`', '~', 'Local notes', 'Local noteſ', 'local NOTES',
  'Local notes (migrated from TOOLS.md)', 'Skills provide your tools.', 'Keep local notes', 'TOOLS.md',
  'é', 'İ', '\u212A', '🙂', '\ud800',
];
const fragment = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);
const lineText = fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join(''));
const headingLine = fc
  .tuple(
    fc.constantFrom('# ', '## ', '### ', '#### ', '  ### ', '  ## ', '##', '###\u00a0', '\uFEFF## '),
    fc.constantFrom(
      'Tools',
      'tools',
      ' Tools ##',
      'deploy',
      'deploy:',
      '#x',
      'x',
      '',
      'Local notes',
      'Local notes (migrated from TOOLS.md)',
    ),
    lineText,
  )
  .map((parts) => parts.join(''));
const bulletLine = fc
  .tuple(
    fc.constantFrom('- ', '* ', '+ ', '-\t', '  - ', '-'),
    fc.constantFrom('deploy', 'a_b', 'Search Web ', '!!!', '', 'R5'),
    fc.constantFrom(':', ': ', ' : ', ''),
    lineText,
  )
  .map((parts) => parts.join(''));
const fenceLine = fc.constantFrom('```', '~~~', '````', '  ```js', '```  ', '~~~~', '``` x', '\t~~~');
const notesLine = fc.constantFrom(
  'Skills provide your tools. Keep local notes in TOOLS.md.',
  'Skills provide your tools.Keep local notesTOOLS.md',
);
const line = fc.oneof(
  { weight: 3, arbitrary: headingLine },
  { weight: 4, arbitrary: bulletLine },
  { weight: 3, arbitrary: lineText },
  { weight: 1, arbitrary: fenceLine },
  { weight: 1, arbitrary: notesLine },
);
const body = fc
  .array(fc.tuple(line, fc.constantFrom('\n', '\n', '\r\n', '\r\r\n')), { maxLength: 16 })
  .map((lines) => lines.flat().join(''));
const agentsDocument = fc
  .tuple(fc.constantFrom('', '## Tools\n', '# Tools\r\n', '### Tools\n', '# Agents\n## Tools ##\n'), body)
  .map(([heading, rest]) => heading + rest);
const anyText = fc.oneof(
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 6, arbitrary: agentsDocument },
);

describe('scanAgentsMarkdownTools properties', () => {
  it('reads exactly as the plain line-by-line reference does, key order included', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tools = scanAgentsMarkdownTools(text);
        expect(JSON.stringify(tools)).toBe(JSON.stringify(reference.scanAgentsMarkdownTools(text)));
      }),
      { numRuns: NUM_RUNS * 20 },
    );
  });

  it('reports increasing 1-based lines within the input and non-empty slug ids', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const lineCount = text.split(/\r?\n/).length;
        let previousLine = 0;
        for (const tool of scanAgentsMarkdownTools(text)) {
          expect(tool.line).toBeGreaterThan(previousLine);
          expect(tool.line).toBeLessThanOrEqual(lineCount);
          expect(slugifyHeading(tool.id)).toBe(tool.id);
          expect(tool.id).not.toBe('');
          expect(tool.source).toBe(`oc://AGENTS.md/tools/${tool.id}`);
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
      `### x${' '.repeat(n)}y`,
      `- a${' '.repeat(n)}`,
      `- a: risk${' '.repeat(n)}`,
      `  owner:${'@'.repeat(n)}`,
      `${'ABC '.repeat(n / 4)}x`,
      `  ### ${' '.repeat(n)}#`,
      `#${' '.repeat(n)}`,
      `${' '.repeat(n)}\`\`\`${' '.repeat(n)}x`,
    ].join('\n');
    const started = performance.now();
    expect(scanAgentsMarkdownTools(hostile)).toEqual([
      { id: 'x', source: 'oc://AGENTS.md/tools/x', line: 2 },
      // `owner:@@…` has no word character to end on; the ABC line also holds prose (`x`).
      { id: 'a', source: 'oc://AGENTS.md/tools/a', line: 4 },
    ]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
