export const id = 820;
export const ids = [820];
export const modules = {

/***/ 5820:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  migrateCommand: () => (/* binding */ migrateCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/engine/release-profile.js
var release_profile = __webpack_require__(307);
// EXTERNAL MODULE: ./lib/engine/agents-markdown.js
var agents_markdown = __webpack_require__(4930);
;// CONCATENATED MODULE: ./lib/engine/tools-migration-evidence.js
/** The part of a tool's evidence a move must keep, as one comparable string. */
function comparableTool(tool) {
    return JSON.stringify({
        id: tool.id,
        risk: tool.risk,
        sensitivity: tool.sensitivity,
        owner: tool.owner,
        capabilities: tool.capabilities,
    });
}
function sameTools(left, right) {
    return (left.length === right.length &&
        left.every((tool, i) => comparableTool(tool) === comparableTool(right[i])));
}
/** `risk high, owner @ops, capabilities NETWORK` — the fields a reader found, for messages. */
function describeFields(tool) {
    if (tool === undefined)
        return 'no such tool';
    const fields = [
        tool.risk === undefined ? undefined : `risk ${tool.risk}`,
        tool.sensitivity === undefined ? undefined : `sensitivity ${tool.sensitivity}`,
        tool.owner === undefined ? undefined : `owner ${tool.owner}`,
        tool.capabilities === undefined ? undefined : `capabilities ${tool.capabilities.join(' ')}`,
    ].filter((field) => field !== undefined);
    return fields.length === 0 ? 'no metadata' : fields.join(', ');
}
/** The first position where two tool lists differ, or undefined when they are the same. */
function firstDifference(expected, actual) {
    for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
        const want = expected[i];
        const got = actual[i];
        if (want === undefined || got === undefined || comparableTool(want) !== comparableTool(got)) {
            return { expected: want, actual: got };
        }
    }
    return undefined;
}
/** Refusal for tools both files declare, with different metadata. */
function differingDeclarationsMessage(ids, toolsTools, agentsTools) {
    const declared = (tools, id, file) => {
        const same = tools.filter((tool) => tool.id === id);
        return `${file}:${same.map((tool) => tool.line).join(',')} ${describeFields(same[0])}`;
    };
    const pairs = ids.map((id) => `'${id}' (${declared(agentsTools, id, 'AGENTS.md')}; ${declared(toolsTools, id, 'TOOLS.md')})`);
    return `TOOLS.md and AGENTS.md both declare ${pairs.join(', ')}, differently; make the declarations agree or delete one of them.`;
}
/**
 * Refusal for a result the 2026.9.6 scanner reads differently from what was meant: the first
 * tool that differs, where it comes from, and the TOOLS.md lines that likely caused it.
 */
function changedEvidenceMessage(expected, actual, fileOf, suspectLines) {
    const { expected: want, actual: got } = firstDifference(expected, actual);
    let what;
    if (want === undefined) {
        what = `the new AGENTS.md would declare tool '${got.id}' (line ${got.line}), which neither file declares`;
    }
    else if (got === undefined || got.id !== want.id) {
        what = `${fileOf(want)}:${want.line}: OpenClaw 2026.9.6 would not read tool '${want.id}' in the new AGENTS.md`;
    }
    else {
        what = `${fileOf(want)}:${want.line}: tool '${want.id}' would change from ${describeFields(want)} to ${describeFields(got)}`;
    }
    const hint = suspectLines.length === 0
        ? ''
        : ` (OpenClaw 2026.9.6 skips fenced blocks and local notes, as on TOOLS.md line(s) ${suspectLines.join(', ')})`;
    return `${what}${hint}; change that text so both releases read the tool alike, then re-run.`;
}

;// CONCATENATED MODULE: ./lib/engine/tools-migration-fences.js
// Fenced blocks as OpenClaw 2026.9.6's AGENTS.md scanner sees them (`agents-markdown.ts`): a line
// opening with ``` or ~~~ (after any whitespace) starts one, and only a line holding nothing but a
// run of the same character, at least as long, ends it. Their lines are invisible to the scanner.
// 2026.5.20 knew no fences, which is why the migration tracks them.
const FENCE_OPENING = /^\s*(`{3,}|~{3,})/;
const FENCE_CLOSING = /^\s*(`{3,}|~{3,})\s*$/;
/** The indexes of the lines outside fenced blocks (fence lines themselves excluded). */
function visibleLineIndexes(lines) {
    const visible = [];
    let fence;
    lines.forEach((line, index) => {
        if (fence === undefined) {
            fence = FENCE_OPENING.exec(line)?.[1];
            if (fence === undefined)
                visible.push(index);
        }
        else if (closes(line, fence)) {
            fence = undefined;
        }
    });
    return visible;
}
/** The line that closes a fenced block the lines leave open, or undefined when none is open. */
function fenceLeftOpen(lines) {
    let fence;
    for (const line of lines) {
        if (fence === undefined)
            fence = FENCE_OPENING.exec(line)?.[1];
        else if (closes(line, fence))
            fence = undefined;
    }
    return fence;
}
/** Whether the line opens (or closes) a fenced block, for messages. */
function isFenceLine(line) {
    return FENCE_OPENING.test(line);
}
function closes(line, fence) {
    const closing = FENCE_CLOSING.exec(line)?.[1];
    return closing !== undefined && closing[0] === fence[0] && closing.length >= fence.length;
}

// EXTERNAL MODULE: ./lib/engine/tool-declaration-grammar.js
var tool_declaration_grammar = __webpack_require__(4399);
;// CONCATENATED MODULE: ./lib/engine/tools-migration-notes.js
// The text of TOOLS.md that declares no tool — a preamble, other sections, lines 2026.5.20 read as
// neither a declaration nor metadata — kept verbatim under `## Notes from TOOLS.md` at the end of
// AGENTS.md, inside a fence: OpenClaw 2026.9.6's scanner never reads declarations in a fenced
// block, so nothing in the notes (a second `## Tools` section, say) can become a governed tool.

const NOTES_HEADING = 'Notes from TOOLS.md';
const NOTES_INTRO = 'Kept verbatim by `policy-gate migrate`: the text of TOOLS.md that declares no tool. OpenClaw reads no tool declarations in this block.';
/**
 * TOOLS.md without its Tools heading and its declarations. A byte-order mark opening the
 * file goes, blank runs shrink to one line, and notes that are nothing but the file's title and
 * Tools headings are not worth keeping (AGENTS.md has its own).
 */
function notesOf(lines, headingIndex, declarations) {
    const inDeclaration = (index) => declarations.some((range) => index >= range.start && index < range.end);
    const kept = [];
    lines.forEach((line, index) => {
        if (index === headingIndex || inDeclaration(index))
            return;
        const text = index === 0 ? line.replace(/^\uFEFF/, '') : line;
        if (text.trim() === '' && (kept.length === 0 || kept.at(-1).trim() === ''))
            return;
        kept.push(text);
    });
    const notes = trimBlankEnds(kept);
    return notes.every(isTitleOrToolsHeading) ? [] : notes;
}
/** The notes section: a heading of `depth`, a line saying what it is, the notes in a fence. */
function notesSection(notes, depth) {
    // A `~` fence longer than any `~` run in the notes, so no line of them closes it.
    const longest = Math.max(0, ...notes.map((line) => /^\s*(~+)/.exec(line)?.[1].length ?? 0));
    const fence = '~'.repeat(Math.max(3, longest + 1));
    return [`${'#'.repeat(depth)} ${NOTES_HEADING}`, '', NOTES_INTRO, '', `${fence}markdown`, ...notes, fence];
}
function isTitleOrToolsHeading(line) {
    const heading = (0,tool_declaration_grammar/* headingOf */.Wm)(line);
    return line.trim() === '' || (heading !== undefined && (heading.depth === 1 || heading.slug === 'tools'));
}
function trimBlankEnds(lines) {
    let start = 0;
    let end = lines.length;
    while (start < end && lines[start].trim() === '')
        start++;
    while (end > start && lines[end - 1].trim() === '')
        end--;
    return lines.slice(start, end);
}

;// CONCATENATED MODULE: ./lib/engine/tools-migration-placement.js
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



/** Where the moved tools go: see the file comment. */
function toolsInsertionPoint(agentsText) {
    const lines = textLines(agentsText);
    const visible = visibleHeadings(lines);
    const opening = visible.findIndex((line) => isToolsHeading(line.heading));
    if (opening < 0)
        return { index: lines.length, sectionDepth: undefined };
    const depth = visible[opening].heading.depth;
    let end = lines.length;
    let notes;
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
function toolsSectionOpenAtEnd(text) {
    let depth;
    for (const { heading } of visibleHeadings(textLines(text))) {
        if (heading === undefined)
            continue;
        if (depth !== undefined && heading.depth <= depth)
            depth = undefined;
        if (depth === undefined && isToolsHeading(heading))
            depth = heading.depth;
    }
    return depth;
}
/** Whether a line may open a local-notes block, in which the scanner reads no declaration. */
function mayHideDeclarations(line) {
    if (agents_markdown/* LOCAL_NOTES_MARKERS */.oW.every((marker) => line.includes(marker)))
        return true;
    const heading = (0,tool_declaration_grammar/* headingOf */.Wm)(line.trim());
    return (heading !== undefined &&
        (agents_markdown/* LOCAL_NOTES_HEADING */.bi.test(heading.text) || agents_markdown/* MIGRATED_NOTES_HEADING */.Xr.test(heading.text)));
}
function visibleHeadings(lines) {
    return visibleLineIndexes(lines).map((index) => {
        const text = lines[index];
        return { index, text, heading: text.startsWith('#') ? (0,tool_declaration_grammar/* headingOf */.Wm)(text) : undefined };
    });
}
function isToolsHeading(heading) {
    return heading !== undefined && heading.depth <= 2 && heading.slug === 'tools';
}
/** The local-notes mode from this line on, in the scanner's order of tests. */
function localNotesMode(line, depth, mode) {
    const isChild = line.heading?.depth === depth + 1;
    if (agents_markdown/* LOCAL_NOTES_MARKERS */.oW.every((marker) => line.text.includes(marker)))
        return 'plain';
    if (isChild && agents_markdown/* LOCAL_NOTES_HEADING */.bi.test(line.heading.text))
        return 'plain';
    if (isChild && agents_markdown/* MIGRATED_NOTES_HEADING */.Xr.test(line.heading.text))
        return 'migrated';
    // A plain block ends at the next child heading; a migrated one at the next Tools heading,
    // which inside the first section is never reached (it would close the section first).
    return mode === 'plain' && isChild ? undefined : mode;
}
/** The lines of a text (a final line break ends the last line rather than starting one). */
function textLines(text) {
    if (text === '')
        return [];
    const lines = text.split(LINE_BREAK);
    if (lines.at(-1) === '')
        lines.pop();
    return lines;
}
const LINE_BREAK = /\r?\n/;
/**
 * AGENTS.md with whole lines inserted, every original byte kept, and a record of what was added
 * where. Added lines end with the file's own line break; a line ending in a lone `\r` gets `\r\n`,
 * so the `\r` stays part of the line, as it was.
 */
class AgentsMarkdownEditor {
    text;
    additions = [];
    eol;
    constructor(text, fallbackLineBreak) {
        this.text = text;
        this.eol = lineBreakOf(text) ?? fallbackLineBreak;
    }
    /** Inserts lines before line `index` (0-based; the line count: at the end), blank-separated. */
    insertBefore(index, block) {
        const lines = textLines(this.text);
        if (index >= lines.length)
            return this.appendAtEnd(block);
        const separated = index > 0 && lines[index - 1].trim() !== '';
        this.insertAt(lineStart(this.text, index), index, [...(separated ? [''] : []), ...block, '']);
    }
    /** Appends lines after a blank line, first closing a fenced block the text leaves open. */
    appendAtEnd(block) {
        const lines = textLines(this.text);
        if (this.text !== '' && !this.text.endsWith('\n'))
            this.text += this.text.endsWith('\r') ? '\r\n' : this.eol;
        const closing = fenceLeftOpen(lines);
        const separated = lines.length > 0 && (closing !== undefined || lines.at(-1).trim() !== '');
        const added = [...(closing === undefined ? [] : [closing]), ...(separated ? [''] : []), ...block];
        this.insertAt(this.text.length, lines.length, added);
    }
    insertAt(offset, index, lines) {
        const inserted = lines.map((line) => line + (line.endsWith('\r') ? '\r\n' : this.eol)).join('');
        this.text = this.text.slice(0, offset) + inserted + this.text.slice(offset);
        for (const addition of this.additions)
            if (addition.line > index)
                addition.line += lines.length;
        this.additions.push({ line: index + 1, lines: [...lines] });
        this.additions.sort((a, b) => a.line - b.line);
    }
}
/** `\r\n` or `\n`, as the text's first line break; undefined for a text of one line. */
function lineBreakOf(text) {
    const newline = text.indexOf('\n');
    if (newline < 0)
        return undefined;
    return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}
/** Offset of the first character of line `index` (0-based) in `text`. */
function lineStart(text, index) {
    let offset = 0;
    for (let line = 0; line < index; line++)
        offset = text.indexOf('\n', offset) + 1;
    return offset;
}

;// CONCATENATED MODULE: ./lib/engine/tools-migration-source.js
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


function outlineToolsMarkdown(text) {
    const lines = text.split(tools_migration_source_LINE_BREAK);
    const headingIndex = lines.findIndex((line) => line.startsWith('#') && (0,tool_declaration_grammar/* headingOf */.Wm)(line)?.slug === 'tools');
    if (headingIndex < 0)
        return { lines, headingIndex: undefined, declarations: [] };
    const depth = (0,tool_declaration_grammar/* headingOf */.Wm)(lines[headingIndex]).depth;
    const declarations = [];
    let open;
    let index = headingIndex + 1;
    for (; index < lines.length; index++) {
        const line = lines[index];
        if (closesSection(line, depth))
            break;
        if (!endsMetadata(line))
            continue;
        if (open !== undefined)
            declarations.push({ ...open, end: index });
        open = declarationAt(line, index);
    }
    if (open !== undefined)
        declarations.push({ ...open, end: index });
    return { lines, headingIndex, declarations };
}
const tools_migration_source_LINE_BREAK = /\r?\n/;
function closesSection(line, depth) {
    if (!line.startsWith('#'))
        return false;
    const heading = (0,tool_declaration_grammar/* headingOf */.Wm)(line, false);
    return heading !== undefined && heading.depth <= depth;
}
/** 2026.5.20's looser test: a trimmed `### x`, or a bullet that looks like a declaration. */
function endsMetadata(line) {
    return LOOSE_HEADING.test(line.trim()) || (0,tool_declaration_grammar/* looksLikeBulletDeclaration */.gV)(line);
}
const LOOSE_HEADING = /^###\s+\S/;
const HEADING_DECLARATION = /^###\s+([^\s#]+)/;
function declarationAt(line, index) {
    const heading = HEADING_DECLARATION.exec(line);
    if (heading !== null && !tool_declaration_grammar/* DOT_EXCLUDED */.rs.test(line.slice(heading[0].length))) {
        const id = (0,tool_declaration_grammar/* slugifyHeading */.Cn)(heading[1]);
        return id === '' ? undefined : { id, start: index, byHeading: true };
    }
    const bullet = (0,tool_declaration_grammar/* bulletDeclaration */.HI)(line);
    const id = bullet === undefined ? '' : (0,tool_declaration_grammar/* slugifyHeading */.Cn)(bullet.name);
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
function rewriteRange(lines, range, childDepth) {
    const rewritten = lines.slice(range.start, range.end).map((line, offset) => {
        if (offset === 0)
            return range.byHeading ? '#'.repeat(childDepth) + line.slice(3) : line;
        return demotedHeading(line, childDepth) ?? line;
    });
    const openFence = fenceLeftOpen(rewritten);
    if (openFence !== undefined) {
        let lastText = rewritten.length - 1;
        while (lastText > 0 && rewritten[lastText].trim() === '')
            lastText--;
        rewritten.splice(lastText + 1, 0, openFence);
    }
    return rewritten;
}
function demotedHeading(line, childDepth) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('#'))
        return undefined;
    const heading = (0,tool_declaration_grammar/* headingOf */.Wm)(trimmed, false);
    if (heading === undefined || heading.depth > childDepth)
        return undefined;
    const indent = line.length - line.trimStart().length;
    return line.slice(0, indent) + '#'.repeat(childDepth + 1) + line.slice(indent + heading.depth);
}

// EXTERNAL MODULE: ./lib/engine/tools-markdown.js
var tools_markdown = __webpack_require__(7967);
;// CONCATENATED MODULE: ./lib/engine/tools-migration.js
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








function migrateToolsMarkdown(toolsText, agentsText) {
    const read = (0,tools_markdown/* readToolsMarkdown */.fF)(toolsText);
    const conflict = read.conflicts[0];
    if (conflict !== undefined) {
        return refused(`TOOLS.md:${conflict.line}: tool '${conflict.toolId}' declares ${conflict.field} more than once (${conflict.values.join(', ')}); OpenClaw would silently use the first, so keep one.`);
    }
    const outline = outlineToolsMarkdown(toolsText);
    const outlineAgrees = outline.declarations.length === read.tools.length &&
        outline.declarations.every((range, i) => range.id === read.tools[i].id && range.start + 1 === read.tools[i].line);
    if (!outlineAgrees)
        return refused('TOOLS.md could not be cut into declarations as OpenClaw 2026.5.20 reads it.');
    const agents = agentsText ?? '';
    const agentsTools = (0,agents_markdown/* scanAgentsMarkdownTools */.K7)(agents);
    const { identicalIds, differingIds } = overlapWithAgents(read.tools, agentsTools);
    if (differingIds.length > 0)
        return refused(differingDeclarationsMessage(differingIds, read.tools, agentsTools));
    const moving = outline.declarations
        .map((range, i) => ({ range, tool: read.tools[i] }))
        .filter(({ tool }) => !identicalIds.has(tool.id));
    const point = toolsInsertionPoint(agents);
    const childDepth = (point.sectionDepth ?? 2) + 1;
    const block = trimBlankEnds(moving.flatMap(({ range }) => rewriteRange(outline.lines, range, childDepth)));
    const editor = new AgentsMarkdownEditor(agents, lineBreakOf(toolsText) ?? '\n');
    if (block.length > 0) {
        if (point.sectionDepth === undefined)
            editor.appendAtEnd(['## Tools', '', ...block]);
        else
            editor.insertBefore(point.index, block);
    }
    // Declarations AGENTS.md already has alike are neither moved nor notes.
    const notes = notesOf(outline.lines, outline.headingIndex, outline.declarations);
    if (notes.length > 0)
        editor.appendAtEnd(notesSection(notes, toolsSectionOpenAtEnd(editor.text) ?? 2));
    // The proof: 2026.9.6 reads AGENTS.md's own tools, with the moved ones where they went.
    const insertedAt = point.sectionDepth === undefined ? Number.POSITIVE_INFINITY : point.index;
    const before = agentsTools.filter((tool) => tool.line - 1 < insertedAt);
    const after = agentsTools.filter((tool) => tool.line - 1 >= insertedAt);
    const movedTools = moving.map(({ tool }) => tool);
    const expected = [...before, ...movedTools, ...after];
    const actual = (0,agents_markdown/* scanAgentsMarkdownTools */.K7)(editor.text);
    if (!sameTools(expected, actual)) {
        const fileOf = (tool) => (movedTools.includes(tool) ? 'TOOLS.md' : 'AGENTS.md');
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
            agentsLine: actual[before.length + i].line,
        })),
        alreadyDeclared: read.tools
            .filter((tool) => identicalIds.has(tool.id))
            .map((tool) => ({
            id: tool.id,
            toolsLine: tool.line,
            agentsLine: agentsTools.find((declared) => declared.id === tool.id).line,
        })),
        notesLines: notes.length,
        additions: editor.additions,
    };
}
function refused(reason) {
    return { kind: 'refused', reason };
}
/** Ids both files declare: with the same declarations (left out) or different ones (refused). */
function overlapWithAgents(toolsTools, agentsTools) {
    const identicalIds = new Set();
    const differingIds = [];
    for (const id of new Set(toolsTools.map((tool) => tool.id))) {
        const inAgents = agentsTools.filter((tool) => tool.id === id);
        if (inAgents.length === 0)
            continue;
        if (sameTools(inAgents, toolsTools.filter((tool) => tool.id === id)))
            identicalIds.add(id);
        else
            differingIds.push(id);
    }
    return { identicalIds, differingIds };
}
/** 1-based TOOLS.md lines of the moved ranges that 2026.9.6 may read differently. */
function suspectLines(lines, moving) {
    return moving
        .flatMap(({ range }) => Array.from({ length: range.end - range.start }, (_, k) => range.start + k))
        .filter((index) => isFenceLine(lines[index]) || mayHideDeclarations(lines[index]))
        .map((index) => index + 1);
}

