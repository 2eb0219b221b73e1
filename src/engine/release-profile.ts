// The OpenClaw releases policy-gate reproduces, and every way they differ (SPEC-2026.9 §1), in one
// place: shells pick a profile, the engine reads it. A family that exists in only one release is
// registered only in that release's evaluator.
import { runPolicyCheck, type CheckInput, type PolicyCheck } from './check.js';
import { CHECK_COUNT } from './check.js';
import { CURRENT_CHECK_IDS } from './current/check-ids.js';
import { evaluateCurrentPolicy } from './current/evaluate-policy.js';

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
  /** The pure evaluation (SPEC.md §2.2 or SPEC-2026.9 §4). */
  evaluate(input: CheckInput): PolicyCheck;
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
