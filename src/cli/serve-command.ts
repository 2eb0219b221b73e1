import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { tokenFromFileText } from '../runtime/bearer-auth.js';
import { isLoopbackHost } from '../runtime/loopback-host.js';
import { MIB, startSidecar, type Sidecar } from '../runtime/sidecar-server.js';
import { InputError } from '../workspace/input-error.js';
import { EXIT_CLEAN, UsageError, type CliIo } from './cli-io.js';
import { locationFrom } from './check-command.js';
import { LOCATION_FLAGS, parseFlags } from './parse-flags.js';
import { HOST_FLAGS, hostFrom, RELEASE_FLAG, releaseFrom } from './release-options.js';

export const DEFAULT_SIDECAR_PORT = 8088;

/** `--max-body-bytes` bounds: real tool calls carry whole files (at least 1 MiB must pass). */
const MIN_BODY_BYTES = MIB;
const MAX_BODY_BYTES = 32 * MIB;

/**
 * Runs the governance sidecar until SIGTERM/SIGINT. The first stdout line is exactly
 * `listening on http://<host>:<port>`, the second `audit log <file>`; on a signal it stops
 * accepting, finishes in-flight requests, flushes the audit log and exits 0.
 */
export async function serveCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags('serve', args, {
    ...LOCATION_FLAGS,
    ...RELEASE_FLAG,
    ...HOST_FLAGS,
    accepted: { type: 'string' },
    host: { type: 'string' },
    port: { type: 'string' },
    'token-file': { type: 'string' },
    'insecure-loopback': { type: 'boolean' },
    'audit-log': { type: 'string' },
    'max-body-bytes': { type: 'string' },
  });
  const profile = releaseFrom(values.openclaw);
  if (values.accepted === undefined)
    throw new UsageError(
      'serve: --accepted <attestation file> is required (write one with `policy-gate accept`).',
    );
  const host = values.host ?? '127.0.0.1';
  const port = parsePort(values.port);
  const maxBodyBytes = parseMaxBodyBytes(values['max-body-bytes']);
  const tokenFile = values['token-file'];
  const insecure = values['insecure-loopback'] === true;
  if (tokenFile !== undefined && insecure)
    throw new UsageError('serve: pass either --token-file or --insecure-loopback, not both.');
  if (tokenFile === undefined && !insecure) {
    throw new UsageError(
      'serve: refusing to start without authentication: pass --token-file <file>, or --insecure-loopback to serve on 127.0.0.1 or ::1 without a token.',
    );
  }
  if (insecure && !isLoopbackHost(host)) {
    throw new UsageError(
      `serve: --insecure-loopback is only allowed on a loopback address (127.0.0.1 or ::1), not ${host}.`,
    );
  }
  const location = locationFrom(values, io);
  const execApprovals = values['exec-approvals'];
  let sidecar: Sidecar;
  try {
    sidecar = await startSidecar({
      cwd: location.cwd,
      config: location.config,
      policy: location.policy,
      profile,
      // The attestation the sidecar compares is `policy check`'s (what `accept` writes).
      openclawHost: hostFrom(profile, values, io, location.cwd, 'policy check'),
      ...(execApprovals === undefined ? {} : { execApprovalsFile: path.resolve(io.cwd, execApprovals) }),
      acceptedFile: values.accepted,
      host,
      port,
      auth:
        tokenFile === undefined ? 'insecure-loopback' : { token: readToken(path.resolve(io.cwd, tokenFile)) },
      auditLog: values['audit-log'],
      env: io.env ?? {},
      osHome: io.osHome ?? homedir(),
      ...(maxBodyBytes === undefined ? {} : { limits: { maxBodyBytes } }),
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      `cannot serve on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  io.stdout(`listening on ${sidecar.url}\naudit log ${sidecar.auditLogFile}\n`);
  while (!io.stopRequested()) await io.sleep(60_000);
  await sidecar.close();
  return EXIT_CLEAN;
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_SIDECAR_PORT;
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port >= 0 && port <= 65535))
    throw new UsageError(
      `serve: --port must be an integer from 0 to 65535 (0 = any free port), got '${value}'.`,
    );
  return port;
}

function parseMaxBodyBytes(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const bytes = /^\d{1,12}$/.test(value) ? Number(value) : NaN;
  if (!(bytes >= MIN_BODY_BYTES && bytes <= MAX_BODY_BYTES))
    throw new UsageError(
      `serve: --max-body-bytes must be an integer from ${MIN_BODY_BYTES} (1 MiB) to ${MAX_BODY_BYTES} (32 MiB), got '${value}'.`,
    );
  return bytes;
}

function readToken(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(
      `${file}: the token file cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
  }
  const token = tokenFromFileText(text);
  if (token === '') throw new InputError(`${file}: the token file is empty.`);
  if (/\s/.test(token)) throw new InputError(`${file}: the token file must hold one token without spaces.`);
  return token;
}
