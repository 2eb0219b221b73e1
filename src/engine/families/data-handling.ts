// The dataHandling family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.12, §7.4, §10.2): sensitive
// logging, telemetry content capture, session retention and transcript memory indexing. The
// evidence is also collected in every early return (SPEC-2026.9 §1), so it reads only the config.
import type { FindingsBlock, PolicyFamily } from '../current/policy-family.js';
import {
  agentScopeTargets,
  dataHandlingPolicyHasRules,
  policyHasDataHandlingRules,
  scopedAgentIdMatches,
} from '../current/policy-scope.js';
import { dataHandlingShapeFindings } from '../current/shape/index.js';
import { scopeTargetPrefix } from '../current/shape/policy-segment.js';
import { finding } from '../findings.js';
import { isRecord, valueAtPath } from '../record.js';
import type { Evidence, Finding } from '../types.js';
import {
  DEFAULTS_MEMORY_ID,
  type DataHandlingEntry,
  type DataHandlingKind,
  scanDataHandling,
} from './data-handling/scan.js';

export type { DataHandlingEntry, DataHandlingKind } from './data-handling/scan.js';
export { scanDataHandling } from './data-handling/scan.js';

type EntryFilter = (entry: DataHandlingEntry) => boolean;

/** Shape findings replace the family's findings; scoped overlays add memory findings per agent. */
export const dataHandlingFindings: FindingsBlock = ({ policy, name, evidence }) => {
  const shapeFindings = dataHandlingShapeFindings(policy, name);
  if (shapeFindings.length > 0) return shapeFindings;
  const entries = dataHandlingEvidence(evidence);
  const findings = ruleFindings(policy, name.document, 'dataHandling', entries, () => true);
  // Unlike the other agent-scoped families, the release does not require a valid `scopes` here.
  for (const target of agentScopeTargets(policy)) {
    if (!dataHandlingPolicyHasRules(target.overlay.dataHandling)) continue;
    const matchesTarget: EntryFilter = (entry) =>
      entry.kind !== 'memorySessionTranscriptIndexing' || scopedEntryMatches(entry, target.agentId, entries);
    findings.push(
      ...ruleFindings(
        target.overlay,
        name.document,
        `${scopeTargetPrefix(target.scopeName)}/dataHandling`,
        entries,
        matchesTarget,
      ),
    );
  }
  return findings;
};

/** The agent's own memory entry, or the defaults entry when the agent has none. */
function scopedEntryMatches(
  entry: DataHandlingEntry,
  agentId: string,
  entries: readonly DataHandlingEntry[],
): boolean {
  if (scopedAgentIdMatches(entry.agentId, agentId)) return true;
  return (
    entry.id === DEFAULTS_MEMORY_ID &&
    !entries.some(
      (candidate) =>
        candidate.scope === 'agent' &&
        candidate.kind === entry.kind &&
        scopedAgentIdMatches(candidate.agentId, agentId),
    )
  );
}

function dataHandlingEvidence(evidence: Evidence): DataHandlingEntry[] {
  return (evidence.dataHandling as DataHandlingEntry[] | undefined) ?? [];
}

const isEnabledRule = (rules: Record<string, unknown>, section: string, rule: string) =>
  valueAtPath(rules, [section, rule]) === true;

function ruleFindings(
  policy: unknown,
  policyDocument: string,
  requirementBase: string,
  entries: readonly DataHandlingEntry[],
  applies: EntryFilter,
): Finding[] {
  const rules = isRecord(policy) ? policy.dataHandling : undefined;
  if (!isRecord(rules)) return [];
  const requirement = (path: string) => `oc://${policyDocument}/${requirementBase}/${path}`;
  const matching = (kind: DataHandlingKind, violates: (value: boolean | string) => boolean) =>
    entries.filter((entry) => entry.kind === kind && applies(entry) && violates(entry.value));
  const findings: Finding[] = [];
  if (isEnabledRule(rules, 'telemetry', 'denyContentCapture')) {
    for (const entry of matching('telemetryContentCapture', (value) => value === true)) {
      findings.push(
        evidenceFinding(entry, {
          checkId: 'policy/data-handling-telemetry-content-capture',
          message: 'Telemetry content capture is enabled.',
          requirement: requirement('telemetry/denyContentCapture'),
          fixHint: 'Disable diagnostics.otel.captureContent or update policy after review.',
        }),
      );
    }
  }
  if (isEnabledRule(rules, 'retention', 'requireSessionMaintenance')) {
    for (const entry of matching('sessionRetentionMode', (value) => value !== 'enforce')) {
      findings.push(
        evidenceFinding(entry, {
          checkId: 'policy/data-handling-session-retention-not-enforced',
          message: `Session retention maintenance mode is '${String(entry.value)}'.`,
          requirement: requirement('retention/requireSessionMaintenance'),
          fixHint: 'Set session.maintenance.mode to enforce or update policy after review.',
        }),
      );
    }
  }
  if (isEnabledRule(rules, 'memory', 'denySessionTranscriptIndexing')) {
    for (const entry of matching('memorySessionTranscriptIndexing', (value) => value === true)) {
      const label = entry.agentId === undefined ? 'Global data handling config' : `agent '${entry.agentId}'`;
      findings.push(
        evidenceFinding(entry, {
          checkId: 'policy/data-handling-session-transcript-memory-enabled',
          message: `${label} enables session transcript memory indexing.`,
          requirement: requirement('memory/denySessionTranscriptIndexing'),
          fixHint:
            'Disable session transcript memory indexing for the matching config surface or update policy after review.',
        }),
      );
    }
  }
  return findings;
}

/** `policyEvidenceFinding` (SPEC-2026.9 §10.1): a finding pointing at one evidence entry. */
export function evidenceFinding(
  entry: { source: string },
  fields: { checkId: string; message: string; requirement: string; fixHint: string },
): Finding {
  return finding({
    ...fields,
    path: 'openclaw config',
    ocPath: entry.source,
    target: entry.source,
  });
}

export const dataHandlingFamily: PolicyFamily = {
  name: 'dataHandling',
  evidence: [
    {
      key: 'dataHandling',
      // The release collects it in every early return too (SPEC-2026.9 §1).
      inEarlyReturns: true,
      collectedFor: (source) => policyHasDataHandlingRules(source.policy),
      collect: ({ config }) => scanDataHandling(config),
    },
  ],
  findings: dataHandlingFindings,
};
