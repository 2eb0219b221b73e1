import { canonicalJson } from './canonical-json.js';
import { isRecord } from './record.js';
import { RULE_FAMILIES } from './registry.js';
import type { PolicyRule } from './rule-family.js';
import type { Finding } from './types.js';

/** One evidence entry, addressed by its slice and its `oc://` source. */
export interface EvidenceEntryRef {
  slice: string;
  source: string;
  entry: Record<string, unknown>;
}

export interface EvidenceFieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface Explanation {
  findings: { added: Finding[]; resolved: Finding[] };
  evidence: {
    added: EvidenceEntryRef[];
    removed: EvidenceEntryRef[];
    changed: (EvidenceEntryRef & { changes: EvidenceFieldChange[] })[];
  };
  /** Present only when both policies were available. */
  policy?: { added: PolicyRule[]; removed: PolicyRule[] };
}

/** What moved between two checks, beyond which hash changed. */
export function explainChange(
  before: { evidence: unknown; findings: readonly Finding[]; policy?: unknown },
  after: { evidence: unknown; findings: readonly Finding[]; policy?: unknown },
): Explanation {
  const explanation: Explanation = {
    findings: {
      added: multisetMinus(after.findings, before.findings),
      resolved: multisetMinus(before.findings, after.findings),
    },
    evidence: diffEvidence(before.evidence, after.evidence),
  };
  if (before.policy !== undefined && after.policy !== undefined) {
    const rulesBefore = describePolicy(before.policy);
    const rulesAfter = describePolicy(after.policy);
    explanation.policy = {
      added: multisetMinus(rulesAfter, rulesBefore),
      removed: multisetMinus(rulesBefore, rulesAfter),
    };
  }
  return explanation;
}

export function describePolicy(policy: unknown): PolicyRule[] {
  if (!isRecord(policy)) return [];
  return RULE_FAMILIES.flatMap((family) => family.describeRules(policy));
}

export function isEmptyExplanation(e: Explanation): boolean {
  return (
    e.findings.added.length +
      e.findings.resolved.length +
      e.evidence.added.length +
      e.evidence.removed.length +
      e.evidence.changed.length ===
      0 &&
    (e.policy === undefined || e.policy.added.length + e.policy.removed.length === 0)
  );
}

/** Items of `a` not matched one-for-one in `b`, compared by canonical JSON, in `a`'s order. */
function multisetMinus<T>(a: readonly T[], b: readonly T[]): T[] {
  const counts = new Map<string, number>();
  for (const item of b) {
    const key = canonicalJson(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const out: T[] = [];
  for (const item of a) {
    const key = canonicalJson(item);
    const left = counts.get(key) ?? 0;
    if (left > 0) counts.set(key, left - 1);
    else out.push(item);
  }
  return out;
}

function diffEvidence(before: unknown, after: unknown): Explanation['evidence'] {
  const beforeEntries = indexEntries(before);
  const afterEntries = indexEntries(after);
  const result: Explanation['evidence'] = { added: [], removed: [], changed: [] };
  for (const [key, entry] of beforeEntries) {
    const next = afterEntries.get(key);
    if (next === undefined) result.removed.push(entry);
    else {
      const changes = fieldChanges(entry.entry, next.entry);
      if (changes.length > 0) result.changed.push({ ...next, changes });
    }
  }
  for (const [key, entry] of afterEntries) if (!beforeEntries.has(key)) result.added.push(entry);
  return result;
}

/** Keyed by slice, source and occurrence (TOOLS.md may declare one tool twice). */
function indexEntries(evidence: unknown): Map<string, EvidenceEntryRef> {
  const index = new Map<string, EvidenceEntryRef>();
  if (!isRecord(evidence)) return index;
  for (const [slice, entries] of Object.entries(evidence)) {
    if (!Array.isArray(entries)) continue;
    const seen = new Map<string, number>();
    for (const entry of entries) {
      if (!isRecord(entry)) continue;
      const source = typeof entry.source === 'string' ? entry.source : canonicalJson(entry);
      const occurrence = seen.get(source) ?? 0;
      seen.set(source, occurrence + 1);
      index.set(`${slice}\u0000${source}\u0000${occurrence}`, { slice, source, entry });
    }
  }
  return index;
}

function fieldChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): EvidenceFieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => canonicalJson(before[field]) !== canonicalJson(after[field]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}
