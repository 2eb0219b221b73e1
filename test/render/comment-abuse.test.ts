// Hostile names and messages, rendered into the comment and read back through marked's GFM HTML.
import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/gate/report.js';
import {
  COMMENT_BODY_LIMIT,
  commentMarker,
  markerWorkspaceId,
  parseCommentMarker,
  renderComment,
} from '../../src/render/comment.js';
import { ABUSE_CORPUS, abusiveResult } from './abuse.js';
import { ALLOWED_TAGS, HIDDEN, unexpectedAttributes } from './allowed-html.js';
import { HEAD_SHA } from './fixtures.js';
import {
  htmlComments,
  isWellNested,
  strayAngleBrackets,
  tagsIn,
  toHtml,
  visibleText,
} from './html-inspect.js';

function render(text: string): string {
  return renderComment(abusiveResult(text), {
    repository: text,
    headSha: HEAD_SHA,
    baseRef: text,
    previous: { verdict: text as Verdict, passed: true },
  });
}

describe('the comment with hostile input', () => {
  it.each([...ABUSE_CORPUS.map((text) => [text]), [ABUSE_CORPUS.join(' ')]])('stays inert: %j', (text) => {
    const markdown = render(text);
    const html = toHtml(markdown);
    const tags = tagsIn(html);

    expect(markdown.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    expect(isWellNested(html)).toBe(true);
    // The marker: first line, intact, and the only HTML comment (input copies of it stay code).
    expect(markdown.split('\n')[0]).toBe(commentMarker(text, HEAD_SHA));
    expect(htmlComments(html)).toEqual([commentMarker(text, HEAD_SHA)]);
    expect(parseCommentMarker(markdown)).toEqual({
      version: 1,
      workspaceId: markerWorkspaceId(text),
      headSha: HEAD_SHA,
    });
    // No element or attribute from the input: no script, img, link; only our tags and attributes.
    expect(html).not.toMatch(/<script|<img|<a[\s>]/i);
    expect(tags.filter((tag) => !ALLOWED_TAGS.has(tag.name)).map((tag) => tag.name)).toEqual([]);
    expect(unexpectedAttributes(html)).toEqual([]);
    expect(strayAngleBrackets(html)).toBe(0);
    // Structure as rendered, not as the input wished: one 6-row table, our five sections, one quote.
    expect(tags.filter((tag) => tag.name === 'table' && !tag.closing)).toHaveLength(1);
    expect(tags.filter((tag) => tag.name === 'tr' && !tag.closing)).toHaveLength(6);
    expect(tags.filter((tag) => tag.name === 'details' && !tag.closing)).toHaveLength(5);
    expect(tags.filter((tag) => tag.name === 'blockquote' && !tag.closing)).toHaveLength(1);
    expect(tags.filter((tag) => tag.name === 'pre' && !tag.closing)).toHaveLength(2);
    // Nobody mentioned, no issue cross-referenced, nothing hidden or reordered.
    const text_ = visibleText(html);
    expect(text_).not.toMatch(/@[A-Za-z0-9]/);
    expect(text_).not.toMatch(/#\d|GH-\d/i);
    expect(visibleText(html, [])).not.toMatch(HIDDEN);
  });

  it('shows hostile text as text', () => {
    const shown = visibleText(toHtml(render('<script>alert(1)</script> [x](javascript:y) bidi\u202E')), []);
    expect(shown).toContain('<script>alert(1)</script> [x](javascript:y) bidi\\u{202E}');
  });

  it('keeps a code block to the lines we wrote, whatever the path contains', () => {
    const markdown = render('x\n```\nrm -rf / #');
    const howTo = markdown.slice(markdown.indexOf('<details open><summary>How to accept'));
    expect(howTo).toContain(
      '```sh\nx ``` rm -rf / #\n# writes x ``` rm -rf / #\n# attestationHash: x ``` rm -rf / #\n```',
    );
  });

  it('survives a megabyte-long name in every field', () => {
    const huge = `${'@octocat <b>|'.repeat(80_000)}`;
    const markdown = render(huge);
    const html = toHtml(markdown);
    expect(markdown.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    expect(isWellNested(html)).toBe(true);
    expect(htmlComments(html)).toHaveLength(1);
    expect(parseCommentMarker(markdown)?.workspaceId).toMatch(/^~sha256-[0-9a-f]{64}$/);
    expect(tagsIn(html).filter((tag) => !ALLOWED_TAGS.has(tag.name))).toEqual([]);
    expect(visibleText(html)).not.toMatch(/@[A-Za-z0-9]/);
    expect(markdown).toContain('<details open><summary>How to accept</summary>');
  });
});
