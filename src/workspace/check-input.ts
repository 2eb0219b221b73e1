import type { CheckInput, PolicySource } from '../engine/check.js';
import type { ConfigIssue } from '../engine/check-report.js';
import { readToolsMarkdown, type ToolFieldConflict } from '../engine/tools-markdown.js';
import { DEFAULT_POLICY_PATH, policyDisplayName, policyDocumentName } from '../engine/plugin-settings.js';
import { profileOf, type ReleaseProfile } from '../engine/release-profile.js';
import { InputError } from './input-error.js';
import { parseJsonDocument } from './json-document.js';
import type { OpenClawHost } from './openclaw-host.js';
import type { WorkspaceReader } from './workspace-reader.js';
import {
  readWorkspaceConfig,
  refuseDuplicateKeys,
  requireHost,
  type LoadedDocument,
} from './workspace-config.js';

export { CONFIG_CANDIDATES, type LoadedDocument } from './workspace-config.js';

export interface WorkspaceLocation {
  /** The workspace directory (absolute or relative to the process). */
  cwd: string;
  /** `--config`: the OpenClaw config file; default openclaw.jsonc, then openclaw.json. */
  config?: string;
  /** `--policy`: overrides `plugins.entries.policy.config.path`. */
  policy?: string;
}

export type LoadedCheckInput =
  | {
      kind: 'input';
      input: CheckInput;
      config?: LoadedDocument;
      policy?: LoadedDocument;
      /** Where governed tools are declared (the release's tool document). */
      toolsFile: string;
      /** 2026.9.6: the agent evaluated. */
      agentId?: string;
    }
  /** An unusable config fails closed with the config-invalid report (exit 1). */
  | { kind: 'config-invalid'; issues: ConfigIssue[]; error: string; configFile: string };

export interface LoadOptions {
  config?: string;
  policy?: string;
  /** Whose loading steps apply; the pull-request gate and the runtime gate still use 2026.5.20. */
  profile?: ReleaseProfile;
  /** What a 2026.9.6 load reads besides the workspace (agent, state, other agents' workspaces). */
  host?: OpenClawHost;
}

export const TOOLS_FILE = 'TOOLS.md';
export const AGENTS_FILE = 'AGENTS.md';

/**
 * Reads a workspace the way `openclaw policy check` of the profile's release does, refusing input
 * it cannot trust. Each step the releases differ in is decided by a profile field.
 */
export async function loadCheckInputFrom(
  reader: WorkspaceReader,
  options: LoadOptions = {},
): Promise<LoadedCheckInput> {
  const profile = options.profile ?? profileOf('2026.5.20');
  const read = await readWorkspaceConfig(reader, { config: options.config, profile, host: options.host });
  if (read.kind === 'config-invalid') return read;
  const { config, settings, configDoc, workspace } = read;

  const configuredPolicy = options.policy ?? settings.policyPath ?? DEFAULT_POLICY_PATH;
  const display = policyDisplayName(configuredPolicy);
  const name = { display, document: policyDocumentName(display) };
  let policy: PolicySource = { state: 'missing' };
  let policyDoc: LoadedDocument | undefined;
  // A policy path written in the config is data from the workspace (a pull request can change
  // it), so it must stay inside the workspace; one given with --policy is the user's own choice.
  const fromConfig = options.policy === undefined && settings.policyPath !== undefined;
  const policyRead = await workspace.read(configuredPolicy, {
    confineAbsolute: options.policy === undefined,
  });
  if (policyRead.kind === 'unreadable') {
    throw new InputError(
      fromConfig
        ? `${policyRead.reason} (plugins.entries.policy.config.path); pass --policy to use it anyway.`
        : policyRead.reason,
    );
  }
  if (policyRead.kind === 'text') {
    const parsed = parseJsonDocument(policyRead.text, display);
    if (parsed.ok) {
      refuseDuplicateKeys(parsed, display);
      policy = { state: 'parsed', value: parsed.value };
      policyDoc = { file: workspace.displayPath(policyRead.path), document: parsed };
    } else if (parsed.kind === 'too-deep') {
      throw new InputError(parsed.error);
    } else {
      policy = { state: 'unparseable', error: parsed.error };
    }
  }

  const input: CheckInput = { name, policy, config, settings };
  const needs = profile.inputNeeds(policy, settings);
  // OpenClaw reads the exec approvals (step 9) before the tool documents (step 10).
  if (needs.execApprovals) input.execApprovals = await requireHost(options.host).readExecApprovals();
  if (needs.toolDocuments) {
    if (profile.toolsDocument === 'TOOLS.md') await readToolsFile(workspace, input);
    else await readAgentsFile(workspace, input);
  }
  return {
    kind: 'input',
    input,
    config: configDoc,
    policy: policyDoc,
    toolsFile: profile.toolsDocument,
    ...(read.agentId === undefined ? {} : { agentId: read.agentId }),
  };
}

/** 2026.5.20: TOOLS.md declares the governed tools. */
async function readToolsFile(workspace: WorkspaceReader, input: CheckInput): Promise<void> {
  const tools = await workspace.read(TOOLS_FILE);
  if (tools.kind === 'unreadable') throw new InputError(tools.reason);
  input.toolsMarkdown = tools.kind === 'text' ? tools.text : '';
  const parsed = readToolsMarkdown(input.toolsMarkdown);
  refuseConflictingToolFields(parsed.conflicts);
  input.toolDeclarations = parsed.tools;
}

/** 2026.9.6: AGENTS.md's `## Tools` section declares them; any TOOLS.md awaits migration. */
async function readAgentsFile(workspace: WorkspaceReader, input: CheckInput): Promise<void> {
  const [agents, legacyTools] = await Promise.all([workspace.read(AGENTS_FILE), workspace.read(TOOLS_FILE)]);
  if (agents.kind === 'unreadable') throw new InputError(agents.reason);
  if (legacyTools.kind === 'unreadable') throw new InputError(legacyTools.reason);
  input.agentsMarkdown = agents.kind === 'text' ? agents.text : '';
  input.legacyToolsFile = legacyTools.kind === 'text';
}

/** Like duplicate keys: a tool that says `risk:low` and `risk:critical` is refused, not half-read. */
export function refuseConflictingToolFields(conflicts: readonly ToolFieldConflict[]): void {
  const conflict = conflicts[0];
  if (conflict === undefined) return;
  throw new InputError(
    `${TOOLS_FILE}:${conflict.line}: tool '${conflict.toolId}' declares ${conflict.field} more than once (${conflict.values.join(', ')}); OpenClaw would silently use the first, so keep one.`,
  );
}
