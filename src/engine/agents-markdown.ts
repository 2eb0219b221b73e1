// Governed tools declared in the `## Tools` section of AGENTS.md (SPEC-2026.9 §8.1), read exactly
// as OpenClaw 2026.9.6's `policy check` reads them. One declaration's grammar (headings, bullets,
// metadata fields) is 2026.5.20's (`tool-declaration-grammar.ts`); what is new is where tools are
// looked for:
//   - fenced blocks (``` or ~~~) are invisible, wherever they are;
//   - the section opens at a heading of depth 1 or 2 whose slug is `tools` and closes at the next
//     heading of the same or a shallower depth; a later `#`/`## Tools` opens it again, its own
//     heading line then being part of the section (a heading, not a tool);
//   - a tool is a child heading (exactly one level below its section) or a column-0 bullet;
//   - "local notes" are skipped: from a line naming `Skills provide your tools.`, `Keep local notes`
//     and `TOOLS.md`, or a child heading `Local notes` (both up to the next child heading), or a
//     child heading `Local notes (migrated from TOOLS.md)` (up to the next Tools heading). That
//     is where `openclaw doctor --fix` moves TOOLS.md, so migrated tools are never evaluated.
// A tool's metadata is its inline remainder and the following section lines up to a heading at
// most one level below the section (tested on the trimmed line) or a bullet that looks like a
// declaration; it ignores local-notes mode, and fenced lines are not part of it.
//
// The text is read in one pass: a line ends the open tool's metadata before it can declare the
// next tool (every declaration line also ends metadata), so the tools come out in file order.
import {
  bulletDeclaration,
  headingOf,
  looksLikeBulletDeclaration,
  slugifyHeading,
  withToolMetadata,
  type Heading,
} from './tool-declaration-grammar.js';
import type { ToolEvidence } from './types.js';

/** The tools of AGENTS.md's Tools section, in file order, duplicates kept. Never throws. */
export function scanAgentsMarkdownTools(text: string): ToolEvidence[] {
  const tools: ToolEvidence[] = [];
  let open: { id: string; line: number; metadata: string[] } | undefined;
  let localNotes: 'plain' | 'migrated' | undefined;
  for (const line of toolsSectionLines(text)) {
    if (open !== undefined && endsMetadata(line)) {
      tools.push(toolEvidence(open.id, open.line, open.metadata));
      open = undefined;
    }
    open?.metadata.push(line.text);

    const heading = line.text.startsWith('#') ? headingOf(line.text) : undefined;
    const isChild = heading?.depth === line.sectionDepth + 1;
    const notes = localNotesStep(line, heading, isChild, localNotes);
    localNotes = notes.mode;
    if (notes.skip || localNotes !== undefined) continue;

    const declared = isChild ? childHeadingDeclaration(heading!) : bulletToolDeclaration(line.text);
    const id = declared === undefined ? '' : slugifyHeading(declared.name);
    if (id !== '') open = { id, line: line.number, metadata: [declared!.inline] };
  }
  if (open !== undefined) tools.push(toolEvidence(open.id, open.line, open.metadata));
  return tools;
}

interface SectionLine {
  /** 1-based line number in the whole text. */
  number: number;
  text: string;
  /** Depth of the Tools heading whose section holds the line. */
  sectionDepth: number;
}

/** The lines of every Tools section, fenced lines left out, with the depth of their section. */
function toolsSectionLines(text: string): SectionLine[] {
  const section: SectionLine[] = [];
  const lines = text.split(LINE_BREAK);
  let sectionDepth: number | undefined;
  let foundSection = false;
  let fence: { marker: string; length: number } | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const fenceRun = FENCE_OPENING.exec(line)?.[1];
    if (fenceRun !== undefined && fence === undefined) {
      fence = { marker: fenceRun[0]!, length: fenceRun.length };
      continue;
    }
    if (fence !== undefined) {
      const closing = FENCE_CLOSING.exec(line)?.[1];
      if (closing !== undefined && closing[0] === fence.marker && closing.length >= fence.length) {
        fence = undefined;
      }
      continue;
    }
    const heading = line.startsWith('#') ? headingOf(line) : undefined;
    if (heading !== undefined) {
      if (sectionDepth !== undefined && heading.depth <= sectionDepth) sectionDepth = undefined;
      if (sectionDepth === undefined && heading.depth <= 2 && heading.slug === 'tools') {
        // A second Tools heading is kept as a line of its section; the first only opens it.
        if (foundSection) section.push({ number: index + 1, text: line, sectionDepth: heading.depth });
        foundSection = true;
        sectionDepth = heading.depth;
        continue;
      }
    }
    if (sectionDepth !== undefined && (heading === undefined || heading.depth > sectionDepth)) {
      section.push({ number: index + 1, text: line, sectionDepth });
    }
  }
  return section;
}

