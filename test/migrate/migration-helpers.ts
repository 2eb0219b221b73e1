import type { AgentsAddition } from '../../src/engine/tools-migration.js';

/** What a move must keep of each tool's evidence: id, risk, sensitivity, owner, capabilities. */
export function comparable(
  tools: readonly {
    id: string;
    risk?: string;
    sensitivity?: string;
    owner?: string;
    capabilities?: string[];
  }[],
): Record<string, unknown>[] {
  return tools.map((tool) =>
    Object.fromEntries(
      Object.entries({
        id: tool.id,
        risk: tool.risk,
        sensitivity: tool.sensitivity,
        owner: tool.owner,
        capabilities: tool.capabilities,
      }).filter(([, value]) => value !== undefined),
    ),
  );
}

/**
 * The text with the added lines taken out again: the AGENTS.md the migration started from (plus
 * the line break it may have added after a last line that had none).
 */
export function withoutAdditions(text: string, additions: readonly AgentsAddition[]): string {
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const added = new Set(additions.flatMap((addition) => addition.lines.map((_, k) => addition.line - 1 + k)));
  return lines.filter((_, index) => !added.has(index)).join('');
}
