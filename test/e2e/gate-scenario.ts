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

/** The releases every verdict runs on, the current one first. */
export const RELEASES = ['2026.9.6', '2026.5.20'] as const;
export type Release = (typeof RELEASES)[number];

/** A clean example workspace of one OpenClaw release, and the changes the tests make to it. */
export interface ReleaseExample {
  release: Release;
  /** Its files (clean: no findings), as path → text. */
  files: Readonly<Record<string, string>>;
  /** Where the release reads governed tools: AGENTS.md's `## Tools` (2026.9.6) or TOOLS.md. */
  toolsFile: 'AGENTS.md' | 'TOOLS.md';
  /** The tools document with one more tool (metadata complete: no finding, but new evidence). */
  toolsPlus: string;
  /**
   * Inputs a run needs when no attestation names the release (bootstrap): the gate then checks
   * against the current release, so an older one must be named.
   */
  bootstrapInputs: Record<string, string>;
}

function readExample(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(path.join(actionDir, dir)).map((name) => [
      name,
      readFileSync(path.join(actionDir, dir, name), 'utf8'),
    ]),
  );
}

const ROTATE_KEYS =
  '### rotate_keys risk:high sensitivity:restricted owner:@security\nRotates the signing keys.';

function releaseExample(
  release: Release,
  dir: string,
  toolsFile: ReleaseExample['toolsFile'],
): ReleaseExample {
  const files = readExample(dir);
  return {
    release,
    files,
    toolsFile,
    toolsPlus: withTool(ROTATE_KEYS, files[toolsFile] ?? ''),
    bootstrapInputs: release === '2026.9.6' ? {} : { 'openclaw-version': release },
  };
}

/** `declaration` added at the end of the `## Tools` section of a tools document (before `## Escalation`). */
export function withTool(declaration: string, tools = EXAMPLE['AGENTS.md'] ?? ''): string {
  const at = tools.indexOf('## Escalation');
  if (at < 0) throw new Error('the example tools document has no ## Escalation section');
  return `${tools.slice(0, at)}${declaration}\n\n${tools.slice(at)}`;
}

/**
 * The repository's examples: `examples/workspace` is the 2026.9.6 one (tools in AGENTS.md, the
 * rules of most new families); `examples/openclaw-2026.5.20` the 2026.5.20 one (TOOLS.md).
 */
export const EXAMPLES: Readonly<Record<Release, ReleaseExample>> = {
  '2026.9.6': releaseExample('2026.9.6', 'examples/workspace', 'AGENTS.md'),
  '2026.5.20': releaseExample('2026.5.20', 'examples/openclaw-2026.5.20', 'TOOLS.md'),
};

/** The example workspace of the current release (2026.9.6), as path → text. */
export const EXAMPLE: Readonly<Record<string, string>> = EXAMPLES['2026.9.6'].files;

/** The 2026.9.6 example's AGENTS.md with one more tool (`rotate_keys`). */
export const EXAMPLE_TOOLS_PLUS = EXAMPLES['2026.9.6'].toolsPlus;

/** The example's openclaw.json with more MCP servers (`shell` is denied by both example policies). */
export function exampleConfigWith(
  servers: Record<string, unknown>,
  example: ReleaseExample = EXAMPLES['2026.9.6'],
): string {
  const config = JSON.parse(example.files['openclaw.json'] ?? '{}') as {
    mcp: { servers: Record<string, unknown> };
  };
  config.mcp.servers = { ...config.mcp.servers, ...servers };
  return `${JSON.stringify(config, null, 2)}\n`;
}

const RELEASE_SOURCES = {
  input: 'the `openclaw-version` input',
  proposed: 'the release of the attestation this PR proposes',
  accepted: 'the release of the accepted attestation',
  default: 'the current release: no attestation names one',
} as const;

/**
 * The comment's line naming the release the head was checked against, and why that one (without
 * `source`: the line up to the reason).
 */
export function releaseLine(release: Release, source?: keyof typeof RELEASE_SOURCES): string {
  const checked = `Checked against **OpenClaw ${release}**`;
  return source === undefined ? checked : `${checked} (${RELEASE_SOURCES[source]}).`;
}

