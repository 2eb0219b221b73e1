import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startSidecar, type Sidecar, type SidecarOptions } from '../../src/runtime/sidecar-server.js';
import { makeWorkspace, runCli } from '../support/cli-harness.js';

export const TOKEN = 'test-token-0123456789';

export interface TestSidecar {
  sidecar: Sidecar;
  dir: string;
  /** POST /api/v1/execute for one tool, authenticated; returns status and parsed body. */
  execute: (
    toolName: string,
    extra?: Record<string, unknown>,
  ) => Promise<{ status: number; body: Record<string, unknown> }>;
  request: (
    path: string,
    init?: RequestInit,
  ) => Promise<{ status: number; headers: Headers; body: Record<string, unknown> }>;
  /** Re-accepts the workspace as it is now (`policy-gate accept`). */
  accept: () => Promise<void>;
}

/** A fresh audit log path outside any workspace (the default would be the user's state directory). */
export function temporaryAuditLog(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'policy-gate-audit-')), 'audit.jsonl');
}

/**
 * A workspace with the given files, accepted as-is, and a sidecar over it on 127.0.0.1:0, its
 * audit log in a directory of its own.
 */
export async function startTestSidecar(
  files: Record<string, string>,
  options: Partial<SidecarOptions> & { acceptFirst?: boolean } = {},
): Promise<TestSidecar> {
  const dir = makeWorkspace(files);
  const accept = async (): Promise<void> => {
    const run = await runCli(['accept', '--openclaw', '2026.5.20', '--cwd', dir]);
    if (run.code === 2) throw new Error(run.stderr);
  };
  if (options.acceptFirst !== false) await accept();
  const sidecar = await startSidecar({
    cwd: dir,
    acceptedFile: 'policy.attestation.json',
    auth: { token: TOKEN },
    auditLog: temporaryAuditLog(),
    ...options,
  });
  const request = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${sidecar.url}${path}`, init);
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: (text === '' ? {} : JSON.parse(text)) as Record<string, unknown>,
    };
  };
  const execute = async (toolName: string, extra: Record<string, unknown> = {}) => {
    const { status, body } = await request('/api/v1/execute', {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        sessionId: 's-1',
        channelId: 'webchat',
        toolName,
        argumentsJson: '{}',
        ...extra,
      }),
    });
    return { status, body };
  };
  return { sidecar, dir, execute, request, accept };
}

/** Sends raw bytes on a fresh connection and collects everything the server writes until it closes. */
export function rawExchange(url: string, chunks: { data: string; afterMs?: number }[]): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (data: string) => (received += data));
    socket.on('close', () => resolve(received));
    socket.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' || error.code === 'EPIPE' ? resolve(received) : reject(error),
    );
    let at = 0;
    for (const chunk of chunks) {
      at += chunk.afterMs ?? 0;
      setTimeout(() => {
        if (!socket.destroyed) socket.write(chunk.data);
      }, at);
    }
  });
}
