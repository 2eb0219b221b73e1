import { verifyAttestationFile, type AttestationFileState } from '../gate/attestation-file.js';
import type { Evaluation } from '../gate/workspace-gate.js';
import { InputError } from '../workspace/input-error.js';
import { parseJsonDocument } from '../workspace/json-document.js';
import type { ReleaseProfile } from '../engine/release-profile.js';
import type { OpenClawHost } from '../workspace/openclaw-host.js';
import type { FileReadResult } from '../workspace/safe-read.js';
import type { WorkspaceReader } from '../workspace/workspace-reader.js';
import { evaluateWorkspaceFrom } from '../workspace/workspace-evaluation.js';

/** The engine over one workspace as a reader sees it; refused input becomes an error, never a pass. */
export async function evaluateReader(
  reader: WorkspaceReader,
  options: {
    config?: string;
    policy?: string;
    checkedAt: string;
    profile: ReleaseProfile;
    host: OpenClawHost;
  },
): Promise<Evaluation> {
  try {
    return await evaluateWorkspaceFrom(reader, options);
  } catch (error) {
    if (error instanceof InputError) return { error: error.message };
    throw error;
  }
}

/** An attestation file as read at a commit: absent, corrupt, or verified by re-deriving its hashes. */
export function attestationState(read: FileReadResult, displayPath: string): AttestationFileState {
  if (read.kind === 'missing') return { state: 'absent' };
  if (read.kind === 'unreadable') return { state: 'corrupt', reason: read.reason };
  const document = parseJsonDocument(read.text, displayPath);
  if (!document.ok)
    return { state: 'corrupt', reason: `${displayPath} could not be parsed: ${document.error}` };
  if (document.duplicateKeys.length > 0)
    return {
      state: 'corrupt',
      reason: `${displayPath} repeats the key "${document.duplicateKeys[0]?.key}".`,
    };
  return verifyAttestationFile(document.value, displayPath);
}
