import type { Acceptance } from './report.js';

export interface PullRequestReview {
  login: string;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED, PENDING. */
  state: string;
  commitId: string | undefined;
}

/** An acceptor: a user login, or an `org/team` slug. */
export type Acceptor = { kind: 'user'; login: string } | { kind: 'team'; org: string; team: string };

export function parseAcceptors(raw: readonly string[]): Acceptor[] {
  return raw.map((entry) => {
    const [org, team] = entry.split('/');
    return team === undefined
      ? { kind: 'user', login: entry.replace(/^@/, '') }
      : { kind: 'team', org: (org ?? '').replace(/^@/, ''), team };
  });
}

/**
 * The reviewers whose approval could accept: the latest review of each user is an approval of
 * the head SHA, and the user is not the author. (A later comment-only review does not withdraw
 * an approval, as on GitHub; a dismissal does.)
 */
export function approvalsOfHead(
  reviews: readonly PullRequestReview[],
  headSha: string,
  author: string | undefined,
): string[] {
  const latest = new Map<string, PullRequestReview>();
  for (const review of reviews) {
    if (review.state === 'COMMENTED' || review.state === 'PENDING') continue;
    latest.set(review.login.toLowerCase(), review);
  }
  return [...latest.values()]
    .filter((review) => review.state === 'APPROVED' && review.commitId === headSha)
    .filter((review) => author === undefined || review.login.toLowerCase() !== author.toLowerCase())
    .map((review) => review.login);
}

/**
 * GATE.md's acceptance rule. `memberOf` answers team membership for an approver (the shell reads
 * it through the API, and throws when the token cannot).
 */
export async function acceptanceFor(options: {
  reasons: string[];
  acceptors: readonly Acceptor[];
  approvers: readonly string[];
  memberOf: (login: string, org: string, team: string) => Promise<boolean>;
}): Promise<Acceptance & { satisfied: boolean }> {
  const acceptors = options.acceptors.map((a) => (a.kind === 'user' ? a.login : `${a.org}/${a.team}`));
  if (options.reasons.length === 0) return { status: 'not-needed', acceptors, reasons: [], satisfied: true };
  if (options.acceptors.length === 0)
    return { status: 'nobody-required', acceptors, reasons: options.reasons, satisfied: true };
  for (const login of options.approvers) {
    for (const acceptor of options.acceptors) {
      const accepts =
        acceptor.kind === 'user'
          ? acceptor.login.toLowerCase() === login.toLowerCase()
          : await options.memberOf(login, acceptor.org, acceptor.team);
      if (accepts)
        return {
          status: 'accepted',
          acceptors,
          approvedBy: login,
          reasons: options.reasons,
          satisfied: true,
        };
    }
  }
  return { status: 'awaiting', acceptors, reasons: options.reasons, satisfied: false };
}
