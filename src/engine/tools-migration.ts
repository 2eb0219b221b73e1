// `policy-gate migrate`, pure: TOOLS.md (read as OpenClaw 2026.5.20 reads it) and AGENTS.md (or
// none) in, the new AGENTS.md out, in which OpenClaw 2026.9.6's scanner reads the same tools:
// same ids, risk, sensitivity, owner and capabilities, in the same order. OpenClaw's own
// `doctor --fix` puts TOOLS.md under `### Local notes (migrated from TOOLS.md)`, a heading that
// scanner skips (SPEC-2026.9 §14 item 8); here every declaration, with its metadata lines, goes
// where the scanner reads it, and the result is re-scanned: a migration that would read
// differently is refused, naming the line, and never written.
//
//   - AGENTS.md keeps every byte: text is only inserted, at the end of its first Tools section
//     (before a local-notes block that ends it), or in a new `## Tools` section at its end.
//   - A tool AGENTS.md already declares with the same metadata is left out (its TOOLS.md text
//     too); one it declares differently is refused, naming both lines.
//   - TOOLS.md text that declares no tool is kept verbatim under `## Notes from TOOLS.md`
//     (`tools-migration-notes.ts`).
//   - A TOOLS.md tool that writes a field twice with different values is refused, as `check`
//     refuses it: carried over, the ambiguity would hide in AGENTS.md, which `check` does not test.
import { scanAgentsMarkdownTools } from './agents-markdown.js';
import {
  changedEvidenceMessage,
  differingDeclarationsMessage,
  sameTools,
  type ReadTool,
} from './tools-migration-evidence.js';
import { isFenceLine } from './tools-migration-fences.js';
import { notesOf, notesSection, trimBlankEnds } from './tools-migration-notes.js';
import {
  AgentsMarkdownEditor,
  lineBreakOf,
  mayHideDeclarations,
  toolsInsertionPoint,
  toolsSectionOpenAtEnd,
  type AgentsAddition,
} from './tools-migration-placement.js';
import { outlineToolsMarkdown, rewriteRange, type DeclarationRange } from './tools-migration-source.js';
import { readToolsMarkdown } from './tools-markdown.js';

export type { AgentsAddition } from './tools-migration-placement.js';
export { NOTES_HEADING } from './tools-migration-notes.js';

/** A tool declaration and where it is: in TOOLS.md, and in the new AGENTS.md. */
export interface MovedTool {
  id: string;
  /** 1-based line in TOOLS.md. */
  toolsLine: number;
  /** 1-based line in the new AGENTS.md. */
  agentsLine: number;
}

export type ToolsMigration =
  | {
      kind: 'migrated';
      /** The new AGENTS.md; undefined when there was none and nothing needs to go there. */
      agentsText: string | undefined;
      agentsChanged: boolean;
      /** A `## Tools` section was added (AGENTS.md had none). */
      sectionCreated: boolean;
      moved: MovedTool[];
      /** Tools AGENTS.md already declared with the same metadata, left where they are. */
      alreadyDeclared: MovedTool[];
      /** Lines kept under `## Notes from TOOLS.md` (0 when none). */
      notesLines: number;
      additions: AgentsAddition[];
    }
  | { kind: 'refused'; reason: string };

