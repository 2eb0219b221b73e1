import type { PolicyCheck } from '../engine/check.js';
import type { CheckReport } from '../engine/check-report.js';
import { explainChange } from '../engine/explain.js';
import { changedComponents, snapshotOf, type CheckSnapshot } from '../engine/snapshot.js';
import { attestedShape } from '../engine/findings.js';
import type { Finding } from '../engine/types.js';
import type { LoadedCheckInput } from '../workspace/check-input.js';
import { locateAddress } from '../workspace/oc-address.js';
import { scanAgentsMarkdownTools } from '../engine/agents-markdown.js';
import { parseToolsMarkdown } from '../engine/tools-markdown.js';
import type { Weakening } from '../engine/strictness.js';
import type { ToolChange } from '../engine/tool-changes.js';
import type { AttestationFileState } from './attestation-file.js';
import { fixDocumentsOf, locatedFix, writtenConfigAddress } from './fix-locations.js';
import type { ReleaseChoice } from './attestation-release.js';
import type { GuardedReview } from './guarded-review.js';
import type {
  Acceptance,
  ComponentRow,
  LocatedFinding,
  SourceLocation,
  WorkspaceGateResult,
} from './report.js';
import { verdictFor } from './verdict.js';

/** One side evaluated by the engine, or why it could not be. */
export type Evaluation =
  { report: CheckReport; check: PolicyCheck | undefined; loaded: LoadedCheckInput } | { error: string };

export interface WorkspaceGateInput {
  workspaceId: string;
  /** The attestation file, relative to the workspace. */
  attestationFile: string;
  candidate: Evaluation;
  baseCurrent: Evaluation | undefined;
  accepted: AttestationFileState;
  proposed: AttestationFileState | undefined;
  acceptance: Acceptance & { satisfied: boolean };
  /** Weakenings or downgrades that need acceptance even without a new attestation. */
  needsAcceptanceAnyway: boolean;
  acceptCommand: string;
  weakenings?: Weakening[];
  toolChanges?: ToolChange[];
  /** TOOLS.md text of the head, to locate tools that appear in evidence changes. */
  headToolsMarkdown?: string;
  /** The OpenClaw release each side was checked against. */
  release?: ReleaseChoice;
  /** Guarded settings the attestation does not cover, and problems that block like findings. */
  guarded?: GuardedReview;
  extraError?: string;
}

/** Everything the renderers need for one workspace, computed once (pure). */
export function workspaceGateResult(input: WorkspaceGateInput): WorkspaceGateResult {
  const candidate = 'error' in input.candidate ? undefined : input.candidate;
  const baseCurrent = input.baseCurrent && !('error' in input.baseCurrent) ? input.baseCurrent : undefined;
  const error =
    input.extraError ??
    ('error' in input.candidate ? `the head could not be evaluated: ${input.candidate.error}` : undefined) ??
    (input.baseCurrent && 'error' in input.baseCurrent
      ? `the base could not be evaluated: ${input.baseCurrent.error}`
      : undefined);
  const decision = verdictFor({
    candidate: {
      attestationHash: candidate?.report.attestation?.attestationHash,
      attestedFindings: candidate?.check
        ? candidate.check.attestedFindings.length
        : (candidate?.report.findings.length ?? 0),
    },
    accepted: input.accepted,
    baseCurrentHash: baseCurrent?.report.attestation?.attestationHash,
    proposed: input.proposed,
    acceptanceSatisfied: input.acceptance.satisfied,
    needsAcceptanceAnyway: input.needsAcceptanceAnyway,
    error,
    problems: input.guarded?.problems,
  });
  const acceptedReport = input.accepted.state === 'verified' ? input.accepted.report : undefined;
  const candidateFindings = candidate?.check?.attestedFindings ?? candidate?.report.findings ?? [];
  // A 2026.9.6 attestation file is `check --json`: its findings carry `policy.fixRecommendation`,
  // which the attested findings of the candidate do not; compare the attested shapes.
  const acceptedFindings = (acceptedReport?.findings ?? []).map(attestedShape);
  const explanation =
    candidate && acceptedReport
      ? explainChange(
          {
            evidence: acceptedReport.evidence,
            findings: acceptedFindings,
            policy: policyValue(baseCurrent?.loaded),
          },
          {
            evidence: candidate.report.evidence,
            findings: candidateFindings,
            policy: policyValue(candidate.loaded),
          },
        )
      : undefined;
  const locate = locator(candidate?.loaded, input.headToolsMarkdown);
  const added = new Set(explanation?.findings.added ?? candidateFindings);
  const located = (f: Finding): LocatedFinding => {
    const fix = locatedFix(f, candidate?.report, fixDocumentsOf(candidate?.loaded));
    return { finding: f, location: locate(f.target ?? f.ocPath, f), ...(fix === undefined ? {} : { fix }) };
  };
  const changeLocations: Record<string, SourceLocation> = {};
  for (const entry of [...(explanation?.evidence.added ?? []), ...(explanation?.evidence.changed ?? [])]) {
    const location = locate(entry.source);
    if (location) changeLocations[entry.source] = location;
  }
  const candidateHash = candidate?.report.attestation?.attestationHash;
  return {
    workspaceId: input.workspaceId,
    verdict: decision.verdict,
    passed: decision.passed,
    reason: decision.reason,
    stale: decision.staleFile
      ? staleFile(decision.staleFile, input, candidateHash, baseCurrent?.report)
      : undefined,
    components: componentRows(acceptedReport, candidate?.report),
    findings: {
      new: candidateFindings.filter((f) => added.has(f)).map(located),
      stillPresent: candidateFindings.filter((f) => !added.has(f)).map(located),
      resolved: (explanation?.findings.resolved ?? []).map((f) => ({ finding: f })),
    },
    explanation,
    acceptance: {
      status: input.acceptance.status,
      acceptors: input.acceptance.acceptors,
      approvedBy: input.acceptance.approvedBy,
      reasons: input.acceptance.reasons,
    },
    howToAccept: candidateHash
      ? { command: input.acceptCommand, attestationPath: input.attestationFile, resultingHash: candidateHash }
      : undefined,
    candidateHash,
    acceptedHash: input.accepted.state === 'verified' ? input.accepted.attestationHash : undefined,
    changeLocations,
    weakenings: input.weakenings?.map((w) => ({
      rule: w.rule,
      kind: w.kind,
      detail: w.detail,
      location: locate(w.finding.target),
    })),
    toolChanges: input.toolChanges?.map((change) => ({
      ...change,
      location:
        change.kind === 'tool-removed' ? undefined : { file: change.file, line: change.line, column: 1 },
    })),
    ...(input.guarded === undefined || input.guarded.changes.length === 0
      ? {}
      : { guardedChanges: input.guarded.changes }),
    ...(input.release === undefined
      ? {}
      : {
          release: {
            checked: input.release.head,
            source: input.release.source,
            ...(input.release.upgrade ? { upgrade: input.release.upgrade } : {}),
          },
        }),
  };
}

