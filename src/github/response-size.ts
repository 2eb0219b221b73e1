// Hostile API answers (issue 12, item 6): an answer of 10 MB or more — from a GitHub that misbehaves,
// a proxy in between, or GITHUB_API_URL pointed somewhere else — is refused before it reaches
// Octokit's JSON parser, which would otherwise hold the whole text, then the whole object graph,
// and at a few hundred MB stop the job with an out-of-memory crash instead of a verdict. The
// declared Content-Length is checked first; bytes are counted as they arrive (after any
// decompression, so a small compressed answer that inflates is caught too).

/** 10 MB: far above any answer the gate needs (file reads are batched, lists paginated). */
export const MAX_RESPONSE_BYTES = 10_000_000;

/**
 * GitHub's answer reached the size limit; the download was stopped. Named `AbortError` on purpose:
 * Octokit passes an AbortError through unchanged, so plugin-retry does not download the same
 * oversized answer again (an error of any other name would be retried as a network failure).
 */
export class GitHubResponseTooLarge extends Error {
  override readonly name = 'AbortError';

  constructor(
    /** Bytes declared (Content-Length) or read when the download stopped. */
    readonly bytes: number,
    readonly limit: number,
    readonly method: string,
    readonly declared: boolean,
  ) {
    super(
      `GitHub's answer to a ${method} request ${declared ? `declares ${bytes} bytes` : `reached ${bytes} bytes before policy-gate stopped reading`}, at or over the limit of ${limit} bytes for one answer`,
    );
  }
}

/**
 * The whole body, or GitHubResponseTooLarge as soon as it reaches `limit` bytes (the rest is
 * never read: the stream is cancelled, which closes the connection).
 */
export async function readBodyWithin(
  response: Response,
  limit: number,
  method: string,
): Promise<ArrayBuffer | null> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared >= limit) {
    await response.body?.cancel().catch(() => undefined); // the refusal is the error that matters
    throw new GitHubResponseTooLarge(declared, limit, method, true);
  }
  if (response.body === null) return null;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total >= limit) {
      await reader.cancel().catch(() => undefined); // the refusal is the error that matters
      throw new GitHubResponseTooLarge(total, limit, method, false);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body.buffer;
}
