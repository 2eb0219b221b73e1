// The post-execution result audit (notes §2.7) as one JSON line. Only the protocol's own fields
// are kept (identity, descriptor, result metadata), so a caller cannot grow the log with arbitrary
// data; the request body itself is capped by the server. `decision` is the sidecar's own decision
// for that call (remembered when it answered), never the caller's word: the caller's echo is kept
// beside it as `reportedDecision`, labelled as what it is.
import { isRecord } from '../engine/record.js';
import type { RememberedDecision } from './call-decisions.js';
import { callIdentityOf, IDENTITY_FIELDS, type CallIdentity, type Parsed } from './execute-request.js';

export interface AuditContext {
  recordedAt: string;
  attestation: { current?: string; accepted?: string };
  /**
   * The sidecar's decision for the call, taken (forgotten) as the record is made; called only for
   * a body that is a valid result audit.
   */
  decisionFor: (identity: CallIdentity) => RememberedDecision | undefined;
}

/** `decision` in the audit line: the sidecar's own, or why there is none. */
export type AuditedDecision =
  ({ source: 'sidecar' } & RememberedDecision) | { source: 'none'; reason: string };

export const NO_DECISION_REASON =
  'The sidecar has no decision for this call: it did not decide it (OpenClaw.NET ran it without an answer, e.g. failing open), the result was already recorded, or the decision was forgotten (too old or too many calls since).';

/** The line to append, or why the body is not a result audit. */
export function auditRecordFrom(body: unknown, context: AuditContext): Parsed<Record<string, unknown>> {
  if (!isRecord(body)) return { ok: false, reason: 'the request body must be a JSON object.' };
  if (typeof body.toolName !== 'string' || body.toolName.trim() === '') {
    return { ok: false, reason: 'toolName is required and must be a non-empty string.' };
  }
  for (const field of IDENTITY_FIELDS) {
    const value = body[field];
    if (value !== undefined && value !== null && typeof value !== 'string')
      return { ok: false, reason: `${field} must be a string.` };
  }
  for (const field of ['descriptor', 'decision', 'result'] as const) {
    const value = body[field];
    if (value !== undefined && value !== null && !isRecord(value))
      return { ok: false, reason: `${field} must be an object.` };
  }
  const identity = callIdentityOf(body)!;
  const remembered = context.decisionFor(identity);
  const decision: AuditedDecision =
    remembered === undefined
      ? { source: 'none', reason: NO_DECISION_REASON }
      : { source: 'sidecar', ...remembered };
  const record: Record<string, unknown> = {
    recordedAt: context.recordedAt,
    attestation: context.attestation,
  };
  for (const field of IDENTITY_FIELDS) if (identity[field] !== undefined) record[field] = identity[field];
  record.toolName = identity.toolName;
  if (isRecord(body.descriptor)) record.descriptor = body.descriptor;
  record.decision = decision;
  if (isRecord(body.decision)) record.reportedDecision = body.decision;
  if (isRecord(body.result)) record.result = body.result;
  return { ok: true, value: record };
}
