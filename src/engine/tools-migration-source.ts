// TOOLS.md cut into what `policy-gate migrate` moves and what it keeps as notes, read the way
// OpenClaw 2026.5.20 reads it (`tools-markdown.ts`): the section is the first heading whose slug is
// `tools` (any depth) up to the next heading of the same or a shallower depth; a declaration is a
// column-0 `### name` or bullet, and its metadata runs up to the next line that merely looks like
// one. A declaration with its metadata lines is one *range*: moving whole ranges, back to back,
// gives each tool exactly the metadata lines it had, whatever else the file holds.
//
// The line rewrites that make a range read the same under AGENTS.md's scanner are here too:
// 2026.9.6 takes a heading exactly one level below its section as a declaration, and ends a tool's
// metadata (or the section) at shallower headings that 2026.5.20 read as plain text.
import {
  bulletDeclaration,
  DOT_EXCLUDED,
  headingOf,
  looksLikeBulletDeclaration,
  slugifyHeading,
} from './tool-declaration-grammar.js';
import { fenceLeftOpen } from './tools-migration-fences.js';

/** One declaration of the Tools section and the lines that are its metadata. */
export interface DeclarationRange {
  id: string;
  /** 0-based index of the declaration line. */
  start: number;
  /** 0-based index of the first line after its metadata. */
  end: number;
  /** Declared by a `### name` heading (else by a bullet). */
  byHeading: boolean;
}

export interface ToolsMarkdownOutline {
  /** The text split as both releases split it (at `\n` and `\r\n`). */
  lines: string[];
  /** 0-based index of the Tools heading, when there is one. */
  headingIndex: number | undefined;
  declarations: DeclarationRange[];
}

export function outlineToolsMarkdown(text: string): ToolsMarkdownOutline {
  const lines = text.split(LINE_BREAK);
  const headingIndex = lines.findIndex((line) => line.startsWith('#') && headingOf(line)?.slug === 'tools');
  if (headingIndex < 0) return { lines, headingIndex: undefined, declarations: [] };
  const depth = headingOf(lines[headingIndex]!)!.depth;
  const declarations: DeclarationRange[] = [];
  let open: Omit<DeclarationRange, 'end'> | undefined;
  let index = headingIndex + 1;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    if (closesSection(line, depth)) break;
    if (!endsMetadata(line)) continue;
    if (open !== undefined) declarations.push({ ...open, end: index });
    open = declarationAt(line, index);
  }
  if (open !== undefined) declarations.push({ ...open, end: index });
  return { lines, headingIndex, declarations };
}

const LINE_BREAK = /\r?\n/;

function closesSection(line: string, depth: number): boolean {
  if (!line.startsWith('#')) return false;
  const heading = headingOf(line, false);
  return heading !== undefined && heading.depth <= depth;
}

/** 2026.5.20's looser test: a trimmed `### x`, or a bullet that looks like a declaration. */
function endsMetadata(line: string): boolean {
  return LOOSE_HEADING.test(line.trim()) || looksLikeBulletDeclaration(line);
}

const LOOSE_HEADING = /^###\s+\S/;
const HEADING_DECLARATION = /^###\s+([^\s#]+)/;

function declarationAt(line: string, index: number): Omit<DeclarationRange, 'end'> | undefined {
  const heading = HEADING_DECLARATION.exec(line);
  if (heading !== null && !DOT_EXCLUDED.test(line.slice(heading[0].length))) {
    const id = slugifyHeading(heading[1]!);
    return id === '' ? undefined : { id, start: index, byHeading: true };
  }
  const bullet = bulletDeclaration(line);
  const id = bullet === undefined ? '' : slugifyHeading(bullet.name);
  return id === '' ? undefined : { id, start: index, byHeading: false };
}

/**
 * The lines of one range rewritten for a `## Tools` (childDepth 3) or `# Tools` (childDepth 2)
 * section of AGENTS.md:
 *   - a `### name` declaration becomes a child heading of that section;
 *   - a metadata line that is a heading (once trimmed) of the child depth or shallower, which
 *     2026.5.20 read as plain text but 2026.9.6 would take as the end of the tool or the section,
 *     is demoted one level below the child depth. Only `#`s change: the metadata fields and the
 *     capability tokens read the same (`#` is punctuation to both);
 *   - a fenced block the range leaves open is closed after its last non-blank line, so the next
 *     tool (and the AGENTS.md text after the moved tools) stays visible to 2026.9.6.
 */
export function rewriteRange(
  lines: readonly string[],
  range: DeclarationRange,
  childDepth: number,
): string[] {
  const rewritten = lines.slice(range.start, range.end).map((line, offset) => {
    if (offset === 0) return range.byHeading ? '#'.repeat(childDepth) + line.slice(3) : line;
    return demotedHeading(line, childDepth) ?? line;
  });
  const openFence = fenceLeftOpen(rewritten);
  if (openFence !== undefined) {
    let lastText = rewritten.length - 1;
    while (lastText > 0 && rewritten[lastText]!.trim() === '') lastText--;
    rewritten.splice(lastText + 1, 0, openFence);
  }
  return rewritten;
}

function demotedHeading(line: string, childDepth: number): string | undefined {
  const trimmed = line.trim();
  if (!trimmed.startsWith('#')) return undefined;
  const heading = headingOf(trimmed, false);
  if (heading === undefined || heading.depth > childDepth) return undefined;
  const indent = line.length - line.trimStart().length;
  return line.slice(0, indent) + '#'.repeat(childDepth + 1) + line.slice(indent + heading.depth);
}
