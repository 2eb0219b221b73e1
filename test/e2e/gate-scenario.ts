// Shared set-up for the gate's end-to-end tests (issue 3): a real git repository, the fake GitHub,
// a recorded event payload and the real bundle (`dist/index.js`), with everything cleaned up after
// each test. Not a test file itself; the `gate-*.test.ts` files import it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import { acceptedAttestation } from '../support/attestation-files.js';
import type { ActionEvent } from './harness/event-payloads.js';
import {
  startFakeGitHub,
  type FakeGitHub,
  type FakeGitHubOptions,
  type RecordedRequest,
} from './harness/fake-github.js';
import { createGitRepo, type CreateGitRepoOptions, type GitRepo } from './harness/git-repo.js';
import { runAction, type ActionRunResult } from './harness/run-action.js';

export const actionDir = path.resolve(import.meta.dirname, '../..');

/** The example workspace of the repository (clean: no findings), as path → text. */
export const EXAMPLE: Readonly<Record<string, string>> = Object.fromEntries(
  readdirSync(path.join(actionDir, 'examples/workspace')).map((name) => [
    name,
    readFileSync(path.join(actionDir, 'examples/workspace', name), 'utf8'),
  ]),
);

/** The example's openclaw.json with one more MCP server (`shell` is denied by the example policy). */
export function exampleConfigWith(servers: Record<string, unknown>): string {
  const config = JSON.parse(EXAMPLE['openclaw.json'] ?? '{}') as {
    mcp: { servers: Record<string, unknown> };
  };
  config.mcp.servers = { ...config.mcp.servers, ...servers };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** The example's TOOLS.md with one more tool (metadata complete: no finding, but new evidence). */
export const EXAMPLE_TOOLS_PLUS = withTool(
  '### rotate_keys risk:high sensitivity:restricted owner:@security\nRotates the signing keys.',
);

/** The example's TOOLS.md with `declaration` added at the end of its `## Tools` section. */
export function withTool(declaration: string, tools = EXAMPLE['TOOLS.md'] ?? ''): string {
  const at = tools.indexOf('## Escalation');
  if (at < 0) throw new Error('the example TOOLS.md has no ## Escalation section');
  return `${tools.slice(0, at)}${declaration}\n\n${tools.slice(at)}`;
}

/** `files` moved under `dir` (`.` leaves them where they are). */
export function inDir(dir: string, files: Record<string, string>): Record<string, string> {
  if (dir === '.') return { ...files };
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [path.posix.join(dir, name), text]));
}

/** `files` plus the attestation `policy-gate accept` writes for them. */
export async function withAttestation(
  files: Record<string, string>,
  dir = '.',
): Promise<Record<string, string>> {
  return {
    ...inDir(dir, files),
    [path.posix.join(dir, 'policy.attestation.json')]: await acceptedAttestation(files),
  };
}

/**
 * The example workspace in its two accepted states: `base` as it is, `plus` with one more tool,
 * each with its own attestation; and `repropose`, what a pull request changes to go from one to
 * the other while proposing the new attestation.
 */
export async function exampleStates(): Promise<{
  base: Record<string, string>;
  plus: Record<string, string>;
  repropose: Record<string, string>;
}> {
  const [base, plus] = await Promise.all([
    withAttestation(EXAMPLE),
    withAttestation({ ...EXAMPLE, 'TOOLS.md': EXAMPLE_TOOLS_PLUS }),
  ]);
  const repropose = {
    'TOOLS.md': EXAMPLE_TOOLS_PLUS,
    'policy.attestation.json': plus['policy.attestation.json'] ?? '',
  };
  return { base, plus, repropose };
}

export interface RunOptions {
  inputs?: Record<string, string | number | boolean>;
  nodeBinary?: 'system' | 'node24';
  extraEnv?: Record<string, string | undefined>;
}

export interface Scenario {
  repo: GitRepo;
  fake: FakeGitHub;
  /** Runs the bundle on an event (build it from `repo` at the moment of the run). */
  run(event: ActionEvent, options?: RunOptions): Promise<ActionRunResult>;
}

let cleanups: (() => Promise<void> | void)[] = [];

/**
 * Call once per test file: removes every repo, fake and runner temp dir when the file is done
 * (after all tests, so tests of a file may run concurrently).
 */
export function cleanUpAfterAll(): void {
  afterAll(async () => {
    const pending = cleanups.reverse();
    cleanups = [];
    for (const cleanup of pending) await cleanup();
  });
}

export async function scenario(
  repoOptions: CreateGitRepoOptions,
  fakeOptions: Omit<FakeGitHubOptions, 'repo'> = {},
): Promise<Scenario> {
  const repo = createGitRepo(repoOptions);
  cleanups.push(() => repo.cleanup());
  const fake = await startFakeGitHub({ repo, ...fakeOptions });
  cleanups.push(() => fake.close());
  return {
    repo,
    fake,
    async run(event, options = {}) {
      const result = await runAction({
        nodeBinary: options.nodeBinary ?? 'node24',
        actionDir,
        workspaceDir: repo.dir,
        ...event,
        inputs: options.inputs,
        apiUrl: fake.apiUrl,
        token: fake.token,
        extraEnv: options.extraEnv,
        timeoutMs: 60_000,
      });
      cleanups.push(() => result.cleanup());
      expect(result.timedOut).toBe(false);
      return result;
    },
  };
}

/**
 * `METHOD template` of each request (the OpenAPI template, or graphql / graphql-mutation). A request
 * answered by an injected fault never reached routing; its template is found from its path.
 */
export function requestKinds(requests: readonly RecordedRequest[]): string[] {
  return requests.map((request) => {
    if (request.path === '/graphql') return request.route ?? 'graphql';
    const template =
      request.route ??
      TEMPLATES.find((candidate) => templatePattern(candidate).test(request.path)) ??
      request.path;
    return `${request.method} ${template}`;
  });
}

const TEMPLATES = [
  '/repos/{owner}/{repo}/issues/{issue_number}/comments',
  '/repos/{owner}/{repo}/issues/comments/{comment_id}',
  '/repos/{owner}/{repo}/check-runs',
  '/repos/{owner}/{repo}/check-runs/{check_run_id}',
  '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
  '/repos/{owner}/{repo}/pulls/{pull_number}',
  '/orgs/{org}/teams/{team_slug}/memberships/{username}',
];

function templatePattern(template: string): RegExp {
  return new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`);
}

export const LIST_COMMENTS = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
export const CREATE_COMMENT = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
export const UPDATE_COMMENT = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';
export const CREATE_CHECK_RUN = 'POST /repos/{owner}/{repo}/check-runs';
export const UPDATE_CHECK_RUN = 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}';
export const LIST_REVIEWS = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews';
export const GET_PULL = 'GET /repos/{owner}/{repo}/pulls/{pull_number}';

/** The one comment of the PR written by the token (github-actions[bot]). */
export function ownComments(fake: FakeGitHub) {
  return fake.state.comments.filter((comment) => comment.user.login === 'github-actions[bot]');
}

/** The second line of a comment: the verdict line (the first is the hidden marker). */
export function verdictLineOf(body: string): string {
  return body.split('\n')[1] ?? '';
}

/** Error/warning/notice workflow commands the run printed. */
export function annotationCommands(run: ActionRunResult) {
  return run.workflowCommands.filter(
    (command) =>
      ['error', 'warning', 'notice'].includes(command.command) && command.properties.file !== undefined,
  );
}

export function warnings(run: ActionRunResult) {
  return run.workflowCommands.filter(
    (command) => command.command === 'warning' && command.properties.file === undefined,
  );
}
