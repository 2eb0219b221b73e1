// Shapes of the ingress (SPEC-2026.9 §6.5) and exec-approvals (§6.7) sections, top level or in a
// scope, and of a scope's dataHandling overlay (§9.1). First failure within the section.
import type { Finding } from '../../types.js';
import { ruleMetadata } from '../rule-metadata.js';
import { invalidAllowlistEntryIndex } from './exec-approval-allowlist.js';
import { orderedShape, type ShapeContext } from './ordered-shape.js';
import { firstFinding, shapeFinding } from './shape-finding.js';

// The enums come from the rule metadata, like the posture shapes' (SPEC-2026.9 §5.1).
const DM_SCOPES = ruleMetadata('ingress.session.requireDmScope').orderedValues ?? [];
const DM_POLICIES = ruleMetadata('ingress.channels.allowDmPolicies').allowedValues ?? [];
const EXEC_APPROVAL_SECURITY = ruleMetadata('execApprovals.agents.allowSecurity').allowedValues ?? [];

/** `allowSession: false` inside a channelIds scope, where session rules are not supported. */
export function ingressShape(
  value: unknown,
  context: ShapeContext & { allowSession?: boolean },
): Finding | undefined {
  if (value === undefined) return undefined;
  const shape = orderedShape(value, {
    ...context,
    propertyPrefix: context.propertyPrefix ?? 'ingress',
    targetPrefix: context.targetPrefix ?? 'ingress',
  });
  function* findings() {
    yield shape.object('');
    if (context.allowSession === false && shape.value('session') !== undefined)
      yield shape.finding('session', {
        message: '{policy} {property} is not supported by the channelIds selector.',
        hint: 'Move session ingress rules to top-level ingress; scoped ingress currently supports ingress.channels.*.',
      });
    yield shape.keys(
      '',
      ['channels', 'session'],
      'ingress',
      'Remove {unsupported} or use ingress.session or ingress.channels.',
    );
    yield shape.object('session');
    yield shape.object('channels');
    yield shape.keys(
      'session',
      ['requireDmScope'],
      'ingress',
      'Remove {unsupported} or use {property}.requireDmScope.',
    );
    yield shape.enum('session.requireDmScope', DM_SCOPES, {
      message: '{policy} {property} must be a supported DM scope.',
      hint: 'Use supported DM scopes: {allowed}.',
    });
    yield shape.keys(
      'channels',
      ['allowDmPolicies', 'denyOpenGroups', 'requireMentionInGroups'],
      'ingress',
      'Remove {unsupported} or use a supported ingress channel policy rule.',
    );
    yield shape.list('channels.allowDmPolicies', { allowed: DM_POLICIES, valueName: 'DM policy' });
    yield shape.boolean('channels.denyOpenGroups');
    yield shape.boolean('channels.requireMentionInGroups');
  }
  return firstFinding(findings());
}

/** `allowDefaults: false` inside a scope, where only per-agent rules may be set. */
export function execApprovalsShape(
  value: unknown,
  context: ShapeContext & { allowDefaults?: boolean },
): Finding | undefined {
  if (value === undefined) return undefined;
  const propertyPrefix = context.propertyPrefix ?? 'execApprovals';
  const targetPrefix = context.targetPrefix ?? 'execApprovals';
  const shape = orderedShape(value, { ...context, propertyPrefix, targetPrefix });
  const allowDefaults = context.allowDefaults ?? true;
  // The hints below name `execApprovals.` literally, also for scoped overlays (as the release does).
  function* findings() {
    yield shape.object('');
    yield shape.keys(
      '',
      allowDefaults ? ['agents', 'defaults', 'requireFile'] : ['agents'],
      'exec approvals',
      'Remove {unsupported} or use a supported execApprovals rule.',
    );
    yield shape.boolean('requireFile', 'Set execApprovals.requireFile to true or false.');
    for (const section of allowDefaults ? ['defaults', 'agents'] : ['agents']) yield shape.object(section);
    if (allowDefaults) {
      yield shape.keys(
        'defaults',
        ['allowSecurity'],
        'exec approvals',
        'Use execApprovals.defaults.allowSecurity or remove the unsupported rule.',
      );
      yield shape.list('defaults.allowSecurity', {
        allowed: EXEC_APPROVAL_SECURITY,
        valueName: 'exec approval security mode',
      });
    }
    yield shape.keys(
      'agents',
      ['allowAutoAllowSkills', 'allowSecurity', 'allowlist'],
      'exec approvals',
      'Use execApprovals.agents.allowSecurity, execApprovals.agents.allowAutoAllowSkills, or execApprovals.agents.allowlist.expected.',
    );
    yield shape.list('agents.allowSecurity', {
      allowed: EXEC_APPROVAL_SECURITY,
      valueName: 'exec approval security mode',
    });
    yield shape.boolean(
      'agents.allowAutoAllowSkills',
      'Set execApprovals.agents.allowAutoAllowSkills to true or false.',
    );
    yield shape.object('agents.allowlist');
    yield shape.keys(
      'agents.allowlist',
      ['expected'],
      'exec approvals',
      'Use execApprovals.agents.allowlist.expected or remove the unsupported rule.',
    );
    yield allowlistExpectedFinding(shape.value('agents.allowlist.expected'), context, {
      property: `${propertyPrefix}.agents.allowlist.expected`,
      target: `${targetPrefix}/agents/allowlist/expected`,
    });
  }
  return firstFinding(findings());
}

function allowlistExpectedFinding(
  value: unknown,
  { name }: ShapeContext,
  at: { property: string; target: string },
): Finding | undefined {
  if (value === undefined) return undefined;
  const policy = name.display;
  if (!Array.isArray(value))
    return shapeFinding(
      name,
      `oc://${name.document}/${at.target}`,
      `${policy} ${at.property} must be an array.`,
      `Fix ${policy} so ${at.property} is an array of exec approval allowlist entries.`,
    );
  const index = invalidAllowlistEntryIndex(value);
  if (index < 0) return undefined;
  return shapeFinding(
    name,
    `oc://${name.document}/${at.target}/#${index}`,
    `${policy} ${at.property}[${index}] must be a non-empty string or an object with pattern and optional argPattern strings.`,
    'Use entries such as "deploy" or { "pattern": "deploy", "argPattern": "^--prod$" }.',
  );
}

/** A scope's `dataHandling` object: only `memory.denySessionTranscriptIndexing` may be scoped. */
export function scopedDataHandlingShape(
  dataHandling: Record<string, unknown>,
  context: ShapeContext & { scopeName: string; scopeTarget: string },
): Finding | undefined {
  const shape = orderedShape(dataHandling, {
    name: context.name,
    propertyPrefix: `scopes.${context.scopeName}.dataHandling`,
    targetPrefix: `${context.scopeTarget}/dataHandling`,
  });
  function* findings() {
    yield shape.keys(
      '',
      ['memory'],
      '',
      'Move global data-handling rules to top-level dataHandling, or use dataHandling.memory with agentIds.',
      '{policy} {unsupported} is not a supported scoped policy section.',
    );
    yield shape.object(
      'memory',
      'Fix {policy} so the scoped dataHandling.memory policy section is an object.',
    );
    yield shape.keys(
      'memory',
      ['denySessionTranscriptIndexing'],
      '',
      'Use dataHandling.memory.denySessionTranscriptIndexing or remove the unsupported rule.',
      '{policy} {unsupported} is not a supported scoped policy rule.',
    );
    yield shape.boolean(
      'memory.denySessionTranscriptIndexing',
      'Set dataHandling.memory.denySessionTranscriptIndexing to true or false.',
    );
  }
  return firstFinding(findings());
}
