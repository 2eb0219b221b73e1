import type { GuardedChange } from './guarded-settings.js';
import type { FixClass } from '../engine/current/check-ids.js';
import type { Explanation } from '../engine/explain.js';
import type { Component } from '../engine/snapshot.js';
import type { Finding } from '../engine/types.js';

/** GATE.md verdicts, first match wins. */
export type Verdict =
  | 'error'
  | 'findings'
  | 'stale'
  | 'drift'
  | 'bootstrap'
  /** Everything else holds, but an acceptor's approval of the head is still needed (issue 13). */
  | 'awaiting-acceptance'
  | 'reaccepted'
  | 'unchanged';

/** Where a finding or change sits in the head checkout (1-based), when it can be located. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/** One place a fix recommendation names, as concretely as the finding allows. */
export interface FixPlace {
  /**
   * Dotted key (`tools.elevated.enabled`, `agents.list[1].tools.profile`): the key written at
   * `location`, or the recommendation's own path when it is not written in the head.
   */
  key: string;
  /** Where `key` is written in the head; absent when it is not (never a guessed line). */
  location?: SourceLocation;
}

/** A finding's fix recommendation (SPEC-2026.9 §10.3) with where to change it in the head. */
export interface LocatedFix {
  fixClass: FixClass;
  summary: string;
  /** The policy rule that requires the change (`policyPath`). */
  policyRule?: FixPlace;
  /** The config keys to change (`configTargets`), in the recommendation's order. */
  configTargets: FixPlace[];
}

export interface LocatedFinding {
  finding: Finding;
  location?: SourceLocation;
  /** How to fix it; only releases with fix recommendations (2026.9.6) have one. */
  fix?: LocatedFix;
}

/** One of the five components, accepted (base) vs candidate (head). */
export interface ComponentRow {
  component: Component;
  accepted: string | undefined;
  candidate: string | undefined;
  changed: boolean;
}

export type AcceptanceStatus =
  /** Nothing was proposed or weakened: no acceptance needed. */
  | 'not-needed'
  /** A new attestation was proposed, and no `acceptors` are configured. */
  | 'nobody-required'
  | 'awaiting'
  | 'accepted';

export interface Acceptance {
  status: AcceptanceStatus;
  /** Configured acceptors (users and org/team slugs). */
  acceptors: string[];
  /** Who approved (login), when accepted. */
  approvedBy?: string;
  /** Why acceptance is needed: a proposal, policy weakenings, risk downgrades. */
  reasons: string[];
}

/** A stale attestation file: it does not attest the state it sits beside. */
export interface StaleFile {
  which: 'proposed' | 'accepted';
  path: string;
  /** The attestationHash written in the file. */
  fileHash: string | undefined;
  /** The attestationHash of the state beside it. */
  actualHash: string;
}

/** A rule the head policy loosens compared with the base policy (issue 4). */
export interface LocatedWeakening {
  rule: string;
  kind: 'missing' | 'weaker';
  /** In words, with values from the PR (escape when shown). */
  detail: string;
  /** The rule in the head policy (or the policy's first line when the rule was removed). */
  location?: SourceLocation;
}

/** A TOOLS.md change for one tool, base → head; `downgrade` ones need acceptance. */
export interface LocatedToolChange {
  toolId: string;
  kind: string;
  /** The tool document of the change: the head's, or the base's for a removed tool. */
  file: string;
  before?: string;
  after?: string;
  downgrade: boolean;
  location?: SourceLocation;
}

/** The gate's result for one workspace: everything renderers need, nothing they must compute. */
export interface WorkspaceGateResult {
  /** Stable id of the workspace in the repository: its directory, `.` for the root. */
  workspaceId: string;
  verdict: Verdict;
  passed: boolean;
  /** For `error` (and extra context on other verdicts): what went wrong and what to do. */
  reason?: string;
  stale?: StaleFile;
  components: ComponentRow[];
  findings: { new: LocatedFinding[]; stillPresent: LocatedFinding[]; resolved: LocatedFinding[] };
  /** What moved between accepted and candidate (evidence and policy changes). */
  explanation?: Explanation;
  acceptance: Acceptance;
  /** How to (re-)accept the candidate locally. */
  howToAccept: { command: string; attestationPath: string; resultingHash: string } | undefined;
  candidateHash: string | undefined;
  acceptedHash: string | undefined;
  /** Locations of evidence changes in the head checkout, keyed by `oc://` source. */
  changeLocations: Record<string, SourceLocation>;
  /** Policy rules loosened base → head; each needs acceptance. */
  weakenings?: LocatedWeakening[];
  /** Governed-tool changes per tool, base → head; downgrades and removals need acceptance. */
  toolChanges?: LocatedToolChange[];
  /** Settings the agent obeys that the attestation does not cover, changed base → head; they need acceptance. */
  guardedChanges?: GuardedChange[];
  /** The OpenClaw release the head was checked against, and an upgrade of the accepted one. */
  release?: {
    checked: string;
    source: 'input' | 'proposed attestation' | 'accepted attestation' | 'default';
    upgrade?: { from: string; to: string };
  };
}

export interface GateReport {
  repository: string;
  event: string;
  headSha: string;
  baseSha: string | undefined;
  mode: 'enforce' | 'advisory';
  workspaces: WorkspaceGateResult[];
  /** All workspaces passed. In advisory mode the job passes anyway, but this stays honest. */
  passed: boolean;
}