/** `files` moved under `dir` (`.` leaves them where they are). */
export function inDir(dir: string, files: Record<string, string>): Record<string, string> {
  if (dir === '.') return { ...files };
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [path.posix.join(dir, name), text]));
}

/** `files` plus the attestation `policy-gate accept --openclaw <release>` writes for them. */
export async function withAttestation(
  files: Record<string, string>,
  dir = '.',
  release: Release = '2026.9.6',
): Promise<Record<string, string>> {
  return {
    ...inDir(dir, files),
    [path.posix.join(dir, 'policy.attestation.json')]: await acceptedAttestation(files, release),
  };
}

/**
 * A release's example workspace in its two accepted states: `base` as it is, `plus` with one more
 * tool, each with its own attestation; and `repropose`, what a pull request changes to go from
 * one to the other while proposing the new attestation.
 */
export async function exampleStates(example: ReleaseExample = EXAMPLES['2026.9.6']): Promise<{
  base: Record<string, string>;
  plus: Record<string, string>;
  repropose: Record<string, string>;
}> {
  const [base, plus] = await Promise.all([
    withAttestation(example.files, '.', example.release),
    withAttestation({ ...example.files, [example.toolsFile]: example.toolsPlus }, '.', example.release),
  ]);
  const repropose = {
    [example.toolsFile]: example.toolsPlus,
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
 * `METHOD template` of each request (the OpenAPI template), or for GraphQL what the query reads
 * (`graphqlKindOf`). A request answered by an injected fault never reached routing; its template
 * is found from its path.
 */
export function requestKinds(requests: readonly RecordedRequest[]): string[] {
  return requests.map((request) => {
    if (request.path === '/graphql')
      return request.route === 'graphql-mutation' ? request.route : graphqlKindOf(request.body);
    const template =
      request.route ??
      TEMPLATES.find((candidate) => templatePattern(candidate).test(request.path)) ??
      request.path;
    return `${request.method} ${template}`;
  });
}

/** The GraphQL reads the gate makes, told apart by their operation and variables. */
export const READ_SETTINGS = 'graphql: .github/policy-gate.yml';
export const READ_FILES = 'graphql: workspace files';
export const REREAD_PULL_REQUEST = 'graphql: pull request head and check runs';
export const REREAD_CHECK_RUNS = 'graphql: check runs';

/**
 * Which of the gate's GraphQL reads a request body is: the settings file read (`PolicyGateFiles`
 * asking only for `.github/policy-gate.yml` and its folder), the read of the workspace files (any
 * other `PolicyGateFiles`), the re-read before a pass is published (`PolicyGatePublishingState` with
 * the pull request) or after its check run is created (without). Anything else is `graphql`.
 */
export function graphqlKindOf(body: unknown): string {
  const { query, variables } = (body ?? {}) as { query?: unknown; variables?: Record<string, unknown> };
  const operation = typeof query === 'string' ? /^\s*query\s+(\w+)/.exec(query)?.[1] : undefined;
  if (operation === 'PolicyGatePublishingState')
    return variables?.number === undefined ? REREAD_CHECK_RUNS : REREAD_PULL_REQUEST;
  if (operation === 'PolicyGateFiles') {
    const expressions = Object.entries(variables ?? {})
      .filter(([name]) => /^e\d+$/.test(name))
      .map(([, value]) => String(value));
    const settingsOnly =
      expressions.length > 0 &&
      expressions.every((expression) => /^[0-9a-f]{40}:\.github(\/policy-gate\.yml)?$/.test(expression));
    return settingsOnly ? READ_SETTINGS : READ_FILES;
  }
  return 'graphql';
}

const TEMPLATES = [
  '/repos/{owner}/{repo}/issues/{issue_number}/comments',
  '/repos/{owner}/{repo}/issues/comments/{comment_id}',
  '/repos/{owner}/{repo}/check-runs',
  '/repos/{owner}/{repo}/check-runs/{check_run_id}',
  '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
  '/repos/{owner}/{repo}/pulls/{pull_number}/files',
  '/repos/{owner}/{repo}/pulls/{pull_number}',
  '/repos/{owner}/{repo}/git/trees/{tree_sha}',
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
export const LIST_PULL_FILES = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files';
export const GET_TREE = 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}';
export const TEAM_MEMBERSHIP = 'GET /orgs/{org}/teams/{team_slug}/memberships/{username}';

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
