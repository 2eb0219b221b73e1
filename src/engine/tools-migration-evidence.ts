// What "the same tools evidence" means across the move: a tool's entry in the `tools` evidence
// keeps its id, risk, sensitivity, owner and capabilities; only its `source`
// (`oc://TOOLS.md/tools/<id>` → `oc://AGENTS.md/tools/<id>`) and its `line` change with the file.
import type { ToolMetadata } from './tool-declaration-grammar.js';

/** A declaration as both releases' readers give it: an id, a 1-based line, the metadata fields. */
export interface ReadTool extends ToolMetadata {
  id: string;
  line: number;
}

/** The part of a tool's evidence a move must keep, as one comparable string. */
export function comparableTool(tool: ReadTool): string {
  return JSON.stringify({
    id: tool.id,
    risk: tool.risk,
    sensitivity: tool.sensitivity,
    owner: tool.owner,
    capabilities: tool.capabilities,
  });
}

export function sameTools(left: readonly ReadTool[], right: readonly ReadTool[]): boolean {
  return (
    left.length === right.length &&
    left.every((tool, i) => comparableTool(tool) === comparableTool(right[i]!))
  );
}

/** `risk high, owner @ops, capabilities NETWORK` — the fields a reader found, for messages. */
export function describeFields(tool: ReadTool | undefined): string {
  if (tool === undefined) return 'no such tool';
  const fields = [
    tool.risk === undefined ? undefined : `risk ${tool.risk}`,
    tool.sensitivity === undefined ? undefined : `sensitivity ${tool.sensitivity}`,
    tool.owner === undefined ? undefined : `owner ${tool.owner}`,
    tool.capabilities === undefined ? undefined : `capabilities ${tool.capabilities.join(' ')}`,
  ].filter((field) => field !== undefined);
  return fields.length === 0 ? 'no metadata' : fields.join(', ');
}

/** The first position where two tool lists differ, or undefined when they are the same. */
export function firstDifference(
  expected: readonly ReadTool[],
  actual: readonly ReadTool[],
): { expected: ReadTool | undefined; actual: ReadTool | undefined } | undefined {
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
export function differingDeclarationsMessage(
  ids: readonly string[],
  toolsTools: readonly ReadTool[],
  agentsTools: readonly ReadTool[],
): string {
  const declared = (tools: readonly ReadTool[], id: string, file: string) => {
    const same = tools.filter((tool) => tool.id === id);
    return `${file}:${same.map((tool) => tool.line).join(',')} ${describeFields(same[0])}`;
  };
  const pairs = ids.map(
    (id) => `'${id}' (${declared(agentsTools, id, 'AGENTS.md')}; ${declared(toolsTools, id, 'TOOLS.md')})`,
  );
  return `TOOLS.md and AGENTS.md both declare ${pairs.join(', ')}, differently; make the declarations agree or delete one of them.`;
}

/**
 * Refusal for a result the 2026.9.6 scanner reads differently from what was meant: the first
 * tool that differs, where it comes from, and the TOOLS.md lines that likely caused it.
 */
export function changedEvidenceMessage(
  expected: readonly ReadTool[],
  actual: readonly ReadTool[],
  fileOf: (tool: ReadTool) => 'TOOLS.md' | 'AGENTS.md',
  suspectLines: readonly number[],
): string {
  const { expected: want, actual: got } = firstDifference(expected, actual)!;
  let what: string;
  if (want === undefined) {
    what = `the new AGENTS.md would declare tool '${got!.id}' (line ${got!.line}), which neither file declares`;
  } else if (got === undefined || got.id !== want.id) {
    what = `${fileOf(want)}:${want.line}: OpenClaw 2026.9.6 would not read tool '${want.id}' in the new AGENTS.md`;
  } else {
    what = `${fileOf(want)}:${want.line}: tool '${want.id}' would change from ${describeFields(want)} to ${describeFields(got)}`;
  }
  const hint =
    suspectLines.length === 0
      ? ''
      : ` (OpenClaw 2026.9.6 skips fenced blocks and local notes, as on TOOLS.md line(s) ${suspectLines.join(', ')})`;
  return `${what}${hint}; change that text so both releases read the tool alike, then re-run.`;
}
