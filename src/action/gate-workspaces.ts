import type { GitHubClient } from '../github/client.js';
import { describeGitHubFailure } from '../github/errors.js';
import { isTeamMember, listReviews } from '../github/reviews.js';
import { symbolicLinksAt, type SymbolicLinks } from '../github/symbolic-links.js';
import { DEFAULT_RELEASE, type OpenClawRelease } from '../engine/release-profile.js';
import { acceptanceFor, approvalsOfHead, parseAcceptors } from '../gate/acceptance.js';
import type { GateReport, WorkspaceGateResult } from '../gate/report.js';
import { workspaceGateResult } from '../gate/workspace-gate.js';
import { workspaceLinkChanges } from '../gate/workspace-links.js';
import { readCommits, repositoryPath } from './commit-files.js';
import { compareSides, comparedGateInput } from './compare-sides.js';
import type { GateEvent } from './event-context.js';
import type { GateInputs } from './inputs.js';
import type { KnownFromRead } from './publish.js';

export interface GateRunContext {
  client: GitHubClient;
  event: GateEvent & { headSha: string; baseSha: string | undefined };
  inputs: GateInputs;
  now: Date;
  /** How a reader runs this policy-gate (`cliCommand`); default `npx policy-gate`. */
  cli?: string;
  /** The gate's settings could not be decided (see settle-settings.ts): every workspace is an error. */
  settingsProblem?: string;
  /** Reasons every workspace needs acceptance for (a change to .github/policy-gate.yml). */
  acceptanceReasons?: readonly string[];
}

/** Reads both commits, evaluates every workspace, and decides. Any failure is an `error` verdict. */
export async function gateWorkspaces(
  context: GateRunContext,
): Promise<{ report: GateReport; known: KnownFromRead }> {
  const { client, event, inputs } = context;
  if (context.settingsProblem !== undefined)
    return everyWorkspaceFails(context, context.settingsProblem, undefined);
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
    return everyWorkspaceFails(context, describeGitHubFailure(error, 'read-files'), undefined);
  }
  const head = read.snapshots.get(event.headSha);
  const base = event.baseSha ? read.snapshots.get(event.baseSha) : undefined;
  let links: { head: SymbolicLinks; base: SymbolicLinks } | undefined;
  try {
    if (event.baseSha !== undefined)
      links = {
        head: await symbolicLinksAt(client, repository, event.headSha),
        base: await symbolicLinksAt(client, repository, event.baseSha),
      };
  } catch (error) {
    return everyWorkspaceFails(context, describeGitHubFailure(error, 'read-files'), read.viewerLogin);
  }
  let reviews: Awaited<ReturnType<typeof listReviews>> | undefined;
  const results: WorkspaceGateResult[] = [];
  for (const workspace of inputs.workspaces) {
    const headReader = head?.readers.get(workspace);
    if (!headReader) throw new Error(`internal: no reader for workspace ${workspace}`);
    const baseReader = base?.readers.get(workspace);
    const sides = await compareSides({
      workspace,
      settings: inputs,
      now: context.now,
      head: {
        reader: headReader,
        attestation: head?.attestationText.get(workspace),
        repositoryFile: (file) => head?.repositoryFiles.get(file),
      },
      base:
        base && baseReader
          ? {
              reader: baseReader,
              attestation: base.attestationText.get(workspace),
              repositoryFile: (file) => base.repositoryFiles.get(file),
            }
          : undefined,
      links: links ? workspaceLinkChanges(workspace, links.base, links.head) : [],
    });
    const { releases, reasons } = sides;
    const settingsReasons = context.acceptanceReasons ?? [];
    reasons.push(...settingsReasons);
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
    results.push(
      workspaceGateResult({
        workspaceId: workspace,
        ...comparedGateInput(sides),
        acceptance,
        needsAcceptanceAnyway: sides.loosenings.length + settingsReasons.length > 0,
        acceptCommand: acceptCommand(workspace, inputs, releases.head, context.cli),
        extraError: releases.problem ?? extraError,
      }),
    );
  }
  return {
    report: reportOf(context, results),
    known: { viewerLogin: read.viewerLogin, existingCheckRuns: read.existingCheckRuns },
  };
}

/** The one command that (re-)accepts this workspace locally. */
export function acceptCommand(
  workspace: string,
  inputs: Pick<GateInputs, 'agent' | 'execApprovals' | 'config' | 'policy' | 'attestation'>,
  release: OpenClawRelease,
  cli = 'npx policy-gate',
): string {
  const parts = [cli, 'accept'];
  if (release !== DEFAULT_RELEASE) parts.push('--openclaw', release);
  if (workspace !== '.') parts.push('--cwd', workspace);
  if (inputs.agent) parts.push('--agent', inputs.agent);
  // `--exec-approvals` is relative to the current directory, the input to the workspace.
  if (inputs.execApprovals)
    parts.push('--exec-approvals', repositoryPath(workspace, inputs.execApprovals) ?? inputs.execApprovals);
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

/** One `error` result per workspace: nothing could be decided. */
function everyWorkspaceFails(
  context: GateRunContext,
  reason: string,
  viewerLogin: string | undefined,
): { report: GateReport; known: KnownFromRead } {
  return {
    report: reportOf(
      context,
      context.inputs.workspaces.map((workspace) => errorResult(workspace, reason)),
    ),
    known: { viewerLogin },
  };
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
