// What a 2026.9.6 policy command reads besides the workspace: OpenClaw's config loader, the agent
// (SPEC-2026.9 §2.2 step 4), other agents' workspaces and the exec approvals of the state database.
// The CLI builds one from its flags and environment; tests build their own.
import path from 'node:path';
import {
  loadOpenClawConfig,
  selectPolicyAgent,
  type ConfigProblem,
  type PolicySurface,
} from '../engine/current/loaded-config/index.js';
import { agentWorkspaceDir } from './agent-workspace.js';
import { InputError } from './input-error.js';
import {
  openClawHome,
  readExecApprovalsDocument,
  readExecApprovalsRow,
  stateDirectory,
  type Environment,
  type ExecApprovalsRow,
  type StateDirectory,
} from './openclaw-state.js';
import { diskReader, type WorkspaceReader } from './workspace-reader.js';

export interface OpenClawHost {
  surface: PolicySurface;
  /** `--agent`, as given. */
  agent: string | undefined;
  /** `--cwd`, absolute: the workspace of the agent owning OpenClaw's default workspace. */
  workspaceRoot: string;
  home: string;
  /** The environment OpenClaw's config reader expands `${VAR}` templates from. */
  env: Environment;
  stateDir: StateDirectory;
  /** A reader of an agent workspace outside `--cwd`. */
  readerFor(dir: string): WorkspaceReader;
  /** The exec-approvals row; called only when the policy has exec-approval rules. */
  readExecApprovals(): Promise<ExecApprovalsRow>;
  /** The loader's warnings, one line as OpenClaw prints them (stderr). */
  warn(line: string): void;
}

/** The host of a CLI run: flags, the environment and the disk. */
export function diskHost(options: {
  surface: PolicySurface;
  agent: string | undefined;
  workspaceRoot: string;
  /** The process's directory: `--state-dir` and `--exec-approvals` are relative to it. */
  cwd: string;
  env: Environment;
  osHome: string;
  stateDirFlag: string | undefined;
  execApprovalsFile: string | undefined;
  warn(line: string): void;
}): OpenClawHost {
  const home = openClawHome(options.env, options.osHome);
  const stateDir = stateDirectory({ flag: options.stateDirFlag, cwd: options.cwd, env: options.env, home });
  const file = options.execApprovalsFile;
  return {
    surface: options.surface,
    agent: options.agent,
    workspaceRoot: path.resolve(options.workspaceRoot),
    home,
    env: options.env,
    stateDir,
    readerFor: diskReader,
    readExecApprovals: () =>
      file === undefined ? readExecApprovalsRow(stateDir) : readExecApprovalsDocument(options.cwd, file),
    warn: options.warn,
  };
}

/** The config as OpenClaw's loader hands it to the plugin, or the issues that make it unusable. */
export function loadedConfigFor(
  written: Record<string, unknown>,
  host: OpenClawHost,
): { ok: true; config: Record<string, unknown> } | { ok: false; issues: ConfigProblem[] } {
  const env = Object.fromEntries(
    Object.entries(host.env).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
  const loaded = loadOpenClawConfig(written, { homeDir: host.home, env });
  if (!loaded.ok) return { ok: false, issues: loaded.problems };
  if (loaded.warnings.length > 0) host.warn(`[config] warnings: ${loaded.warnings.join('; ')}`);
  return { ok: true, config: loaded.config };
}

/** The agent the command evaluates and a reader of its workspace, or the release's refusal. */
export function selectAgentWorkspace(
  host: OpenClawHost,
  written: Record<string, unknown>,
  config: Record<string, unknown>,
  workspaceReader: WorkspaceReader,
): { agentId: string; reader: WorkspaceReader; dir: string } {
  const selected = selectPolicyAgent(config, host.agent, host.surface);
  if ('error' in selected) throw new InputError(selected.error);
  const dir = agentWorkspaceDir(selected.agentId, {
    rawConfig: written,
    config,
    retainedLegacyDefault: host.surface === 'policy compare',
    workspaceRoot: host.workspaceRoot,
    home: host.home,
    stateDir: host.stateDir.path,
  });
  return {
    agentId: selected.agentId,
    reader: dir === host.workspaceRoot ? workspaceReader : host.readerFor(dir),
    dir,
  };
}
