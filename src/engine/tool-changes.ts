import { scanAgentsMarkdownTools } from './agents-markdown.js';
import { KNOWN_RISKS, KNOWN_SENSITIVITIES } from './families/tools.js';
import { parseToolsMarkdown } from './tools-markdown.js';
import type { ToolDeclaration } from './types.js';

/** Where a release reads governed tools: TOOLS.md (2026.5.20) or AGENTS.md's Tools section (2026.9.6). */
export type ToolDocumentName = 'TOOLS.md' | 'AGENTS.md';

/** The governed tools of one side, as its release's scanner reads them. */
export interface ToolDocument {
  file: ToolDocumentName;
  tools: readonly ToolDeclaration[];
}

/** The tools a document declares, read by the scanner of the release that reads that document. */
export function toolDocumentOf(file: ToolDocumentName, text: string): ToolDocument {
  return { file, tools: file === 'TOOLS.md' ? parseToolsMarkdown(text) : scanAgentsMarkdownTools(text) };
}

/** Ordered from least to most guarded, so a lower index is a downgrade. */
const RISK_ORDER = KNOWN_RISKS; // low, medium, high, critical
const SENSITIVITY_ORDER = KNOWN_SENSITIVITIES; // public, internal, confidential, restricted

export type ToolChangeKind =
  | 'tool-added'
  | 'tool-removed'
  | 'risk-lowered'
  | 'risk-raised'
  | 'risk-changed'
  | 'sensitivity-lowered'
  | 'sensitivity-raised'
  | 'sensitivity-changed'
  | 'capability-removed'
  | 'capability-added'
  | 'owner-changed';

export interface ToolChange {
  toolId: string;
  kind: ToolChangeKind;
  before?: string;
  after?: string;
  /** The document `line` is in: the head's (the base's for a removed tool). */
  file: ToolDocumentName;
  /** 1-based line in that document. */
  line: number;
  /** Needs an acceptor: it lowers how carefully the tool is treated, or moves accountability. */
  downgrade: boolean;
}

/** TOOLS.md base → head (both sides read by the 2026.5.20 reader). */
export function compareToolDeclarations(baseText: string, headText: string): ToolChange[] {
  return compareToolDocuments(toolDocumentOf('TOOLS.md', baseText), toolDocumentOf('TOOLS.md', headText));
}

/**
 * Governed tools base → head, per tool (first declaration of each id): what changed, and which
 * changes are downgrades. The two sides may be read from different documents (a pull request that
 * migrates TOOLS.md into AGENTS.md): a tool is the same tool by its id. A risk or sensitivity that
 * is lowered, dropped or made unknown is a downgrade (the runtime gate would then treat the tool
 * less carefully), so is a removed capability (say IRREVERSIBLE_EXTERNAL), a changed owner
 * (accountability moves) and a removed tool: a tool that leaves governance, be it deleted, its
 * section renamed or its heading moved where the scanner skips it, is no longer gated at all.
 * An added tool is listed, not a downgrade: the policy's metadata checks and the attestation cover it.
 */
export function compareToolDocuments(base: ToolDocument, head: ToolDocument): ToolChange[] {
  const before = firstById(base.tools);
  const after = firstById(head.tools);
  const file = head.file;
  const changes: ToolChange[] = [];
  for (const [id, tool] of after) {
    const old = before.get(id);
    if (!old) {
      changes.push({ toolId: id, kind: 'tool-added', file, line: tool.line, downgrade: false });
      continue;
    }
    const at = { file, line: tool.line };
    changes.push(...ranked(id, 'risk', RISK_ORDER, old.risk, tool.risk, at));
    changes.push(...ranked(id, 'sensitivity', SENSITIVITY_ORDER, old.sensitivity, tool.sensitivity, at));
    const kept = new Set(tool.capabilities ?? []);
    const had = new Set(old.capabilities ?? []);
    for (const capability of had)
      if (!kept.has(capability))
        changes.push({
          toolId: id,
          kind: 'capability-removed',
          before: capability,
          ...at,
          downgrade: true,
        });
    for (const capability of kept)
      if (!had.has(capability))
        changes.push({
          toolId: id,
          kind: 'capability-added',
          after: capability,
          ...at,
          downgrade: false,
        });
    if (old.owner !== tool.owner)
      changes.push({
        toolId: id,
        kind: 'owner-changed',
        before: old.owner,
        after: tool.owner,
        ...at,
        downgrade: true,
      });
  }
  for (const [id, tool] of before) {
    if (!after.has(id))
      changes.push({ toolId: id, kind: 'tool-removed', file: base.file, line: tool.line, downgrade: true });
  }
  return changes;
}

function ranked(
  id: string,
  field: 'risk' | 'sensitivity',
  order: readonly string[],
  before: string | undefined,
  after: string | undefined,
  at: { file: ToolDocumentName; line: number },
): ToolChange[] {
  if (before === after) return [];
  const from = before === undefined ? -1 : order.indexOf(before);
  const to = after === undefined ? -1 : order.indexOf(after);
  let kind: ToolChangeKind = `${field}-changed`;
  if (from >= 0 && to >= 0) kind = to < from ? `${field}-lowered` : `${field}-raised`;
  else if (from >= 0 && to < 0)
    kind = `${field}-lowered`; // a known level dropped or made unknown
  else if (from < 0 && to >= 0) kind = `${field}-raised`; // from nothing or unknown to a known level
  const change: ToolChange = { toolId: id, kind, ...at, downgrade: kind === `${field}-lowered` };
  if (before !== undefined) change.before = before;
  if (after !== undefined) change.after = after;
  return [change];
}

function firstById(tools: readonly ToolDeclaration[]): Map<string, ToolDeclaration> {
  const byId = new Map<string, ToolDeclaration>();
  for (const tool of tools) if (!byId.has(tool.id)) byId.set(tool.id, tool);
  return byId;
}
