// `.gitattributes` lines that change how files are checked out (issue 12): an encoding, a filter,
// line endings. The gate reads the committed bytes through the API, but the agent's machine reads
// a checkout, so such a line can make the workspace the agent sees differ from the one attested
// (a `working-tree-encoding` that turns AGENTS.md into other text, a smudge filter that rewrites a
// policy). Added or removed ones need acceptance. Pure over the two files' text.
import type { GuardedChange } from './guarded-settings.js';

/** Attributes that change the bytes of a checkout, or how git treats them. */
const CHECKOUT_ATTRIBUTE = /^-?!?(?:working-tree-encoding|encoding|filter|eol|text|crlf|ident|binary)(?:=|$)/;

export function checkoutAttributeChanges(file: string, baseText: string, headText: string): GuardedChange[] {
  const before = checkoutLines(baseText);
  const after = checkoutLines(headText);
  return [
    ...before
      .filter((line) => !after.includes(line))
      .map((line): GuardedChange => ({ setting: file, change: 'removed', before: line })),
    ...after
      .filter((line) => !before.includes(line))
      .map((line): GuardedChange => ({ setting: file, change: 'added', after: line })),
  ];
}

/** The lines with a checkout attribute, whitespace-normalised, comments and blanks dropped. */
function checkoutLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter((line) => line !== '' && !line.startsWith('#'))
    .filter((line) =>
      line
        .split(' ')
        .slice(1)
        .some((attribute) => CHECKOUT_ATTRIBUTE.test(attribute)),
    );
}
