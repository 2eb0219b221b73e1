// One workspace's base and head, as the gate compares them (issues 3, 4, 11, 12): the attestation
// files, the release each side is checked against, both evaluations, and what the head loosens
// (weakenings, tool downgrades, guarded settings). Over injected readers, so the action (commits
// read through the API) and `policy-gate status` (git and the working tree) decide alike.
import { profileOf, type OpenClawRelease } from '../engine/release-profile.js';
import { toolDocumentOf } from '../engine/tool-changes.js';
import type { AttestationFileState } from '../gate/attestation-file.js';
import { chooseReleases, type ReleaseChoice } from '../gate/attestation-release.js';
import { guardedReview, type AttributesText, type GuardedReview } from '../gate/guarded-review.js';
import type { GuardedChange } from '../gate/guarded-settings.js';
import { reviewChanges, type PolicySide, type ReviewChanges } from '../gate/review-changes.js';
import type { Evaluation, WorkspaceGateInput } from '../gate/workspace-gate.js';
import { repositoryHost } from '../workspace/repository-host.js';
import type { FileReadResult } from '../workspace/safe-read.js';
import type { WorkspaceReader } from '../workspace/workspace-reader.js';
import { checkoutAttributeFiles, repositoryPath } from './commit-files.js';
import { attestationState, evaluateReader } from './evaluate-workspace.js';

/** What the comparison needs of the gate's settings. */
export interface SideSettings {
  config: string | undefined;
  policy: string | undefined;
  attestation: string;
  agent: string | undefined;
  execApprovals: string | undefined;
  openclawVersion: OpenClawRelease | undefined;
}

/** One side of one workspace: its files, its attestation file's text, and repository files by path. */
export interface SideFiles {
  reader: WorkspaceReader;
  attestation: FileReadResult | undefined;
  repositoryFile(path: string): FileReadResult | undefined;
}

export interface ComparedSides {
  attestationPath: string;
  accepted: AttestationFileState;
  proposed: AttestationFileState | undefined;
  releases: ReleaseChoice;
  candidate: Evaluation;
  baseCurrent: Evaluation | undefined;
  review: ReviewChanges | undefined;
  guarded: GuardedReview | undefined;
  /** Why acceptance is needed: a proposal, an upgrade, what the review and guarded settings found. */
  reasons: string[];
  /** The part of `reasons` that needs acceptance whatever the attestation says (weakenings, …). */
  loosenings: string[];
  /** The head's tool document, to locate tools in evidence changes. */
  headToolsMarkdown: string | undefined;
}

export async function compareSides(options: {
  workspace: string;
  settings: SideSettings;
  now: Date;
  head: SideFiles;
  base: SideFiles | undefined;
  /** Symbolic links the head adds to the workspace (computed by the caller from its listings). */
  links: readonly GuardedChange[];
}): Promise<ComparedSides> {
  const { workspace, settings, head, base } = options;
  const attestationPath = repositoryPath(workspace, settings.attestation) ?? settings.attestation;
  const missing: FileReadResult = { kind: 'missing', path: attestationPath };
  const headAttestation = head.attestation ?? missing;
  const baseAttestation = base ? (base.attestation ?? missing) : headAttestation;
  const accepted = attestationState(baseAttestation, attestationPath);
  const proposed =
    base && !sameFile(headAttestation, baseAttestation)
      ? attestationState(headAttestation, attestationPath)
      : undefined;
  const releases = chooseReleases({ input: settings.openclawVersion, accepted, proposed, attestationPath });
  const evaluate = (reader: WorkspaceReader, release: OpenClawRelease) =>
    evaluateReader(reader, {
      config: settings.config,
      policy: settings.policy,
      checkedAt: options.now.toISOString(),
      profile: profileOf(release),
      host: repositoryHost({
        reader,
        agent: settings.agent,
        execApprovalsFile: settings.execApprovals,
        // The loader's warnings (deprecated keys, unset variables) change nothing the gate decides.
        warn: () => undefined,
      }),
    });
  const candidate = await evaluate(head.reader, releases.head);
  const baseCurrent = base ? await evaluate(base.reader, releases.base) : candidate;
  const isProposal =
    proposed !== undefined &&
    !(
      proposed.state === 'verified' &&
      accepted.state === 'verified' &&
      proposed.attestationHash === accepted.attestationHash
    );
  const reasons: string[] = !isProposal
    ? []
    : proposed.state === 'absent'
      ? ['this pull request deletes the attestation file']
      : ['this pull request proposes a new attestation'];
  if (isProposal && releases.upgrade)
    reasons.push(
      `this pull request moves the accepted attestation from OpenClaw ${releases.upgrade.from} to ${releases.upgrade.to}`,
    );
  const review = base
    ? await reviewOf(baseCurrent, candidate, base.reader, head.reader, releases)
    : undefined;
  const loosenings = [...(review?.reasons ?? [])];
  const guarded = base
    ? guardedReview({
        baseConfig: writtenConfig(baseCurrent),
        headConfig: writtenConfig(candidate),
        headPolicy: parsedPolicy(candidate),
        attributes: checkoutAttributeFiles([workspace]).map((file) => ({
          file,
          base: textOf(base.repositoryFile(file)),
          head: textOf(head.repositoryFile(file)),
        })),
        links: options.links,
      })
    : undefined;
  loosenings.push(...(guarded?.reasons ?? []));
  reasons.push(...loosenings);
  const headTools = await head.reader.read(profileOf(releases.head).toolsDocument);
  return {
    attestationPath,
    accepted,
    proposed,
    releases,
    candidate,
    baseCurrent,
    review,
    guarded,
    reasons,
    loosenings,
    headToolsMarkdown: headTools.kind === 'text' ? headTools.text : undefined,
  };
}

