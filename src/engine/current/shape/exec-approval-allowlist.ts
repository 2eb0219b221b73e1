// Entries of `execApprovals.agents.allowlist.expected` (SPEC-2026.9 §5.14): a non-empty string,
// or `{ pattern, argPattern? }` with strings and no other keys. Shared by the shape check, the
// strictness comparison (entries compare by `key`) and the exec-approvals family.
import { isRecord, valueAtPath } from '../../record.js';

export interface ExecApprovalAllowlistRequirement {
  /** `pattern` NUL `argPattern`: two requirements are the same entry when their keys are equal. */
  key: string;
  pattern: string;
  argPattern?: string;
}

/** One entry read, trimmed; undefined when it is not a valid entry. A blank argPattern is none. */
export function execApprovalAllowlistRequirement(
  value: unknown,
): ExecApprovalAllowlistRequirement | undefined {
  if (typeof value === 'string') {
    const pattern = value.trim();
    return pattern === '' ? undefined : requirement(pattern, undefined);
  }
  if (!isRecord(value) || Object.keys(value).some((key) => key !== 'argPattern' && key !== 'pattern'))
    return undefined;
  const pattern = typeof value.pattern === 'string' ? value.pattern.trim() : '';
  if (pattern === '') return undefined;
  if (value.argPattern !== undefined && typeof value.argPattern !== 'string') return undefined;
  const argPattern = typeof value.argPattern === 'string' ? value.argPattern.trim() : undefined;
  return requirement(pattern, argPattern === '' ? undefined : argPattern);
}

/** Every entry of the list at `path`, or undefined when it is not a list of valid entries. */
export function readExecApprovalAllowlistRequirements(
  value: unknown,
  path: readonly string[],
): ExecApprovalAllowlistRequirement[] | undefined {
  const current = valueAtPath(value, path);
  if (!Array.isArray(current)) return undefined;
  const entries = current.map(execApprovalAllowlistRequirement);
  return entries.every((entry) => entry !== undefined) ? entries : undefined;
}

/** The first index whose entry is invalid (holes included), or -1. */
export function invalidAllowlistEntryIndex(list: readonly unknown[]): number {
  return list.findIndex((entry) => execApprovalAllowlistRequirement(entry) === undefined);
}

function requirement(pattern: string, argPattern: string | undefined): ExecApprovalAllowlistRequirement {
  return {
    key: `${pattern}\0${argPattern ?? ''}`,
    pattern,
    ...(argPattern === undefined ? {} : { argPattern }),
  };
}
