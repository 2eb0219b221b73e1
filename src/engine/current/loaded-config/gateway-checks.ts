// The reader's gateway exposure rules that run after the schema parse: a Tailscale-exposed
// gateway must bind to loopback and must authenticate.

import { isRecord } from '../../record.js';
import type { ConfigProblem } from './config-problems.js';

/** A canonical dotted-decimal IPv4 address in 127.0.0.0/8. */
function isLoopbackIpv4(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const parts = value.trim().split('.');
  if (parts.length !== 4 || !parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255))
    return false;
  return parts[0] === '127';
}

export function gatewayExposureProblems(config: Record<string, unknown>): ConfigProblem[] {
  const gateway = isRecord(config.gateway) ? config.gateway : {};
  const tailscale = isRecord(gateway.tailscale) ? gateway.tailscale : {};
  const mode = tailscale.mode ?? 'off';
  if (mode !== 'serve' && mode !== 'funnel') return [];
  const bind = gateway.bind ?? 'loopback';
  if (bind !== 'loopback' && !(bind === 'custom' && isLoopbackIpv4(gateway.customBindHost))) {
    return [
      {
        path: 'gateway.bind',
        message: `gateway.bind must resolve to loopback when gateway.tailscale.mode=${mode} (use gateway.bind="loopback" or gateway.bind="custom" with gateway.customBindHost="127.0.0.1")`,
      },
    ];
  }
  const auth = isRecord(gateway.auth) ? gateway.auth : {};
  if (auth.mode !== 'none') return [];
  return [
    {
      path: 'gateway.auth.mode',
      message:
        mode === 'funnel'
          ? 'gateway.tailscale.mode=funnel requires gateway.auth.mode=password; auth.mode=none cannot be used when exposing the gateway through Tailscale Funnel'
          : `gateway.auth.mode=none cannot be used with gateway.tailscale.mode=${mode}; configure token, password, or trusted-proxy auth before exposing the gateway through Tailscale`,
    },
  ];
}
