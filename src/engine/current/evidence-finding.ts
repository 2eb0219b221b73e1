// `policyEvidenceFinding` of OpenClaw 2026.9.6 (SPEC-2026.9 §10.1): the finding every config
// check raises, an error pointing at the config source of one evidence entry.
import { finding } from '../findings.js';
import type { Finding } from '../types.js';
import type { CurrentCheckId } from './check-ids.js';

export function policyEvidenceFinding(
  source: string,
  fields: { checkId: CurrentCheckId; message: string; requirement: string; fixHint: string },
): Finding {
  return finding({
    checkId: fields.checkId,
    message: fields.message,
    path: 'openclaw config',
    ocPath: source,
    target: source,
    requirement: fields.requirement,
    fixHint: fields.fixHint,
  });
}
