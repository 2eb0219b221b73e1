import type { GitHubClient } from '../github/client.js';
import { describeGitHubFailure } from '../github/errors.js';
import { isTeamMember, listReviews } from '../github/reviews.js';
import { acceptanceFor, approvalsOfHead, parseAcceptors } from '../gate/acceptance.js';
import type { GateReport, WorkspaceGateResult } from '../gate/report.js';
import { reviewChanges, type PolicySide, type ReviewChanges } from '../gate/review-changes.js';
import { workspaceGateResult, type Evaluation } from '../gate/workspace-gate.js';
import type { WorkspaceReader } from '../workspace/workspace-reader.js';
import { readCommits, repositoryPath } from './commit-files.js';
import { attestationState, evaluateReader } from './evaluate-workspace.js';
import type { GateEvent } from './event-context.js';
import type { GateInputs } from './inputs.js';
import type { KnownFromRead } from './publish.js';

export interface GateRunContext {
  client: GitHubClient;
  event: GateEvent & { headSha: string; baseSha: string | undefined };
  inputs: GateInputs;
  now: Date;
}

/** Reads both commits, evaluates every workspace, and decides. Any failure is an `error` verdict. */
export async function gateWorkspaces(
  context: GateRunContext,
): Promise<{ report: GateReport; known: KnownFromRead }> {
  const { client, event, inputs } = context;
  const repository = { owner: event.owner, repo: event.repo };
  const commits = event.baseSha ? [event.headSha, event.baseSha] : [event.headSha];
  let read: Awaited<ReturnType<typeof readCommits>>;
  try {
    read = await readCommits(
      client,
      repository,
      commits,
      inputs,
      inputs.checkRun ? event.headSha : undefined,
    );
  } catch (error) {
    const reason = describeGitHubFailure(error, 'read-files');
    return {
      report: reportOf(
        context,
        inputs.workspaces.map((workspace) => errorResult(workspace, reason)),
      ),
      known: { viewerLogin: undefined },
    };
  }
  const head = read.snapshots.get(event.headSha);
  const base = event.baseSha ? read.snapshots.get(event.baseSha) : undefined;
  let reviews: Awaited<ReturnType<typeof listReviews>> | undefined;
  const results: WorkspaceGateResult[] = [];
  for (const workspace of inputs.workspaces) {
    const headReader = head?.readers.get(workspace);
    if (!headReader) throw new Error(`internal: no reader for workspace ${workspace}`);
    const options = { config: inputs.config, policy: inputs.policy, checkedAt: context.now.toISOString() };
    const candidate = await evaluateReader(headReader, options);
    const baseReader = base?.readers.get(workspace);
    const baseCurrent: Evaluation | undefined = baseReader
      ? await evaluateReader(baseReader, options)
      : candidate;
    const attestationPath = repositoryPath(workspace, inputs.attestation) ?? inputs.attestation;
    const headAttestation = head?.attestationText.get(workspace) ?? {
      kind: 'missing',
      path: attestationPath,
    };
    const baseAttestation = base
      ? (base.attestationText.get(workspace) ?? { kind: 'missing', path: attestationPath })
      : headAttestation;
    const accepted = attestationState(baseAttestation, attestationPath);
    const proposed =
      base && sameFile(headAttestation, baseAttestation)
        ? undefined
        : base
          ? attestationState(headAttestation, attestationPath)
          : undefined;
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
    const review = base ? await reviewOf(baseCurrent, candidate, baseReader, headReader) : undefined;
    if (review) reasons.push(...review.reasons);
    let acceptance;
    let extraError: string | undefined;
    try {
      if (reasons.length > 0 && inputs.acceptors.length > 0 && event.pullRequest) {
        reviews ??= await listReviews(client, {
          owner: event.owner,
          repo: event.repo,
          pullNumber: event.pullRequest.number,
        });
        acceptance = await acceptanceFor({
          reasons,
          acceptors: parseAcceptors(inputs.acceptors),
          approvers: approvalsOfHead(reviews, event.headSha, event.pullRequest.author),
          memberOf: (username, org, teamSlug) => isTeamMember(client, { org, teamSlug, username }),
        });
      } else {
        acceptance = await acceptanceFor({
          reasons,
          acceptors: parseAcceptors(inputs.acceptors),
          approvers: [],
          memberOf: async () => false,
        });
      }
    } catch (error) {
      extraError = describeGitHubFailure(error, 'list-reviews');
      acceptance = { status: 'awaiting' as const, acceptors: inputs.acceptors, reasons, satisfied: false };
    }
    const headTools = await headReader.read('TOOLS.md');
    results.push(
      workspaceGateResult({
        workspaceId: workspace,
        attestationFile: attestationPath,
        candidate,
        baseCurrent,
        accepted,
        proposed,
        acceptance,
        needsAcceptanceAnyway: (review?.reasons.length ?? 0) > 0,
        weakenings: review?.weakenings,
        toolChanges: review?.toolChanges,
        acceptCommand: acceptCommand(workspace, inputs),
        headToolsMarkdown: headTools.kind === 'text' ? headTools.text : undefined,
        extraError,
      }),
    );
  }
  return {
    report: reportOf(context, results),
    known: { viewerLogin: read.viewerLogin, existingCheckRuns: read.existingCheckRuns },
  };
}

