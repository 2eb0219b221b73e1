// Real event payloads — GitHub's recorded webhooks from @octokit/webhooks-examples — made true to
// the test's git repository: SHAs, refs, owner/name, PR number, author, fork. Each builder also
// returns what the runner derives from the event (GITHUB_SHA, GITHUB_REF, GITHUB_HEAD_REF, …),
// per GitHub's "Events that trigger workflows" table, so the result spreads into runAction():
//
//   await runAction({ ...pullRequestEvent({ repo }), actionDir, workspaceDir: repo.dir, … })
export type { ActionEvent, EventOptions } from './events/recorded-webhooks.js';
export {
  pullRequestEvent,
  pullRequestReviewEvent,
  pullRequestTargetEvent,
  type PullRequestEventOptions,
  type PullRequestReviewEventOptions,
} from './events/pull-request-events.js';
export {
  mergeGroupEvent,
  pushEvent,
  scheduleEvent,
  workflowDispatchEvent,
  type PushEventOptions,
  type ScheduleEventOptions,
  type WorkflowDispatchEventOptions,
} from './events/branch-events.js';
