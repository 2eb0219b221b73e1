// The governance sidecar: an HTTP server over the workspace monitor. Exported as a factory so
// tests (and embedders) start it in-process; `policy-gate serve` is a thin shell over it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readWorkspaceFile } from '../workspace/safe-read.js';
import { AuditLog } from './audit-log.js';
import { BearerAuth } from './bearer-auth.js';
import { isLoopbackHost, urlHost } from './loopback-host.js';
import { handleSidecarRequest } from './sidecar-handler.js';
import { statFingerprint, type Fingerprint, type ReadFile } from './workspace-files.js';
import { watchDirectory, WorkspaceMonitor, type WatchDirectory } from './workspace-monitor.js';

export const DEFAULT_AUDIT_LOG = 'policy-gate-audit.jsonl';

export interface SidecarLimits {
  /** Larger bodies get 413. */
  maxBodyBytes: number;
  /** Headers not received in time get 408 (Node's own timer). */
  headersTimeoutMs: number;
  /** The whole request, headers and body, not received in time gets 408 (Node's own timer). */
  requestTimeoutMs: number;
  /** The body not received in time after the headers gets 408 (ours). */
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
  /** The accepted attestation file (`policy-gate accept` output); relative to `cwd`. */
  acceptedFile: string;
  host?: string;
  /** 0 (the default here) picks a free port. */
  port?: number;
  /** A bearer token, or no authentication, which is refused unless the host is loopback. */
  auth: { token: string } | 'insecure-loopback';
  /** Relative to `cwd`; default policy-gate-audit.jsonl in the workspace. */
  auditLog?: string;
  limits?: Partial<SidecarLimits>;
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

export const DEFAULT_LIMITS: SidecarLimits = {
  maxBodyBytes: 64 * 1024,
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
      acceptedFile: path.resolve(root, options.acceptedFile),
      readFile: options.readFile ?? readWorkspaceFile,
    },
    graceMs: timing.graceMs,
    pollIntervalMs: timing.pollIntervalMs,
    retryDelayMs: timing.retryDelayMs,
    now,
    fingerprint: options.fingerprint ?? statFingerprint,
    watch: options.watch ?? watchDirectory,
  });
  const auditLog = new AuditLog(path.resolve(root, options.auditLog ?? DEFAULT_AUDIT_LOG));
  await monitor.start();

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
    maxBodyBytes: limits.maxBodyBytes,
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
