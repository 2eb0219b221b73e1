// The governance sidecar: an HTTP server over the workspace monitor. Exported as a factory so
// tests (and embedders) start it in-process; `policy-gate serve` is a thin shell over it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { homedir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ReleaseProfile } from '../engine/release-profile.js';
import type { OpenClawHost } from '../workspace/openclaw-host.js';
import { readWorkspaceFile } from '../workspace/safe-read.js';
import { AuditLog, defaultAuditLogFile, prepareDefaultAuditDirectory } from './audit-log.js';
import { BearerAuth } from './bearer-auth.js';
import { DEFAULT_DECISION_MEMORY, RecentDecisions, type DecisionMemoryLimits } from './call-decisions.js';
import { isLoopbackHost, urlHost } from './loopback-host.js';
import { handleSidecarRequest } from './sidecar-handler.js';
import { statFingerprint, type Fingerprint, type ReadFile } from './workspace-files.js';
import { watchDirectory, WorkspaceMonitor, type WatchDirectory } from './workspace-monitor.js';

export interface SidecarLimits {
  /**
   * The largest decision request evaluated (real calls carry whole file contents). A larger one
   * is answered 200 with a `request_too_large` deny.
   */
  maxBodyBytes: number;
  /** The largest result audit recorded (413 above it: results carry metadata only). */
  maxResultBodyBytes: number;
  /**
   * Up to how many bytes an over-large body is read and thrown away, so its sender has finished
   * sending and reads the deny; past it the sidecar stops reading and closes the connection.
   */
  maxDrainBytes: number;
  /** Headers not received in time get 408 (Node's own timer). */
  headersTimeoutMs: number;
  /** The whole request, headers and body, not received in time gets 408 (Node's own timer). */
  requestTimeoutMs: number;
  /** The body not received in time after the headers: a `request_timeout` deny (ours). */
  bodyTimeoutMs: number;
  keepAliveTimeoutMs: number;
  /** How long shutdown waits for in-flight requests before closing their connections. */
  shutdownTimeoutMs: number;
}

export interface SidecarTiming {
  /** How long a change may look half-written (parse errors, unverifiable files) before it is used as read. */
  graceMs: number;
  /**
   * The longest a decision waits for a changed workspace to be re-read before it denies. Default
   * grace + 50 ms, under OpenClaw.NET's default 300 ms sidecar timeout.
   */
  holdMs: number;
  /** The fallback fingerprint check, for changes fs.watch does not report. */
  pollIntervalMs: number;
  /** Pause between two reads of a changing workspace. */
  retryDelayMs: number;
}

export interface SidecarOptions {
  /** The workspace directory. */
  cwd: string;
  config?: string;
  policy?: string;
  /** The release whose check and gate decide; default 2026.5.20. */
  profile?: ReleaseProfile;
  /** 2026.9.6: what the release reads besides the workspace (agent, state database). */
  openclawHost?: OpenClawHost;
  /**
   * 2026.9.6, absolute: the exec-approvals document the host reads instead of the state database
   * (`--exec-approvals`), watched like the workspace files. Without it the database row is re-read
   * on every poll.
   */
  execApprovalsFile?: string;
  /** The accepted attestation file (`policy-gate accept` output); relative to `cwd`. */
  acceptedFile: string;
  host?: string;
  /** 0 (the default here) picks a free port. */
  port?: number;
  /** A bearer token, or no authentication, which is refused unless the host is loopback. */
  auth: { token: string } | 'insecure-loopback';
  /**
   * Relative to `cwd`. Default outside the workspace: `$XDG_STATE_HOME/policy-gate/audit-<id>.jsonl`
   * (else `~/.local/state/…`; `defaultAuditLogFile`). Opened at start-up; a link is refused.
   */
  auditLog?: string;
  /** Where the default audit log is (`XDG_STATE_HOME`, `HOME`); default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The operating system's home directory, when `HOME` is not set; default `os.homedir()`. */
  osHome?: string;
  limits?: Partial<SidecarLimits>;
  /** How many decisions, for how long, wait for their result audits. */
  decisionMemory?: Partial<DecisionMemoryLimits>;
  timing?: Partial<SidecarTiming>;
  /** Injected seams (tests): monotonic clock, wall clock, file reads, fingerprints, watching. */
  now?: () => number;
  date?: () => Date;
  readFile?: ReadFile;
  fingerprint?: Fingerprint;
  watch?: WatchDirectory;
}

