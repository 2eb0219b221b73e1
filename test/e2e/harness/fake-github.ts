// A stateful fake GitHub for end-to-end tests, in-process on 127.0.0.1 (port 0, read back),
// backed by the test's git repository. Every REST request and every response it sends is checked
// against GitHub's OpenAPI description (rest-subset.json); every GraphQL query against GitHub's
// schema; GitHub's unwritten rules are enforced. What GitHub would reject is answered as GitHub
// would and recorded in `violations`, which a test asserts is empty.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeContext } from './fake-context.js';
import {
  emptyState,
  type FakeSettings,
  type FakeState,
  type ReviewState,
  type StoredComment,
  type StoredReview,
} from './fake-state.js';
import { FaultInjector, type FaultRule } from './fault-injection.js';
import { GitReader } from './git-reader.js';
import type { GitRepo } from './git-repo.js';
import { accountFor, GITHUB_ACTIONS_BOT, githubTimestamp, type Account } from './github-objects.js';
import { requestHandler, type ContractViolation, type RecordedRequest } from './request-pipeline.js';
import { RestContract } from './rest-contract.js';

export type { ContractViolation, RecordedRequest, ViolationKind } from './request-pipeline.js';

export const FAKE_TOKEN = 'ghs_fakeGitHubTokenForPolicyGateTests0000';

export interface FakeGitHubOptions {
  repo: GitRepo;
  token?: string;
  /** Who the token is (author of the comments it writes). Default: github-actions[bot]. */
  tokenIdentity?: Account | string;
  /** `GET /user`. Default `'forbidden'`, as GITHUB_TOKEN gets. */
  authenticatedUser?: Account | string | 'forbidden';
  /** GraphQL `viewer.login`. Default: github-actions[bot]. */
  viewerLogin?: string;
  teams?: FakeSettings['teams'];
  teamAccess?: FakeSettings['teamAccess'];
  defaultBranch?: string;
  pullRequestTitle?: string;
  draft?: boolean;
  /** `ghes`: REST under /api/v3 and GraphQL at /api/graphql, as on GitHub Enterprise Server. */
  layout?: 'github.com' | 'ghes';
  now?: () => Date;
}

export interface FakeGitHub {
  /** Origin, e.g. http://127.0.0.1:43121. */
  readonly url: string;
  /** GITHUB_API_URL. */
  readonly apiUrl: string;
  /** GITHUB_GRAPHQL_URL. */
  readonly graphqlUrl: string;
  /** GITHUB_SERVER_URL. */
  readonly serverUrl: string;
  readonly token: string;
  readonly state: FakeState;
  /** Mutable: change who the token is, teams, `GET /user` and so on between runs. */
  readonly settings: FakeSettings;
  readonly requests: RecordedRequest[];
  readonly violations: ContractViolation[];
  /** Requests that change something: non-GET REST calls and GraphQL mutations. */
  writes(): RecordedRequest[];
  addReview(review: { user: string; state: ReviewState; commitId?: string; body?: string }): StoredReview;
  /** Comments on the PR by other people (default authors cycle through octo-reviewer-1..3). */
  seedComments(
    count: number,
    options?: { authors?: string[]; body?: (index: number) => string },
  ): StoredComment[];
  injectFault(rule: FaultRule): void;
  /** Injected faults not used up yet. */
  pendingFaults(): FaultRule[];
  clearFaults(): void;
  close(): Promise<void>;
}

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const { repo } = options;
  const settings = initialSettings(options);
  const state = emptyState();
  const requests: RecordedRequest[] = [];
  const violations: ContractViolation[] = [];
  const faults = new FaultInjector();
  const now = options.now ?? (() => new Date());
  const restPrefix = options.layout === 'ghes' ? '/api/v3' : '';
  const graphqlPath = options.layout === 'ghes' ? '/api/graphql' : '/graphql';
  let nextId = 1000;
  let origin = '';

  const context: FakeContext = {
    repo,
    git: new GitReader(repo.dir),
    get urls() {
      return { apiUrl: origin + restPrefix, serverUrl: origin };
    },
    settings,
    state,
    now,
    nextId: () => nextId++,
  };
  const contract = await RestContract.load();
  const server = createServer(
    requestHandler({
      context,
      contract,
      faults,
      requests,
      violations,
      restPrefix,
      graphqlPath,
      origin: () => origin,
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: origin,
    apiUrl: origin + restPrefix,
    graphqlUrl: origin + graphqlPath,
    serverUrl: origin,
    token: settings.token,
    state,
    settings,
    requests,
    violations,
    writes: () =>
      requests.filter((request) =>
        request.route?.startsWith('graphql')
          ? request.route === 'graphql-mutation'
          : !['GET', 'HEAD'].includes(request.method),
      ),
    addReview(review) {
      const stored: StoredReview = {
        id: context.nextId(),
        user: accountFor(review.user),
        state: review.state,
        commitId: review.commitId ?? repo.headSha,
        body: review.body ?? '',
        submittedAt: githubTimestamp(now()),
      };
      state.reviews.push(stored);
      return stored;
    },
    seedComments(count, seedOptions = {}) {
      const authors = seedOptions.authors ?? ['octo-reviewer-1', 'octo-reviewer-2', 'octo-reviewer-3'];
      return Array.from({ length: count }, (_, index) => {
        const timestamp = githubTimestamp(now());
        const comment: StoredComment = {
          id: context.nextId(),
          issueNumber: repo.pullRequest.number,
          body: seedOptions.body?.(index) ?? `Comment ${index + 1}`,
          user: accountFor(authors[index % authors.length] ?? 'octo-reviewer-1'),
          createdAt: timestamp,
          updatedAt: timestamp,
        };
        state.comments.push(comment);
        return comment;
      });
    },
    injectFault: (rule) => faults.add(rule),
    pendingFaults: () => faults.pending().map((fault) => fault.rule),
    clearFaults: () => faults.clear(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections(); // includes requests held by a 'timeout' fault
      }),
  };
}

function initialSettings(options: FakeGitHubOptions): FakeSettings {
  const asAccount = (account: Account | string): Account =>
    typeof account === 'string' ? accountFor(account) : account;
  const user = options.authenticatedUser;
  return {
    token: options.token ?? FAKE_TOKEN,
    tokenIdentity: asAccount(options.tokenIdentity ?? GITHUB_ACTIONS_BOT),
    authenticatedUser: user === undefined || user === 'forbidden' ? 'forbidden' : asAccount(user),
    viewerLogin: options.viewerLogin ?? GITHUB_ACTIONS_BOT.login,
    teams: options.teams ?? {},
    teamAccess: options.teamAccess ?? 'granted',
    defaultBranch: options.defaultBranch ?? options.repo.pullRequest.baseBranch,
    pullRequestTitle: options.pullRequestTitle ?? 'Update the policy',
    draft: options.draft ?? false,
  };
}
