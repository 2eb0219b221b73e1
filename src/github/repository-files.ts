// Files at given commits, read through GitHub's GraphQL API, so a shallow checkout (or none) is
// enough and the base branch's accepted attestation is read as the base has it. Every file is
// answered, never thrown for: missing, text, or unreadable with the reason. Symbolic links are
// refused, because reading one through the API gives the link's target path, not file content.
import type { GitHubClient } from './client.js';
import { during } from './errors.js';
import {
  fileQuery,
  objectAlias,
  type FileQueryResult,
  type ObjectLookup,
  type ObjectNode,
} from './file-query.js';
import type { CheckRunNode } from './file-query.js';
import { baseName, normaliseRepositoryPath, parentFolder } from './repository-path.js';

export type RemoteFile =
  | { kind: 'missing' }
  | { kind: 'text'; text: string; bytes: number }
  | { kind: 'unreadable'; reason: string };

export interface FilesAtCommit {
  /** The full 40-hex commit SHA. */
  commit: string;
  /** Paths relative to the repository root. */
  paths: string[];
}

export interface RemoteFiles {
  /** Who the token is (GraphQL `viewer.login`): `github-actions[bot]` for GITHUB_TOKEN. */
  viewerLogin: string | undefined;
  /** Keyed by `${commit}:${path}`, with commit and path exactly as requested. */
  files: Map<string, RemoteFile>;
  /** The policy-gate check runs already on `checkRunsAt`, when asked for. */
  existingCheckRuns?: CheckRunNode[];
}

export const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;
/** Objects per GraphQL request; more are sent in further requests. */
export const MAX_OBJECTS_PER_REQUEST = 100;

const SYMLINK_MODE = 0o120000;
const FULL_SHA = /^[0-9a-f]{40}$/i;

interface PlannedFile {
  key: string;
  path: string;
  blob: string;
  folder: string;
}

export async function readFilesAtCommits(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  requests: readonly FilesAtCommit[],
  options: { maxBytes?: number; checkRunsAt?: string } = {},
): Promise<RemoteFiles> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  const files = new Map<string, RemoteFile>();
  const planned: PlannedFile[] = [];
  for (const { commit, paths } of requests) {
    if (!FULL_SHA.test(commit))
      throw new Error(`${JSON.stringify(commit)} is not a full 40-character commit SHA`);
    for (const path of paths) {
      const key = `${commit}:${path}`;
      const checked = normaliseRepositoryPath(path);
      if (!checked.ok) {
        files.set(key, { kind: 'unreadable', reason: `${checked.reason} (${JSON.stringify(path)})` });
        continue;
      }
      const sha = commit.toLowerCase();
      planned.push({
        key,
        path: checked.path,
        blob: `${sha}:${checked.path}`,
        folder: `${sha}:${parentFolder(checked.path)}`,
      });
    }
  }

  const lookups = uniqueLookups(planned);
  // The head's existing policy-gate check runs ride along in the same request, so a re-run that
  // would publish the same result can skip writing (see publishCheckRun).
  const checkRunsLookup: ObjectLookup | undefined =
    options.checkRunsAt !== undefined && FULL_SHA.test(options.checkRunsAt)
      ? { kind: 'check-runs', expression: options.checkRunsAt.toLowerCase() }
      : undefined;
  if (checkRunsLookup) lookups.push(checkRunsLookup);
  const { viewerLogin, objects } = await during('read-files', () =>
    fetchObjects(client, repository, lookups),
  );
  for (const file of planned) {
    const blob = objects.get(lookupKey({ kind: 'blob', expression: file.blob })) ?? null;
    const folder = objects.get(lookupKey({ kind: 'tree', expression: file.folder })) ?? null;
    files.set(file.key, remoteFile(file, blob, folder, maxBytes));
  }
  const existingCheckRuns = checkRunsLookup
    ? checkRunsOf(objects.get(lookupKey(checkRunsLookup)) ?? null)
    : undefined;
  return { viewerLogin, files, existingCheckRuns };
}

function checkRunsOf(node: ObjectNode): CheckRunNode[] {
  return (node?.checkSuites?.nodes ?? []).flatMap((suite) =>
    (suite?.checkRuns?.nodes ?? []).filter((run): run is CheckRunNode => run !== null),
  );
}

// The same expression can be wanted as a file and as a folder (`a` and `a/b`), so the kind is part of the key.
function lookupKey(lookup: ObjectLookup): string {
  return `${lookup.kind} ${lookup.expression}`;
}

function uniqueLookups(planned: readonly PlannedFile[]): ObjectLookup[] {
  const lookups = new Map<string, ObjectLookup>();
  for (const file of planned) {
    for (const lookup of [
      { kind: 'blob', expression: file.blob },
      { kind: 'tree', expression: file.folder },
    ] as const) {
      lookups.set(lookupKey(lookup), lookup);
    }
  }
  return [...lookups.values()];
}

async function fetchObjects(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  lookups: readonly ObjectLookup[],
): Promise<{ viewerLogin: string | undefined; objects: Map<string, ObjectNode> }> {
  const objects = new Map<string, ObjectNode>();
  let viewerLogin: string | undefined;
  const batchCount = Math.max(1, Math.ceil(lookups.length / MAX_OBJECTS_PER_REQUEST));
  for (let batch = 0; batch < batchCount; batch += 1) {
    const slice = lookups.slice(batch * MAX_OBJECTS_PER_REQUEST, (batch + 1) * MAX_OBJECTS_PER_REQUEST);
    const { query, variables } = fileQuery(repository, slice, batch === 0);
    const result = await client.graphql<FileQueryResult>(query, variables);
    if (batch === 0) viewerLogin = result.viewer?.login;
    slice.forEach((lookup, index) => {
      objects.set(lookupKey(lookup), result.repository?.[objectAlias(index)] ?? null);
    });
  }
  return { viewerLogin, objects };
}

function remoteFile(file: PlannedFile, blob: ObjectNode, folder: ObjectNode, maxBytes: number): RemoteFile {
  const entry = folder?.entries?.find((candidate) => candidate.name === baseName(file.path));
  if (entry && entry.mode === SYMLINK_MODE) {
    return {
      kind: 'unreadable',
      reason: `${file.path} is a symbolic link; policy-gate reads only regular files`,
    };
  }
  if (entry?.type === 'commit')
    return { kind: 'unreadable', reason: `${file.path} is a submodule, not a file` };
  if (blob === null) return { kind: 'missing' };
  if (blob.__typename !== 'Blob')
    return { kind: 'unreadable', reason: `${file.path} is a folder, not a file` };
  const bytes = blob.byteSize ?? 0;
  if (bytes > maxBytes) {
    return { kind: 'unreadable', reason: `${file.path} is ${bytes} bytes, over the limit of ${maxBytes}` };
  }
  if (blob.isBinary) return { kind: 'unreadable', reason: `${file.path} is a binary file, not text` };
  if (blob.isTruncated || typeof blob.text !== 'string') {
    return {
      kind: 'unreadable',
      reason: `${file.path} (${bytes} bytes) is too large for GitHub's GraphQL API to return in full`,
    };
  }
  return { kind: 'text', text: blob.text, bytes };
}
