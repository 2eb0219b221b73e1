import type { IncomingMessage } from 'node:http';

export type BodyResult =
  | { kind: 'body'; text: string }
  | { kind: 'too-large' }
  /** The body did not arrive in time (slow-loris). */
  | { kind: 'timeout' }
  | { kind: 'invalid-utf8' }
  /** The client went away. */
  | { kind: 'aborted' };

/** Decoding without `stream` keeps no state between calls, so one decoder serves every request. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a request body, refusing it as soon as it is known to exceed `maxBytes` (from
 * Content-Length, or while streaming) and giving up after `timeoutMs`. Never rejects.
 */
export function readRequestBody(
  request: IncomingMessage,
  limits: { maxBytes: number; timeoutMs: number },
): Promise<BodyResult> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.maxBytes) return Promise.resolve({ kind: 'too-large' });
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
      if (total > limits.maxBytes) finish({ kind: 'too-large' });
      else chunks.push(chunk);
    };
    const timer = setTimeout(() => finish({ kind: 'timeout' }), limits.timeoutMs);
    request.on('data', onData);
    request.once('end', () => {
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
