// Reading marked's HTML output in tests: its tags, attributes, comments and visible text. marked
// escapes every `<` of text as `&lt;`, so in its output a literal `<` starts a tag or a comment;
// `strayAngleBrackets` checks exactly that, which is what makes this small scanner trustworthy.
import { marked } from 'marked';

export interface HtmlTag {
  name: string;
  closing: boolean;
  attributes: Record<string, string>;
}

const COMMENT = /<!--[\s\S]*?-->/g;
const TAG =
  /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** GitHub-flavoured markdown to HTML, as the tests' stand-in for GitHub's renderer. */
export function toHtml(markdown: string): string {
  return marked.parse(markdown, { gfm: true, async: false });
}

export function htmlComments(html: string): string[] {
  return [...html.matchAll(COMMENT)].map((match) => match[0]);
}

export function tagsIn(html: string): HtmlTag[] {
  return [...html.replace(COMMENT, '').matchAll(TAG)].map((match) => {
    const attributes: Record<string, string> = {};
    for (const attribute of (match[3] ?? '').matchAll(ATTRIBUTE)) {
      attributes[(attribute[1] ?? '').toLowerCase()] = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
    }
    return { name: (match[2] ?? '').toLowerCase(), closing: match[1] === '/', attributes };
  });
}

/** Any `<` left once tags and comments are removed: a tag this scanner could not read. */
export function strayAngleBrackets(html: string): number {
  return html.replace(COMMENT, '').replace(TAG, '').split('<').length - 1;
}

/**
 * The text a reader sees outside `skip` elements (GitHub links no mentions inside code, pre or a),
 * with entities decoded.
 */
export function visibleText(html: string, skip: readonly string[] = ['code', 'pre', 'a']): string {
  const withoutComments = html.replace(COMMENT, '');
  let depth = 0;
  let text = '';
  let last = 0;
  for (const match of withoutComments.matchAll(TAG)) {
    if (depth === 0) text += withoutComments.slice(last, match.index);
    last = (match.index ?? 0) + match[0].length;
    const name = (match[2] ?? '').toLowerCase();
    if (skip.includes(name)) depth += match[1] === '/' ? -1 : 1;
    // Block boundaries separate words, as they do on the page.
    text += ' ';
  }
  if (depth === 0) text += withoutComments.slice(last);
  return decodeEntities(text);
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|#39|apos);/gi, (entity, body: string) => {
    const lower = body.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[lower] ?? entity;
  });
}

const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'input', 'wbr']);

/** Every element closed, in order: no section was cut in half or closed by someone else's tag. */
export function isWellNested(html: string): boolean {
  const open: string[] = [];
  for (const tag of tagsIn(html)) {
    if (VOID_ELEMENTS.has(tag.name)) continue;
    if (!tag.closing) open.push(tag.name);
    else if (open.pop() !== tag.name) return false;
  }
  return open.length === 0;
}
