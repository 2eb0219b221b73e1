import { isRecord } from '../engine/record.js';

/** What the gate needs to know about the triggering event, read from GitHub's payload. */
export interface GateEvent {
  name: string;
  owner: string;
  repo: string;
  /** The commit whose files are the candidate (a ref name only for workflow_dispatch inputs). */
  head: CommitRef;
  /** The commit whose accepted attestation governs; undefined = the head's own (push, schedule). */
  base: CommitRef | undefined;
  baseLabel: string;
  pullRequest?: { number: number; author: string | undefined; fromFork: boolean };
  /** Comments make no sense here (merge queue, push, schedule). */
  commentable: boolean;
}

export type CommitRef = { sha: string } | { ref: string };

export class UnsupportedEventError extends Error {}

const SHA = /^[0-9a-f]{40}$/;

export function gateEventFrom(options: {
  eventName: string;
  payload: unknown;
  repository: string;
  sha: string;
  inputBaseRef?: string;
  inputHeadRef?: string;
}): GateEvent {
  const [owner = '', repo = ''] = options.repository.split('/');
  const payload = isRecord(options.payload) ? options.payload : {};
  const base = { name: options.eventName, owner, repo };
  const pr = isRecord(payload.pull_request) ? payload.pull_request : undefined;
  switch (options.eventName) {
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review': {
      if (!pr) throw new UnsupportedEventError(`the ${options.eventName} payload has no pull_request.`);
      const head = isRecord(pr.head) ? pr.head : {};
      const baseBranch = isRecord(pr.base) ? pr.base : {};
      const headRepo = isRecord(head.repo) ? head.repo.full_name : undefined;
      const baseRepo = isRecord(baseBranch.repo) ? baseBranch.repo.full_name : undefined;
      return {
        ...base,
        head: { sha: sha(head.sha, 'pull_request.head.sha') },
        base: { sha: sha(baseBranch.sha, 'pull_request.base.sha') },
        baseLabel: typeof baseBranch.ref === 'string' ? baseBranch.ref : 'the base branch',
        pullRequest: {
          number: Number(pr.number),
          author: isRecord(pr.user) && typeof pr.user.login === 'string' ? pr.user.login : undefined,
          fromFork: headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo,
        },
        commentable: true,
      };
    }
    case 'merge_group': {
      const group = isRecord(payload.merge_group) ? payload.merge_group : {};
      return {
        ...base,
        head: { sha: sha(group.head_sha, 'merge_group.head_sha') },
        base: { sha: sha(group.base_sha, 'merge_group.base_sha') },
        baseLabel:
          typeof group.base_ref === 'string'
            ? group.base_ref.replace(/^refs\/heads\//, '')
            : 'the base branch',
        commentable: false,
      };
    }
    case 'push':
    case 'schedule':
    case 'workflow_dispatch':
      return {
        ...base,
        head: options.inputHeadRef
          ? commitRef(options.inputHeadRef)
          : { sha: sha(options.sha, 'GITHUB_SHA') },
        base: options.inputBaseRef ? commitRef(options.inputBaseRef) : undefined,
        baseLabel: options.inputBaseRef ?? 'this branch',
        commentable: false,
      };
    default:
      throw new UnsupportedEventError(
        `policy-gate does not handle '${options.eventName}' events; run it on pull_request, pull_request_target, pull_request_review, merge_group, push, schedule or workflow_dispatch.`,
      );
  }
}

function commitRef(value: string): CommitRef {
  return SHA.test(value) ? { sha: value } : { ref: value };
}

function sha(value: unknown, where: string): string {
  if (typeof value === 'string' && SHA.test(value)) return value;
  throw new UnsupportedEventError(`the event has no valid ${where}.`);
}
