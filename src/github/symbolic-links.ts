// The symbolic links of a commit, listed through the git trees API (one recursive request per
// commit), so the gate can show a link a pull request adds to a workspace: the gate itself never
// follows one (it refuses to read them), but the agent's machine checks the workspace out and
// does. A listing GitHub truncates cannot prove there is none; it says so instead.
import type { GitHubClient } from './client.js';
import { during } from './errors.js';

const SYMLINK_MODE = '120000';

export type SymbolicLinks =
  { complete: true; links: Map<string, string> } | { complete: false; links: Map<string, string> };

/** Path → blob SHA (the link's target text) of every symbolic link at `commit`. */
export async function symbolicLinksAt(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  commit: string,
): Promise<SymbolicLinks> {
  const answer = await during('read-files', () =>
    client.rest.git.getTree({ ...repository, tree_sha: commit, recursive: 'true' }),
  );
  const links = new Map<string, string>();
  for (const entry of answer.data.tree) {
    if (entry.mode === SYMLINK_MODE && typeof entry.path === 'string') links.set(entry.path, entry.sha ?? '');
  }
  return { complete: !answer.data.truncated, links };
}
