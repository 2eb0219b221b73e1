// The decisions the sidecar gave, remembered per call until the call's result audit arrives, so
// that the audit line records what the sidecar itself decided, not what the caller claims it was
// told (notes §2.7: the result echoes a `decision` the caller fills in). Bounded: at most
// `maxEntries` calls, each for at most `ttlMs`; the oldest are forgotten first. A call is
// identified by every identity field of the request plus the tool name (the result carries the
// same block), hashed, so a caller's long strings cost the memory of a digest.
import { hash } from 'node:crypto';
import { IDENTITY_FIELDS, type CallIdentity } from './execute-request.js';
import type { GovernanceDecision } from './govern-tool-call.js';

/** What the audit line keeps of the sidecar's decision. */
export interface RememberedDecision {
  action: GovernanceDecision['action'];
  allowed: boolean;
  code: GovernanceDecision['code'];
  reason: string;
  policyId: string;
  ruleId: string;
  attestation: GovernanceDecision['attestation'];
  /** When the sidecar answered (wall clock, ISO 8601). */
  decidedAt: string;
}

export interface DecisionMemoryLimits {
  maxEntries: number;
  /** How long a decision waits for its result (a call waiting for a person's approval waits too). */
  ttlMs: number;
}

export const DEFAULT_DECISION_MEMORY: DecisionMemoryLimits = { maxEntries: 10_000, ttlMs: 60 * 60 * 1000 };

interface Entry {
  key: string;
  /** Monotonic time it was remembered. */
  at: number;
  decision: RememberedDecision;
}

export class RecentDecisions {
  /** By insertion number; Map order is insertion order, so the first entry is the oldest. */
  private readonly entries = new Map<number, Entry>();
  /** Call key → its entries' numbers, oldest first (a call without `callId` may repeat). */
  private readonly byKey = new Map<string, number[]>();
  private next = 0;

  constructor(
    private readonly limits: DecisionMemoryLimits,
    private readonly now: () => number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  remember(identity: CallIdentity, decision: RememberedDecision): void {
    const at = this.now();
    this.forgetExpired(at);
    const key = keyOf(identity);
    const id = this.next++;
    this.entries.set(id, { key, at, decision });
    const ids = this.byKey.get(key);
    if (ids === undefined) this.byKey.set(key, [id]);
    else ids.push(id);
    while (this.entries.size > this.limits.maxEntries) this.forgetOldest();
  }

  /** The oldest decision remembered for the call, forgotten as it is taken (a result counts once). */
  take(identity: CallIdentity): RememberedDecision | undefined {
    this.forgetExpired(this.now());
    const key = keyOf(identity);
    const ids = this.byKey.get(key);
    const id = ids?.shift();
    if (id === undefined) return undefined;
    if (ids!.length === 0) this.byKey.delete(key);
    const entry = this.entries.get(id);
    this.entries.delete(id);
    return entry?.decision;
  }

  private forgetExpired(now: number): void {
    for (const [, entry] of this.entries) {
      if (now - entry.at <= this.limits.ttlMs) return;
      this.forgetOldest();
    }
  }

  private forgetOldest(): void {
    const first = this.entries.entries().next();
    if (first.done === true) return;
    const [id, entry] = first.value;
    this.entries.delete(id);
    const ids = this.byKey.get(entry.key);
    // The oldest entry overall is the oldest of its call.
    ids?.shift();
    if (ids?.length === 0) this.byKey.delete(entry.key);
  }
}

export function rememberedFrom(
  decision: Omit<RememberedDecision, 'decidedAt'>,
  decidedAt: string,
): RememberedDecision {
  const { action, allowed, code, reason, policyId, ruleId, attestation } = decision;
  return { action, allowed, code, reason, policyId, ruleId, attestation, decidedAt };
}

function keyOf(identity: CallIdentity): string {
  const parts = [identity.toolName, ...IDENTITY_FIELDS.map((field) => identity[field] ?? null)];
  return hash('sha256', JSON.stringify(parts), 'base64');
}
