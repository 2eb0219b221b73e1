// The OpenClaw config of a workspace as the profile's release sees it, and the workspace of the
// agent it selects: the part of loading that `check`, `watch`, `accept` and `compare` share.
import type { ConfigIssue } from '../engine/check-report.js';
import { isRecord } from '../engine/record.js';
import { pluginSettings, type PluginSettings } from '../engine/plugin-settings.js';
import type { ReleaseProfile } from '../engine/release-profile.js';
import { InputError } from './input-error.js';
import { duplicateKeyProblem, parseJsonDocument, type ParsedJsonDocument } from './json-document.js';
import { loadedConfigFor, selectAgentWorkspace, type OpenClawHost } from './openclaw-host.js';
import type { FileReadResult } from './safe-read.js';
import type { WorkspaceReader } from './workspace-reader.js';

export const CONFIG_CANDIDATES = ['openclaw.jsonc', 'openclaw.json'];

/** A parsed workspace file, kept so findings can be located (file, line, column) later. */
export interface LoadedDocument {
  /** Path relative to the workspace when inside it, else as given. */
  file: string;
  document: ParsedJsonDocument;
}

export type WorkspaceConfig =
  /**
   * OpenClaw cannot use the config: unparseable, a root that is no object, or (2026.9.6) refused by
   * its schema. `check` fails closed with the config-invalid report; `error` is the first issue.
   */
  | { kind: 'config-invalid'; issues: ConfigIssue[]; error: string; configFile: string }
  | {
      kind: 'config';
      /** What the policy plugin sees (after OpenClaw's loader, for a release that has one). */
      config: Record<string, unknown>;
      settings: PluginSettings;
      configDoc: LoadedDocument | undefined;
      /** The agent evaluated, for a release that selects one. */
      agentId: string | undefined;
      /** The files of that agent's workspace. */
      workspace: WorkspaceReader;
      /** That workspace's directory, when the release selected the agent. */
      workspaceDir: string | undefined;
    };

export async function readWorkspaceConfig(
  reader: WorkspaceReader,
  options: { config?: string; profile: ReleaseProfile; host?: OpenClawHost },
): Promise<WorkspaceConfig> {
  const { profile } = options;
  const configRead = await readConfig(reader, options.config);
  let written: Record<string, unknown> = {};
  let configDoc: LoadedDocument | undefined;
  if (configRead.kind === 'text') {
    const file = reader.displayPath(configRead.path);
    const parsed = parseJsonDocument(configRead.text, file);
    if (!parsed.ok) {
      if (parsed.kind === 'too-deep') throw new InputError(parsed.error);
      return configInvalid([{ path: '', message: `JSON5 parse failed: SyntaxError: ${parsed.error}` }], file);
    }
    refuseDuplicateKeys(parsed, file);
    // OpenClaw's config schema rejects a root that is not an object with "Invalid input".
    if (!isRecord(parsed.value)) return configInvalid([{ path: '', message: 'Invalid input' }], file);
    written = parsed.value;
    configDoc = { file, document: parsed };
  }

  let config = written;
  if (profile.loadedConfig) {
    const loaded = loadedConfigFor(written, requireHost(options.host));
    if (!loaded.ok) return configInvalid(loaded.issues, configDoc?.file ?? CONFIG_CANDIDATES[1]!);
    config = loaded.config;
  }
  const agent = profile.agentSelection
    ? selectAgentWorkspace(requireHost(options.host), written, config, reader)
    : { agentId: undefined, reader, dir: undefined };
  return {
    kind: 'config',
    config,
    settings: pluginSettings(config),
    configDoc,
    agentId: agent.agentId,
    workspace: agent.reader,
    workspaceDir: agent.dir,
  };
}

function configInvalid(issues: ConfigIssue[], configFile: string): WorkspaceConfig {
  const [first] = issues;
  const error =
    first === undefined ? 'invalid' : first.path === '' ? first.message : `${first.path}: ${first.message}`;
  return { kind: 'config-invalid', issues, error, configFile };
}

export function requireHost(host: OpenClawHost | undefined): OpenClawHost {
  if (host === undefined) throw new Error('this release reads OpenClaw host state: pass the OpenClaw host');
  return host;
}

async function readConfig(reader: WorkspaceReader, explicit: string | undefined): Promise<FileReadResult> {
  if (explicit !== undefined) {
    const read = await reader.read(explicit);
    if (read.kind === 'unreadable') throw new InputError(read.reason);
    if (read.kind === 'missing')
      throw new InputError(`${explicit}: the OpenClaw config given with --config does not exist.`);
    return read;
  }
  const reads = await Promise.all(CONFIG_CANDIDATES.map((candidate) => reader.read(candidate)));
  const unreadable = reads.find((read) => read.kind === 'unreadable');
  if (unreadable?.kind === 'unreadable') throw new InputError(unreadable.reason);
  const present = reads.filter((read) => read.kind === 'text');
  // Two candidates side by side are ambiguous: a reviewer may read one while the agent loads the
  // other (a pull request can add the second one), so neither is chosen silently.
  if (present.length > 1)
    throw new InputError(
      `${present.map((read) => reader.displayPath(read.path)).join(' and ')} are both present, so which OpenClaw config applies is ambiguous: remove one, or name it with --config (the \`config\` input of the action).`,
    );
  return present[0] ?? { kind: 'missing', path: CONFIG_CANDIDATES[1] as string };
}

/**
 * JSON5 keeps the last of two equal keys, so a reviewer could read one rule while another
 * applies. OpenClaw accepts that silently; we refuse the file and say where.
 */
export function refuseDuplicateKeys(document: ParsedJsonDocument, file: string): void {
  const problem = duplicateKeyProblem(document, file);
  if (problem !== undefined) throw new InputError(problem);
}
