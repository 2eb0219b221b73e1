// The OpenClaw releases policy-gate reproduces, and every way they differ (SPEC-2026.9 §1), in one
// place: shells pick a profile, the engine reads it. A family that exists in only one release is
// registered only in that release's evaluator.
import {
  needsToolsMarkdown,
  runPolicyCheck,
  type CheckInput,
  type PolicyCheck,
  type PolicySource,
} from './check.js';
import { CHECK_COUNT } from './check.js';
import { CURRENT_CHECK_IDS } from './current/check-ids.js';
import { currentInputNeeds, evaluateCurrentPolicy } from './current/evaluate-policy.js';
import { comparePolicyDocuments, policyConformanceLines } from './current/policy-conformance.js';
import type { PluginSettings } from './plugin-settings.js';

export const SUPPORTED_RELEASES = ['2026.9.6', '2026.5.20'] as const;
export type OpenClawRelease = (typeof SUPPORTED_RELEASES)[number];
/** What a new user runs: the current release. */
export const DEFAULT_RELEASE: OpenClawRelease = '2026.9.6';

export interface ReleaseProfile {
  release: OpenClawRelease;
  /** `checksRun` of every report; `checksSkipped` of a config-invalid one. */
  checksRun: number;
  /** Where governed tools are declared: TOOLS.md (2026.5.20) or AGENTS.md's `## Tools` (2026.9.6). */
  toolsDocument: 'TOOLS.md' | 'AGENTS.md';
  /** Unknown policy keys are shape errors (2026.9.6) or ignored (2026.5.20). */
  strictPolicyShape: boolean;
  /** Visible findings carry `policy.fixRecommendation` (never hashed). */
  fixRecommendations: boolean;
  /** The config passes through OpenClaw's loader (SPEC-2026.9 §3.2) before evaluation. */
  loadedConfig: boolean;
  /** Exec approvals are read from OpenClaw's state database when the policy has such rules. */
  execApprovals: boolean;
  /** Several configured agents need an explicit `--agent` (SPEC-2026.9 §2.2 step 4). */
  agentSelection: boolean;
  /**
   * How `gate` and `serve` decide tool calls with this release (src/runtime/README.md): 2026.5.20
   * with OpenClaw's own gate (SPEC.md §6); 2026.9.6 has none (no `runtimeToolPolicy` setting, no
   * enforcement of the accepted attestation, SPEC-2026.9 §13), so policy-gate's gate decides over
   * that release's evaluation.
   */
  runtimeGate: RuntimeGateProfile;
  /**
   * The release's own `policy compare` (SPEC-2026.9 §12), pure over the two documents' text. Absent
   * when the release has none (2026.5.20): `compare` is then policy-gate's own comparison.
   */
  policyCompare?: {
    compare: typeof comparePolicyDocuments;
    humanLines: typeof policyConformanceLines;
  };
  /** What a shell must read for this policy besides the policy itself (files read only when needed). */
  inputNeeds(policy: PolicySource, settings: PluginSettings): InputNeeds;
  /** The pure evaluation (SPEC.md §2.2 or SPEC-2026.9 §4). */
  evaluate(input: CheckInput): PolicyCheck;
}

export interface RuntimeGateProfile {
  /**
   * What turns the gate on under `as-configured` enforcement: OpenClaw's `runtimeToolPolicy` switch
   * (2026.5.20), or the enabled policy plugin alone (2026.9.6, whose config schema has no switch).
   */
  switchedOnBy: 'runtimeToolPolicy' | 'policyPlugin';
  /**
   * The release's posture families (tool posture, agent workspace, sandbox, exec approvals) and the
   * config's tool deny lists decide single calls, beside the tool metadata (2026.9.6).
   */
  postureDecisions: boolean;
}

export interface InputNeeds {
  /** The tool documents: TOOLS.md (2026.5.20), or AGENTS.md and TOOLS.md's existence (2026.9.6). */
  toolDocuments: boolean;
  /** The exec-approvals row of OpenClaw's state database. */
  execApprovals: boolean;
}

const RELEASE_2026_5_20: ReleaseProfile = {
  release: '2026.5.20',
  checksRun: CHECK_COUNT,
  toolsDocument: 'TOOLS.md',
  strictPolicyShape: false,
  fixRecommendations: false,
  loadedConfig: false,
  execApprovals: false,
  agentSelection: false,
  runtimeGate: { switchedOnBy: 'runtimeToolPolicy', postureDecisions: false },
  inputNeeds: (policy, settings) => ({
    toolDocuments: settings.enabled && needsToolsMarkdown(policy),
    execApprovals: false,
  }),
  evaluate: runPolicyCheck,
};

const RELEASE_2026_9_6: ReleaseProfile = {
  release: '2026.9.6',
  checksRun: CURRENT_CHECK_IDS.length,
  toolsDocument: 'AGENTS.md',
  strictPolicyShape: true,
  fixRecommendations: true,
  loadedConfig: true,
  execApprovals: true,
  agentSelection: true,
  runtimeGate: { switchedOnBy: 'policyPlugin', postureDecisions: true },
  policyCompare: { compare: comparePolicyDocuments, humanLines: policyConformanceLines },
  inputNeeds: currentInputNeeds,
  evaluate: evaluateCurrentPolicy,
};

const PROFILES: Readonly<Record<OpenClawRelease, ReleaseProfile>> = {
  '2026.5.20': RELEASE_2026_5_20,
  '2026.9.6': RELEASE_2026_9_6,
};

/** The profile of a release named by a user (`--openclaw`, an action input), or why not. */
export function releaseProfile(release: string | undefined): ReleaseProfile | { unsupported: string } {
  const name = release ?? DEFAULT_RELEASE;
  if ((SUPPORTED_RELEASES as readonly string[]).includes(name)) return PROFILES[name as OpenClawRelease];
  return {
    unsupported: `unsupported OpenClaw release '${name}'; supported: ${SUPPORTED_RELEASES.join(', ')}.`,
  };
}

export function profileOf(release: OpenClawRelease): ReleaseProfile {
  return PROFILES[release];
}

/** The supported releases having a feature, for messages that point to them. */
export function releasesWhere(has: (profile: ReleaseProfile) => boolean): OpenClawRelease[] {
  return SUPPORTED_RELEASES.filter((release) => has(PROFILES[release]));
}
