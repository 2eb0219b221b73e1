import { readToolsMarkdown } from '../engine/tools-markdown.js';
import { loadCheckInputFrom, refuseConflictingToolFields, TOOLS_FILE } from '../workspace/check-input.js';
import { InputError } from '../workspace/input-error.js';
import type { WorkspaceReader } from '../workspace/workspace-reader.js';
import type { RuntimeInput } from './tool-call-decision.js';

/**
 * Reads a workspace for the runtime gate: what `check` reads (the same loader, so the hashes are
 * the ones `check` and `accept` print), plus TOOLS.md even when the policy requires no metadata
 * (risk and capabilities still decide approvals). Never rejects: input the loader refuses, and
 * any unexpected failure, become `unreadable`, which blocks every call.
 */
export async function loadRuntimeInput(
  reader: WorkspaceReader,
  options: { config?: string; policy?: string } = {},
): Promise<RuntimeInput> {
  try {
    const loaded = await loadCheckInputFrom(reader, options);
    if (loaded.kind === 'config-invalid')
      return { kind: 'config-invalid', error: loaded.error, configFile: loaded.configFile };
    const { toolsMarkdown: loadedText, toolDeclarations: loadedTools } = loaded.input;
    if (loadedText !== undefined && loadedTools !== undefined)
      return { kind: 'input', input: loaded.input, toolsMarkdown: loadedText, toolDeclarations: loadedTools };
    const tools = await reader.read(TOOLS_FILE);
    if (tools.kind === 'unreadable') return { kind: 'unreadable', reason: tools.reason };
    const toolsMarkdown = tools.kind === 'text' ? tools.text : '';
    const parsed = readToolsMarkdown(toolsMarkdown);
    // A tool declaring two risks would be decided by the first: refuse it (every call blocks).
    refuseConflictingToolFields(parsed.conflicts);
    return { kind: 'input', input: loaded.input, toolsMarkdown, toolDeclarations: parsed.tools };
  } catch (error) {
    if (error instanceof InputError) return { kind: 'unreadable', reason: error.message };
    return {
      kind: 'unreadable',
      reason: `internal error: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
