// For arbitrary text used as ids and messages, the comment stays within its limit, keeps one
// marker, and marked's HTML holds only the tags and attributes the renderer writes itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkspaceGateResult } from '../../src/gate/report.js';
import { COMMENT_BODY_LIMIT, commentMarker, renderComment } from '../../src/render/comment.js';
import { ALLOWED_TAGS, unexpectedAttributes } from './allowed-html.js';
import { driftResult, finding, findingsResult, HEAD_SHA } from './fixtures.js';
import {
  htmlComments,
  isWellNested,
  strayAngleBrackets,
  tagsIn,
  toHtml,
  visibleText,
} from './html-inspect.js';

const NUM_RUNS = 300;

// Pieces of markdown, HTML and Unicode trickery, mixed with arbitrary code points.
// prettier-ignore
const FRAGMENTS = [
  '<', '>', '&', '<!--', '-->', '--!>', '<script>', '</details>', '<img src=x>', '<a href="x">', '"', "'",
  '@', '@octocat', '@org/team', '#1', 'GH-1', '|', '\\', '\\|', '`', '```', '~~~', '*', '_', '~', '$',
  '[', ']', '(', ')', '!', '[x](javascript:y)', '<https://e.x>', 'https://e.x', 'www.e.x', 'a@b.c',
  '\n', '\r', '\r\n', '\t', ' ', '    ', '#', '-', '+', '=', '1.', '>', '\u200B', '\u200D', '\u202E',
  '\u2066', '\u2069', '\uFEFF', '\u0000', '\u001B', '\u2028', '\uD800', '\uDC00', '\u{E0041}', '😀', 'é',
];
const text = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 16 }).map((parts) => parts.join('')),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...FRAGMENTS), fc.integer({ min: 1, max: 5000 }))
      .map(([piece, count]) => piece.repeat(count)),
  },
);

function resultWith(
  id: string,
  message: string,
  count: number,
  base: WorkspaceGateResult,
): WorkspaceGateResult {
  const findings = Array.from({ length: count }, () => ({
    finding: finding({ checkId: id, message, path: id }),
    location: { file: id, line: 1, column: 1 },
  }));
  const entries = Array.from({ length: count }, () => ({
    slice: 'tools',
    source: `oc://TOOLS.md/tools/${id}`,
    entry: { id, source: id },
  }));
  return {
    ...base,
    workspaceId: id,
    reason: message,
    findings: { new: findings, stillPresent: findings, resolved: [] },
    explanation: {
      findings: { added: [], resolved: [] },
      evidence: {
        added: entries,
        removed: [],
        changed: entries.map((entry) => ({ ...entry, changes: [{ field: id, before: message, after: id }] })),
      },
      policy: { added: [{ rule: id, value: message }], removed: [] },
    },
    acceptance: { status: 'awaiting', acceptors: [id], reasons: [message] },
    howToAccept: {
      command: `npx policy-gate accept --cwd ${id}`,
      attestationPath: id,
      resultingHash: message,
    },
    changeLocations: { [`oc://TOOLS.md/tools/${id}`]: { file: id, line: 2, column: 3 } },
  };
}

describe('renderComment over arbitrary text', () => {
  it('fits, keeps one marker, and emits only its own tags', () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 300 }), fc.boolean(), (id, message, count, drift) => {
        const result = resultWith(id, message, count, drift ? driftResult() : findingsResult());
        const markdown = renderComment(result, { repository: id, headSha: HEAD_SHA, baseRef: message });
        const html = toHtml(markdown);

        expect(markdown.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
        expect(markdown.startsWith(`${commentMarker(id, HEAD_SHA)}\n`)).toBe(true);
        expect(htmlComments(html)).toEqual([commentMarker(id, HEAD_SHA)]);
        expect(
          [...new Set(tagsIn(html).map((tag) => tag.name))].filter((name) => !ALLOWED_TAGS.has(name)),
        ).toEqual([]);
        expect(unexpectedAttributes(html)).toEqual([]);
        expect(strayAngleBrackets(html)).toBe(0);
        expect(isWellNested(html)).toBe(true);
        expect(visibleText(html)).not.toMatch(/@[A-Za-z0-9]/);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
