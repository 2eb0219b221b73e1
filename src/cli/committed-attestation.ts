// Does the workspace still match its committed `policy.attestation.json`? (issue 13) `check` and
// `watch` say so on the terminal (never in JSON, which stays OpenClaw's), so nobody learns it
// only from a red pull request.
import { attestationState } from '../action/evaluate-workspace.js';
import { diskReader } from '../workspace/workspace-reader.js';

/** The attestation file `accept` writes and the gate reads, relative to the workspace. */
export const DEFAULT_ATTESTATION_FILE = 'policy.attestation.json';

/** One sentence when the committed attestation no longer attests the workspace; else undefined. */
export async function committedAttestationNote(
  workspaceDir: string,
  currentHash: string | undefined,
): Promise<string | undefined> {
  const read = await diskReader(workspaceDir).read(DEFAULT_ATTESTATION_FILE);
  if (read.kind === 'missing') return undefined;
  const state = attestationState(read, DEFAULT_ATTESTATION_FILE);
  if (state.state === 'corrupt') return `${state.reason} The pull-request gate will not trust it.`;
  if (state.state !== 'verified' || currentHash === undefined || state.attestationHash === currentHash)
    return undefined;
  return `${DEFAULT_ATTESTATION_FILE} records ${state.attestationHash}, but the workspace is now ${currentHash}: if the change is intended, run \`policy-gate accept\` and commit the file (a pull request without it is a drift).`;
}
