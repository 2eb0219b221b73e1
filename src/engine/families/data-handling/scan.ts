// The dataHandling evidence of OpenClaw 2026.9.6 (`scanPolicyDataHandling`, SPEC-2026.9 §7.4):
// the redaction invariant, telemetry content capture, the session retention mode and, per
// configured agent, whether session transcripts are indexed into memory.
import { sortByKey } from '../../canonical-json.js';
import { normalizeAgentId } from '../../current/agent-id.js';
import { booleanValue } from '../../current/config-values.js';
import { configuredAgentSettings } from '../../current/configured-agents.js';
import { configAddress } from '../../oc-path.js';
import { isRecord, recordOrEmpty } from '../../record.js';

export type DataHandlingKind =
  | 'sensitiveLoggingRedaction'
  | 'telemetryContentCapture'
  | 'sessionRetentionMode'
  | 'memorySessionTranscriptIndexing';

export interface DataHandlingEntry {
  id: string;
  kind: DataHandlingKind;
  source: string;
  scope: 'global' | 'agent';
  agentId?: string;
  /** A boolean, except for `sessionRetentionMode` (the configured mode). */
  value: boolean | string;
  explicit: boolean;
}

/** Redaction is not configurable: OpenClaw always redacts, so the rule is satisfied by this entry. */
const REDACTION_INVARIANT: DataHandlingEntry = {
  id: 'logging-redaction',
  kind: 'sensitiveLoggingRedaction',
  source: 'oc://openclaw.invariant/logging/redaction',
  scope: 'global',
  value: true,
  explicit: true,
};

export const DEFAULTS_MEMORY_ID = 'agents-defaults-memory-session-transcripts';
const REMEMBER_SUFFIX = 'memory/search/rememberAcrossConversations';
const SESSION_MEMORY_SUFFIX = 'memory/search/experimental/sessionMemory';

/** `scanPolicyDataHandling`: the entries sorted by source. */
export function scanDataHandling(config: Record<string, unknown>): DataHandlingEntry[] {
  const maintenance = recordOrEmpty(recordOrEmpty(config.session).maintenance);
  const entries: DataHandlingEntry[] = [
    { ...REDACTION_INVARIANT },
    telemetryContentCaptureEntry(config),
    {
      id: 'session-maintenance-mode',
      kind: 'sessionRetentionMode',
      source: configAddress('session', 'maintenance', 'mode'),
      scope: 'global',
      value: typeof maintenance.mode === 'string' ? maintenance.mode : 'enforce',
      explicit: maintenance.mode !== undefined,
    },
    ...memoryTranscriptIndexingEntries(config),
  ];
  return sortByKey(entries, (entry) => entry.source);
}

function telemetryContentCaptureEntry(config: Record<string, unknown>): DataHandlingEntry {
  const diagnostics = recordOrEmpty(config.diagnostics);
  const otel = recordOrEmpty(diagnostics.otel);
  const otelEnabled = diagnostics.enabled !== false && otel.enabled === true;
  const signals = { traces: otelEnabled && otel.traces !== false, logs: otelEnabled && otel.logs === true };
  return {
    id: 'diagnostics-otel-content-capture',
    kind: 'telemetryContentCapture',
    source: configAddress('diagnostics', 'otel', 'captureContent'),
    scope: 'global',
    value: otelEnabled && contentCaptureEnabled(otel.captureContent, signals),
    explicit: otel.captureContent !== undefined,
  };
}

const CONTENT_FLAGS = [
  'inputMessages',
  'outputMessages',
  'toolInputs',
  'toolOutputs',
  'systemPrompt',
  'toolDefinitions',
];

/** `true` captures on every enabled signal; the object form needs traces, `enabled` and a flag. */
function contentCaptureEnabled(value: unknown, signals: { traces: boolean; logs: boolean }): boolean {
  if (value === true) return signals.traces || signals.logs;
  if (!isRecord(value) || !signals.traces || value.enabled !== true) return false;
  return CONTENT_FLAGS.some((flag) => value[flag] === true);
}

