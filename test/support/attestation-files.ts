import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { OpenClawRelease } from '../../src/engine/release-profile.js';
import { makeWorkspace, runCli } from './cli-harness.js';

/**
 * The attestation file `policy-gate accept --openclaw <release>` writes for these workspace
 * files. 2026.5.20 by default: the release the older callers' workspaces (TOOLS.md) are written for.
 */
export async function acceptedAttestation(
  files: Record<string, string>,
  release: OpenClawRelease = '2026.5.20',
): Promise<string> {
  const cwd = makeWorkspace(files);
  const run = await runCli(['accept', '--openclaw', release, '--cwd', cwd]);
  if (run.code === 2) throw new Error(`accept failed: ${run.stderr}`);
  return readFileSync(path.join(cwd, 'policy.attestation.json'), 'utf8');
}
