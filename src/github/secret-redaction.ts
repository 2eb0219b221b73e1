// Tokens never reach a log line or an error message. The client knows its own token and removes
// it wherever it could surface; anything shaped like a GitHub token is removed as well, for
// messages that were built before the token was known (or from another client's error).

const REDACTED = '***';

// ghp_ (classic PAT), gho_ (OAuth), ghu_ (user-to-server), ghs_ (installation / GITHUB_TOKEN),
// ghr_ (refresh), github_pat_ (fine-grained PAT).
const GITHUB_TOKEN_SHAPE = /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g;

export function redactTokenShapes(text: string): string {
  return text.replace(GITHUB_TOKEN_SHAPE, REDACTED);
}

export function redactSecret(text: string, secret: string): string {
  const withoutSecret = secret.length >= 4 ? text.split(secret).join(REDACTED) : text;
  return redactTokenShapes(withoutSecret);
}

/**
 * Removes `secret` from an error's message and stack, the response body it carries, and its
 * causes — in place, as far as they can be written — and returns the error.
 */
export function redactError<T>(error: T, secret: string): T {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth += 1) {
    for (const key of ['message', 'stack'] as const) {
      const value = current[key];
      if (typeof value === 'string' && isWritableOwn(current, key))
        current[key] = redactSecret(value, secret);
    }
    redactResponseBody(current, secret);
    current = current.cause;
  }
  return error;
}

function redactResponseBody(error: Error, secret: string): void {
  const response = (error as { response?: { data?: unknown } }).response;
  if (!response || typeof response !== 'object' || !isWritableOwn(response, 'data')) return;
  const { data } = response;
  if (typeof data === 'string') response.data = redactSecret(data, secret);
  else if (data !== null && typeof data === 'object' && !(data instanceof ArrayBuffer)) {
    const json = JSON.stringify(data);
    const redacted = redactSecret(json, secret);
    if (redacted !== json) response.data = JSON.parse(redacted) as unknown;
  }
}

// A DOMException's message is a getter on its prototype: nothing to redact there, and assigning throws.
function isWritableOwn(target: object, key: string): boolean {
  return Object.getOwnPropertyDescriptor(target, key)?.writable === true;
}