const LINE_BREAK = /\r?\n/;
// Linear: the leading `\s*` and the run can only backtrack into characters that fail at once.
const FENCE_OPENING = /^\s*(`{3,}|~{3,})/;
const FENCE_CLOSING = /^\s*(`{3,}|~{3,})\s*$/;

/**
 * How a line moves local-notes mode (SPEC-2026.9 §8.1), in OpenClaw's order: `skip` when the
 * line only switched the mode (so it declares nothing), and the mode from this line on.
 */
function localNotesStep(
  line: SectionLine,
  heading: Heading | undefined,
  isChild: boolean,
  mode: 'plain' | 'migrated' | undefined,
): { skip: boolean; mode: 'plain' | 'migrated' | undefined } {
  if (LOCAL_NOTES_MARKERS.every((marker) => line.text.includes(marker))) return { skip: true, mode: 'plain' };
  if (isChild && LOCAL_NOTES_HEADING.test(heading!.text)) return { skip: true, mode: 'plain' };
  if (isChild && MIGRATED_NOTES_HEADING.test(heading!.text)) return { skip: true, mode: 'migrated' };
  if (
    mode !== undefined &&
    heading !== undefined &&
    heading.depth <= line.sectionDepth &&
    heading.slug === 'tools'
  ) {
    return { skip: true, mode: undefined };
  }
  // A plain-notes block ends at the next child heading, which may itself declare a tool.
  if (mode === 'plain' && isChild) return { skip: false, mode: undefined };
  return { skip: false, mode };
}

/** A line naming all three starts a plain local-notes block (the migration must avoid them too). */
export const LOCAL_NOTES_MARKERS = ['Skills provide your tools.', 'Keep local notes', 'TOOLS.md'];
// `iu` on purpose: with `u`, case folding maps `ſ` to `s`, as OpenClaw's patterns do.
export const LOCAL_NOTES_HEADING = /^Local notes\s*$/iu;
export const MIGRATED_NOTES_HEADING = /^Local notes \(migrated from TOOLS\.md\)\s*$/iu;

/** A tool's name as written, and its inline metadata. */
interface Declared {
  name: string;
  inline: string;
}

/** A child heading's tool: the first run of the text without whitespace or `#`, then the rest. */
function childHeadingDeclaration(heading: Heading): Declared | undefined {
  const name = CHILD_HEADING_NAME.exec(heading.text)?.[0];
  return name === undefined ? undefined : { name, inline: heading.text.slice(name.length) };
}

function bulletToolDeclaration(line: string): Declared | undefined {
  const named = bulletDeclaration(line);
  return named === undefined ? undefined : { name: named.name, inline: line.slice(named.inlineAt) };
}

const CHILD_HEADING_NAME = /^[^\s#]+/;

/**
 * Whether a section line ends the metadata of the tool before it: a heading at most one level
 * below its section once the line is trimmed (so an indented `### x` counts), or a bullet that
 * looks like a declaration.
 */
function endsMetadata(line: SectionLine): boolean {
  const trimmed = line.text.trim();
  if (trimmed.startsWith('#')) {
    const heading = headingOf(trimmed, false);
    if (heading !== undefined && heading.depth <= line.sectionDepth + 1) return true;
  }
  return looksLikeBulletDeclaration(line.text);
}

function toolEvidence(id: string, line: number, metadata: readonly string[]): ToolEvidence {
  return withToolMetadata({ id, source: `oc://AGENTS.md/tools/${id}`, line }, metadata.join('\n'));
}
