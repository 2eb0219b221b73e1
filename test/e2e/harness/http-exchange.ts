// Reading a request body and writing a reply with the headers GitHub sends on every response
// (request id, media type, rate-limit counters — plugin-throttling reads the latter).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RouteResponse } from './github-errors.js';

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The parsed JSON body; undefined when empty or not JSON (the caller answers 400 for the latter). */
export function parseJsonBody(raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return undefined; // "Problems parsing JSON" is decided by the caller, which knows the body was not empty
  }
}

const RATE_LIMIT = 5000;

export function sendReply(
  res: ServerResponse,
  response: RouteResponse,
  requestNumber: number,
  rateLimitUsed: number,
): void {
  const headers: Record<string, string> = {
    'x-github-request-id': `FAKE:${String(requestNumber).padStart(4, '0')}`,
    'x-github-media-type': 'github.v3; format=json',
    'x-github-api-version-selected': '2022-11-28',
    'x-ratelimit-limit': String(RATE_LIMIT),
    'x-ratelimit-remaining': String(Math.max(0, RATE_LIMIT - rateLimitUsed)),
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-used': String(rateLimitUsed),
    'x-ratelimit-resource': 'core',
    ...response.headers,
  };
  if (response.rawBody) {
    res.writeHead(response.status, {
      ...headers,
      'content-type': response.contentType ?? 'application/octet-stream',
    });
    res.end(response.rawBody);
    return;
  }
  res.writeHead(response.status, {
    ...headers,
    'content-type': `${response.contentType ?? 'application/json'}; charset=utf-8`,
  });
  res.end(response.body === undefined ? '' : JSON.stringify(response.body));
}
