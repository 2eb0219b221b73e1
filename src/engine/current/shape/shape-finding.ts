// Every shape problem is reported the same way: a `policy/policy-jsonc-invalid` error on the
// policy file, with a target inside it and no requirement (SPEC-2026.9 §6).
import { finding, POLICY_INVALID } from '../../findings.js';
import type { PolicyName } from '../../rule-family.js';
import type { Finding } from '../../types.js';

/** `target` is the full `oc://` address. */
export function shapeFinding(name: PolicyName, target: string, message: string, fixHint: string): Finding {
  return finding({ checkId: POLICY_INVALID, message, path: name.display, target, fixHint });
}

/** The first finding of a lazily evaluated sequence of checks (later checks never run). */
export function firstFinding(checks: Iterable<Finding | undefined>): Finding | undefined {
  for (const found of checks) if (found !== undefined) return found;
  return undefined;
}

/** Every finding of a sequence of checks. */
export function allFindings(checks: Iterable<Finding | undefined>): Finding[] {
  return Array.from(checks).filter((found): found is Finding => found !== undefined);
}
