import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactUrl } from '../../src/engine/families/mcp.js';

/** What OpenClaw writes: the URL parser's protocol and host, or the placeholder. */
function parserOrigin(raw: string): string {
  try {
    const url = new URL(raw);
    return `${url.protocol}//${url.host}`;
  } catch {
    return '[redacted-url]';
  }
}

// prettier-ignore
const PIECES = [
  'http', 'https', 'ws', 'wss', 'HTTP', 'ftp', 'file', 'mailto', 'x', ':', '//', '/', '///', '\\',
  'user', 'u:p', '@', '@@', 'a', 'mcp', 'example', 'com', '.', '..', '-', 'xn--', 'xn--nxasmq6b',
  '0x7f', '127', '1', '0', '08', '99999', '65535', '65536', '80', '443', '8080', '[::1]', 'é', 'Ä',
  '%41', ' ', '\t', '\n', '?', '#', 'q=1', 'A', 'Z', '_', '~',
];
const urlish = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join('')),
  fc
    .tuple(
      fc.constantFrom('http://', 'https://', 'ws://', 'wss://', 'HTTPS://', 'http:/', 'http:\\\\'),
      fc.constantFrom('', 'user@', 'u:p@', 'a@b@', '@'),
      fc.array(fc.constantFrom('a', 'b1', 'x-y', '-', 'xn--a', '9', '0x1', 'Ex', 'é'), {
        minLength: 1,
        maxLength: 4,
      }),
      fc.constantFrom('', '.', ':', ':80', ':443', ':8443', ':08', ':0', ':65535', ':65536', ':123456'),
      fc.constantFrom('', '/', '/p?q=1#f', '?x', '#', ' ', '\\p'),
    )
    .map(([scheme, userinfo, labels, port, rest]) => `${scheme}${userinfo}${labels.join('.')}${port}${rest}`),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.string(),
);

describe('redactUrl', () => {
  it('writes exactly what the URL parser gives, on any input (property)', () => {
    fc.assert(
      fc.property(urlish, (raw) => {
        expect(redactUrl(raw)).toBe(parserOrigin(raw));
      }),
      { numRuns: 20_000 },
    );
  });

  it.each([
    ['https://user:pw@mcp.example.com/path?q=1', 'https://mcp.example.com'],
    ['https://mcp.example.com:443/x', 'https://mcp.example.com'],
    ['http://mcp.example.com:8080', 'http://mcp.example.com:8080'],
    ['wss://a-b.c', 'wss://a-b.c'],
    ['http://0x7f.1/', 'http://127.0.0.1'],
    ['https://MCP.Example.COM', 'https://mcp.example.com'],
    ['https://h:99999', '[redacted-url]'],
    ['not a url', '[redacted-url]'],
  ])('%j → %j', (raw, origin) => {
    expect(redactUrl(raw)).toBe(origin);
  });
});
