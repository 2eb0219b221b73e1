// `--insecure-loopback`: without a token, "authorised" means "a program on this machine that
// talks to the loopback port on purpose". Two kinds of request reach that port from a browser on
// the same machine and are neither: a page whose own name was re-pointed at 127.0.0.1 (DNS
// rebinding; its requests carry that name as `Host`), and a cross-site form or `text/plain` post
// (no CORS preflight; its requests carry an `Origin` and a non-JSON content type). They are
// refused before any route runs; they are not the sidecar's client, so a non-2xx answer is right
// (OpenClaw.NET never sends any of them: its base URL names the loopback address, and it sends
// JSON without an `Origin`).
import type { IncomingMessage } from 'node:http';
import { isLoopbackAuthority } from './loopback-host.js';

export interface ClientRefusal {
  status: 403 | 415 | 421;
  error: 'host_not_loopback' | 'browser_origin' | 'unsupported_media_type';
  reason: string;
}

/** `application/json`, optionally with `charset=utf-8` (what OpenClaw.NET's JSON content sends). */
const JSON_CONTENT_TYPE = /^application\/json[ \t]*(?:;[ \t]*charset[ \t]*=[ \t]*(?:utf-8|"utf-8")[ \t]*)?$/i;

/** Every route: the request must be addressed to the loopback interface by a loopback name. */
export function loopbackHostRefusal(request: IncomingMessage): ClientRefusal | undefined {
  const host = request.headers.host;
  if (isLoopbackAuthority(host)) return undefined;
  return {
    status: 421,
    error: 'host_not_loopback',
    reason: `Without a token the sidecar answers only requests addressed to localhost, 127.0.0.0/8 or [::1], not ${host === undefined ? 'a request without a Host header' : JSON.stringify(host)} (DNS rebinding).`,
  };
}

/** The protocol's POST routes: no browser origin, and a JSON body. */
export function browserPostRefusal(request: IncomingMessage): ClientRefusal | undefined {
  const origin = request.headers.origin;
  if (origin !== undefined) {
    return {
      status: 403,
      error: 'browser_origin',
      reason: `Without a token the sidecar refuses requests from web pages (Origin ${JSON.stringify(origin)}).`,
    };
  }
  const contentType = request.headers['content-type'];
  if (contentType === undefined || !JSON_CONTENT_TYPE.test(contentType.trim())) {
    return {
      status: 415,
      error: 'unsupported_media_type',
      reason: `The request body must be sent as "Content-Type: application/json", not ${contentType === undefined ? 'without a content type' : JSON.stringify(contentType)}.`,
    };
  }
  return undefined;
}
