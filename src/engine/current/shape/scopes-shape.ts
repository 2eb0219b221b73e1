// The shape of `scopes` (SPEC-2026.9 §9.1): each named scope in key order — selectors, which
// sections a selector allows, then each overlay section's own shape — and finally the override
// strictness check across scopes. First failure only.
import { isRecord } from '../../record.js';
import type { PolicyName } from '../../rule-family.js';
import type { Finding } from '../../types.js';
import { normalizeAgentId } from '../agent-id.js';
import { execApprovalsShape, ingressShape, scopedDataHandlingShape } from './access-shapes.js';
import { orderedShape, type OrderedShape } from './ordered-shape.js';
import { scopeTargetPrefix } from './policy-segment.js';
import { postureShapeFinding } from './posture-shapes.js';
import { scopedOverrideFinding } from './scoped-overrides.js';
import { firstFinding } from './shape-finding.js';

const SCOPE_KEYS = [
  'agentIds',
  'channelIds',
  'agents',
  'dataHandling',
  'execApprovals',
  'tools',
  'sandbox',
  'ingress',
];
const AGENT_SCOPED_SECTIONS = ['agents', 'dataHandling', 'execApprovals', 'tools', 'sandbox'];

/** `value` is `policy.scopes`; `policy` the whole document (for the top-level values). */
export function scopesShape(value: unknown, policy: unknown, name: PolicyName): Finding | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value))
    return orderedShape(value, { name, propertyPrefix: 'scopes', targetPrefix: 'scopes' }).object(
      '',
      'Fix {policy} so scopes maps scope names to policy overlays with selectors such as agentIds.',
    );
  const scopes = value;
  function* findings() {
    for (const [scopeName, overlay] of Object.entries(scopes)) yield* scopeFindings(scopeName, overlay, name);
    yield scopedOverrideFinding(scopes, policy, name);
  }
  return firstFinding(findings());
}

/** The checks of one named scope, lazily, in the release's order. */
function* scopeFindings(
  scopeName: string,
  overlay: unknown,
  name: PolicyName,
): Generator<Finding | undefined> {
  const targetPrefix = scopeTargetPrefix(scopeName);
  const propertyPrefix = `scopes.${scopeName}`;
  const shape = orderedShape(overlay, { name, propertyPrefix, targetPrefix });
  yield shape.object('', 'Fix {policy} so the named policy scope is an object.', true);
  const hasAgentIds = shape.value('agentIds') !== undefined;
  const hasChannelIds = shape.value('channelIds') !== undefined;
  if (!hasAgentIds && !hasChannelIds)
    yield shape.finding('', {
      message: '{policy} {property} must define at least one selector.',
      hint: 'List agentIds for agent-scoped policy or channelIds for channel-scoped ingress policy.',
    });
  yield selectorFinding(shape, 'agentIds', 'agent');
  yield selectorFinding(shape, 'channelIds', 'channel');
  if (shape.value('ingress') !== undefined && !hasChannelIds)
    yield shape.finding('ingress', {
      message: '{policy} {property} requires the channelIds selector.',
      hint: 'Move global ingress rules to top-level ingress, or list channelIds for channel-scoped ingress policy.',
    });
  if (AGENT_SCOPED_SECTIONS.some((section) => shape.value(section) !== undefined) && !hasAgentIds)
    yield shape.finding('', {
      message: '{policy} {property} uses agent-scoped sections without agentIds.',
      hint: 'List agentIds for agents.workspace, dataHandling.memory, tools, or sandbox policy sections.',
    });
  yield shape.keys(
    '',
    SCOPE_KEYS,
    '',
    'Use agentIds with agents.workspace, dataHandling.memory, execApprovals, tools, or sandbox, and channelIds with ingress.channels.',
    '{policy} {unsupported} is not a supported scoped policy section.',
  );
  yield shape.object('dataHandling', 'Fix {policy} so the scoped dataHandling policy section is an object.');
  const dataHandling = shape.value('dataHandling');
  if (isRecord(dataHandling))
    yield scopedDataHandlingShape(dataHandling, { name, scopeName, scopeTarget: targetPrefix });
  yield scopedAgentsShape(shape.value('agents'), name, scopeName);
  yield scopedExecApprovalsShape(shape.value('execApprovals'), name, scopeName);
  yield scopedToolsShape(shape.value('tools'), name, scopeName);
  yield postureShapeFinding('sandbox', shape.value('sandbox'), {
    name,
    ...sectionPrefixes(scopeName, 'sandbox'),
  });
  yield ingressShape(shape.value('ingress'), {
    name,
    ...sectionPrefixes(scopeName, 'ingress'),
    allowSession: false,
  });
}

