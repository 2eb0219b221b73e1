import { isIP } from 'node:net';

/** 127.0.0.0/8, ::1, or an IPv4-mapped loopback address. Names (even `localhost`) are not. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) === 6) {
    const lower = bare.toLowerCase();
    if (lower === '::1' || lower === '0:0:0:0:0:0:0:1') return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
    return mapped !== null && mapped[1]!.startsWith('127.');
  }
  return false;
}

/** The host as written in a URL (IPv6 in brackets). */
export function urlHost(host: string): string {
  return isIP(host) === 6 ? `[${host}]` : host;
}

/**
 * Whether a `Host` header names this machine's loopback interface: `localhost`, an address in
 * 127.0.0.0/8, or `[::1]` (IPv4-mapped loopback too), each with an optional port. A DNS-rebinding
 * page reaches a loopback server under its own name (`Host: attacker.example:8088`), which this
 * refuses; names that merely resolve to loopback are refused too, as they could be anyone's.
 */
export function isLoopbackAuthority(hostHeader: string | undefined): boolean {
  if (hostHeader === undefined) return false;
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(hostHeader.trim());
  if (match === null) return false;
  const [, host, port] = match;
  if (port !== undefined && Number(port) > 65535) return false;
  if (host!.toLowerCase() === 'localhost') return true;
  // IPv6 only in brackets, and only IPv6 there.
  const bracketed = host!.startsWith('[');
  if (isIP(bracketed ? host!.slice(1, -1) : host!) !== (bracketed ? 6 : 4)) return false;
  return isLoopbackHost(host!);
}
