// The release's rule metadata (`POLICY_RULE_METADATA`, SPEC-2026.9 §5.1): one row per policy rule,
// saying what its value is, how two values compare in strictness and which selectors may scope it.
// The shape checks derive their allowed keys and enums from it, scope overrides and `policy
// compare` judge strictness by it, and a JSON Schema could be generated from it. Row order is the
// release's and matters: it is the claim order of `compare` and the key order of shape checks.

export type PolicyRuleValueType =
  'boolean' | 'string' | 'string-list' | 'channel-provider-deny-rules' | 'routing-probes';

export type PolicyRuleStrictness =
  | 'allowlist-subset'
  | 'denylist-superset'
  | 'ordered-string'
  | 'requires-true'
  | 'requires-false'
  | 'exact-list'
  | 'routing-probes';

export type ScopeSelector = 'agentIds' | 'channelIds';

export interface PolicyRuleMetadata {
  policyPath: readonly string[];
  strictness: PolicyRuleStrictness;
  valueType: PolicyRuleValueType;
  /** The checks this rule drives (empty: satisfied by an invariant, never a finding). */
  checkIds: readonly string[];
  /** `disabled`: an empty allowlist switches the rule off; `meaningful`: `[]` is a real value. */
  emptyList?: 'disabled' | 'meaningful';
  allowedValues?: readonly string[];
  /** For `ordered-string`: least strict first. */
  orderedValues?: readonly string[];
  /** Values compare exactly (after trim); otherwise lowercased. */
  caseSensitive?: true;
  normalizeValues?: 'model-provider';
  scopeSelectors?: readonly ScopeSelector[];
  satisfiedByInvariant?: string;
}

const AGENT: readonly ScopeSelector[] = ['agentIds'];
const CHANNEL: readonly ScopeSelector[] = ['channelIds'];
const EXEC_SECURITY = ['deny', 'allowlist', 'full'];
const check = (...ids: string[]) => ids.map((id) => `policy/${id}`);
const path = (dotted: string) => dotted.split('.');

/** A boolean rule that is only strict when set to `true` (or `false` for `requires-false`). */
function flag(
  dotted: string,
  strictness: 'requires-true' | 'requires-false',
  checkIds: string[],
  scopeSelectors?: readonly ScopeSelector[],
): PolicyRuleMetadata {
  return {
    policyPath: path(dotted),
    strictness,
    valueType: 'boolean',
    checkIds,
    ...(scopeSelectors === undefined ? {} : { scopeSelectors }),
  };
}

/** A string list; `extra` carries emptyList, enums, case and scoping, in the release's key order. */
function list(
  dotted: string,
  strictness: 'allowlist-subset' | 'denylist-superset' | 'exact-list',
  checkIds: string[],
  extra: Omit<PolicyRuleMetadata, 'policyPath' | 'strictness' | 'valueType' | 'checkIds'> = {},
): PolicyRuleMetadata {
  return { policyPath: path(dotted), strictness, valueType: 'string-list', checkIds, ...extra };
}

const SANDBOX_CONTAINER_FLAGS: readonly [rule: string, checkId: string][] = [
  ['denyHostNetwork', 'sandbox-container-host-network-denied'],
  ['denyContainerNamespaceJoin', 'sandbox-container-namespace-join-denied'],
  ['requireReadOnlyMounts', 'sandbox-container-mount-mode-required'],
  ['denyContainerRuntimeSocketMounts', 'sandbox-container-runtime-socket-mount'],
  ['denyUnconfinedProfiles', 'sandbox-container-unconfined-profile'],
];

