// What may have changed while the gate evaluated (issue 12, item 3): the pull request's current
// head and the policy-gate check runs already on the evaluated commit — one GraphQL request, read
// right before a passing result is published, and again after the check run is created.
import type { GitHubClient } from './client.js';
import { during } from './errors.js';
import { CHECK_RUNS_SELECTION, type CheckRunNode, type ObjectNode } from './file-query.js';

export interface PublishingState {
  /** The pull request's head now; undefined when no pull request was asked about. */
  headSha: string | undefined;
  /** The policy-gate check runs on the commit, as GitHub lists them now. */
  checkRuns: CheckRunNode[];
}

interface StateQueryResult {
  repository: { pullRequest?: { headRefOid: string } | null; commit: ObjectNode } | null;
}

export async function readPublishingState(
  client: GitHubClient,
  target: { owner: string; repo: string; commit: string; pullNumber?: number },
): Promise<PublishingState> {
  const withPull = target.pullNumber !== undefined;
  const query = [
    `query PolicyGatePublishingState($owner: String!, $name: String!, $commit: String!${withPull ? ', $number: Int!' : ''}) {`,
    '  repository(owner: $owner, name: $name) {',
    ...(withPull ? ['    pullRequest(number: $number) { headRefOid }'] : []),
    `    commit: object(expression: $commit) { __typename ... on Commit { ${CHECK_RUNS_SELECTION} } }`,
    '  }',
    '}',
  ].join('\n');
  const result = await during(withPull ? 'read-pull-request' : 'list-check-runs', () =>
    client.graphql<StateQueryResult>(query, {
      owner: target.owner,
      name: target.repo,
      commit: target.commit,
      ...(withPull ? { number: target.pullNumber } : {}),
    }),
  );
  const suites = result.repository?.commit?.checkSuites?.nodes ?? [];
  return {
    headSha: result.repository?.pullRequest?.headRefOid,
    checkRuns: suites.flatMap((suite) =>
      (suite?.checkRuns?.nodes ?? []).filter((run): run is CheckRunNode => run !== null),
    ),
  };
}
