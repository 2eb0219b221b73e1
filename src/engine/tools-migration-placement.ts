// Where `policy-gate migrate` puts text in AGENTS.md, seen as OpenClaw 2026.9.6's scanner sees it
// (`agents-markdown.ts`): fenced blocks are invisible; the Tools section is the first heading of
// depth 1 or 2 whose slug is `tools`, up to the next heading of the same or a shallower depth;
// inside it, a local-notes block (from a `Local notes` child heading, or a line naming `Skills
// provide your tools.`, `Keep local notes` and `TOOLS.md`) hides declarations.
//
// The moved tools go at the end of that first section, but before a local-notes block that runs
// to its end (OpenClaw's own AGENTS.md template ends its `## Tools` with `### Local notes`), so no
// declaration lands where the scanner skips it. The migration re-scans its result, so a rule here
// that drifted from the scanner would make it refuse, never lose a tool.
import {
  LOCAL_NOTES_HEADING,
  LOCAL_NOTES_MARKERS,
  MIGRATED_NOTES_HEADING,
} from './agents-markdown.js';
import { headingOf, type Heading } from './tool-declaration-grammar.js';
import { fenceLeftOpen, visibleLineIndexes } from './tools-migration-fences.js';

/** A point between lines of AGENTS.md: before line `index` (0-based), or at the end. */
export interface InsertionPoint {
  /** 0-based index of the line the text goes before; the line count for the end of the file. */
  index: number;
  /** Depth of the Tools section the point is in; undefined when AGENTS.md has none. */
  sectionDepth: 1 | 2 | undefined;
}

/** Where the moved tools go: see the file comment. */
export function toolsInsertionPoint(agentsText: string): InsertionPoint {
  const lines = textLines(agentsText);
  const visible = visibleHeadings(lines);
  const opening = visible.findIndex((line) => isToolsHeading(line.heading));
  if (opening < 0) return { index: lines.length, sectionDepth: undefined };
  const depth = visible[opening]!.heading!.depth as 1 | 2;
  let end = lines.length;
  let notes: { mode: 'plain' | 'migrated'; start: number } | undefined;
  for (const line of visible.slice(opening + 1)) {
    if (line.heading !== undefined && line.heading.depth <= depth) {
      end = line.index;
      break;
    }
    const mode = localNotesMode(line, depth, notes?.mode);
    notes = mode === undefined ? undefined : { mode, start: notes?.start ?? line.index };
  }
  return { index: notes?.start ?? end, sectionDepth: depth };
}

/**
 * The depth of the Tools section still open at the end of the text (1 or 2), or undefined: a
 * heading appended there must be at most that deep to close it rather than declare a tool.
 */
export function toolsSectionOpenAtEnd(text: string): 1 | 2 | undefined {
  let depth: number | undefined;
  for (const { heading } of visibleHeadings(textLines(text))) {
    if (heading === undefined) continue;
    if (depth !== undefined && heading.depth <= depth) depth = undefined;
    if (depth === undefined && isToolsHeading(heading)) depth = heading.depth;
  }
  return depth as 1 | 2 | undefined;
}

/** Whether a line may open a local-notes block, in which the scanner reads no declaration. */
export function mayHideDeclarations(line: string): boolean {
  if (LOCAL_NOTES_MARKERS.every((marker) => line.includes(marker))) return true;
  const heading = headingOf(line.trim());
  return (
    heading !== undefined &&
    (LOCAL_NOTES_HEADING.test(heading.text) || MIGRATED_NOTES_HEADING.test(heading.text))
  );
}

interface VisibleLine {
  index: number;
  text: string;
  heading: Heading | undefined;
}

function visibleHeadings(lines: readonly string[]): VisibleLine[] {
  return visibleLineIndexes(lines).map((index) => {
    const text = lines[index]!;
    return { index, text, heading: text.startsWith('#') ? headingOf(text) : undefined };
  });
}

function isToolsHeading(heading: Heading | undefined): boolean {
  return heading !== undefined && heading.depth <= 2 && heading.slug === 'tools';
}

/** The local-notes mode from this line on, in the scanner's order of tests. */
function localNotesMode(
  line: VisibleLine,
  depth: number,
  mode: 'plain' | 'migrated' | undefined,
): 'plain' | 'migrated' | undefined {
  const isChild = line.heading?.depth === depth + 1;
  if (LOCAL_NOTES_MARKERS.every((marker) => line.text.includes(marker))) return 'plain';
  if (isChild && LOCAL_NOTES_HEADING.test(line.heading!.text)) return 'plain';
  if (isChild && MIGRATED_NOTES_HEADING.test(line.heading!.text)) return 'migrated';
  // A plain block ends at the next child heading; a migrated one at the next Tools heading,
  // which inside the first section is never reached (it would close the section first).
  return mode === 'plain' && isChild ? undefined : mode;
}

/** The lines of a text (a final line break ends the last line rather than starting one). */
export function textLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(LINE_BREAK);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

const LINE_BREAK = /\r?\n/;

/** Text added to AGENTS.md: its first line's 1-based number in the new file, and the lines. */
export interface AgentsAddition {
  line: number;
  lines: string[];
}

/**
 * AGENTS.md with whole lines inserted, every original byte kept, and a record of what was added
 * where. Added lines end with the file's own line break; a line ending in a lone `\r` gets `\r\n`,
 * so the `\r` stays part of the line, as it was.
 */
export class AgentsMarkdownEditor {
  readonly additions: AgentsAddition[] = [];
  private readonly eol: string;

  constructor(
    public text: string,
    fallbackLineBreak: string,
  ) {
    this.eol = lineBreakOf(text) ?? fallbackLineBreak;
  }

  /** Inserts lines before line `index` (0-based; the line count: at the end), blank-separated. */
  insertBefore(index: number, block: readonly string[]): void {
    const lines = textLines(this.text);
    if (index >= lines.length) return this.appendAtEnd(block);
    const separated = index > 0 && lines[index - 1]!.trim() !== '';
    this.insertAt(lineStart(this.text, index), index, [...(separated ? [''] : []), ...block, '']);
  }

  /** Appends lines after a blank line, first closing a fenced block the text leaves open. */
  appendAtEnd(block: readonly string[]): void {
    const lines = textLines(this.text);
    if (this.text !== '' && !this.text.endsWith('\n'))
      this.text += this.text.endsWith('\r') ? '\r\n' : this.eol;
    const closing = fenceLeftOpen(lines);
    const separated = lines.length > 0 && (closing !== undefined || lines.at(-1)!.trim() !== '');
    const added = [...(closing === undefined ? [] : [closing]), ...(separated ? [''] : []), ...block];
    this.insertAt(this.text.length, lines.length, added);
  }

  private insertAt(offset: number, index: number, lines: readonly string[]): void {
    const inserted = lines.map((line) => line + (line.endsWith('\r') ? '\r\n' : this.eol)).join('');
    this.text = this.text.slice(0, offset) + inserted + this.text.slice(offset);
    for (const addition of this.additions) if (addition.line > index) addition.line += lines.length;
    this.additions.push({ line: index + 1, lines: [...lines] });
    this.additions.sort((a, b) => a.line - b.line);
  }
}

/** `\r\n` or `\n`, as the text's first line break; undefined for a text of one line. */
export function lineBreakOf(text: string): string | undefined {
  const newline = text.indexOf('\n');
  if (newline < 0) return undefined;
  return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}

/** Offset of the first character of line `index` (0-based) in `text`. */
function lineStart(text: string, index: number): number {
  let offset = 0;
  for (let line = 0; line < index; line++) offset = text.indexOf('\n', offset) + 1;
  return offset;
}
