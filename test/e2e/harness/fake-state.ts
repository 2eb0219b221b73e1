// What the fake GitHub remembers between requests, in the shape tests assert on, and the settings
// a test can change while the fake runs.
import type { Account } from './github-objects.js';

export interface StoredComment {
  id: number;
  issueNumber: number;
  body: string;
  user: Account;
  createdAt: string;
  updatedAt: string;
}

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export interface StoredCheckRun {
  id: number;
  name: string;
  headSha: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: string | null;
  startedAt: string;
  completedAt: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  /** Every `output.annotations` array received, in order (create first, then each update). */
  annotationBatches: Annotation[][];
  /** All annotations, as GitHub appends them across requests. */
  annotations: Annotation[];
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

export interface StoredReview {
  id: number;
  user: Account;
  state: ReviewState;
  commitId: string;
  body: string;
  submittedAt: string;
}

export interface FakeState {
  comments: StoredComment[];
  checkRuns: StoredCheckRun[];
  reviews: StoredReview[];
}

export interface TeamMember {
  login: string;
  role?: 'member' | 'maintainer';
  state?: 'active' | 'pending';
}

export interface FakeSettings {
  /** The token requests must carry (`Authorization: token …` or `Bearer …`). */
  token: string;
  /** Who the token is: the author of comments it creates. */
  tokenIdentity: Account;
  /** `GET /user`: an account, or `'forbidden'` (403, as for GITHUB_TOKEN and app installation tokens). */
  authenticatedUser: Account | 'forbidden';
  /** GraphQL `viewer.login`. */
  viewerLogin: string;
  /** Team members by `org/team-slug`. */
  teams: Record<string, Array<string | TeamMember>>;
  /** `'forbidden'`: team membership answers 403, as for a token that cannot read org membership. */
  teamAccess: 'granted' | 'forbidden';
  defaultBranch: string;
  pullRequestTitle: string;
  draft: boolean;
}

export function emptyState(): FakeState {
  return { comments: [], checkRuns: [], reviews: [] };
}
