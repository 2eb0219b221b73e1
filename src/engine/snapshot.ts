import { isRecord } from './record.js';

/** The hashes of one saved `check --json` output (SPEC.md §5 `diff`). */
export interface CheckSnapshot {
  ok: boolean;
  policyHash?: string;
  evidenceHash?: string;
  findingsHash?: string;
  attestationHash?: string;
  checkedAt?: string;
}

export const COMPONENTS = ['result', 'policy', 'evidence', 'findings', 'attestation'] as const;
export type Component = (typeof COMPONENTS)[number];

const COMPONENT_FIELD: Record<Component, keyof CheckSnapshot> = {
  result: 'ok',
  policy: 'policyHash',
  evidence: 'evidenceHash',
  findings: 'findingsHash',
  attestation: 'attestationHash',
};

/** Reads the snapshot of a `check --json` value, or explains why it is not one. */
export function snapshotOf(report: unknown): { snapshot: CheckSnapshot } | { problem: string } {
  if (!isRecord(report) || typeof report.ok !== 'boolean')
    return { problem: 'is not a policy check --json output (no boolean "ok")' };
  const snapshot: CheckSnapshot = { ok: report.ok };
  const attestation = report.attestation;
  if (attestation === undefined) return { snapshot };
  if (!isRecord(attestation)) return { problem: 'has an "attestation" that is not an object' };
  const strings: [keyof CheckSnapshot, unknown][] = [
    ['policyHash', isRecord(attestation.policy) ? attestation.policy.hash : undefined],
    ['evidenceHash', isRecord(attestation.workspace) ? attestation.workspace.hash : undefined],
    ['findingsHash', attestation.findingsHash],
    ['attestationHash', attestation.attestationHash],
    ['checkedAt', attestation.checkedAt],
  ];
  for (const [field, value] of strings) {
    if (value === undefined) continue;
    if (typeof value !== 'string') return { problem: `has a non-string ${field}` };
    (snapshot as unknown as Record<string, unknown>)[field] = value;
  }
  return { snapshot };
}

/** The components that differ, in the fixed order; `checkedAt` is never compared. */
export function changedComponents(before: CheckSnapshot, after: CheckSnapshot): Component[] {
  return COMPONENTS.filter(
    (component) => before[COMPONENT_FIELD[component]] !== after[COMPONENT_FIELD[component]],
  );
}

export function componentValue(snapshot: CheckSnapshot, component: Component): string {
  const value = snapshot[COMPONENT_FIELD[component]];
  return value === undefined ? 'missing' : String(value);
}
