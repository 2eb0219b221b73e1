import { verifyAttestationFile } from '../gate/attestation-file.js';
import type { FileReadResult } from '../workspace/safe-read.js';

/** The attestation an operator accepted (a `policy-gate accept` file), as the runtime sees it. */
export type AcceptedAttestation =
  | { state: 'verified'; path: string; hash: string }
  /** Missing, unreadable, not JSON, or hashes that do not re-derive: every call is denied. */
  | { state: 'invalid'; path: string; reason: string };

/** Pure: the accepted attestation from the file's read result. */
export function acceptedAttestationFrom(read: FileReadResult, displayPath: string): AcceptedAttestation {
  const invalid = (reason: string): AcceptedAttestation => ({ state: 'invalid', path: displayPath, reason });
  if (read.kind === 'missing')
    return invalid(`${displayPath} does not exist: write it with \`policy-gate accept\`.`);
  if (read.kind === 'unreadable') return invalid(read.reason);
  let value: unknown;
  try {
    value = JSON.parse(read.text);
  } catch (error) {
    return invalid(`${displayPath} is not JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  const verified = verifyAttestationFile(value, displayPath);
  if (verified.state === 'verified')
    return { state: 'verified', path: displayPath, hash: verified.attestationHash };
  if (verified.state === 'corrupt') return invalid(verified.reason);
  return invalid(`${displayPath} does not exist.`);
}