export function migrateToolsMarkdown(toolsText: string, agentsText: string | undefined): ToolsMigration {
  const read = readToolsMarkdown(toolsText);
  const conflict = read.conflicts[0];
  if (conflict !== undefined) {
    return refused(
      `TOOLS.md:${conflict.line}: tool '${conflict.toolId}' declares ${conflict.field} more than once (${conflict.values.join(', ')}); OpenClaw would silently use the first, so keep one.`,
    );
  }
  const outline = outlineToolsMarkdown(toolsText);
  const outlineAgrees =
    outline.declarations.length === read.tools.length &&
    outline.declarations.every(
      (range, i) => range.id === read.tools[i]!.id && range.start + 1 === read.tools[i]!.line,
    );
  if (!outlineAgrees)
    return refused('TOOLS.md could not be cut into declarations as OpenClaw 2026.5.20 reads it.');

  const agents = agentsText ?? '';
  const agentsTools = scanAgentsMarkdownTools(agents);
  const { identicalIds, differingIds } = overlapWithAgents(read.tools, agentsTools);
  if (differingIds.length > 0)
    return refused(differingDeclarationsMessage(differingIds, read.tools, agentsTools));

  const moving = outline.declarations
    .map((range, i) => ({ range, tool: read.tools[i]! }))
    .filter(({ tool }) => !identicalIds.has(tool.id));
  const point = toolsInsertionPoint(agents);
  const childDepth = (point.sectionDepth ?? 2) + 1;
  const block = trimBlankEnds(moving.flatMap(({ range }) => rewriteRange(outline.lines, range, childDepth)));
  const editor = new AgentsMarkdownEditor(agents, lineBreakOf(toolsText) ?? '\n');
  if (block.length > 0) {
    if (point.sectionDepth === undefined) editor.appendAtEnd(['## Tools', '', ...block]);
    else editor.insertBefore(point.index, block);
  }
  // Declarations AGENTS.md already has alike are neither moved nor notes.
  const notes = notesOf(outline.lines, outline.headingIndex, outline.declarations);
  if (notes.length > 0) editor.appendAtEnd(notesSection(notes, toolsSectionOpenAtEnd(editor.text) ?? 2));

  // The proof: 2026.9.6 reads AGENTS.md's own tools, with the moved ones where they went.
  const insertedAt = point.sectionDepth === undefined ? Number.POSITIVE_INFINITY : point.index;
  const before = agentsTools.filter((tool) => tool.line - 1 < insertedAt);
  const after = agentsTools.filter((tool) => tool.line - 1 >= insertedAt);
  const movedTools = moving.map(({ tool }) => tool);
  const expected = [...before, ...movedTools, ...after];
  const actual = scanAgentsMarkdownTools(editor.text);
  if (!sameTools(expected, actual)) {
    const fileOf = (tool: ReadTool) => (movedTools.includes(tool) ? 'TOOLS.md' : 'AGENTS.md');
    return refused(changedEvidenceMessage(expected, actual, fileOf, suspectLines(outline.lines, moving)));
  }
  const changed = editor.text !== agents;
  return {
    kind: 'migrated',
    agentsText: agentsText === undefined && !changed ? undefined : editor.text,
    agentsChanged: changed,
    sectionCreated: block.length > 0 && point.sectionDepth === undefined,
    moved: movedTools.map((tool, i) => ({
      id: tool.id,
      toolsLine: tool.line,
      agentsLine: actual[before.length + i]!.line,
    })),
    alreadyDeclared: read.tools
      .filter((tool) => identicalIds.has(tool.id))
      .map((tool) => ({
        id: tool.id,
        toolsLine: tool.line,
        agentsLine: agentsTools.find((declared) => declared.id === tool.id)!.line,
      })),
    notesLines: notes.length,
    additions: editor.additions,
  };
}

function refused(reason: string): ToolsMigration {
  return { kind: 'refused', reason };
}

/** Ids both files declare: with the same declarations (left out) or different ones (refused). */
function overlapWithAgents(
  toolsTools: readonly ReadTool[],
  agentsTools: readonly ReadTool[],
): { identicalIds: Set<string>; differingIds: string[] } {
  const identicalIds = new Set<string>();
  const differingIds: string[] = [];
  for (const id of new Set(toolsTools.map((tool) => tool.id))) {
    const inAgents = agentsTools.filter((tool) => tool.id === id);
    if (inAgents.length === 0) continue;
    if (
      sameTools(
        inAgents,
        toolsTools.filter((tool) => tool.id === id),
      )
    )
      identicalIds.add(id);
    else differingIds.push(id);
  }
  return { identicalIds, differingIds };
}

/** 1-based TOOLS.md lines of the moved ranges that 2026.9.6 may read differently. */
function suspectLines(lines: readonly string[], moving: readonly { range: DeclarationRange }[]): number[] {
  return moving
    .flatMap(({ range }) => Array.from({ length: range.end - range.start }, (_, k) => range.start + k))
    .filter((index) => isFenceLine(lines[index]!) || mayHideDeclarations(lines[index]!))
    .map((index) => index + 1);
}
