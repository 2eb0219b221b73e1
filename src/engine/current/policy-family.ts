// The contract of a rule family of the current release (OpenClaw 2026.9.6, SPEC-2026.9 §4–§10).
// A family owns its evidence slices and its findings block; `registry.ts` lists both in the
// release's order. Everything here is pure: the shells read files and hand their text in.
import type { PolicyName } from '../rule-family.js';
import type { Evidence, Finding } from '../types.js';

/** What evidence scanners read. */
export interface EvidenceSource {
  /** The config as OpenClaw's loader gives it to the policy plugin (SPEC-2026.9 §3.2). */
  config: Record<string, unknown>;
  /** The parsed policy: any JSON5 value (its shape may be invalid). */
  policy: unknown;
  /** The exec-approvals row text; null when there is no row; undefined when it was not read. */
  execApprovalsRaw: string | null | undefined;
  /** AGENTS.md text ('' when absent); undefined when tool metadata is not required. */
  agentsMarkdown: string | undefined;
}

export interface EvidenceSlice {
  /** The evidence key, e.g. `ingress`. */
  key: string;
  /** Whether this policy asks for the slice (SPEC-2026.9 §5 "has rules" predicates). */
  collectedFor(source: EvidenceSource): boolean;
  /** Also collected when evaluation returns early (policy missing, unparseable, hash-locked, off). */
  inEarlyReturns: boolean;
  collect(source: EvidenceSource): unknown;
}

/** The exec-approvals row as the release reads it: its text and where it came from. */
export interface ExecApprovalsFile {
  raw: string;
  /** The display locator, e.g. `~/.openclaw/state/openclaw.sqlite#exec_approvals_config`. */
  displayName: string;
}

export interface FindingsInput {
  /** The parsed policy: any JSON5 value. */
  policy: unknown;
  name: PolicyName;
  evidence: Evidence;
  /** The row, when the policy has exec-approval rules and the row exists. */
  execApprovalsFile: ExecApprovalsFile | undefined;
  /** The display locator of the exec-approvals row (also when there is none). */
  execApprovalsLocator: string;
  /** Whether the workspace has a TOOLS.md (any content): the migration finding (§8.3). */
  legacyToolsFile: boolean;
}

/**
 * For a shape check whose outcome, not its wording, matters (which evidence to collect, which
 * rules to read): the policy's name only words the messages.
 */
export const ANY_POLICY_NAME: PolicyName = { display: 'policy.jsonc', document: 'policy.jsonc' };

/** One block of policy findings in the release's order (SPEC-2026.9 §4 step 12). */
export type FindingsBlock = (input: FindingsInput) => Finding[];

export interface PolicyFamily {
  name: string;
  evidence: readonly EvidenceSlice[];
  findings: FindingsBlock;
}

/** A slice every report carries (channels, MCP, models, network). */
export function alwaysCollected(key: string, collect: (source: EvidenceSource) => unknown): EvidenceSlice {
  return { key, collectedFor: () => true, inEarlyReturns: true, collect };
}

/** A slice scanned from the config, collected only when the policy has rules of its kind. */
export function collectedWhen(
  key: string,
  hasRules: (policy: unknown) => boolean,
  scan: (config: Record<string, unknown>) => unknown,
): EvidenceSlice {
  return {
    key,
    collectedFor: (source) => hasRules(source.policy),
    inEarlyReturns: false,
    collect: (source) => scan(source.config),
  };
}
