import type { IncomingMessage } from 'node:http';

export type BodyResult =
  | { kind: 'body'; text: string }
  /**
   * Over `maxBytes`. `drained`: the rest of the body was read and discarded, so the client has
   * sent everything and reads the answer (the connection stays usable). Not drained (over
   * `drainBytes`): reading stopped, and the answer must close the connection.
   */
  | { kind: 'too-large'; drained: boolean }
  /** The body did not arrive in time (slow-loris). */
  | { kind: 'timeout' }
  | { kind: 'invalid-utf8' }
  /** The client went away. */
  | { kind: 'aborted' };

export interface BodyLimits {
  /** The largest body that is kept and parsed. */
  maxBytes: number;
  /**
   * Up to how many bytes an over-large body is still read (and thrown away) so that its sender
   * gets the answer: a server that answers and closes while the client is still sending makes the
   * client see a reset, not the answer, and OpenClaw.NET treats that as "sidecar unavailable".
   */
  drainBytes: number;
  timeoutMs: number;
}

/** Decoding without `stream` keeps no state between calls, so one decoder serves every request. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a request body, keeping at most `maxBytes` of it; a longer body is drained up to
 * `drainBytes` (declared or streamed) and reported as too large. Gives up after `timeoutMs`.
 * Never rejects.
 */
export function readRequestBody(request: IncomingMessage, limits: BodyLimits): Promise<BodyResult> {
  const drainBytes = Math.max(limits.drainBytes, limits.maxBytes);
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > drainBytes)
    return Promise.resolve({ kind: 'too-large', drained: false });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let settled = false;
    const finish = (result: BodyResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.off('data', onData);
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      total += chunk.length;
      if (total > drainBytes) finish({ kind: 'too-large', drained: false });
      // Over the limit: keep reading, keep nothing.
      else if (total > limits.maxBytes) chunks.length = 0;
      else chunks.push(chunk);
    };
    const timer = setTimeout(() => finish({ kind: 'timeout' }), limits.timeoutMs);
    request.on('data', onData);
    request.once('end', () => {
      if (total > limits.maxBytes) return finish({ kind: 'too-large', drained: true });
      try {
        const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
        finish({ kind: 'body', text: STRICT_UTF8.decode(bytes) });
      } catch {
        finish({ kind: 'invalid-utf8' });
      }
    });
    request.once('error', () => finish({ kind: 'aborted' }));
    request.once('close', () => finish({ kind: 'aborted' }));
  });
}
