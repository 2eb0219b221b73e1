// One check run per evaluation, created already completed with its conclusion (a required check
// never sits "in progress" because a later request failed), carrying the first 50 annotations;
// GitHub takes at most 50 per request and appends those of each update, so the rest follow in
// updates of 50, each repeating title and summary as GitHub requires of `output`.
import type { Annotation } from '../render/annotations.js';
import type { CheckRunNode } from './file-query.js';
import type { GitHubClient } from './client.js';
import { during, GitHubOperationFailure } from './errors.js';

/** The Checks API's annotation object, as the renderer produces it. */
export type CheckRunAnnotation = Annotation;

export type CheckRunConclusion =
  'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required';

export interface CheckRunRequest {
  owner: string;
  repo: string;
  headSha: string;
  name: string;
  detailsUrl?: string;
  /** When the evaluation started (ISO 8601): runs of one commit are ordered by it (see stale-pass.ts). */
  startedAt?: string;
  conclusion: CheckRunConclusion;
  output: { title: string; summary: string; text?: string };
  annotations: readonly CheckRunAnnotation[];
}

export interface PublishedCheckRun {
  id: number;
  /** Requests that carried annotations: ⌈annotations / 50⌉ (the create, then updates). */
  annotationRequests: number;
  /** An existing run already showed exactly this result: nothing was written. */
  reused?: boolean;
}

export const ANNOTATIONS_PER_REQUEST = 50;

/** Annotations were left unsent after the check run was created (it exists, with its conclusion). */
export class CheckRunAnnotationsIncomplete extends GitHubOperationFailure {
  constructor(
    readonly checkRunId: number,
    readonly annotationsSent: number,
    cause: unknown,
  ) {
    super('update-check-run', cause);
  }
}

export async function publishCheckRun(
  client: GitHubClient,
  request: CheckRunRequest & { existing?: readonly CheckRunNode[] },
): Promise<PublishedCheckRun> {
  const { owner, repo, output } = request;
  // A re-run that would publish exactly what the commit's newest run of this name already shows
  // writes nothing (the existing runs come with the gate's GraphQL reads). Only the newest counts:
  // GitHub shows the newest, so an older run showing the same result would leave a newer,
  // different one in force.
  const newest = newestRun(request.existing ?? [], request.name);
  if (newest?.databaseId != null && showsTheSame(newest, request))
    return { id: newest.databaseId, annotationRequests: 0, reused: true };
  const batches = inBatches(request.annotations.map(withValidColumns), ANNOTATIONS_PER_REQUEST);
  const [first = [], ...rest] = batches;
  const created = await during('create-check-run', () =>
    client.rest.checks.create({
      owner,
      repo,
      name: request.name,
      head_sha: request.headSha,
      conclusion: request.conclusion,
      ...(request.detailsUrl !== undefined ? { details_url: request.detailsUrl } : {}),
      ...(request.startedAt !== undefined ? { started_at: request.startedAt } : {}),
      output: { ...output, ...(first.length > 0 ? { annotations: first } : {}) },
    }),
  );
  const id = created.data.id;
  let sent = first.length;
  for (const batch of rest) {
    try {
      await client.rest.checks.update({
        owner,
        repo,
        check_run_id: id,
        output: { ...output, annotations: batch },
      });
    } catch (error) {
      throw new CheckRunAnnotationsIncomplete(id, sent, error);
    }
    sent += batch.length;
  }
  return { id, annotationRequests: batches.length };
}

function newestRun(runs: readonly CheckRunNode[], name: string): CheckRunNode | undefined {
  return runs
    .filter((run) => run.name === name)
    .reduce<CheckRunNode | undefined>(
      (newest, run) => (!newest || (run.databaseId ?? 0) > (newest.databaseId ?? 0) ? run : newest),
      undefined,
    );
}

function showsTheSame(run: CheckRunNode, request: CheckRunRequest): boolean {
  return (
    run.name === request.name &&
    run.status === 'COMPLETED' &&
    run.conclusion === request.conclusion.toUpperCase() &&
    run.title === request.output.title &&
    run.summary === request.output.summary &&
    (run.text ?? undefined) === (request.output.text ?? undefined) &&
    run.annotations?.totalCount === request.annotations.length
  );
}

function inBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

// A finding that spans lines keeps its lines and loses its columns, rather than GitHub refusing
// the whole batch with a 422.
function withValidColumns(annotation: CheckRunAnnotation): CheckRunAnnotation {
  if (annotation.start_line === annotation.end_line) return annotation;
  const lines = { ...annotation };
  delete lines.start_column;
  delete lines.end_column;
  return lines;
}
