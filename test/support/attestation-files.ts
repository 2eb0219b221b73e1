import { readFileSync } from 'node:fs';
import path from 'node:path';
import { makeWorkspace, runCli } from './cli-harness.js';

/** The attestation file `policy-gate accept` writes for these workspace files. */
export async function acceptedAttestation(files: Record<string, string>): Promise<string> {
  const cwd = makeWorkspace(files);
  const run = await runCli(['accept', '--openclaw', '2026.5.20', '--cwd', cwd]);
  if (run.code === 2) throw new Error(`accept failed: ${run.stderr}`);
  return readFileSync(path.join(cwd, 'policy.attestation.json'), 'utf8');
}
