// How a reader of the comment runs the policy-gate that wrote it (issue 13): the command printed
// under "How to accept" must work for the way the repository installs the tool.
import path from 'node:path';

/** Where the running action comes from: the workflow's `uses:` line, as the runner reports it. */
export interface ActionSource {
  /** For a local action (`uses: ./…`): its folder relative to the repository root, `.` for the root. */
  localPath: string | undefined;
  /** `owner/repo` of `uses: owner/repo@ref` (GITHUB_ACTION_REPOSITORY). */
  repository: string | undefined;
  /** The `@ref` of that line: a tag such as `v1`, a branch or a commit SHA (GITHUB_ACTION_REF). */
  ref: string | undefined;
}

/**
 * The action's source, from the runner's environment and the bundle's own file (dist/index.js, one
 * folder below the action's root): a local action's root is inside the workspace, a remote one's is
 * in the runner's action cache.
 */
export function actionSourceFrom(env: NodeJS.ProcessEnv, bundleFile: string): ActionSource {
  const actionRoot = path.dirname(path.dirname(bundleFile));
  const relative = env.GITHUB_WORKSPACE ? path.relative(env.GITHUB_WORKSPACE, actionRoot) : undefined;
  const inside = relative !== undefined && !relative.startsWith('..') && !path.isAbsolute(relative);
  return {
    localPath: inside ? relative.split(path.sep).join('/') || '.' : undefined,
    repository: env.GITHUB_ACTION_REPOSITORY?.trim() || undefined,
    ref: env.GITHUB_ACTION_REF?.trim() || undefined,
  };
}

const REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
/** Refs and paths that a shell reads as one word and npm as one committish: nothing to quote. */
const PLAIN = /^[A-Za-z0-9._/-]+$/;

/**
 * The command, with only Node.js and npm:
 * - `uses: ./path` → `node path/dist/cli/index.js`, the CLI bundle in the checkout;
 * - `uses: owner/repo@ref` → `npx github:owner/repo#ref`, the CLI bundle committed at that ref,
 *   which npm fetches and runs with no build step and no dependencies;
 * - anything else (no runner) → `npx policy-gate`, the published package.
 * Both come from the `uses:` line that chose the code now running: a pull request that can change
 * them can change the whole action, so they add nothing to trust. No free-form input sets it: on
 * `pull_request` the workflow comes from the PR, which could make the comment print any command.
 */
export function cliCommand(source: ActionSource): string {
  if (source.localPath !== undefined && PLAIN.test(source.localPath))
    return source.localPath === '.' ? 'node dist/cli/index.js' : `node ${source.localPath}/dist/cli/index.js`;
  if (source.repository && source.ref && REPOSITORY.test(source.repository) && PLAIN.test(source.ref))
    return `npx github:${source.repository}#${source.ref}`;
  return 'npx policy-gate';
}
