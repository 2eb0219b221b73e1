import type { ComparedNames, Weakening } from './strictness.js';
import type { Evidence, Finding, ToolDeclaration } from './types.js';

/** Where a policy's rules are addressed: `<display>` in messages, `oc://<document>/…` in targets. */
export interface PolicyName {
  display: string;
  document: string;
}

/** A container the shape validator checks (SPEC.md §2.1), in the order families list them. */
export type ContainerRule =
  | { path: readonly string[]; kind: 'object' }
  | { path: readonly string[]; kind: 'array' }
  | { path: readonly string[]; kind: 'boolean' }
  /** An array of strings that are non-empty after trimming; `noun` completes the fix hints. */
  | { path: readonly string[]; kind: 'string-list'; noun: { one: string; many: string } };

export interface EvidenceInput {
  config: Record<string, unknown>;
  policy: Record<string, unknown>;
  /** TOOLS.md declarations, present only when some family asked for them (`needsToolDeclarations`). */
  toolDeclarations: readonly ToolDeclaration[] | undefined;
}

export interface FindingsInput {
  policy: Record<string, unknown>;
  name: PolicyName;
  evidence: Evidence;
}

/**
 * One OpenClaw rule family: its policy containers, its evidence slice and its checks. Adding a
 * family is one new module plus one line in `registry.ts`. A family whose evidence is not part of
 * the baseline must add its slice only when the policy has rules of that family, so that adding
 * the family never moves an already accepted hash.
 */
export interface RuleFamily {
  name: string;
  /** The check ids this family can raise (counted in `checksRun`). */
  checkIds: readonly string[];
  containers: readonly ContainerRule[];
  /** Whether this family needs TOOLS.md to be read for this policy. */
  needsToolDeclarations?(policy: Record<string, unknown>): boolean;
  collectEvidence(input: EvidenceInput): Partial<Evidence>;
  /**
   * For each evidence slice, its entry rewritten with every key in canonical order (SPEC.md §4),
   * for `hashEvidence`. Typed `HashedForm<Entry>`, so the compiler rejects a copy that misses a
   * field of the entry type; a test checks the order.
   */
  hashedEntries: Readonly<Record<string, HashedEntry>>;
  findings(input: FindingsInput): Finding[];
  /** The rules this policy sets in this family, one entry per list item or flag (for diffs). */
  describeRules(policy: Record<string, unknown>): PolicyRule[];
  /** How `candidate` is weaker than `baseline` in this family's rules (empty: at least as strict). */
  compareStrictness(
    baseline: Record<string, unknown>,
    candidate: Record<string, unknown>,
    names: ComparedNames,
  ): Weakening[];
}

/** An evidence entry with every key of its type present (an absent one as `undefined`). */
export type HashedForm<T> = { [K in keyof Required<T>]: T[K] | undefined };
/** See `RuleFamily.hashedEntries`. */
export type HashedEntry = (entry: never) => object;

/** One authored rule, e.g. `{ rule: 'mcp.servers.deny', value: 'shell' }`. */
export interface PolicyRule {
  rule: string;
  value: string;
}
