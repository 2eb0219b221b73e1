import path from 'node:path';
import type { CheckInput, PolicySource } from '../engine/check.js';
import { needsToolsMarkdown } from '../engine/check.js';
import { isRecord } from '../engine/record.js';
import { DEFAULT_POLICY_PATH, pluginSettings, policyDisplayName, policyDocumentName } from '../engine/plugin-settings.js';
import { InputError } from './input-error.js';
import { parseJsonDocument, type JsonDocument } from './json-document.js';
import { readWorkspaceFile, type FileReadResult } from './safe-read.js';

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
  document: Extract<JsonDocument, { ok: true }>;
}

export type LoadedCheckInput =
  | { kind: 'input'; input: CheckInput; config?: LoadedDocument; policy?: LoadedDocument; toolsFile: string }
  /** SPEC.md §1: an unparseable config fails closed with a fixed report (exit 1). */
  | { kind: 'config-invalid'; error: string; configFile: string };

const CONFIG_CANDIDATES = ['openclaw.jsonc', 'openclaw.json'];

/** Reads a workspace the way `openclaw policy check` does, refusing input it cannot trust. */
export async function loadCheckInput(location: WorkspaceLocation): Promise<LoadedCheckInput> {
  const root = path.resolve(location.cwd);
  const configRead = await readConfig(root, location.config);
  let config: Record<string, unknown> = {};
  let configDoc: LoadedDocument | undefined;
  if (configRead.kind === 'text') {
    const parsed = parseJsonDocument(configRead.text, configRead.path);
    if (!parsed.ok) {
      if (parsed.kind === 'too-deep') throw new InputError(parsed.error);
      return { kind: 'config-invalid', error: parsed.error, configFile: relativeTo(root, configRead.path) };
    }
    refuseDuplicateKeys(parsed, relativeTo(root, configRead.path));
    if (!isRecord(parsed.value)) {
      throw new InputError(
        `${relativeTo(root, configRead.path)}: the OpenClaw config must be an object at the top level, got ${describe(parsed.value)}.`,
      );
    }
    config = parsed.value;
    configDoc = { file: relativeTo(root, configRead.path), document: parsed };
  }

  const settings = pluginSettings(config);
  const configuredPolicy = location.policy ?? settings.policyPath ?? DEFAULT_POLICY_PATH;
  const display = policyDisplayName(configuredPolicy);
  const name = { display, document: policyDocumentName(display) };
  let policy: PolicySource = { state: 'missing' };
  let policyDoc: LoadedDocument | undefined;
  // A policy path written in the config is data from the workspace (a pull request can change
  // it), so it must stay inside the workspace; one given with --policy is the user's own choice.
  const policyRead = await readWorkspaceFile(root, configuredPolicy, { confineAbsolute: location.policy === undefined });
  if (policyRead.kind === 'unreadable') throw new InputError(policyRead.reason);
  if (policyRead.kind === 'text') {
    const parsed = parseJsonDocument(policyRead.text, display);
    if (parsed.ok) {
      refuseDuplicateKeys(parsed, display);
      policy = { state: 'parsed', value: parsed.value };
      policyDoc = { file: relativeTo(root, policyRead.path), document: parsed };
    } else if (parsed.kind === 'too-deep') {
      throw new InputError(parsed.error);
    } else {
      policy = { state: 'unparseable', error: parsed.error };
    }
  }

  const input: CheckInput = { name, policy, config, settings };
  if (settings.enabled && needsToolsMarkdown(policy)) {
    const tools = await readWorkspaceFile(root, 'TOOLS.md');
    if (tools.kind === 'unreadable') throw new InputError(tools.reason);
    input.toolsMarkdown = tools.kind === 'text' ? tools.text : '';
  }
  return { kind: 'input', input, config: configDoc, policy: policyDoc, toolsFile: 'TOOLS.md' };
}

async function readConfig(root: string, explicit: string | undefined): Promise<FileReadResult> {
  if (explicit !== undefined) {
    const read = await readWorkspaceFile(root, explicit);
    if (read.kind === 'unreadable') throw new InputError(read.reason);
    if (read.kind === 'missing') throw new InputError(`${explicit}: the OpenClaw config given with --config does not exist.`);
    return read;
  }
  for (const candidate of CONFIG_CANDIDATES) {
    const read = await readWorkspaceFile(root, candidate);
    if (read.kind === 'unreadable') throw new InputError(read.reason);
    if (read.kind === 'text') return read;
  }
  return { kind: 'missing', path: path.join(root, CONFIG_CANDIDATES[1] as string) };
}

/**
 * JSON5 keeps the last of two equal keys, so a reviewer could read one rule while another
 * applies. OpenClaw accepts that silently; we refuse the file and say where.
 */
function refuseDuplicateKeys(document: Extract<JsonDocument, { ok: true }>, file: string): void {
  const first = document.duplicateKeys[0];
  if (first === undefined) return;
  const where = [...first.path, first.key].join('.');
  throw new InputError(
    `${file}:${first.position.line}:${first.position.column}: duplicate key "${first.key}" (${where}); JSON5 would silently keep only the last one, so remove the other.`,
  );
}

function relativeTo(root: string, file: string): string {
  const relative = path.relative(root, path.resolve(root, file));
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return `a ${typeof value}`;
}