// EXTERNAL MODULE: ./lib/workspace/input-error.js
var input_error = __webpack_require__(1242);
// EXTERNAL MODULE: ./lib/workspace/replace-file.js
var replace_file = __webpack_require__(3200);
// EXTERNAL MODULE: ./lib/workspace/safe-read.js + 2 modules
var safe_read = __webpack_require__(5969);
// EXTERNAL MODULE: ./lib/cli/cli-io.js
var cli_io = __webpack_require__(2061);
// EXTERNAL MODULE: ./lib/cli/parse-flags.js
var parse_flags = __webpack_require__(7499);
// EXTERNAL MODULE: ./lib/cli/release-options.js
var release_options = __webpack_require__(7452);
;// CONCATENATED MODULE: ./lib/cli/migrate-command.js
// `policy-gate migrate`: TOOLS.md's tool declarations into AGENTS.md's `## Tools` section, then
// TOOLS.md removed (the pure migration, and its proof that OpenClaw 2026.9.6 reads the same tools,
// is `engine/tools-migration.ts`). This shell only reads and writes the two files, carefully: no
// symbolic or hard link is followed or split, AGENTS.md is replaced by renaming a new file made
// exclusively beside it, and nothing is written when either file changed since it was read.










const TOOLS_FILE = 'TOOLS.md';
const AGENTS_FILE = 'AGENTS.md';
async function migrateCommand(args, io) {
    const { values } = (0,parse_flags/* parseFlags */.b)('migrate', args, {
        cwd: { type: 'string' },
        ...release_options/* RELEASE_FLAG */.Zg,
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
    });
    const profile = (0,release_options/* releaseFrom */.Yc)(values.openclaw);
    if (profile.toolsDocument !== AGENTS_FILE) {
        const targets = (0,release_profile.releasesWhere)((p) => p.toolsDocument === AGENTS_FILE).join(', ');
        throw new cli_io/* UsageError */.eb(`migrate moves TOOLS.md into AGENTS.md, where OpenClaw ${targets} reads tools; OpenClaw ${profile.release} reads TOOLS.md itself.`);
    }
    const dir = external_node_path_.resolve(io.cwd, values.cwd ?? '.');
    if (!isDirectory(dir))
        throw new input_error/* InputError */.d(`${shown(io, dir)} is not a directory; pass the workspace with --cwd.`);
    const asJson = values.json === true || !io.stdoutIsTerminal;
    const dryRun = values['dry-run'] === true;
    const tools = readDocument(dir, TOOLS_FILE);
    if (tools === undefined) {
        const message = `nothing to migrate (no ${TOOLS_FILE} in ${shown(io, dir)})`;
        io.stdout(asJson ? `${JSON.stringify({ migrated: false, message })}\n` : `policy-gate migrate: ${message}\n`);
        return cli_io/* EXIT_CLEAN */.XW;
    }
    const agents = readDocument(dir, AGENTS_FILE);
    const migration = migrateToolsMarkdown(tools.text, agents?.text);
    if (migration.kind === 'refused')
        throw new input_error/* InputError */.d(`${migration.reason} Nothing was changed.`);
    if (!dryRun) {
        // Both files must still be what the migration was computed from, up to the last moment.
        const unchanged = () => {
            sameDocument(tools, readDocument(dir, TOOLS_FILE), TOOLS_FILE);
            sameDocument(agents, readDocument(dir, AGENTS_FILE), AGENTS_FILE);
        };
        if (migration.agentsChanged)
            (0,replace_file/* replaceFile */.f)(external_node_path_.join(dir, AGENTS_FILE), migration.agentsText ?? '', {
                previous: agents?.stats,
                beforeRename: unchanged,
                purpose: 'migrate',
            });
        else
            unchanged();
        removeFile(dir, TOOLS_FILE, migration.agentsChanged, () => sameDocument(tools, readDocument(dir, TOOLS_FILE), TOOLS_FILE));
    }
    const summary = { dryRun, created: agents === undefined && migration.agentsText !== undefined };
    io.stdout(asJson ? jsonOutput(migration, summary) : humanOutput(migration, summary));
    return cli_io/* EXIT_CLEAN */.XW;
}
/** A workspace file as text, or undefined when absent; links and non-files are refused. */
function readDocument(dir, name) {
    const file = external_node_path_.join(dir, name);
    let stats;
    try {
        stats = (0,external_node_fs_.lstatSync)(file);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new input_error/* InputError */.d(`${name} cannot be read: ${(0,replace_file/* errorText */.k)(error)}`);
    }
    refuseUnsafe(name, stats);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | (external_node_fs_.constants.O_NONBLOCK ?? 0));
    }
    catch (error) {
        throw new input_error/* InputError */.d(`${name} cannot be read: ${(0,replace_file/* errorText */.k)(error)}`);
    }
    try {
        const opened = (0,external_node_fs_.fstatSync)(fd);
        if (opened.dev !== stats.dev || opened.ino !== stats.ino)
            throw new input_error/* InputError */.d(`${name} changed while being read.`);
        const bytes = (0,external_node_fs_.readFileSync)(fd);
        if (bytes.length > safe_read/* DEFAULT_MAX_BYTES */.fS)
            throw new input_error/* InputError */.d(`${name} grew past the ${safe_read/* DEFAULT_MAX_BYTES */.fS}-byte limit.`);
        // Decoded as `check` decodes it (invalid UTF-8 as U+FFFD, a byte-order mark kept).
        return { text: bytes.toString('utf8'), stats: opened };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function refuseUnsafe(name, stats) {
    if (stats.isSymbolicLink())
        throw new input_error/* InputError */.d(`${name} is a symbolic link; migrate edits only regular files, so replace the link with the file it points to.`);
    if (!stats.isFile())
        throw new input_error/* InputError */.d(`${name} is not a regular file.`);
    if (stats.nlink > 1)
        throw new input_error/* InputError */.d(`${name} has ${stats.nlink} hard links, which migrate would split; make it a single file first.`);
    if (stats.size > safe_read/* DEFAULT_MAX_BYTES */.fS)
        throw new input_error/* InputError */.d(`${name} is ${stats.size} bytes, over the ${safe_read/* DEFAULT_MAX_BYTES */.fS}-byte limit.`);
}
function sameDocument(before, now, name) {
    const same = before === undefined
        ? now === undefined
        : now !== undefined &&
            now.text === before.text &&
            now.stats.dev === before.stats.dev &&
            now.stats.ino === before.stats.ino;
    if (!same)
        throw new input_error/* InputError */.d(`${name} changed while migrating; nothing was changed, run migrate again.`);
}
/** Removes the migrated file, unless it changed since it was read (then it stays, said so). */
function removeFile(dir, name, agentsWritten, unchanged) {
    const written = agentsWritten ? `${AGENTS_FILE} was written, but ` : '';
    try {
        unchanged();
        (0,external_node_fs_.unlinkSync)(external_node_path_.join(dir, name));
    }
    catch (error) {
        const why = error instanceof input_error/* InputError */.d ? `it changed while migrating` : (0,replace_file/* errorText */.k)(error);
        throw new input_error/* InputError */.d(`${written}${name} was not removed (${why}); check it and delete it yourself.`);
    }
}
function isDirectory(dir) {
    try {
        return (0,external_node_fs_.statSync)(dir).isDirectory();
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return false;
        throw new input_error/* InputError */.d(`${dir} cannot be read: ${(0,replace_file/* errorText */.k)(error)}`);
    }
}
/** A path as the user would type it: relative to the current directory when inside it. */
function shown(io, file) {
    const relative = external_node_path_.relative(io.cwd, file);
    if (relative === '')
        return '.';
    return relative.startsWith('..') || external_node_path_.isAbsolute(relative) ? file : relative;
}
function jsonOutput(migration, summary) {
    return `${JSON.stringify({
        migrated: true,
        dryRun: summary.dryRun,
        agentsFile: migration.agentsChanged ? (summary.created ? 'created' : 'updated') : 'unchanged',
        sectionCreated: migration.sectionCreated,
        moved: migration.moved,
        alreadyDeclared: migration.alreadyDeclared,
        notesLines: migration.notesLines,
        toolsFileRemoved: !summary.dryRun,
        ...(summary.dryRun ? { additions: migration.additions } : {}),
    })}\n`;
}
function humanOutput(migration, summary) {
    const would = (done, planned) => (summary.dryRun ? planned : done);
    const where = migration.sectionCreated ? 'a new `## Tools` section of' : 'the Tools section of';
    const agents = summary.created ? `${AGENTS_FILE} (new file)` : AGENTS_FILE;
    const parts = [
        migration.moved.length > 0
            ? `${would('moved', 'would move')} ${migration.moved.length} tool(s) from ${TOOLS_FILE} into ${where} ${agents}`
            : `${TOOLS_FILE} declares no tool OpenClaw 2026.5.20 reads`,
        ...(migration.notesLines > 0
            ? [
                `${would('kept', 'would keep')} ${migration.notesLines} line(s) of notes under \`## ${NOTES_HEADING}\``,
            ]
            : []),
        `${would('removed', 'would remove')} ${TOOLS_FILE}`,
    ];
    const lines = [`policy-gate migrate${summary.dryRun ? ' (dry run)' : ''}: ${parts.join('; ')}.`];
    const width = Math.max(0, ...[...migration.moved, ...migration.alreadyDeclared].map((tool) => tool.id.length));
    for (const tool of migration.moved)
        lines.push(`  ${tool.id.padEnd(width)}  ${movedLine(tool)}`);
    for (const tool of migration.alreadyDeclared)
        lines.push(`  ${tool.id.padEnd(width)}  ${TOOLS_FILE}:${tool.toolsLine} already declared alike at ${AGENTS_FILE}:${tool.agentsLine}`);
    if (summary.dryRun) {
        for (const addition of migration.additions) {
            lines.push(`@@ ${AGENTS_FILE} +${addition.line},${addition.lines.length} @@`);
            for (const line of addition.lines)
                lines.push(`+${line}`);
        }
        lines.push('Nothing was written; run without --dry-run to apply.');
    }
    else {
        lines.push(`Next: run \`policy-gate check\` to see the tools read from ${AGENTS_FILE}, then \`policy-gate accept\`: the attestation changes, as the tools' sources and lines moved.`);
    }
    return `${lines.join('\n')}\n`;
}
function movedLine(tool) {
    return `${TOOLS_FILE}:${tool.toolsLine} → ${AGENTS_FILE}:${tool.agentsLine}`;
}


/***/ }),