/** Where a scope's section is addressed: `scopes.<name>.<section>` and `scopes/<seg>/<section>`. */
export function sectionPrefixes(scopeName: string, section: string) {
  return {
    propertyPrefix: `scopes.${scopeName}.${section}`,
    targetPrefix: `${scopeTargetPrefix(scopeName)}/${section.replaceAll('.', '/')}`,
  };
}

/** A scope's `agents`: an object holding only `workspace`, whose rules are then checked. */
export function scopedAgentsShape(value: unknown, name: PolicyName, scopeName: string): Finding | undefined {
  const shape = orderedShape(
    { agents: value },
    { name, propertyPrefix: `scopes.${scopeName}`, targetPrefix: scopeTargetPrefix(scopeName) },
  );
  return firstFinding(
    (function* () {
      yield shape.object('agents', 'Fix {policy} so the scoped agents policy section is an object.');
      yield shape.keys(
        'agents',
        ['workspace'],
        '',
        'Move the rule under agents.workspace or a supported scoped top-level section.',
        '{policy} {unsupported} is not supported by the agentIds selector.',
      );
      yield postureShapeFinding('workspace', shape.value('agents.workspace'), {
        name,
        ...sectionPrefixes(scopeName, 'agents.workspace'),
      });
    })(),
  );
}

export function scopedExecApprovalsShape(
  value: unknown,
  name: PolicyName,
  scopeName: string,
): Finding | undefined {
  return execApprovalsShape(value, {
    name,
    ...sectionPrefixes(scopeName, 'execApprovals'),
    allowDefaults: false,
  });
}

/** A scope's `tools`: an object; rules that cannot be scoped are rejected before the rest. */
export function scopedToolsShape(value: unknown, name: PolicyName, scopeName: string): Finding | undefined {
  if (value !== undefined && !isRecord(value))
    return orderedShape(value, { name, ...sectionPrefixes(scopeName, 'tools') }).object(
      '',
      'Fix {policy} so the scoped tools policy overlay is an object.',
    );
  return postureShapeFinding('scoped-tools', value, { name, ...sectionPrefixes(scopeName, 'tools') });
}

/** `agentIds` / `channelIds`: a non-empty list of strings, unique after normalisation. */
function selectorFinding(shape: OrderedShape, path: string, kind: 'agent' | 'channel'): Finding | undefined {
  const valueName = `${kind} id`;
  const listProblem = shape.list(path, { valueName });
  if (listProblem !== undefined) return listProblem;
  const value = shape.value(path);
  if (!Array.isArray(value)) return undefined;
  if (value.length === 0)
    return shape.finding(
      path,
      {
        message: '{policy} {property} must include at least one {valueName}.',
        hint: 'Add one or more {valueName}s to {policy} {property}.',
      },
      { valueName },
    );
  const firstIndexOf = new Map<string, number>();
  for (const [index, raw] of (value as unknown[]).entries()) {
    if (typeof raw !== 'string') continue;
    const normalized = kind === 'agent' ? normalizeAgentId(raw) : raw.trim().toLowerCase();
    const previous = firstIndexOf.get(normalized);
    if (previous !== undefined)
      return shape.finding(
        path,
        {
          message: `{policy} {property}[{index}] duplicates {property}[${previous}] after normalization.`,
          hint: 'List each {valueName} only once per named policy scope.',
        },
        { index, valueName },
      );
    firstIndexOf.set(normalized, index);
  }
  return undefined;
}
