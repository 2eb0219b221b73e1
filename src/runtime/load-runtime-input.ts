import { scanAgentsMarkdownTools } from '../engine/agents-markdown.js';
import { profileOf, type ReleaseProfile } from '../engine/release-profile.js';
import { readToolsMarkdown } from '../engine/tools-markdown.js';
import { loadCheckInputFrom, refuseConflictingToolFields, TOOLS_FILE } from '../workspace/check-input.js';
import { InputError } from '../workspace/input-error.js';
import type { OpenClawHost } from '../workspace/openclaw-host.js';
import type { WorkspaceReader } from '../workspace/workspace-reader.js';
import type { RuntimeInput } from './tool-call-decision.js';

export interface RuntimeLoadOptions {
  config?: string;
  policy?: string;
  /** The release whose check the gate reproduces; default 2026.5.20. */
  profile?: ReleaseProfile;
  /** 2026.9.6: what the release reads besides the workspace (agent, state database). */
  host?: OpenClawHost;
}

/**
 * Reads a workspace for the runtime gate: what `check` reads (the same loader, profile and host,
 * so the hashes are the ones `check` and `accept` print), plus the release's tool document even
 * when the policy requires no metadata (risk and capabilities still decide approvals). Never
 * rejects: input the loader refuses, and any unexpected failure, become `unreadable`, which
 * blocks every call.
 */
export async function loadRuntimeInput(
  reader: WorkspaceReader,
  options: RuntimeLoadOptions = {},
): Promise<RuntimeInput> {
  try {
    const profile = options.profile ?? profileOf('2026.5.20');
    if (profile.toolsDocument === 'AGENTS.md') return await loadCurrentInput(reader, { ...options, profile });
    const loaded = await loadCheckInputFrom(reader, { config: options.config, policy: options.policy });
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

/**
 * 2026.9.6: the loader of `check` with the tool documents read always. The release's evaluator
 * decides from the policy alone whether it looks at them, so reading them changes no hash. The
 * loader keeps only whether TOOLS.md exists; its text is taken from the read as it passes.
 */
async function loadCurrentInput(
  reader: WorkspaceReader,
  options: RuntimeLoadOptions & { profile: ReleaseProfile },
): Promise<RuntimeInput> {
  const { profile, host } = options;
  let legacyToolsMarkdown: string | undefined;
  const noticing = (inner: WorkspaceReader): WorkspaceReader => ({
    describe: inner.describe,
    displayPath: (filePath) => inner.displayPath(filePath),
    async read(filePath, readOptions) {
      const result = await inner.read(filePath, readOptions);
      if (filePath === TOOLS_FILE && result.kind === 'text') legacyToolsMarkdown = result.text;
      return result;
    },
  });
  const loaded = await loadCheckInputFrom(noticing(reader), {
    config: options.config,
    policy: options.policy,
    profile: {
      ...profile,
      inputNeeds: (policy, settings) => ({ ...profile.inputNeeds(policy, settings), toolDocuments: true }),
    },
    host: host === undefined ? undefined : { ...host, readerFor: (dir) => noticing(host.readerFor(dir)) },
  });
  if (loaded.kind === 'config-invalid')
    return { kind: 'config-invalid', error: loaded.error, configFile: loaded.configFile };
  const agentsMarkdown = loaded.input.agentsMarkdown ?? '';
  return {
    kind: 'input',
    input: loaded.input,
    toolsMarkdown: agentsMarkdown,
    toolDeclarations: scanAgentsMarkdownTools(agentsMarkdown),
    profile,
    ...(loaded.agentId === undefined ? {} : { agentId: loaded.agentId }),
    ...(loaded.input.legacyToolsFile === true && legacyToolsMarkdown !== undefined
      ? { legacyToolsMarkdown }
      : {}),
  };
}
