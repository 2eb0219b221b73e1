// The dataHandling family of OpenClaw 2026.9.6: exact evidence and findings for small loaded
// configs (expectations checked against the real release, test/fixtures/families-2026.9).
import { describe, expect, it } from 'vitest';
import type { FindingsInput } from '../../../src/engine/current/policy-family.js';
import {
  type DataHandlingEntry,
  dataHandlingFamily,
  scanDataHandling,
} from '../../../src/engine/families/data-handling.js';
import type { Evidence } from '../../../src/engine/types.js';

const NAME = { display: 'policy.jsonc', document: 'policy.jsonc' };
const REDACTION = {
  id: 'logging-redaction',
  kind: 'sensitiveLoggingRedaction',
  source: 'oc://openclaw.invariant/logging/redaction',
  scope: 'global',
  value: true,
  explicit: true,
};
const CAPTURE_OFF = {
  id: 'diagnostics-otel-content-capture',
  kind: 'telemetryContentCapture',
  source: 'oc://openclaw.config/diagnostics/otel/captureContent',
  scope: 'global',
  value: false,
  explicit: false,
};
const RETENTION_DEFAULT = {
  id: 'session-maintenance-mode',
  kind: 'sessionRetentionMode',
  source: 'oc://openclaw.config/session/maintenance/mode',
  scope: 'global',
  value: 'enforce',
  explicit: false,
};

function findingsFor(policy: unknown, entries: DataHandlingEntry[]) {
  const input: FindingsInput = {
    policy,
    name: NAME,
    evidence: { dataHandling: entries } as unknown as Evidence,
    execApprovalsFile: undefined,
    execApprovalsLocator: '',
    legacyToolsFile: false,
  };
  return dataHandlingFamily.findings(input);
}

describe('dataHandling evidence', () => {
  it('holds the invariant and the defaults for an empty config, sorted by source', () => {
    expect(scanDataHandling({})).toEqual([CAPTURE_OFF, RETENTION_DEFAULT, REDACTION]);
  });

  it('reads otel capture, the retention mode and inherited transcript memory', () => {
    const entries = scanDataHandling({
      diagnostics: { otel: { enabled: true, captureContent: true } },
      session: { maintenance: { mode: 'warn' } },
      memory: { search: { rememberAcrossConversations: true, sources: ['memory', 'sessions'] } },
      agents: { entries: { main: {} } },
    });
    expect(JSON.stringify(entries)).toBe(
      JSON.stringify([
        { ...CAPTURE_OFF, value: true, explicit: true },
        {
          id: 'agents-defaults-memory-session-transcripts',
          kind: 'memorySessionTranscriptIndexing',
          source: 'oc://openclaw.config/memory/search/rememberAcrossConversations',
          scope: 'global',
          value: true,
          explicit: true,
        },
        {
          id: 'main-memory-session-transcripts',
          kind: 'memorySessionTranscriptIndexing',
          source: 'oc://openclaw.config/memory/search/rememberAcrossConversations',
          scope: 'agent',
          agentId: 'main',
          value: true,
          explicit: false,
        },
        { ...RETENTION_DEFAULT, value: 'warn', explicit: true },
        REDACTION,
      ]),
    );
  });

  it('captures through logs when traces are off, and never when diagnostics are disabled', () => {
    const capture = (diagnostics: unknown) =>
      scanDataHandling({ diagnostics }).find((e) => e.kind === 'telemetryContentCapture')?.value;
    expect(capture({ otel: { enabled: true, traces: false, logs: true, captureContent: true } })).toBe(true);
    expect(capture({ otel: { enabled: true, traces: false, captureContent: true } })).toBe(false);
    expect(capture({ enabled: false, otel: { enabled: true, captureContent: true } })).toBe(false);
    // The object form needs traces, `enabled` and one content flag.
    expect(capture({ otel: { enabled: true, captureContent: { enabled: true, toolInputs: true } } })).toBe(
      true,
    );
    expect(capture({ otel: { enabled: true, captureContent: { toolInputs: true } } })).toBe(false);
  });

  it('points agents with local memory settings at their own setting', () => {
    const entries = scanDataHandling({
      memory: { search: { sources: ['memory'] } },
      agents: {
        entries: {
          main: {},
          ops: { memory: { search: { experimental: { sessionMemory: true }, sources: ['sessions'] } } },
          quiet: { memory: { search: { enabled: false } } },
        },
      },
    }).filter((e) => e.kind === 'memorySessionTranscriptIndexing');
    expect(entries.map((e) => [e.id, e.source, e.value, e.explicit])).toEqual([
      [
        'ops-memory-session-transcripts',
        'oc://openclaw.config/agents/entries/ops/memory/search/experimental/sessionMemory',
        true,
        true,
      ],
      [
        'quiet-memory-session-transcripts',
        'oc://openclaw.config/agents/entries/quiet/memory/search/rememberAcrossConversations',
        false,
        true,
      ],
      [
        'agents-defaults-memory-session-transcripts',
        'oc://openclaw.config/memory/search/rememberAcrossConversations',
        false,
        true,
      ],
      [
        'main-memory-session-transcripts',
        'oc://openclaw.config/memory/search/rememberAcrossConversations',
        false,
        false,
      ],
    ]);
  });

  it('points inheriting agents at rememberAcrossConversations even when the defaults use sessionMemory', () => {
    const entries = scanDataHandling({
      memory: { search: { experimental: { sessionMemory: true }, sources: ['sessions'] } },
      agents: { entries: { main: {} } },
    }).filter((e) => e.kind === 'memorySessionTranscriptIndexing');
    expect(entries.map((e) => [e.id, e.source, e.value])).toEqual([
      [
        'agents-defaults-memory-session-transcripts',
        'oc://openclaw.config/memory/search/experimental/sessionMemory',
        true,
      ],
      [
        'main-memory-session-transcripts',
        'oc://openclaw.config/memory/search/rememberAcrossConversations',
        true,
      ],
    ]);
  });

  it('has no memory entries when nothing says anything about transcripts', () => {
    const entries = scanDataHandling({
      memory: { search: { provider: 'local' } },
      agents: { entries: { main: {} } },
    });
    expect(entries.map((e) => e.id)).toEqual([
      'diagnostics-otel-content-capture',
      'session-maintenance-mode',
      'logging-redaction',
    ]);
  });

  it('is collected in early returns and otherwise only for data-handling rules', () => {
    const [slice] = dataHandlingFamily.evidence;
    expect(slice?.inEarlyReturns).toBe(true);
    const source = (policy: unknown) => ({
      config: {},
      policy,
      execApprovalsRaw: undefined,
      agentsMarkdown: undefined,
    });
    expect(slice?.collectedFor(source({ dataHandling: { retention: {} } }))).toBe(false);
    expect(
      slice?.collectedFor(
        source({ scopes: { s: { dataHandling: { memory: { denySessionTranscriptIndexing: false } } } } }),
      ),
    ).toBe(true);
  });
});

