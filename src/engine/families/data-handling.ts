// The dataHandling family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.12, §7.4, §10.2): sensitive
// logging, telemetry content capture, session retention and transcript memory indexing. The
// evidence is also collected in every early return (SPEC-2026.9 §1), so it reads only the config.
import { agentScopeEntries } from '../current/agent-scope-entries.js';
import { policyEvidenceFinding } from '../current/evidence-finding.js';
import { ownerLabel } from '../current/owner-label.js';
import type { FindingsBlock, PolicyFamily } from '../current/policy-family.js';
import { agentScopeTargets, policyHasDataHandlingRules } from '../current/policy-scope.js';
import { requirementOf, type RuleLocation } from '../current/rule-location.js';
import { topLevelThenScopedFindings } from '../current/scoped-rule-findings.js';
import { dataHandlingShapeFindings } from '../current/shape/index.js';
import { valueAtPath } from '../record.js';
import type { Finding } from '../types.js';
import {
  DEFAULTS_MEMORY_ID,
  type DataHandlingEntry,
  type DataHandlingKind,
  scanDataHandling,
} from './data-handling/scan.js';

export type { DataHandlingEntry, DataHandlingKind } from './data-handling/scan.js';
export { scanDataHandling } from './data-handling/scan.js';

/** Shape findings replace the family's findings; scoped overlays add memory findings per agent. */
export const dataHandlingFindings: FindingsBlock = ({ policy, name, evidence }) => {
  const shapeFindings = dataHandlingShapeFindings(policy, name);
  if (shapeFindings.length > 0) return shapeFindings;
  const entries = (evidence.dataHandling as DataHandlingEntry[] | undefined) ?? [];
  return topLevelThenScopedFindings(policy, name, {
    path: ['dataHandling'],
    // Unlike the other agent-scoped families, the release does not require a valid `scopes` here.
    requireValidScopes: false,
    scopeTargets: agentScopeTargets,
    entries,
    // The agent's own memory entry, or the defaults one when it has none; the other kinds are
    // global settings only, which every agent inherits.
    scopedEntries: (target) =>
      agentScopeEntries(
        entries,
        target.agentId,
        (entry) => entry.kind !== 'memorySessionTranscriptIndexing' || entry.id === DEFAULTS_MEMORY_ID,
      ),
    ruleFindings,
  });
};

const isEnabledRule = (rules: Record<string, unknown>, section: string, rule: string) =>
  valueAtPath(rules, [section, rule]) === true;

function ruleFindings(
  rules: Record<string, unknown>,
  location: RuleLocation,
  entries: readonly DataHandlingEntry[],
): Finding[] {
  const requirement = (path: string) => requirementOf(location, path);
  const matching = (kind: DataHandlingKind, violates: (value: boolean | string) => boolean) =>
    entries.filter((entry) => entry.kind === kind && violates(entry.value));
  const findings: Finding[] = [];
  if (isEnabledRule(rules, 'telemetry', 'denyContentCapture')) {
    for (const entry of matching('telemetryContentCapture', (value) => value === true)) {
      findings.push(
        policyEvidenceFinding(entry.source, {
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
        policyEvidenceFinding(entry.source, {
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
      const label = ownerLabel(entry, 'Global data handling config');
      findings.push(
        policyEvidenceFinding(entry.source, {
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
