// Which rules a policy sets, top level or in a scope overlay (SPEC-2026.9 §5 "has rules"), and
// the targets of scoped overlays (§9.2). Decides which evidence families are collected.
import { isRecord } from '../record.js';
import { normalizeAgentId } from './agent-id.js';

type Policy = Record<string, unknown>;
type Overlay = Record<string, unknown>;

export interface AgentScopeTarget {
  scopeName: string;
  agentId: string;
  overlay: Overlay;
}

export interface ChannelScopeTarget {
  scopeName: string;
  channelId: string;
  overlay: Overlay;
}

/** `scopes` entries whose value is an object, in key order. */
export function scopeOverlays(policy: unknown): [string, Overlay][] {
  if (!isRecord(policy) || !isRecord(policy.scopes)) return [];
  return Object.entries(policy.scopes).filter((entry): entry is [string, Overlay] => isRecord(entry[1]));
}

/** One target per (scope, non-blank agent id), the id normalised. */
export function agentScopeTargets(policy: unknown): AgentScopeTarget[] {
  return scopeOverlays(policy).flatMap(([scopeName, overlay]) =>
    selectorValues(overlay.agentIds).map((raw) => ({ scopeName, agentId: normalizeAgentId(raw), overlay })),
  );
}

/** One target per (scope, non-blank channel id), trimmed and lowercased. */
export function channelScopeTargets(policy: unknown): ChannelScopeTarget[] {
  return scopeOverlays(policy).flatMap(([scopeName, overlay]) =>
    selectorValues(overlay.channelIds).map((raw) => ({
      scopeName,
      channelId: raw.trim().toLowerCase(),
      overlay,
    })),
  );
}

function selectorValues(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((entry): entry is string => typeof entry === 'string' && entry.trim() !== '');
}

/** Whether an evidence entry's agent is the scoped agent (both normalised). */
export function scopedAgentIdMatches(evidenceAgentId: string | undefined, policyAgentId: string): boolean {
  return (
    evidenceAgentId !== undefined && normalizeAgentId(evidenceAgentId) === normalizeAgentId(policyAgentId)
  );
}

function policyOrScopeHasRules(
  policy: unknown,
  section: string,
  hasRules: (value: unknown) => boolean,
): boolean {
  if (!isRecord(policy)) return false;
  return hasRules(policy[section]) || scopeOverlays(policy).some(([, overlay]) => hasRules(overlay[section]));
}

const defined = (record: Record<string, unknown>, ...keys: string[]) =>
  keys.some((key) => record[key] !== undefined);
const sub = (value: unknown, key: string): Record<string, unknown> | undefined =>
  isRecord(value) && isRecord(value[key]) ? value[key] : undefined;

export function execApprovalsPolicyHasRules(value: unknown): boolean {
  return (
    isRecord(value) && (value.requireFile !== undefined || isRecord(value.defaults) || isRecord(value.agents))
  );
}
export const policyHasExecApprovalsRules = (policy: unknown) =>
  policyOrScopeHasRules(policy, 'execApprovals', execApprovalsPolicyHasRules);

export function policyHasSecretRules(policy: unknown): boolean {
  const secrets = sub(policy, 'secrets');
  return (
    secrets !== undefined &&
    defined(secrets, 'requireManagedProviders', 'denySources', 'allowInsecureProviders')
  );
}

export function policyHasAuthProfileRules(policy: unknown): boolean {
  const profiles = sub(sub(policy, 'auth'), 'profiles');
  return profiles !== undefined && defined(profiles, 'requireMetadata', 'allowModes');
}

export function ingressPolicyHasRules(value: unknown): boolean {
  const session = sub(value, 'session');
  const channels = sub(value, 'channels');
  return (
    (session !== undefined && session.requireDmScope !== undefined) ||
    (channels !== undefined &&
      defined(channels, 'allowDmPolicies', 'denyOpenGroups', 'requireMentionInGroups'))
  );
}
export const policyHasIngressRules = (policy: unknown) =>
  policyOrScopeHasRules(policy, 'ingress', ingressPolicyHasRules);

export const policyHasRoutingRules = (policy: unknown) => isRecord(policy) && isRecord(policy.routing);

export function policyHasGatewayRules(policy: unknown): boolean {
  const gateway = sub(policy, 'gateway');
  if (gateway === undefined) return false;
  const has = (section: string, ...keys: string[]) => {
    const value = sub(gateway, section);
    return value !== undefined && defined(value, ...keys);
  };
  return (
    has('exposure', 'allowNonLoopbackBind', 'allowTailscaleFunnel') ||
    has('auth', 'requireAuth', 'requireExplicitRateLimit') ||
    has('controlUi', 'allowInsecure') ||
    has('remote', 'allow') ||
    has('http', 'denyEndpoints', 'requireUrlAllowlists') ||
    has('nodes', 'denyCommands')
  );
}

export function workspacePolicyHasRules(value: unknown): boolean {
  return isRecord(value) && defined(value, 'allowedAccess', 'denyTools');
}

export function policyHasAgentWorkspaceRules(policy: unknown): boolean {
  if (!isRecord(policy)) return false;
  if (workspacePolicyHasRules(sub(policy, 'agents')?.workspace)) return true;
  return scopeOverlays(policy).some(([, overlay]) =>
    workspacePolicyHasRules(sub(overlay, 'agents')?.workspace),
  );
}

const SANDBOX_CONTAINER_RULES = [
  'denyHostNetwork',
  'denyContainerNamespaceJoin',
  'requireReadOnlyMounts',
  'denyContainerRuntimeSocketMounts',
  'denyUnconfinedProfiles',
];

export function sandboxPosturePolicyHasRules(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const containers = sub(value, 'containers');
  return (
    defined(value, 'requireMode', 'allowBackends') ||
    (containers !== undefined && defined(containers, ...SANDBOX_CONTAINER_RULES)) ||
    sub(value, 'browser')?.requireCdpSourceRange !== undefined
  );
}
export const policyHasSandboxPostureRules = (policy: unknown) =>
  policyOrScopeHasRules(policy, 'sandbox', sandboxPosturePolicyHasRules);

export function dataHandlingPolicyHasRules(value: unknown): boolean {
  const rule = (section: string, key: string) => sub(value, section)?.[key] !== undefined;
  return (
    rule('sensitiveLogging', 'requireRedaction') ||
    rule('telemetry', 'denyContentCapture') ||
    rule('retention', 'requireSessionMaintenance') ||
    rule('memory', 'denySessionTranscriptIndexing')
  );
}
export const policyHasDataHandlingRules = (policy: unknown) =>
  policyOrScopeHasRules(policy, 'dataHandling', dataHandlingPolicyHasRules);

export function toolPosturePolicyHasRules(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const rule = (section: string, ...keys: string[]) => {
    const record = sub(value, section);
    return record !== undefined && defined(record, ...keys);
  };
  return (
    rule('profiles', 'allow') ||
    rule('fs', 'requireWorkspaceOnly') ||
    rule('exec', 'allowSecurity', 'requireAsk', 'allowHosts') ||
    rule('elevated', 'allow') ||
    rule('alsoAllow', 'expected') ||
    value.denyTools !== undefined
  );
}
export const policyHasToolPostureRules = (policy: unknown) =>
  policyOrScopeHasRules(policy, 'tools', toolPosturePolicyHasRules);

export type { Policy };