describe('dataHandling findings', () => {
  const config = {
    diagnostics: { otel: { enabled: true, captureContent: true } },
    session: { maintenance: { mode: 'warn' } },
    memory: { search: { rememberAcrossConversations: true, sources: ['sessions'] } },
    agents: { entries: { main: {}, ops: { memory: { search: { enabled: false } } } } },
  };
  const entries = scanDataHandling(config);

  it('reports each enabled rule over the matching entries (redaction never fires)', () => {
    const findings = findingsFor(
      {
        dataHandling: {
          sensitiveLogging: { requireRedaction: true },
          telemetry: { denyContentCapture: true },
          retention: { requireSessionMaintenance: true },
          memory: { denySessionTranscriptIndexing: true },
        },
      },
      entries,
    );
    expect(findings.map((f) => [f.checkId, f.message, f.target, f.requirement])).toEqual([
      [
        'policy/data-handling-telemetry-content-capture',
        'Telemetry content capture is enabled.',
        'oc://openclaw.config/diagnostics/otel/captureContent',
        'oc://policy.jsonc/dataHandling/telemetry/denyContentCapture',
      ],
      [
        'policy/data-handling-session-retention-not-enforced',
        "Session retention maintenance mode is 'warn'.",
        'oc://openclaw.config/session/maintenance/mode',
        'oc://policy.jsonc/dataHandling/retention/requireSessionMaintenance',
      ],
      [
        'policy/data-handling-session-transcript-memory-enabled',
        'Global data handling config enables session transcript memory indexing.',
        'oc://openclaw.config/memory/search/rememberAcrossConversations',
        'oc://policy.jsonc/dataHandling/memory/denySessionTranscriptIndexing',
      ],
      [
        'policy/data-handling-session-transcript-memory-enabled',
        "agent 'main' enables session transcript memory indexing.",
        'oc://openclaw.config/memory/search/rememberAcrossConversations',
        'oc://policy.jsonc/dataHandling/memory/denySessionTranscriptIndexing',
      ],
    ]);
    expect(findings[0]).toEqual({
      checkId: 'policy/data-handling-telemetry-content-capture',
      severity: 'error',
      message: 'Telemetry content capture is enabled.',
      source: 'policy',
      path: 'openclaw config',
      ocPath: 'oc://openclaw.config/diagnostics/otel/captureContent',
      target: 'oc://openclaw.config/diagnostics/otel/captureContent',
      requirement: 'oc://policy.jsonc/dataHandling/telemetry/denyContentCapture',
      fixHint: 'Disable diagnostics.otel.captureContent or update policy after review.',
    });
  });

  it('judges a scoped agent by its own entry, or the defaults entry when it has none', () => {
    const policy = {
      scopes: {
        'ops team': {
          agentIds: ['Main', 'ghost', 'ops'],
          dataHandling: { memory: { denySessionTranscriptIndexing: true } },
        },
      },
    };
    const findings = findingsFor(policy, entries);
    expect(findings.map((f) => [f.message, f.requirement])).toEqual([
      [
        "agent 'main' enables session transcript memory indexing.",
        'oc://policy.jsonc/scopes/"ops team"/dataHandling/memory/denySessionTranscriptIndexing',
      ],
      [
        'Global data handling config enables session transcript memory indexing.',
        'oc://policy.jsonc/scopes/"ops team"/dataHandling/memory/denySessionTranscriptIndexing',
      ],
    ]);
  });

  it('runs scoped overlays even when the scopes section is invalid (as the release does)', () => {
    const policy = {
      scopes: {
        bad: {
          agentIds: ['main'],
          extra: true,
          dataHandling: { memory: { denySessionTranscriptIndexing: true } },
        },
      },
    };
    expect(findingsFor(policy, entries).map((f) => f.requirement)).toEqual([
      'oc://policy.jsonc/scopes/bad/dataHandling/memory/denySessionTranscriptIndexing',
    ]);
  });

  it('ignores rules that are not `true`', () => {
    expect(findingsFor({ dataHandling: { telemetry: { denyContentCapture: false } } }, entries)).toEqual([]);
  });
});