export const POLICY_RULE_METADATA: readonly PolicyRuleMetadata[] = [
  {
    policyPath: path('channels.denyRules'),
    strictness: 'denylist-superset',
    valueType: 'channel-provider-deny-rules',
    checkIds: check('channels-denied-provider'),
    emptyList: 'meaningful',
    caseSensitive: true,
  },
  list('mcp.servers.allow', 'allowlist-subset', check('mcp-unapproved-server'), {
    emptyList: 'disabled',
    caseSensitive: true,
  }),
  list('mcp.servers.deny', 'denylist-superset', check('mcp-denied-server'), { caseSensitive: true }),
  list('models.providers.allow', 'allowlist-subset', check('models-unapproved-provider'), {
    emptyList: 'disabled',
    normalizeValues: 'model-provider',
  }),
  list('models.providers.deny', 'denylist-superset', check('models-denied-provider'), {
    normalizeValues: 'model-provider',
  }),
  flag('network.privateNetwork.allow', 'requires-false', check('network-private-access-enabled')),
  flag('routing.requireBindings', 'requires-true', check('routing-bindings-required')),
  flag('routing.requireConfiguredChannels', 'requires-true', check('routing-binding-channel-unconfigured')),
  {
    policyPath: path('routing.probes'),
    strictness: 'routing-probes',
    valueType: 'routing-probes',
    checkIds: check('routing-agent-mismatch', 'routing-match-kind-mismatch'),
  },
  {
    policyPath: path('ingress.session.requireDmScope'),
    strictness: 'ordered-string',
    valueType: 'string',
    orderedValues: ['main', 'per-peer', 'per-channel-peer', 'per-account-channel-peer'],
    checkIds: check('ingress-dm-scope-unapproved'),
  },
  flag('gateway.exposure.allowNonLoopbackBind', 'requires-false', check('gateway-non-loopback-bind')),
  flag('gateway.exposure.allowTailscaleFunnel', 'requires-false', check('gateway-tailscale-funnel')),
  flag('gateway.auth.requireAuth', 'requires-true', check('gateway-auth-disabled')),
  flag('gateway.auth.requireExplicitRateLimit', 'requires-true', check('gateway-rate-limit-missing')),
  flag('gateway.controlUi.allowInsecure', 'requires-false', check('gateway-control-ui-insecure')),
  flag('gateway.remote.allow', 'requires-false', check('gateway-remote-enabled')),
  list('gateway.http.denyEndpoints', 'denylist-superset', check('gateway-http-endpoint-enabled'), {
    allowedValues: ['chatCompletions', 'responses'],
    caseSensitive: true,
  }),
  flag('gateway.http.requireUrlAllowlists', 'requires-true', check('gateway-http-url-fetch-unrestricted')),
  list('gateway.nodes.denyCommands', 'denylist-superset', check('gateway-node-command-denied'), {
    caseSensitive: true,
  }),
  list('agents.workspace.allowedAccess', 'allowlist-subset', check('agents-workspace-access-denied'), {
    emptyList: 'disabled',
    allowedValues: ['none', 'ro', 'rw'],
    scopeSelectors: AGENT,
  }),
  list('agents.workspace.denyTools', 'denylist-superset', check('agents-tool-not-denied'), {
    allowedValues: ['exec', 'process', 'write', 'edit', 'apply_patch'],
    scopeSelectors: AGENT,
  }),
  list('tools.profiles.allow', 'allowlist-subset', check('tools-profile-unapproved'), {
    emptyList: 'disabled',
    allowedValues: ['minimal', 'coding', 'messaging', 'full'],
    scopeSelectors: AGENT,
  }),
  flag('tools.fs.requireWorkspaceOnly', 'requires-true', check('tools-fs-workspace-only-required'), AGENT),
  list('tools.exec.allowSecurity', 'allowlist-subset', check('tools-exec-security-unapproved'), {
    emptyList: 'disabled',
    allowedValues: EXEC_SECURITY,
    scopeSelectors: AGENT,
  }),
  list('tools.exec.requireAsk', 'allowlist-subset', check('tools-exec-ask-unapproved'), {
    emptyList: 'disabled',
    allowedValues: ['off', 'on-miss', 'always'],
    scopeSelectors: AGENT,
  }),
  list('tools.exec.allowHosts', 'allowlist-subset', check('tools-exec-host-unapproved'), {
    emptyList: 'disabled',
    allowedValues: ['auto', 'sandbox', 'gateway', 'node'],
    scopeSelectors: AGENT,
  }),
  flag('tools.elevated.allow', 'requires-false', check('tools-elevated-enabled'), AGENT),
  list(
    'tools.alsoAllow.expected',
    'exact-list',
    check('tools-also-allow-missing', 'tools-also-allow-unexpected'),
    { emptyList: 'meaningful', scopeSelectors: AGENT },
  ),
  list('tools.denyTools', 'denylist-superset', check('tools-required-deny-missing'), {
    scopeSelectors: AGENT,
  }),
  list(
    'tools.requireMetadata',
    'denylist-superset',
    check(
      'tools-md-migration-required',
      'tools-missing-risk-level',
      'tools-missing-sensitivity-token',
      'tools-missing-owner',
    ),
    { allowedValues: ['risk', 'sensitivity', 'owner'] },
  ),
  list('sandbox.requireMode', 'allowlist-subset', check('sandbox-mode-unapproved'), {
    emptyList: 'disabled',
    allowedValues: ['off', 'non-main', 'all'],
    scopeSelectors: AGENT,
  }),
  list('sandbox.allowBackends', 'allowlist-subset', check('sandbox-backend-unapproved'), {
    emptyList: 'disabled',
    scopeSelectors: AGENT,
  }),
  ...SANDBOX_CONTAINER_FLAGS.map(([rule, checkId]) =>
    flag(`sandbox.containers.${rule}`, 'requires-true', check(checkId), AGENT),
  ),
  flag(
    'sandbox.browser.requireCdpSourceRange',
    'requires-true',
    check('sandbox-browser-cdp-source-range-missing'),
    AGENT,
  ),
  list('ingress.channels.allowDmPolicies', 'allowlist-subset', check('ingress-dm-policy-unapproved'), {
    emptyList: 'disabled',
    allowedValues: ['pairing', 'allowlist', 'open', 'disabled'],
    scopeSelectors: CHANNEL,
  }),
  flag('ingress.channels.denyOpenGroups', 'requires-true', check('ingress-open-groups-denied'), CHANNEL),
  flag(
    'ingress.channels.requireMentionInGroups',
    'requires-true',
    check('ingress-group-mention-required'),
    CHANNEL,
  ),
  {
    ...flag('dataHandling.sensitiveLogging.requireRedaction', 'requires-true', []),
    satisfiedByInvariant: 'oc://openclaw.invariant/logging/redaction',
  },
  flag(
    'dataHandling.telemetry.denyContentCapture',
    'requires-true',
    check('data-handling-telemetry-content-capture'),
  ),
  flag(
    'dataHandling.retention.requireSessionMaintenance',
    'requires-true',
    check('data-handling-session-retention-not-enforced'),
  ),
  flag(
    'dataHandling.memory.denySessionTranscriptIndexing',
    'requires-true',
    check('data-handling-session-transcript-memory-enabled'),
    AGENT,
  ),
  flag('secrets.requireManagedProviders', 'requires-true', check('secrets-unmanaged-provider')),
  list('secrets.denySources', 'denylist-superset', check('secrets-denied-provider-source')),
  flag('secrets.allowInsecureProviders', 'requires-false', check('secrets-insecure-provider')),
  flag('execApprovals.requireFile', 'requires-true', check('exec-approvals-missing')),
  list(
    'execApprovals.defaults.allowSecurity',
    'allowlist-subset',
    check('exec-approvals-default-security-unapproved'),
    { emptyList: 'disabled', allowedValues: EXEC_SECURITY },
  ),
  list(
    'execApprovals.agents.allowSecurity',
    'allowlist-subset',
    check('exec-approvals-agent-security-unapproved'),
    { emptyList: 'disabled', allowedValues: EXEC_SECURITY, scopeSelectors: AGENT },
  ),
  flag(
    'execApprovals.agents.allowAutoAllowSkills',
    'requires-false',
    check('exec-approvals-auto-allow-skills-enabled'),
    AGENT,
  ),
  list(
    'execApprovals.agents.allowlist.expected',
    'exact-list',
    check('exec-approvals-allowlist-missing', 'exec-approvals-allowlist-unexpected'),
    { emptyList: 'meaningful', caseSensitive: true, scopeSelectors: AGENT },
  ),
  list('auth.profiles.requireMetadata', 'denylist-superset', check('auth-profile-invalid-metadata'), {
    allowedValues: ['provider', 'mode'],
  }),
  list('auth.profiles.allowModes', 'allowlist-subset', check('auth-profile-unapproved-mode'), {
    emptyList: 'disabled',
    allowedValues: ['api_key', 'aws-sdk', 'oauth', 'token'],
  }),
];

/** The dotted name of a rule, e.g. `tools.exec.allowHosts`. */
export function ruleName(rule: PolicyRuleMetadata): string {
  return rule.policyPath.join('.');
}

/** The row of a dotted rule name; throws for a name the release does not have (a coding error). */
export function ruleMetadata(dotted: string): PolicyRuleMetadata {
  const rule = POLICY_RULE_METADATA.find((entry) => ruleName(entry) === dotted);
  if (rule === undefined) throw new Error(`no policy rule '${dotted}'`);
  return rule;
}

/** Rules a scope may override through `selector`, in metadata order. */
export function rulesScopableBy(selector: ScopeSelector): PolicyRuleMetadata[] {
  return POLICY_RULE_METADATA.filter((rule) => rule.scopeSelectors?.includes(selector) === true);
}