/***/ 3200:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ replaceFile),
/* harmony export */   k: () => (/* binding */ errorText)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _input_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1242);
// Replacing a file without following links (issue 12): the new content goes to a file with an
// unpredictable name in the same directory, created exclusively (never through an existing file
// or a link planted under a guessable name), synced, then renamed over the target, which replaces
// the directory entry (a link there is replaced, never followed). Readers never see half a file.




function replaceFile(file, text, options) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file);
    const name = node_path__WEBPACK_IMPORTED_MODULE_2__.basename(file);
    const temporary = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, `.${name}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12).toString('hex')}.${options.purpose}`);
    const flags = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW;
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(temporary, flags, options.previous === undefined ? 0o666 : 0o600);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(fd, text);
        if (options.previous !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fchmodSync)(fd, options.previous.mode & 0o7777);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(fd);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        fd = undefined;
        options.beforeRename?.();
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temporary, file);
    }
    catch (error) {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        removeTemporary(temporary);
        if (error instanceof _input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d)
            throw error;
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${name} could not be written: ${errorText(error)}; nothing was changed.`);
    }
}
function removeTemporary(file) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(file);
    }
    catch (error) {
        // Absent means it was never created or already renamed; anything else is worth knowing.
        if (error.code !== 'ENOENT')
            throw new _input_error_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`could not remove ${file}: ${errorText(error)}`);
    }
}
/** An fs error in words: links and permissions said plainly, anything else as Node says it. */
function errorText(error) {
    const code = error?.code;
    if (code === 'ELOOP')
        return 'it is a symbolic link (ELOOP)';
    if (code === 'EACCES' || code === 'EPERM')
        return `permission denied (${code})`;
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
