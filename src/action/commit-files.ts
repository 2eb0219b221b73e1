import path from 'node:path';
import type { GitHubClient } from '../github/client.js';
import type { CheckRunNode } from '../github/file-query.js';
import { readFilesAtCommits, type RemoteFile } from '../github/repository-files.js';
import type { FileReadResult } from '../workspace/safe-read.js';
import { AGENTS_FILE, CONFIG_CANDIDATES, TOOLS_FILE } from '../workspace/check-input.js';
import { memoryReader, normalizeRelative, type WorkspaceReader } from '../workspace/workspace-reader.js';
import type { GateInputs } from './inputs.js';

/** The files the gate needs from one workspace, relative to it. */
export function gateFilesOf(inputs: GateInputs): string[] {
  const config = inputs.config ? [inputs.config] : CONFIG_CANDIDATES;
  // Both tool documents: the release is only known once the attestation files are read.
  const execApprovals = inputs.execApprovals ? [inputs.execApprovals] : [];
  return [
    ...new Set([
      ...config,
      inputs.policy ?? 'policy.jsonc',
      TOOLS_FILE,
      AGENTS_FILE,
      ...execApprovals,
      inputs.attestation,
    ]),
  ];
}

export function repositoryPath(workspace: string, file: string): string | undefined {
  const relative = normalizeRelative(file);
  if (relative === undefined) return undefined;
  return workspace === '.' ? relative : path.posix.join(workspace, relative);
}

/**
 * Repository files every workspace's review reads: the `.gitattributes` of the root and of each
 * folder down to each workspace (they change how the agent's checkout reads the files).
 */
export function checkoutAttributeFiles(workspaces: readonly string[]): string[] {
  const files = new Set(['.gitattributes']);
  for (const workspace of workspaces) {
    if (workspace === '.') continue;
    const parts = workspace.split('/');
    for (let depth = 1; depth <= parts.length; depth += 1)
      files.add(path.posix.join(...parts.slice(0, depth), '.gitattributes'));
  }
  return [...files];
}

export interface CommitSnapshot {
  commit: string;
  /** The files of `checkoutAttributeFiles`, by repository path. */
  repositoryFiles: Map<string, FileReadResult>;
  /** One reader per workspace directory. */
  readers: Map<string, WorkspaceReader>;
  /** Raw text of each workspace's attestation file (undefined = missing), for proposal detection. */
  attestationText: Map<string, FileReadResult>;
}

/**
 * Reads every workspace's files at every commit in ONE GraphQL request; a path discovered later
 * (a policy path named by a config) costs one more. Also returns the token's own login.
 */
export async function readCommits(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  commits: string[],
  inputs: GateInputs,
  checkRunsAt?: string,
): Promise<{
  viewerLogin: string | undefined;
  snapshots: Map<string, CommitSnapshot>;
  existingCheckRuns?: CheckRunNode[];
}> {
  const files = gateFilesOf(inputs);
  const requests = [...new Set(commits)].map((commit) => ({
    commit,
    paths: [
      ...new Set([
        ...inputs.workspaces.flatMap((workspace) =>
          files.flatMap((file) => repositoryPath(workspace, file) ?? []),
        ),
        ...checkoutAttributeFiles(inputs.workspaces),
      ]),
    ],
  }));
  const fetched = await readFilesAtCommits(client, repository, requests, { checkRunsAt });
  const snapshots = new Map<string, CommitSnapshot>();
  for (const { commit } of requests) {
    const readers = new Map<string, WorkspaceReader>();
    const attestationText = new Map<string, FileReadResult>();
    for (const workspace of inputs.workspaces) {
      const known = new Map<string, FileReadResult>();
      for (const file of files) {
        const repoPath = repositoryPath(workspace, file);
        const relative = normalizeRelative(file);
        const remote = repoPath && fetched.files.get(`${commit}:${repoPath}`);
        if (relative && remote) known.set(relative, toFileRead(relative, remote));
      }
      const fetchMissing = async (relative: string): Promise<FileReadResult> => {
        const repoPath = repositoryPath(workspace, relative);
        if (repoPath === undefined)
          return { kind: 'unreadable', path: relative, reason: `${relative} is outside the workspace.` };
        const more = await readFilesAtCommits(client, repository, [{ commit, paths: [repoPath] }]);
        const remote = more.files.get(`${commit}:${repoPath}`);
        return remote ? toFileRead(relative, remote) : { kind: 'missing', path: relative };
      };
      readers.set(workspace, memoryReader(`${commit.slice(0, 12)}:${workspace}`, known, fetchMissing));
      const attestation = known.get(normalizeRelative(inputs.attestation) ?? inputs.attestation);
      attestationText.set(workspace, attestation ?? { kind: 'missing', path: inputs.attestation });
    }
    const repositoryFiles = new Map<string, FileReadResult>();
    for (const file of checkoutAttributeFiles(inputs.workspaces)) {
      const remote = fetched.files.get(`${commit}:${file}`);
      repositoryFiles.set(file, remote ? toFileRead(file, remote) : { kind: 'missing', path: file });
    }
    snapshots.set(commit, { commit, readers, attestationText, repositoryFiles });
  }
  return { viewerLogin: fetched.viewerLogin, snapshots, existingCheckRuns: fetched.existingCheckRuns };
}

function toFileRead(relative: string, remote: RemoteFile): FileReadResult {
  if (remote.kind === 'text') return { kind: 'text', path: relative, text: remote.text, bytes: remote.bytes };
  if (remote.kind === 'missing') return { kind: 'missing', path: relative };
  return { kind: 'unreadable', path: relative, reason: `${relative}: ${remote.reason}` };
}
