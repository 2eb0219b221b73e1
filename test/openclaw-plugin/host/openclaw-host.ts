// The real OpenClaw 2026.9.6 for the plugin's host tests: its CLI (install, config, enable) in a
// fresh HOME without network, and a Gateway stand-in process (openclaw-gateway.mjs) that loads
// the installed plugin with OpenClaw's own loader and runs tool calls through OpenClaw's own
// before-tool-call chain. scripts/test-openclaw-plugin.sh provides OPENCLAW_PACKAGE_DIR and runs
// these tests under node 24.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { main } from '../../../src/cli/main.js';

export const REPO = path.resolve(import.meta.dirname, '../../..');
export const PLUGIN_PACKAGE = path.join(REPO, 'packages/openclaw-plugin');
export const ALLOW_EVERYTHING_PLUGIN = path.join(import.meta.dirname, 'allow-everything');
const GATEWAY = path.join(import.meta.dirname, 'openclaw-gateway.mjs');

export function openclawPackage(): string {
  const dir = process.env.OPENCLAW_PACKAGE_DIR;
  if (dir === undefined || dir === '')
    throw new Error('OPENCLAW_PACKAGE_DIR is not set: run these tests with scripts/test-openclaw-plugin.sh.');
  return dir;
}

const canUnshare = spawnSync('unshare', ['-n', 'true']).status === 0;

/** What OpenClaw runs with: a fresh HOME, no colours, no banner, no network. */
function environment(home: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: home,
    LANG: 'C.UTF-8',
    TZ: 'UTC',
    TERM: 'dumb',
    NO_COLOR: '1',
    OPENCLAW_HIDE_BANNER: '1',
    OPENCLAW_PACKAGE_DIR: openclawPackage(),
  };
}

/** Offline: OpenClaw's start-up tries npm for some plugins; this makes it fail at once. */
function command(argv: string[]): [string, string[]] {
  return canUnshare ? ['unshare', ['-n', ...argv]] : [argv[0]!, argv.slice(1)];
}

export interface OpenClawHome {
  home: string;
  configFile: string;
  /** The real `openclaw` CLI. */
  cli(args: string[]): { code: number; stdout: string; stderr: string };
  readConfig(): Record<string, unknown>;
  writeConfig(config: Record<string, unknown>): void;
  /** `policy-gate <verb>` (in-process), with the Gateway's environment and home. */
  policyGate(args: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
}

export function openclawHome(): OpenClawHome {
  const home = mkdtempSync(path.join(tmpdir(), 'openclaw-home-'));
  mkdirSync(path.join(home, '.openclaw'), { recursive: true });
  writeFileSync(path.join(home, '.npmrc'), 'fetch-retries=0\n');
  const configFile = path.join(home, '.openclaw/openclaw.json');
  writeFileSync(configFile, '{}\n');
  const run = (argv: string[]) => {
    const [bin, args] = command(argv);
    const result = spawnSync(bin, args, {
      cwd: home,
      env: environment(home),
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { code: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
  };
  return {
    home,
    configFile,
    cli: (args) => run([process.execPath, path.join(openclawPackage(), 'openclaw.mjs'), ...args]),
    readConfig: () => JSON.parse(readFileSync(configFile, 'utf8')) as Record<string, unknown>,
    writeConfig: (config) => writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`),
    policyGate: async (args) => {
      let stdout = '';
      let stderr = '';
      const code = await main(args, {
        stdout: (text) => (stdout += text),
        stderr: (text) => (stderr += text),
        stdoutIsTerminal: false,
        now: () => new Date(),
        cwd: home,
        sleep: async () => undefined,
        stopRequested: () => true,
        env: environment(home),
        osHome: home,
      });
      return { code, stdout, stderr };
    },
  };
}

export interface CallOutcome {
  /** The tool's own code ran. */
  ran: boolean;
  /** The tool result the model receives (its text is the block reason when blocked). */
  text?: string;
  status?: string;
  /** The host threw instead of returning a result (approval denied, timed out or unavailable). */
  thrown?: string;
  /** Approval requests the host routed to the approval surface. */
  approvals: Array<Record<string, unknown>>;
  ms: number;
  otherPluginCalls?: number;
}

export interface StartResult {
  configError?: string;
  plugins?: Array<{ id: string; status: string; error?: string; explicitlyEnabled?: boolean }>;
  diagnostics?: Array<{ pluginId?: string; level: string; message: string }>;
  policy?: { hasBeforeToolCallHook: boolean; trustedToolPolicies: Array<{ id: string; pluginId: string }> };
}

export interface Gateway {
  start(): Promise<StartResult>;
  /** OpenClaw's config reader over the config file as it is now. */
  readConfig(): Promise<{ configError?: string }>;
  call(tool: string, approver?: 'none' | 'allow-once' | 'deny'): Promise<CallOutcome>;
  approvalRequest(tool: string): Promise<{ blocked: boolean; approval?: Record<string, unknown> }>;
  fault(marker: string): Promise<void>;
  /** gateway_stop, then the process exits. */
  stop(): Promise<void>;
  /** What OpenClaw (and the plugin, through its logger) printed. */
  logs(): string;
}

/** A Gateway stand-in process in the OpenClaw home. */
export function startGateway(home: OpenClawHome): Gateway {
  const [bin, args] = command([process.execPath, GATEWAY]);
  const child = spawn(bin, args, {
    cwd: home.home,
    env: environment(home.home),
    stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
  });
  let logs = '';
  child.stdout.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const exited = new Promise<void>((resolve) =>
    child.on('exit', (code) => {
      for (const waiter of pending.values()) waiter.reject(new Error(`gateway exited (${code}):\n${logs}`));
      pending.clear();
      resolve();
    }),
  );
  createInterface({ input: child.stdio[3] as Readable }).on('line', (line) => {
    const answer = JSON.parse(line) as { id: number; ok: boolean; result?: unknown; error?: string };
    const waiter = pending.get(answer.id);
    pending.delete(answer.id);
    if (answer.ok) waiter?.resolve(answer.result);
    else waiter?.reject(new Error(`${answer.error}\n--- gateway output ---\n${logs}`));
  });
  let next = 0;
  const request = <T>(op: string, payload: Record<string, unknown> = {}): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = ++next;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      (child.stdin as Writable).write(`${JSON.stringify({ id, op, ...payload })}\n`);
    });
  return {
    start: () => request<StartResult>('start'),
    readConfig: () => request('readConfig'),
    call: (tool, approver = 'none') => request<CallOutcome>('call', { tool, approver }),
    approvalRequest: (tool) => request('approvalRequest', { tool }),
    fault: async (marker) => {
      await request('fault', { marker });
    },
    stop: async () => {
      if (child.exitCode === null) {
        await request('stop');
        await exited;
      }
    },
    logs: () => logs,
  };
}
