import type { GitHubClient } from '../github/client.js';
import { resolveCommit } from '../github/resolve-commit.js';
import type { CommitRef, GateEvent } from './event-context.js';

/** Turns the event's head and base into commit SHAs (branch names only come from dispatch inputs). */
export async function resolveCommits(
  client: GitHubClient,
  event: GateEvent,
): Promise<{ headSha: string; baseSha: string | undefined }> {
  const headSha = await shaOf(client, event, event.head);
  const baseSha = event.base ? await shaOf(client, event, event.base) : undefined;
  return { headSha, baseSha: baseSha === headSha ? undefined : baseSha };
}

async function shaOf(client: GitHubClient, event: GateEvent, ref: CommitRef): Promise<string> {
  if ('sha' in ref) return ref.sha;
  try {
    return await resolveCommit(client, { owner: event.owner, repo: event.repo }, ref.ref);
  } catch (error) {
    throw new Error(
      `the ref '${ref.ref}' could not be resolved: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}
