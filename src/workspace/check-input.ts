import path from 'node:path';
import type { CheckInput, PolicySource } from '../engine/check.js';
import { needsToolsMarkdown } from '../engine/check.js';
import { readToolsMarkdown, type ToolFieldConflict } from '../engine/tools-markdown.js';
import { isRecord } from '../engine/record.js';
import {
  DEFAULT_POLICY_PATH,
  pluginSettings,
  policyDisplayName,
  policyDocumentName,
} from '../engine/plugin-settings.js';
import { InputError } from './input-error.js';
import { duplicateKeyProblem, parseJsonDocument, type ParsedJsonDocument } from './json-document.js';
import type { FileReadResult } from './safe-read.js';
import { diskReader, type WorkspaceReader } from './workspace-reader.js';

export interface WorkspaceLocation {
  /** The workspace directory (absolute or relative to the process). */
  cwd: string;
  /** `--config`: the OpenClaw config file; default openclaw.jsonc, then openclaw.json. */
  config?: string;
  /** `--policy`: overrides `plugins.entries.policy.config.path`. */
  policy?: string;
}

/** A parsed workspace file, kept so findings can be located (file, line, column) later. */
export interface LoadedDocument {
  /** Path relative to the workspace when inside it, else as given. */
  file: string;
  document: ParsedJsonDocument;
}

export type LoadedCheckInput =
  | { kind: 'input'; input: CheckInput; config?: LoadedDocument; policy?: LoadedDocument; toolsFile: string }
  /** SPEC.md §1: an unparseable config fails closed with a fixed report (exit 1). */
  | { kind: 'config-invalid'; error: string; configFile: string };

export const CONFIG_CANDIDATES = ['openclaw.jsonc', 'openclaw.json'];
export const TOOLS_FILE = 'TOOLS.md';

/** Reads a workspace from disk the way `openclaw policy check` does, refusing input it cannot trust. */
export function loadCheckInput(location: WorkspaceLocation): Promise<LoadedCheckInput> {
  return loadCheckInputFrom(diskReader(path.resolve(location.cwd)), {
    config: location.config,
    policy: location.policy,
  });
}

/** The same, from any reader (the gate reads a commit's files fetched through the API). */
export async function loadCheckInputFrom(
  reader: WorkspaceReader,
  options: { config?: string; policy?: string } = {},
): Promise<LoadedCheckInput> {
  const configRead = await readConfig(reader, options.config);
  let config: Record<string, unknown> = {};
  let configDoc: LoadedDocument | undefined;
  if (configRead.kind === 'text') {
    const file = reader.displayPath(configRead.path);
    const parsed = parseJsonDocument(configRead.text, file);
    if (!parsed.ok) {
      if (parsed.kind === 'too-deep') throw new InputError(parsed.error);
      return {
        kind: 'config-invalid',
        error: `JSON5 parse failed: SyntaxError: ${parsed.error}`,
        configFile: file,
      };
    }
    refuseDuplicateKeys(parsed, file);
    // OpenClaw's config schema rejects a root that is not an object with "Invalid input".
    if (!isRecord(parsed.value)) return { kind: 'config-invalid', error: 'Invalid input', configFile: file };
    config = parsed.value;
    configDoc = { file, document: parsed };
  }

  const settings = pluginSettings(config);
  const configuredPolicy = options.policy ?? settings.policyPath ?? DEFAULT_POLICY_PATH;
  const display = policyDisplayName(configuredPolicy);
  const name = { display, document: policyDocumentName(display) };
  let policy: PolicySource = { state: 'missing' };
  let policyDoc: LoadedDocument | undefined;
  // A policy path written in the config is data from the workspace (a pull request can change
  // it), so it must stay inside the workspace; one given with --policy is the user's own choice.
  const fromConfig = options.policy === undefined && settings.policyPath !== undefined;
  const policyRead = await reader.read(configuredPolicy, { confineAbsolute: options.policy === undefined });
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
      policyDoc = { file: reader.displayPath(policyRead.path), document: parsed };
    } else if (parsed.kind === 'too-deep') {
      throw new InputError(parsed.error);
    } else {
      policy = { state: 'unparseable', error: parsed.error };
    }
  }

  const input: CheckInput = { name, policy, config, settings };
  if (settings.enabled && needsToolsMarkdown(policy)) {
    const tools = await reader.read(TOOLS_FILE);
    if (tools.kind === 'unreadable') throw new InputError(tools.reason);
    input.toolsMarkdown = tools.kind === 'text' ? tools.text : '';
    const parsed = readToolsMarkdown(input.toolsMarkdown);
    refuseConflictingToolFields(parsed.conflicts);
    input.toolDeclarations = parsed.tools;
  }
  return { kind: 'input', input, config: configDoc, policy: policyDoc, toolsFile: TOOLS_FILE };
}

async function readConfig(reader: WorkspaceReader, explicit: string | undefined): Promise<FileReadResult> {
  if (explicit !== undefined) {
    const read = await reader.read(explicit);
    if (read.kind === 'unreadable') throw new InputError(read.reason);
    if (read.kind === 'missing')
      throw new InputError(`${explicit}: the OpenClaw config given with --config does not exist.`);
    return read;
  }
  for (const candidate of CONFIG_CANDIDATES) {
    const read = await reader.read(candidate);
    if (read.kind === 'unreadable') throw new InputError(read.reason);
    if (read.kind === 'text') return read;
  }
  return { kind: 'missing', path: CONFIG_CANDIDATES[1] as string };
}

/** Like duplicate keys: a tool that says `risk:low` and `risk:critical` is refused, not half-read. */
export function refuseConflictingToolFields(conflicts: readonly ToolFieldConflict[]): void {
  const conflict = conflicts[0];
  if (conflict === undefined) return;
  throw new InputError(
    `${TOOLS_FILE}:${conflict.line}: tool '${conflict.toolId}' declares ${conflict.field} more than once (${conflict.values.join(', ')}); OpenClaw would silently use the first, so keep one.`,
  );
}

/**
 * JSON5 keeps the last of two equal keys, so a reviewer could read one rule while another
 * applies. OpenClaw accepts that silently; we refuse the file and say where.
 */
function refuseDuplicateKeys(document: ParsedJsonDocument, file: string): void {
  const problem = duplicateKeyProblem(document, file);
  if (problem !== undefined) throw new InputError(problem);
}