export interface Sidecar {
  /** `http://<host>:<port>`. */
  url: string;
  host: string;
  port: number;
  monitor: WorkspaceMonitor;
  auditLogFile: string;
  /** Stops accepting, finishes in-flight requests, flushes the audit log. Idempotent. */
  close(): Promise<void>;
}

export const MIB = 1024 * 1024;

export const DEFAULT_LIMITS: SidecarLimits = {
  maxBodyBytes: 4 * MIB,
  maxResultBodyBytes: 64 * 1024,
  maxDrainBytes: 64 * MIB,
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  bodyTimeoutMs: 5_000,
  keepAliveTimeoutMs: 5_000,
  shutdownTimeoutMs: 10_000,
};

export const DEFAULT_TIMING: Omit<SidecarTiming, 'holdMs'> = {
  graceMs: 200,
  pollIntervalMs: 250,
  retryDelayMs: 5,
};

export async function startSidecar(options: SidecarOptions): Promise<Sidecar> {
  const host = options.host ?? '127.0.0.1';
  if (options.auth === 'insecure-loopback' && !isLoopbackHost(host)) {
    throw new Error(
      `refusing to serve without authentication on ${host}: only 127.0.0.1 or ::1 may go without a token.`,
    );
  }
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  const holdMs = options.timing?.holdMs ?? timing.graceMs + 50;
  const root = path.resolve(options.cwd);
  const now = options.now ?? (() => performance.now());
  const monitor = new WorkspaceMonitor({
    source: {
      root,
      config: options.config,
      policy: options.policy,
      ...(options.profile === undefined ? {} : { profile: options.profile }),
      ...(options.openclawHost === undefined ? {} : { host: options.openclawHost }),
      ...(options.execApprovalsFile === undefined ? {} : { execApprovalsFile: options.execApprovalsFile }),
      acceptedFile: path.resolve(root, options.acceptedFile),
      readFile: options.readFile ?? readWorkspaceFile,
    },
    graceMs: timing.graceMs,
    pollIntervalMs: timing.pollIntervalMs,
    retryDelayMs: timing.retryDelayMs,
    now,
    fingerprint: options.fingerprint ?? statFingerprint,
    watch: options.watch ?? watchDirectory,
    pinToolDeclarations: true,
  });
  const auditLog = await openAuditLog(root, options);
  try {
    await monitor.start();
  } catch (error) {
    await auditLog.close();
    throw error;
  }

  let closing = false;
  const server: Server = createServer({
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    // Node checks the two timeouts above on this interval; keep it well under them.
    connectionsCheckingInterval: Math.max(10, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4))),
  });
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  const context = {
    monitor,
    auth: options.auth === 'insecure-loopback' ? undefined : new BearerAuth(options.auth.token),
    auditLog,
    decisions: new RecentDecisions({ ...DEFAULT_DECISION_MEMORY, ...options.decisionMemory }, now),
    maxBodyBytes: limits.maxBodyBytes,
    maxResultBodyBytes: limits.maxResultBodyBytes,
    drainBytes: limits.maxDrainBytes,
    bodyTimeoutMs: limits.bodyTimeoutMs,
    holdMs,
    date: options.date ?? (() => new Date()),
    closing: () => closing,
  };
  server.on('request', (request, response) => void handleSidecarRequest(context, request, response));

  try {
    await listen(server, options.port ?? 0, host);
  } catch (error) {
    await monitor.close();
    await auditLog.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;

  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closed ??= (async () => {
      closing = true;
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      // Connections that finish their last request during shutdown become idle later: close them too.
      server.closeIdleConnections();
      const sweep = setInterval(() => server.closeIdleConnections(), 25);
      const force = setTimeout(() => server.closeAllConnections(), limits.shutdownTimeoutMs);
      await stopped;
      clearInterval(sweep);
      clearTimeout(force);
      await monitor.close();
      await auditLog.close();
    })();
    return closed;
  };
  return { url: `http://${urlHost(host)}:${port}`, host, port, monitor, auditLogFile: auditLog.file, close };
}

/** The audit log, opened now: a link or an unusable file stops the start, not the first result. */
function openAuditLog(root: string, options: SidecarOptions): Promise<AuditLog> {
  if (options.auditLog !== undefined) return AuditLog.open(path.resolve(root, options.auditLog), root);
  const file = defaultAuditLogFile(root, options.env ?? process.env, options.osHome ?? homedir());
  prepareDefaultAuditDirectory(file, root);
  return AuditLog.open(file, root);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
