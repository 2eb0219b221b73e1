// The files a pull request changes (all pages; GitHub lists at most 3000), to tell whether it
// changes the workflow that runs the gate.
import type { GitHubClient } from './client.js';
import { during } from './errors.js';

export interface ChangedFile {
  filename: string;
  /** The name before a rename. */
  previousFilename?: string;
}

export async function listPullRequestFiles(
  client: GitHubClient,
  pull: { owner: string; repo: string; pullNumber: number },
): Promise<ChangedFile[]> {
  const files = await during('list-pull-request-files', () =>
    client.paginate(client.rest.pulls.listFiles, {
      owner: pull.owner,
      repo: pull.repo,
      pull_number: pull.pullNumber,
      per_page: 100,
    }),
  );
  return files.map((file) => ({
    filename: file.filename,
    ...(file.previous_filename === undefined ? {} : { previousFilename: file.previous_filename }),
  }));
}
