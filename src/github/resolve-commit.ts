import type { GitHubClient } from './client.js';
import { GitHubOperationFailure } from './errors.js';

interface CommitQueryResult {
  repository: { object: { oid?: string } | null } | null;
}

const QUERY = `query($owner: String!, $name: String!, $expression: String!) {
  repository(owner: $owner, name: $name) { object(expression: $expression) { ... on Commit { oid } } }
}`;

/** The commit SHA a branch, tag or other ref names (one GraphQL request); throws when it names none. */
export async function resolveCommit(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  ref: string,
): Promise<string> {
  let result: CommitQueryResult;
  try {
    result = await client.graphql<CommitQueryResult>(QUERY, {
      owner: repository.owner,
      name: repository.repo,
      expression: ref,
    });
  } catch (error) {
    throw new GitHubOperationFailure('read-files', error);
  }
  const oid = result.repository?.object?.oid;
  if (typeof oid !== 'string' || !/^[0-9a-f]{40}$/.test(oid))
    throw new Error(`'${ref}' does not name a commit in ${repository.owner}/${repository.repo}.`);
  return oid;
}