function policyValue(loaded: LoadedCheckInput | undefined): unknown {
  return loaded?.kind === 'input' && loaded.input.policy.state === 'parsed'
    ? loaded.input.policy.value
    : undefined;
}

function componentRows(
  accepted: CheckReport | undefined,
  candidate: CheckReport | undefined,
): ComponentRow[] {
  const before = snapshotFor(accepted);
  const after = snapshotFor(candidate);
  const changed = new Set(changedComponents(before, after));
  const value = (s: CheckSnapshot, key: keyof CheckSnapshot) =>
    s[key] === undefined ? undefined : String(s[key]);
  const fields = {
    result: 'ok',
    policy: 'policyHash',
    evidence: 'evidenceHash',
    findings: 'findingsHash',
    attestation: 'attestationHash',
  } as const;
  return (Object.keys(fields) as (keyof typeof fields)[]).map((component) => ({
    component,
    accepted: accepted ? value(before, fields[component]) : undefined,
    candidate: candidate ? value(after, fields[component]) : undefined,
    changed: accepted !== undefined && candidate !== undefined && changed.has(component),
  }));
}

function snapshotFor(report: CheckReport | undefined): CheckSnapshot {
  const result = report ? snapshotOf(report) : undefined;
  return result && 'snapshot' in result ? result.snapshot : { ok: false };
}

function staleFile(
  which: 'proposed' | 'accepted',
  input: WorkspaceGateInput,
  candidateHash: string | undefined,
  baseCurrent: CheckReport | undefined,
) {
  const file = which === 'proposed' ? input.proposed : input.accepted;
  return {
    which,
    path: input.attestationFile,
    fileHash: file?.state === 'verified' ? file.attestationHash : undefined,
    actualHash:
      (which === 'proposed' ? candidateHash : baseCurrent?.attestation?.attestationHash) ?? 'unknown',
  };
}

/** Finds where an `oc://` address (or a finding's own path/line) sits in the head's files. */
function locator(loaded: LoadedCheckInput | undefined, toolsMarkdown: string | undefined) {
  const documents = loaded?.kind === 'input' ? loaded : undefined;
  let toolsLines: Map<string, number> | undefined;
  return (loadedAddress: string | undefined, finding?: Finding): SourceLocation | undefined => {
    // Tool findings carry their declaration's line (TOOLS.md in 2026.5.20, AGENTS.md in 2026.9.6).
    if ((finding?.path === 'TOOLS.md' || finding?.path === 'AGENTS.md') && finding.line !== undefined)
      return { file: finding.path, line: finding.line, column: 1 };
    if (loadedAddress === undefined) return undefined;
    // Findings name agents as the loader keys them (`agents/entries/<id>`); the file may list them.
    const address = writtenConfigAddress(loadedAddress, documents?.config?.document.value);
    // Tool evidence names the document the release reads: TOOLS.md (2026.5.20) or AGENTS.md (2026.9.6).
    const agents = address.startsWith('oc://AGENTS.md/');
    if (
      (agents || address.startsWith('oc://TOOLS.md/')) &&
      toolsLines === undefined &&
      toolsMarkdown !== undefined
    ) {
      // The loader already parsed TOOLS.md when the policy requires tool metadata.
      const tools = agents
        ? scanAgentsMarkdownTools(toolsMarkdown)
        : (documents?.input.toolDeclarations ?? parseToolsMarkdown(toolsMarkdown));
      toolsLines = new Map();
      for (const tool of tools) if (!toolsLines.has(tool.id)) toolsLines.set(tool.id, tool.line);
    }
    return locateAddress(address, locatableDocuments(loaded, toolsLines));
  };
}

/** The head's documents as `locateAddress` takes them (config, policy, tool lines). */
export function locatableDocuments(
  loaded: LoadedCheckInput | undefined,
  toolsLines: Map<string, number> | undefined,
): Parameters<typeof locateAddress>[1] {
  const documents = loaded?.kind === 'input' ? loaded : undefined;
  return {
    config: documents?.config && { path: documents.config.file, doc: documents.config.document },
    policy: documents?.policy && {
      path: documents.policy.file,
      doc: documents.policy.document,
      ocName: documents.input.name.document,
    },
    toolsLines,
  };
}
