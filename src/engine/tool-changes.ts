import { KNOWN_RISKS, KNOWN_SENSITIVITIES } from './families/tools.js';
import { parseToolsMarkdown } from './tools-markdown.js';
import type { ToolDeclaration } from './types.js';

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
  /** 1-based line in the head TOOLS.md (the base one for a removed tool). */
  line: number;
  /** Needs an acceptor: it lowers how carefully the tool is treated, or moves accountability. */
  downgrade: boolean;
}

/**
 * TOOLS.md base → head, per tool (first declaration of each id): what changed, and which changes
 * are downgrades. A risk or sensitivity that is lowered, dropped or made unknown is a downgrade
 * (the runtime gate would then treat the tool less carefully), so is a removed capability (say
 * IRREVERSIBLE_EXTERNAL) and a changed owner (accountability moves). Added and removed tools are
 * listed, not downgrades: the policy's metadata checks and the attestation cover them.
 */
export function compareToolDeclarations(baseText: string, headText: string): ToolChange[] {
  const before = firstById(parseToolsMarkdown(baseText));
  const after = firstById(parseToolsMarkdown(headText));
  const changes: ToolChange[] = [];
  for (const [id, tool] of after) {
    const old = before.get(id);
    if (!old) {
      changes.push({ toolId: id, kind: 'tool-added', line: tool.line, downgrade: false });
      continue;
    }
    changes.push(...ranked(id, 'risk', RISK_ORDER, old.risk, tool.risk, tool.line));
    changes.push(
      ...ranked(id, 'sensitivity', SENSITIVITY_ORDER, old.sensitivity, tool.sensitivity, tool.line),
    );
    const kept = new Set(tool.capabilities ?? []);
    const had = new Set(old.capabilities ?? []);
    for (const capability of had)
      if (!kept.has(capability))
        changes.push({
          toolId: id,
          kind: 'capability-removed',
          before: capability,
          line: tool.line,
          downgrade: true,
        });
    for (const capability of kept)
      if (!had.has(capability))
        changes.push({
          toolId: id,
          kind: 'capability-added',
          after: capability,
          line: tool.line,
          downgrade: false,
        });
    if (old.owner !== tool.owner)
      changes.push({
        toolId: id,
        kind: 'owner-changed',
        before: old.owner,
        after: tool.owner,
        line: tool.line,
        downgrade: true,
      });
  }
  for (const [id, tool] of before) {
    if (!after.has(id)) changes.push({ toolId: id, kind: 'tool-removed', line: tool.line, downgrade: false });
  }
  return changes;
}

function ranked(
  id: string,
  field: 'risk' | 'sensitivity',
  order: readonly string[],
  before: string | undefined,
  after: string | undefined,
  line: number,
): ToolChange[] {
  if (before === after) return [];
  const from = before === undefined ? -1 : order.indexOf(before);
  const to = after === undefined ? -1 : order.indexOf(after);
  let kind: ToolChangeKind = `${field}-changed`;
  if (from >= 0 && to >= 0) kind = to < from ? `${field}-lowered` : `${field}-raised`;
  else if (from >= 0 && to < 0)
    kind = `${field}-lowered`; // a known level dropped or made unknown
  else if (from < 0 && to >= 0) kind = `${field}-raised`; // from nothing or unknown to a known level
  const change: ToolChange = { toolId: id, kind, line, downgrade: kind === `${field}-lowered` };
  if (before !== undefined) change.before = before;
  if (after !== undefined) change.after = after;
  return [change];
}

function firstById(tools: readonly ToolDeclaration[]): Map<string, ToolDeclaration> {
  const byId = new Map<string, ToolDeclaration>();
  for (const tool of tools) if (!byId.has(tool.id)) byId.set(tool.id, tool);
  return byId;
}
