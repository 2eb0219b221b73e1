import type { Finding, Severity } from './types.js';

/** Builds a finding with SPEC.md §2.3's key order, leaving out absent keys. */
export function finding(fields: {
  checkId: string;
  severity?: Severity;
  message: string;
  path?: string;
  line?: number;
  ocPath?: string;
  target?: string;
  requirement?: string;
  fixHint?: string;
}): Finding {
  const out: Finding = {
    checkId: fields.checkId,
    severity: fields.severity ?? 'error',
    message: fields.message,
    source: 'policy',
  };
  if (fields.path !== undefined) out.path = fields.path;
  if (fields.line !== undefined) out.line = fields.line;
  if (fields.ocPath !== undefined) out.ocPath = fields.ocPath;
  if (fields.target !== undefined) out.target = fields.target;
  if (fields.requirement !== undefined) out.requirement = fields.requirement;
  if (fields.fixHint !== undefined) out.fixHint = fields.fixHint;
  return out;
}

/** Reduces any finding-like object to exactly the attested shape (drops display extras). */
export function attestedShape(f: Finding): Finding {
  return finding(f);
}

export const POLICY_INVALID = 'policy/policy-jsonc-invalid';
export const POLICY_MISSING = 'policy/policy-jsonc-missing';
export const POLICY_HASH_MISMATCH = 'policy/policy-hash-mismatch';
export const ATTESTATION_HASH_MISMATCH = 'policy/attestation-hash-mismatch';
export const CONFIG_INVALID = 'policy/config-invalid';