/** Whether `sources` lists `sessions`; undefined when `sources` is not set. */
function sourcesIncludeSessions(search: unknown): boolean | undefined {
  if (!isRecord(search) || search.sources === undefined) return undefined;
  return Array.isArray(search.sources) && search.sources.includes('sessions');
}

/**
 * Whether a `memory.search` block indexes session transcripts, each setting falling back to
 * `inherited`; undefined when the block itself says nothing about it.
 */
function transcriptIndexing(search: unknown, inherited?: unknown): boolean | undefined {
  if (!isRecord(search)) return undefined;
  const base = recordOrEmpty(inherited);
  const experimental = recordOrEmpty(search.experimental);
  const localSessionMemory = booleanValue(experimental.sessionMemory);
  const remember =
    booleanValue(search.rememberAcrossConversations) ??
    localSessionMemory ??
    booleanValue(base.rememberAcrossConversations) ??
    booleanValue(recordOrEmpty(base.experimental).sessionMemory);
  const localSources = sourcesIncludeSessions(search);
  if (
    remember === undefined &&
    localSessionMemory === undefined &&
    localSources === undefined &&
    booleanValue(search.enabled) === undefined
  )
    return undefined;
  const enabled = booleanValue(search.enabled) ?? booleanValue(base.enabled) ?? true;
  if (!enabled) return false;
  return remember === true && (localSources ?? sourcesIncludeSessions(base) ?? false);
}

function hasLocalTranscriptSettings(search: Record<string, unknown> | undefined): boolean {
  if (search === undefined) return false;
  const experimental = isRecord(search.experimental) ? search.experimental.sessionMemory : undefined;
  return (
    booleanValue(search.enabled) !== undefined ||
    booleanValue(search.rememberAcrossConversations) !== undefined ||
    booleanValue(experimental) !== undefined ||
    sourcesIncludeSessions(search) !== undefined
  );
}

/** The setting that decided it: `experimental.sessionMemory` only when it alone is set. */
function transcriptSettingSuffix(search: Record<string, unknown>): string {
  const sessionMemory = booleanValue(recordOrEmpty(search.experimental).sessionMemory);
  return booleanValue(search.rememberAcrossConversations) === undefined && sessionMemory !== undefined
    ? SESSION_MEMORY_SUFFIX
    : REMEMBER_SUFFIX;
}

function memoryTranscriptIndexingEntries(config: Record<string, unknown>): DataHandlingEntry[] {
  const entries: DataHandlingEntry[] = [];
  const defaultsSearch = recordOrEmpty(recordOrEmpty(config.memory).search);
  const defaultsValue = transcriptIndexing(defaultsSearch);
  const defaultsSource = `${configAddress()}/${REMEMBER_SUFFIX}`;
  if (defaultsValue !== undefined) {
    entries.push({
      id: DEFAULTS_MEMORY_ID,
      kind: 'memorySessionTranscriptIndexing',
      source: `${configAddress()}/${transcriptSettingSuffix(defaultsSearch)}`,
      scope: 'global',
      value: defaultsValue,
      explicit: true,
    });
  }
  for (const agent of configuredAgentSettings(config)) {
    const memory = agent.value.memory;
    const search = isRecord(memory) && isRecord(memory.search) ? memory.search : undefined;
    const value = search === undefined ? defaultsValue : transcriptIndexing(search, defaultsSearch);
    if (value === undefined) continue;
    const explicit = hasLocalTranscriptSettings(search);
    entries.push({
      id: `${agent.agentId}-memory-session-transcripts`,
      kind: 'memorySessionTranscriptIndexing',
      // An agent without local settings points at the global setting it inherits.
      source:
        explicit && search !== undefined
          ? `${agent.sourceBase}/${transcriptSettingSuffix(search)}`
          : defaultsSource,
      scope: 'agent',
      agentId: normalizeAgentId(agent.agentId),
      value,
      explicit,
    });
  }
  return entries;
}
