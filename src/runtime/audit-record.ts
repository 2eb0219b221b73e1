// The post-execution result audit (notes §2.7) as one JSON line. Only the protocol's own fields
// are kept (identity, descriptor, the decision echoed back, result metadata), so a caller cannot
// grow the log with arbitrary data; the request body itself is capped by the server.
import { isRecord } from '../engine/record.js';
import { IDENTITY_FIELDS, type Parsed } from './execute-request.js';

const OBJECT_FIELDS = ['descriptor', 'decision', 'result'] as const;

export interface AuditContext {
  recordedAt: string;
  attestation: { current?: string; accepted?: string };
}

/** The line to append, or why the body is not a result audit. */
export function auditRecordFrom(body: unknown, context: AuditContext): Parsed<Record<string, unknown>> {
  if (!isRecord(body)) return { ok: false, reason: 'the request body must be a JSON object.' };
  if (typeof body.toolName !== 'string' || body.toolName.trim() === '') {
    return { ok: false, reason: 'toolName is required and must be a non-empty string.' };
  }
  const record: Record<string, unknown> = {
    recordedAt: context.recordedAt,
    attestation: context.attestation,
  };
  for (const field of IDENTITY_FIELDS) {
    const value = body[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') return { ok: false, reason: `${field} must be a string.` };
    record[field] = value;
  }
  record.toolName = body.toolName;
  for (const field of OBJECT_FIELDS) {
    const value = body[field];
    if (value === undefined || value === null) continue;
    if (!isRecord(value)) return { ok: false, reason: `${field} must be an object.` };
    record[field] = value;
  }
  return { ok: true, value: record };
}
