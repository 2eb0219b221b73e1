import { writeFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { checkReport } from '../engine/check-report.js';
import { InputError } from '../workspace/input-error.js';
import { EXIT_CLEAN, EXIT_FINDINGS, type CliIo } from './cli-io.js';
import { evaluateWorkspace, locationFrom } from './check-command.js';
import { LOCATION_FLAGS, parseFlags } from './parse-flags.js';
import { HOST_FLAGS, hostFrom, RELEASE_FLAG, releaseFrom } from './release-options.js';

export const DEFAULT_ATTESTATION_FILE = 'policy.attestation.json';

/**
 * Writes the workspace's attestation file (its `check --json` report) for the gate to compare
 * against: the one command a user runs to (re-)accept. Findings are written as attested, even
 * when an expectedAttestationHash lock would hide them, so the file always verifies.
 */
export async function acceptCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags('accept', args, {
    ...LOCATION_FLAGS,
    ...RELEASE_FLAG,
    ...HOST_FLAGS,
    out: { type: 'string' },
    json: { type: 'boolean' },
  });
  const profile = releaseFrom(values.openclaw);
  const location = locationFrom(values, io);
  const { loaded, check } = await evaluateWorkspace(location, {
    now: io.now(),
    profile,
    // `policy check` is the surface whose attestation is accepted.
    host: hostFrom(profile, values, io, location.cwd, 'policy check'),
  });
  if (loaded.kind === 'config-invalid' || check === undefined) {
    const why = loaded.kind === 'config-invalid' ? ` (${loaded.error})` : '';
    const file = loaded.kind === 'config-invalid' ? loaded.configFile : 'the OpenClaw config';
    throw new InputError(`${file} is not a usable OpenClaw config${why}; nothing was written.`);
  }
  const report = checkReport(
    { ...check, visibleFindings: check.attestedFindings },
    { checkedAt: io.now().toISOString(), policyPath: loaded.input.name.display, profile },
  );
  const out = path.resolve(location.cwd, values.out ?? DEFAULT_ATTESTATION_FILE);
  // Write-then-rename: a watcher or sidecar never sees half a file.
  const temporary = `${out}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(report, null, 2)}\n`);
  renameSync(temporary, out);
  const hash = report.attestation?.attestationHash ?? 'none';
  const shown = path.relative(io.cwd, out) || out;
  if (values.json || !io.stdoutIsTerminal)
    io.stdout(
      `${JSON.stringify({ written: shown, attestationHash: hash, ok: report.ok, findings: report.findings.length })}\n`,
    );
  else
    io.stdout(
      `policy accept: wrote ${shown} (attestation ${hash})${report.ok ? '' : `, with ${report.findings.length} finding(s): the gate fails until they are fixed`}\n`,
    );
  return report.ok ? EXIT_CLEAN : EXIT_FINDINGS;
}
