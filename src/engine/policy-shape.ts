import { finding, POLICY_INVALID } from './findings.js';
import { isRecord } from './record.js';
import type { ContainerRule, PolicyName } from './rule-family.js';
import { policyAddress } from './oc-path.js';
import type { Finding } from './types.js';

/**
 * SPEC.md §2.1 validator 1: the top level, then every family's containers in order; only the
 * first failure is reported. Absent containers are fine (a rule runs only when present).
 */
export function containerShapeFinding(
  policy: unknown,
  containers: readonly ContainerRule[],
  name: PolicyName,
): Finding | undefined {
  const d = name.display;
  if (!isRecord(policy)) {
    return invalid(
      name,
      [],
      `${d} must contain a policy object.`,
      `Fix ${d} so the top-level policy is an object.`,
    );
  }
  for (const rule of containers) {
    const value = presentValueAt(policy, rule.path);
    if (value === undefined) continue;
    const problem = containerProblem(rule, value.value, name);
    if (problem) return problem;
  }
  return undefined;
}

/** The value at `path` when every parent is a record and the value is present. */
function presentValueAt(
  policy: Record<string, unknown>,
  path: readonly string[],
): { value: unknown } | undefined {
  let current: unknown = policy;
  for (const key of path) {
    if (!isRecord(current) || !Object.hasOwn(current, key)) return undefined;
    current = current[key];
  }
  return current === undefined ? undefined : { value: current };
}

function containerProblem(rule: ContainerRule, value: unknown, name: PolicyName): Finding | undefined {
  const d = name.display;
  const dotted = rule.path.join('.');
  switch (rule.kind) {
    case 'object':
      return isRecord(value)
        ? undefined
        : invalid(
            name,
            rule.path,
            `${d} ${dotted} must be an object.`,
            `Fix ${d} so ${dotted} is an object.`,
          );
    case 'array':
      return Array.isArray(value)
        ? undefined
        : invalid(name, rule.path, `${d} ${dotted} must be an array.`, `Fix ${d} so ${dotted} is an array.`);
    case 'boolean':
      return typeof value === 'boolean'
        ? undefined
        : invalid(
            name,
            rule.path,
            `${d} ${dotted} must be a boolean.`,
            `Fix ${d} so ${dotted} is true or false.`,
          );
    case 'string-list': {
      if (!Array.isArray(value)) {
        return invalid(
          name,
          rule.path,
          `${d} ${dotted} must be an array.`,
          `Fix ${d} so ${dotted} is an array of ${rule.noun.many}.`,
        );
      }
      const bad = value.findIndex((entry) => typeof entry !== 'string' || entry.trim() === '');
      if (bad < 0) return undefined;
      return invalid(
        name,
        [...rule.path, `#${bad}`],
        `${d} ${dotted}[${bad}] must be a non-empty string.`,
        `Fix ${d} so each ${dotted} entry is ${rule.noun.one}.`,
      );
    }
  }
}

/** A `policy-jsonc-invalid` finding addressed at a policy path (no ocPath, no requirement). */
export function invalid(
  name: PolicyName,
  segments: readonly string[],
  message: string,
  fixHint: string,
): Finding {
  return finding({
    checkId: POLICY_INVALID,
    message,
    path: name.display,
    target: policyAddress(name.document, ...segments),
    fixHint,
  });
}
