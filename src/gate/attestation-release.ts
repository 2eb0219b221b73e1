// Which OpenClaw release a gate run checks against (issue 11): the `openclaw-version` input; else
// the release of the attestation the pull request proposes or the base accepted, told by its
// `checksRun` (15 → 2026.5.20, 68 → 2026.9.6); else the current release. Moving the accepted
// attestation from one release to another is an upgrade: shown as such, and it needs acceptance.
import {
  DEFAULT_RELEASE,
  SUPPORTED_RELEASES,
  profileOf,
  type OpenClawRelease,
} from '../engine/release-profile.js';
import { isRecord } from '../engine/record.js';
import type { AttestationFileState } from './attestation-file.js';

export type AttestationRelease =
  { release: OpenClawRelease } | { unknownChecksRun: unknown } | { none: true };

/** The release a verified attestation file was written for, by its `checksRun`. */
export function attestationRelease(file: AttestationFileState | undefined): AttestationRelease {
  if (file?.state !== 'verified') return { none: true };
  const checksRun: unknown = isRecord(file.report) ? file.report.checksRun : undefined;
  const release = SUPPORTED_RELEASES.find((candidate) => profileOf(candidate).checksRun === checksRun);
  return release === undefined ? { unknownChecksRun: checksRun } : { release };
}

export interface ReleaseChoice {
  /** The head is checked against this release. */
  head: OpenClawRelease;
  /** The base's own files are re-checked against the accepted attestation's release. */
  base: OpenClawRelease;
  /** Why the head's release: the input, the proposed or accepted attestation, or the default. */
  source: 'input' | 'proposed attestation' | 'accepted attestation' | 'default';
  /** The accepted attestation's release differs from the head's. */
  upgrade?: { from: OpenClawRelease; to: OpenClawRelease };
  /** An attestation file written by a release policy-gate does not know. */
  problem?: string;
}

export function chooseReleases(options: {
  input: OpenClawRelease | undefined;
  accepted: AttestationFileState;
  /** The attestation file the pull request changed, if it did. */
  proposed: AttestationFileState | undefined;
  attestationPath: string;
}): ReleaseChoice {
  const accepted = attestationRelease(options.accepted);
  const proposed = attestationRelease(options.proposed);
  const problem = [proposed, accepted]
    .map((side) =>
      'unknownChecksRun' in side
        ? `${options.attestationPath} has checksRun ${JSON.stringify(side.unknownChecksRun)}, which no supported OpenClaw release writes (${SUPPORTED_RELEASES.join(', ')}): regenerate it with \`policy-gate accept --openclaw <release>\`, or set the \`openclaw-version\` input.`
        : undefined,
    )
    .find((text) => text !== undefined);
  const acceptedRelease = 'release' in accepted ? accepted.release : undefined;
  const [head, source]: [OpenClawRelease, ReleaseChoice['source']] =
    options.input !== undefined
      ? [options.input, 'input']
      : 'release' in proposed
        ? [proposed.release, 'proposed attestation']
        : acceptedRelease !== undefined
          ? [acceptedRelease, 'accepted attestation']
          : [DEFAULT_RELEASE, 'default'];
  return {
    head,
    base: acceptedRelease ?? head,
    source,
    ...(acceptedRelease !== undefined && acceptedRelease !== head
      ? { upgrade: { from: acceptedRelease, to: head } }
      : {}),
    ...(problem !== undefined && options.input === undefined ? { problem } : {}),
  };
}
