import { hash, timingSafeEqual } from 'node:crypto';

/** Checks `Authorization: Bearer <token>` in constant time (digests make the lengths equal). */
export class BearerAuth {
  private readonly expected: Buffer;

  constructor(token: string) {
    if (token === '') throw new Error('the bearer token is empty');
    this.expected = digest(token);
  }

  accepts(authorization: string | undefined): boolean {
    const match = authorization === undefined ? null : /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization);
    const given = digest(match?.[1] ?? '');
    // Compare even when the header is missing or malformed, so timing says nothing either way.
    return timingSafeEqual(given, this.expected) && match !== null;
  }
}

function digest(text: string): Buffer {
  return hash('sha256', text, 'buffer');
}

/** The token in a token file: its content without surrounding whitespace (a trailing newline). */
export function tokenFromFileText(text: string): string {
  return text.trim();
}