/** What `workspaceGateResult` takes from the comparison, the same for the action and `status`. */
export function comparedGateInput(sides: ComparedSides) {
  return {
    attestationFile: sides.attestationPath,
    candidate: sides.candidate,
    baseCurrent: sides.baseCurrent,
    accepted: sides.accepted,
    proposed: sides.proposed,
    guarded: sides.guarded,
    weakenings: sides.review?.weakenings,
    toolChanges: sides.review?.toolChanges,
    headToolsMarkdown: sides.headToolsMarkdown,
    release: sides.releases,
  } satisfies Partial<WorkspaceGateInput>;
}

/** Policy weakening and governed-tool downgrades between the base and the head of one workspace. */
async function reviewOf(
  base: Evaluation | undefined,
  head: Evaluation,
  baseReader: WorkspaceReader,
  headReader: WorkspaceReader,
  releases: ReleaseChoice,
): Promise<ReviewChanges | undefined> {
  if (!base || 'error' in base || 'error' in head) return undefined;
  const side = async (
    evaluation: Exclude<Evaluation, { error: string }>,
    reader: WorkspaceReader,
    release: OpenClawRelease,
  ): Promise<PolicySide | undefined> => {
    if (evaluation.loaded.kind !== 'input') return undefined;
    const { policy, name } = evaluation.loaded.input;
    // Read whatever the policy requires: a tool leaving governance needs acceptance in any case.
    const file = profileOf(release).toolsDocument;
    const tools = await reader.read(file);
    return {
      value: policy.state === 'parsed' ? policy.value : undefined,
      name,
      tools: toolDocumentOf(file, tools.kind === 'text' ? tools.text : ''),
    };
  };
  const [before, after] = [
    await side(base, baseReader, releases.base),
    await side(head, headReader, releases.head),
  ];
  return before && after ? reviewChanges(before, after, releases.head) : undefined;
}

/** The OpenClaw config as written on one side (before OpenClaw's loader), if it was read. */
function writtenConfig(evaluation: Evaluation | undefined): unknown {
  if (evaluation === undefined || 'error' in evaluation) return undefined;
  return evaluation.loaded.kind === 'input' ? evaluation.loaded.config?.document.value : undefined;
}

function parsedPolicy(evaluation: Evaluation): unknown {
  if ('error' in evaluation || evaluation.loaded.kind !== 'input') return undefined;
  const { policy } = evaluation.loaded.input;
  return policy.state === 'parsed' ? policy.value : undefined;
}

/** A file's text ('' when missing), or why it cannot be read. */
function textOf(read: FileReadResult | undefined): AttributesText {
  if (read?.kind === 'unreadable') return { unreadable: read.reason };
  return read?.kind === 'text' ? read.text : '';
}

function sameFile(a: FileReadResult, b: FileReadResult): boolean {
  return a.kind === b.kind && (a.kind !== 'text' || (b.kind === 'text' && a.text === b.text));
}
