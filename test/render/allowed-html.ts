// What the renderers may put into the HTML that GitHub (here: marked) makes of their markdown.
import { tagsIn } from './html-inspect.js';

/** Every tag the renderers (or marked, for their markdown) emit; nothing else may appear. */
export const ALLOWED_TAGS = new Set([
  'blockquote',
  'br',
  'code',
  'details',
  'em',
  'h2',
  'h3',
  'li',
  'p',
  'pre',
  'strong',
  'sub',
  'summary',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
]);

const WELL_FORMED_HASH = /^sha256:[0-9a-f]{64}$/;

/** Characters that hide or reorder text; the one we insert ourselves (U+200B after `@`) is not among them. */
export const HIDDEN =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200C-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u;

/** Attributes not written by the renderers: anything but `open` on details, a verified hash as a code title, marked's language class. */
export function unexpectedAttributes(html: string): string[] {
  return tagsIn(html).flatMap((tag) =>
    Object.entries(tag.attributes).flatMap(([name, value]) => {
      if (tag.name === 'details' && name === 'open') return [];
      if (tag.name === 'code' && name === 'title' && WELL_FORMED_HASH.test(value)) return [];
      if (tag.name === 'code' && name === 'class' && value === 'language-sh') return [];
      return [`<${tag.name} ${name}="${value}">`];
    }),
  );
}
