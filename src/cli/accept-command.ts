import path from 'node:path';
import { checkReport, type CheckReport } from '../engine/check-report.js';
import { InputError } from '../workspace/input-error.js';
import { replaceFile } from '../workspace/replace-file.js';
import { DEFAULT_ATTESTATION_FILE } from './committed-attestation.js';
import { readWorkspaceFile } from '../workspace/safe-read.js';
import { EXIT_CLEAN, EXIT_FINDINGS, type CliIo } from './cli-io.js';
import { evaluateWorkspace, existingLocationFrom, refuseMissingPolicyFlag } from './check-command.js';
import { LOCATION_FLAGS, parseFlags } from './parse-flags.js';
import { HOST_FLAGS, hostFrom, RELEASE_FLAG, releaseFrom } from './release-options.js';

/** The flags `accept` takes (its --help describes each). */
export const ACCEPT_FLAGS = {
  ...LOCATION_FLAGS,
  ...RELEASE_FLAG,
  ...HOST_FLAGS,
  out: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/**
 * Writes the workspace's attestation file (its `check --json` report) for the gate to compare
 * against: the one command a user runs to (re-)accept. Findings are written as attested, even
 * when an expectedAttestationHash lock would hide them, so the file always verifies. A workspace
 * without a policy is refused (there is nothing to accept), and a file that already says the same
 * but for `checkedAt` is left as it is (no churn in reviews, no reload in a watching sidecar).
 */
export async function acceptCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags('accept', args, ACCEPT_FLAGS);
  const profile = releaseFrom(values.openclaw);
  const location = existingLocationFrom(values, io);
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
  refuseMissingPolicyFlag(values.policy, loaded);
  if (loaded.input.policy.state === 'missing')
    throw new InputError(
      `${loaded.input.name.display} does not exist in ${path.relative(io.cwd, location.cwd) || '.'}: there is no policy to accept; nothing was written.`,
    );
  const report = checkReport(
    { ...check, visibleFindings: check.attestedFindings },
    { checkedAt: io.now().toISOString(), policyPath: loaded.input.name.display, profile },
  );
  const out = path.resolve(location.cwd, values.out ?? DEFAULT_ATTESTATION_FILE);
  const unchanged = await sameButForTime(location.cwd, out, report);
  // Write-then-rename through an exclusive, unpredictably named file: a watcher or sidecar never
  // sees half a file, and a link planted under a guessable name is never written through.
  if (!unchanged) replaceFile(out, attestationText(report), { purpose: 'accept' });
  const hash = report.attestation?.attestationHash ?? 'none';
  const shown = path.relative(io.cwd, out) || out;
  const what = unchanged ? 'unchanged' : 'written';
  if (values.json || !io.stdoutIsTerminal)
    io.stdout(
      `${JSON.stringify({ [what]: shown, attestationHash: hash, ok: report.ok, findings: report.findings.length })}\n`,
    );
  else
    io.stdout(
      `policy accept: ${unchanged ? 'unchanged' : 'wrote'} ${shown} (attestation ${hash})${report.ok ? '' : `, with ${report.findings.length} finding(s): the gate fails until they are fixed`}\n`,
    );
  return report.ok ? EXIT_CLEAN : EXIT_FINDINGS;
}

function attestationText(report: CheckReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * Whether `file` already holds exactly what accept would write, `attestation.checkedAt` aside: then
 * every hash, finding and byte of it is current, and rewriting it would change only the time.
 */
async function sameButForTime(workspaceRoot: string, file: string, report: CheckReport): Promise<boolean> {
  if (report.attestation === undefined) return false;
  const read = await readWorkspaceFile(workspaceRoot, file);
  if (read.kind !== 'text') return false;
  let checkedAt: unknown;
  try {
    checkedAt = (JSON.parse(read.text) as { attestation?: { checkedAt?: unknown } } | null)?.attestation
      ?.checkedAt;
  } catch {
    return false; // not JSON: rewritten
  }
  if (typeof checkedAt !== 'string') return false;
  const aligned = { ...report, attestation: { ...report.attestation, checkedAt } };
  return read.text === attestationText(aligned);
}
