// The execApprovals evidence of OpenClaw 2026.9.6 (`scanPolicyExecApprovals`, SPEC-2026.9 §7.8):
// the posture of the defaults and of each agent, each agent followed by its allowlist, read from
// the raw text of the exec-approvals row. The legacy agent key `default` is folded into `main`.
import { sortByKey } from '../../canonical-json.js';
import { DEFAULT_AGENT_ID } from '../../current/agent-id.js';
import { trimmedString } from '../../current/config-values.js';
import { ocSegment } from '../../oc-path.js';
import { isRecord, recordOrEmpty } from '../../record.js';

export const EXEC_APPROVALS_DOCUMENT = 'exec-approvals.json';
export const EXEC_APPROVALS_URI = `oc://${EXEC_APPROVALS_DOCUMENT}`;

export type ExecSecurity = 'deny' | 'allowlist' | 'full';
export type ExecAsk = 'off' | 'on-miss' | 'always';

export interface ExecApprovalPostureEntry {
  id: string;
  kind: 'defaults' | 'agent';
  source: string;
  agentId?: string;
  /** Set when `security` is present (not null), even when its value is not a known mode. */
  securityConfigured?: true;
  security?: ExecSecurity;
  ask?: ExecAsk;
  askFallback?: ExecSecurity;
  autoAllowSkills?: boolean;
}

export interface ExecApprovalAllowlistEntry {
  id: string;
  kind: 'allowlist';
  source: string;
  agentId: string;
  pattern: string;
  argPattern?: string;
  entrySource?: 'allow-always';
}

export type ExecApprovalEntry = ExecApprovalPostureEntry | ExecApprovalAllowlistEntry;

/** The agent the legacy `default` key folds into. */
const MAIN_AGENT = DEFAULT_AGENT_ID;
const LEGACY_DEFAULT_AGENT = 'default';

/** Not JSON, not an object or not `version: 1`: no evidence (the findings report why). */
export function scanExecApprovals(raw: string): ExecApprovalEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!isRecord(parsed) || parsed.version !== 1) return [];
  const entries: ExecApprovalEntry[] = [
    postureEntry('defaults', 'defaults', recordOrEmpty(parsed.defaults), execApprovalsUri('defaults')),
  ];
  for (const agent of approvalAgents(parsed.agents)) {
    const source = execApprovalsUri(`agents/${ocSegment(agent.sourceAgentId)}`);
    entries.push(postureEntry(`agent:${agent.agentId}`, 'agent', agent.posture, source, agent.agentId));
    agent.allowlist.forEach((item, position) => {
      entries.push({
        id: `agent:${agent.agentId}:allowlist:${position}`,
        kind: 'allowlist',
        source: execApprovalsUri(`agents/${ocSegment(item.sourceAgentId)}/allowlist/#${item.index}`),
        agentId: agent.agentId,
        pattern: item.pattern,
        ...(item.argPattern === undefined ? {} : { argPattern: item.argPattern }),
        ...(item.entrySource === undefined ? {} : { entrySource: item.entrySource }),
      });
    });
  }
  return entries;
}

export function execApprovalsUri(relativePath?: string): string {
  return relativePath === undefined ? EXEC_APPROVALS_URI : `${EXEC_APPROVALS_URI}/${relativePath}`;
}

function postureEntry(
  id: string,
  kind: 'defaults' | 'agent',
  value: Record<string, unknown>,
  source: string,
  agentId?: string,
): ExecApprovalPostureEntry {
  const security = securityMode(value.security);
  const ask = askMode(value.ask);
  const askFallback = securityMode(value.askFallback);
  const autoAllowSkills = typeof value.autoAllowSkills === 'boolean' ? value.autoAllowSkills : undefined;
  return {
    id,
    kind,
    source,
    ...(agentId === undefined ? {} : { agentId }),
    ...(value.security === undefined || value.security === null ? {} : { securityConfigured: true }),
    ...(security === undefined ? {} : { security }),
    ...(ask === undefined ? {} : { ask }),
    ...(askFallback === undefined ? {} : { askFallback }),
    ...(autoAllowSkills === undefined ? {} : { autoAllowSkills }),
  };
}