/** Policy weakening and TOOLS.md downgrades between the base and the head of one workspace. */
async function reviewOf(
  base: Evaluation | undefined,
  head: Evaluation,
  baseReader: WorkspaceReader | undefined,
  headReader: WorkspaceReader,
): Promise<ReviewChanges | undefined> {
  if (!base || 'error' in base || 'error' in head || !baseReader) return undefined;
  const side = async (
    evaluation: Exclude<Evaluation, { error: string }>,
    reader: WorkspaceReader,
  ): Promise<PolicySide | undefined> => {
    if (evaluation.loaded.kind !== 'input') return undefined;
    const { policy, name } = evaluation.loaded.input;
    const tools = await reader.read('TOOLS.md');
    return {
      value: policy.state === 'parsed' ? policy.value : undefined,
      name,
      toolsMarkdown: tools.kind === 'text' ? tools.text : '',
    };
  };
  const [before, after] = [await side(base, baseReader), await side(head, headReader)];
  return before && after ? reviewChanges(before, after) : undefined;
}

function sameFile(a: { kind: string; text?: string }, b: { kind: string; text?: string }): boolean {
  return a.kind === b.kind && a.text === b.text;
}

/** The one command that (re-)accepts this workspace locally. */
export function acceptCommand(workspace: string, inputs: GateInputs): string {
  const parts = ['npx', 'policy-gate', 'accept'];
  if (workspace !== '.') parts.push('--cwd', workspace);
  if (inputs.config) parts.push('--config', inputs.config);
  if (inputs.policy) parts.push('--policy', inputs.policy);
  if (inputs.attestation !== 'policy.attestation.json') parts.push('--out', inputs.attestation);
  return parts.join(' ');
}

function errorResult(workspace: string, reason: string): WorkspaceGateResult {
  return workspaceGateResult({
    workspaceId: workspace,
    attestationFile: workspace,
    candidate: { error: reason },
    baseCurrent: undefined,
    accepted: { state: 'absent' },
    proposed: undefined,
    acceptance: { status: 'not-needed', acceptors: [], reasons: [], satisfied: false },
    needsAcceptanceAnyway: false,
    acceptCommand: '',
    extraError: reason,
  });
}

function reportOf(context: GateRunContext, workspaces: WorkspaceGateResult[]): GateReport {
  return {
    repository: `${context.event.owner}/${context.event.repo}`,
    event: context.event.name,
    headSha: context.event.headSha,
    baseSha: context.event.baseSha,
    mode: context.inputs.mode,
    workspaces,
    passed: workspaces.every((w) => w.passed),
  };
}
