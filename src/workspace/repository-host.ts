// The OpenClaw host of the pull-request gate: a commit's files read through the API, nothing else.
// No machine stands behind it, so everything OpenClaw would read from one is either a file of the
// workspace at that commit or refused with what to do: the agent's workspace must be the
// repository workspace or a directory inside it; exec approvals come from a committed JSON
// document (the `exec-approvals` input, as `--exec-approvals` for the CLI); no environment
// variable is expanded (a `${VAR}` template is missing, as OpenClaw treats an unset variable), so a
// runner's secrets never reach evidence, hashes or the comment.
import path from 'node:path';
import { DEFAULT_EXEC_APPROVALS_LOCATOR } from '../engine/current/evaluate-policy.js';
import { InputError } from './input-error.js';
import type { OpenClawHost } from './openclaw-host.js';
import { normalizeRelative, type WorkspaceReader } from './workspace-reader.js';

/** Where the gate pretends the workspace and OpenClaw's home are: fixed, so results never depend on the runner. */
const WORKSPACE_ROOT = '/openclaw/workspace';
const HOME = '/openclaw/home';

export interface RepositoryHostOptions {
  /** The workspace at one commit. */
  reader: WorkspaceReader;
  /** The `agent` input. */
  agent: string | undefined;
  /** The `exec-approvals` input: a workspace-relative JSON document. */
  execApprovalsFile: string | undefined;
  /** Where the config loader's warnings go. */
  warn(line: string): void;
}

export function repositoryHost(options: RepositoryHostOptions): OpenClawHost {
  const { reader } = options;
  return {
    surface: 'policy check',
    agent: options.agent,
    workspaceRoot: WORKSPACE_ROOT,
    home: HOME,
    env: {},
    stateDir: { path: path.posix.join(HOME, '.openclaw'), overridden: false },
    readerFor: (dir) => subdirectoryReader(reader, dir),
    readExecApprovals: () => readCommittedExecApprovals(reader, options.execApprovalsFile),
    warn: options.warn,
  };
}

/** An agent workspace inside the repository workspace; any other is refused on every read. */
function subdirectoryReader(reader: WorkspaceReader, dir: string): WorkspaceReader {
  const relative = normalizeRelative(path.posix.relative(WORKSPACE_ROOT, dir));
  const outside = `the agent's workspace (${dir.replace(WORKSPACE_ROOT, '<workspace>').replace(HOME, '~')}) is not inside the repository workspace, and the gate reads only the repository's files: give the agent a workspace inside it, or gate that directory as its own workspace.`;
  return {
    describe: `${reader.describe}/${relative ?? dir}`,
    read: async (filePath) => {
      const inner = relative === undefined ? undefined : normalizeRelative(filePath);
      if (relative === undefined || inner === undefined)
        return { kind: 'unreadable', path: filePath, reason: outside };
      return reader.read(path.posix.join(relative, inner));
    },
    displayPath: (filePath) =>
      relative === undefined ? filePath : reader.displayPath(path.posix.join(relative, filePath)),
  };
}

async function readCommittedExecApprovals(reader: WorkspaceReader, file: string | undefined) {
  if (file === undefined) {
    throw new InputError(
      "the policy has execApprovals rules, which OpenClaw checks against its state database on the agent's machine: commit the exec approvals JSON document, name it with the `exec-approvals` input, and accept with `--exec-approvals <file>`.",
    );
  }
  const read = await reader.read(file);
  if (read.kind === 'missing')
    throw new InputError(`${file} does not exist in the workspace (exec-approvals input).`);
  if (read.kind === 'unreadable') throw new InputError(`${read.reason} (exec-approvals input).`);
  return { locator: DEFAULT_EXEC_APPROVALS_LOCATOR, raw: read.text };
}