function securityMode(value: unknown): ExecSecurity | undefined {
  const mode = trimmedString(value);
  return mode === 'deny' || mode === 'allowlist' || mode === 'full' ? mode : undefined;
}

function askMode(value: unknown): ExecAsk | undefined {
  const mode = trimmedString(value);
  return mode === 'off' || mode === 'on-miss' || mode === 'always' ? mode : undefined;
}

interface AllowlistItem {
  /** The entry's index in the row's list. */
  index: number;
  pattern: string;
  argPattern?: string;
  entrySource?: 'allow-always';
  /** The agent key of the row the entry was read from (`default` for folded legacy entries). */
  sourceAgentId: string;
}

interface ApprovalAgent {
  agentId: string;
  sourceAgentId: string;
  posture: Record<string, unknown>;
  allowlist: AllowlistItem[];
}

/** Agents with object values, `default` folded into `main`, sorted by agent id. */
function approvalAgents(rawAgents: unknown): ApprovalAgent[] {
  if (!isRecord(rawAgents)) return [];
  const agents = Object.entries(rawAgents).filter((entry): entry is [string, Record<string, unknown>] =>
    isRecord(entry[1]),
  );
  const legacy = agents.find(([agentId]) => agentId === LEGACY_DEFAULT_AGENT)?.[1];
  const result = agents
    .filter(([agentId]) => agentId !== LEGACY_DEFAULT_AGENT)
    .map(([agentId, value]): ApprovalAgent => {
      if (agentId !== MAIN_AGENT || legacy === undefined) return approvalAgent(agentId, agentId, value);
      return {
        agentId,
        sourceAgentId: agentId,
        posture: legacyFoldedPosture(value, legacy),
        allowlist: mergedAllowlist(value.allowlist, legacy.allowlist),
      };
    });
  if (legacy !== undefined && !agents.some(([agentId]) => agentId === MAIN_AGENT)) {
    result.push(approvalAgent(MAIN_AGENT, LEGACY_DEFAULT_AGENT, legacy));
  }
  return sortByKey(result, (agent) => agent.agentId);
}

function approvalAgent(
  agentId: string,
  sourceAgentId: string,
  value: Record<string, unknown>,
): ApprovalAgent {
  return {
    agentId,
    sourceAgentId,
    posture: value,
    allowlist: allowlistItems(value.allowlist, sourceAgentId),
  };
}

/** `main`'s own settings win; a missing (or null) one falls back to the legacy `default` agent. */
function legacyFoldedPosture(
  current: Record<string, unknown>,
  legacy: Record<string, unknown>,
): Record<string, unknown> {
  const posture: Record<string, unknown> = {};
  for (const key of ['security', 'ask', 'askFallback', 'autoAllowSkills'])
    posture[key] = current[key] ?? legacy[key];
  return posture;
}

/** `main`'s entries, then legacy entries not already there (pattern compared case-insensitively). */
function mergedAllowlist(current: unknown, legacy: unknown): AllowlistItem[] {
  const seen = new Set<string>();
  return [...allowlistItems(current, MAIN_AGENT), ...allowlistItems(legacy, LEGACY_DEFAULT_AGENT)].filter(
    (item) => {
      const key = `${item.pattern.toLowerCase()}\0${item.argPattern ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    },
  );
}

/** Strings (trimmed) and objects with a non-blank `pattern`; anything else is skipped. */
function allowlistItems(value: unknown, sourceAgentId: string): AllowlistItem[] {
  if (!Array.isArray(value)) return [];
  const items: AllowlistItem[] = [];
  value.forEach((entry: unknown, index) => {
    if (typeof entry === 'string') {
      const pattern = entry.trim();
      if (pattern !== '') items.push({ index, pattern, sourceAgentId });
      return;
    }
    if (!isRecord(entry)) return;
    const pattern = trimmedString(entry.pattern);
    if (pattern === undefined) return;
    const argPattern = trimmedString(entry.argPattern);
    const item: AllowlistItem = { index, pattern, sourceAgentId };
    if (argPattern !== undefined) item.argPattern = argPattern;
    if (trimmedString(entry.source) === 'allow-always') item.entrySource = 'allow-always';
    items.push(item);
  });
  return items;
}
