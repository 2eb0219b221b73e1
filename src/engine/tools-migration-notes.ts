// The text of TOOLS.md that declares no tool — a preamble, other sections, lines 2026.5.20 read as
// neither a declaration nor metadata — kept verbatim under `## Notes from TOOLS.md` at the end of
// AGENTS.md, inside a fence: OpenClaw 2026.9.6's scanner never reads declarations in a fenced
// block, so nothing in the notes (a second `## Tools` section, say) can become a governed tool.
import { headingOf } from './tool-declaration-grammar.js';
import type { DeclarationRange } from './tools-migration-source.js';

export const NOTES_HEADING = 'Notes from TOOLS.md';

const NOTES_INTRO =
  'Kept verbatim by `policy-gate migrate`: the text of TOOLS.md that declares no tool. OpenClaw reads no tool declarations in this block.';

/**
 * TOOLS.md without its Tools heading and its declarations. A byte-order mark opening the
 * file goes, blank runs shrink to one line, and notes that are nothing but the file's title and
 * Tools headings are not worth keeping (AGENTS.md has its own).
 */
export function notesOf(
  lines: readonly string[],
  headingIndex: number | undefined,
  declarations: readonly DeclarationRange[],
): string[] {
  const inDeclaration = (index: number) =>
    declarations.some((range) => index >= range.start && index < range.end);
  const kept: string[] = [];
  lines.forEach((line, index) => {
    if (index === headingIndex || inDeclaration(index)) return;
    const text = index === 0 ? line.replace(/^\uFEFF/, '') : line;
    if (text.trim() === '' && (kept.length === 0 || kept.at(-1)!.trim() === '')) return;
    kept.push(text);
  });
  const notes = trimBlankEnds(kept);
  return notes.every(isTitleOrToolsHeading) ? [] : notes;
}

/** The notes section: a heading of `depth`, a line saying what it is, the notes in a fence. */
export function notesSection(notes: readonly string[], depth: number): string[] {
  // A `~` fence longer than any `~` run in the notes, so no line of them closes it.
  const longest = Math.max(0, ...notes.map((line) => /^\s*(~+)/.exec(line)?.[1]!.length ?? 0));
  const fence = '~'.repeat(Math.max(3, longest + 1));
  return [`${'#'.repeat(depth)} ${NOTES_HEADING}`, '', NOTES_INTRO, '', `${fence}markdown`, ...notes, fence];
}

function isTitleOrToolsHeading(line: string): boolean {
  const heading = headingOf(line);
  return line.trim() === '' || (heading !== undefined && (heading.depth === 1 || heading.slug === 'tools'));
}

export function trimBlankEnds(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start++;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return lines.slice(start, end);
}
