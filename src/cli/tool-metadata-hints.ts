// A metadata bullet written at column 0 under a tool (`- risk: high` instead of `  - risk: high`)
// is, to OpenClaw's scanner, a tool of its own: a bullet `^[-*+]\s+<name>:` at column 0 declares a
// tool named `<name>` (SPEC-2026.9 §8.1), so the tool above loses its risk and a tool `risk` appears,
// with findings for both. The findings are the release's and stay as they are (they are hashed);
// the terminal output adds one hint per such line saying what happened and how to fix it.

/** Tool ids that are the names of the metadata fields the scanner reads. */
const METADATA_FIELDS: ReadonlySet<string> = new Set(['risk', 'sensitivity', 'owner', 'capabilities']);
const BULLET_AT_COLUMN_0 = /^[-*+]\s/;
const MAX_SHOWN_LINE = 80;

export interface DeclaredTool {
  id: string;
  line: number;
}

/**
 * One hint for each declared tool named like a metadata field whose declaration is a bullet at
 * column 0 of `markdown` (the tool document `file`: AGENTS.md or TOOLS.md).
 */
export function misplacedMetadataHints(
  tools: readonly DeclaredTool[],
  markdown: string,
  file: string,
): string[] {
  const lines = markdown.split(/\r?\n/);
  const byLine = [...tools].sort((a, b) => a.line - b.line);
  const hints: string[] = [];
  for (const tool of byLine) {
    if (!METADATA_FIELDS.has(tool.id)) continue;
    const text = lines[tool.line - 1];
    if (text === undefined || !BULLET_AT_COLUMN_0.test(text)) continue;
    const above = byLine.filter((other) => other.line < tool.line && !METADATA_FIELDS.has(other.id)).at(-1);
    const target =
      above === undefined ? 'the tool it describes' : `the tool above ('${above.id}', line ${above.line})`;
    hints.push(
      `${file}:${tool.line}: \`${shortened(text.trim())}\` at column 0 declares a tool named '${tool.id}'; indent it to make it metadata of ${target}.`,
    );
  }
  return hints;
}

/** The tools a report's evidence lists with their lines (both releases record them that way). */
export function declaredToolsOf(evidence: unknown): DeclaredTool[] {
  const tools = (evidence as { tools?: unknown } | undefined)?.tools;
  if (!Array.isArray(tools)) return [];
  return tools.flatMap((tool: unknown) => {
    const { id, line } = (tool ?? {}) as { id?: unknown; line?: unknown };
    return typeof id === 'string' && typeof line === 'number' ? [{ id, line }] : [];
  });
}

function shortened(text: string): string {
  return text.length <= MAX_SHOWN_LINE ? text : `${text.slice(0, MAX_SHOWN_LINE - 1)}…`;
}
