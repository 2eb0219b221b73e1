// Posture shapes of tools, sandbox, gateway and agents (SPEC-2026.9 §6.4): a list of steps per
// section, run in order, first failure wins. Allowed keys, enums and value types come from the
// rule metadata, so a rule added there is accepted here without another list to update.
import { POLICY_RULE_METADATA, ruleMetadata, type PolicyRuleMetadata } from '../rule-metadata.js';
import type { Finding } from '../../types.js';
import { orderedShape, type OrderedShape, type ShapeContext } from './ordered-shape.js';
import { firstFinding } from './shape-finding.js';

/** The list wordings that differ from the engine's defaults. */
type ListStyle = 'workspace-access' | 'workspace-tools' | 'http-endpoints' | 'node-commands';

type Step =
  | { kind: 'object'; path: readonly string[] }
  | {
      kind: 'keys';
      path: readonly string[];
      allowed: readonly string[];
      section: string;
      /** The end of `Remove {unsupported} or use <hint>.`; `{ key }` renders `{property}.<key>`. */
      hint: string | { key: string };
      /** Inside a scope: rules that cannot be scoped are to move to the top level. */
      scoped: boolean;
    }
  | {
      kind: 'rule';
      path: readonly string[];
      metadata: PolicyRuleMetadata;
      valueName: string;
      style?: ListStyle;
    };

export type PostureShape = 'agents' | 'workspace' | 'tools' | 'scoped-tools' | 'sandbox' | 'gateway';

const object = (dotted: string): Step => ({ kind: 'object', path: dotted.split('.') });

/** The keys a section may hold: the next path segment of every rule below it. */
function keys(dotted: string, section: string, hint: string | { key: string }, scoped = false): Step {
  const prefix = dotted.split('.');
  const allowed = new Set<string>();
  for (const rule of POLICY_RULE_METADATA) {
    const below = prefix.every((part, index) => rule.policyPath[index] === part);
    if (!below || (scoped && rule.scopeSelectors?.includes('agentIds') !== true)) continue;
    const key = rule.policyPath[prefix.length];
    if (key !== undefined) allowed.add(key);
  }
  return { kind: 'keys', path: prefix, allowed: [...allowed], section, hint, scoped };
}

function rule(dotted: string, valueName = '', style?: ListStyle): Step {
  const metadata = ruleMetadata(dotted);
  if (metadata.valueType !== 'boolean' && metadata.valueType !== 'string-list')
    throw new Error(`posture shapes cannot check '${dotted}' (${metadata.valueType})`);
  return { kind: 'rule', path: metadata.policyPath, metadata, valueName, ...(style ? { style } : {}) };
}

const TOOL_SECTIONS = ['profiles', 'fs', 'exec', 'elevated', 'alsoAllow'];
const GATEWAY_SECTIONS = ['exposure', 'auth', 'controlUi', 'remote', 'http', 'nodes'];

const WORKSPACE_STEPS: readonly Step[] = [
  object('agents.workspace'),
  keys('agents.workspace', 'agent workspace', 'a supported agent workspace policy rule'),
  rule('agents.workspace.allowedAccess', '', 'workspace-access'),
  rule('agents.workspace.denyTools', '', 'workspace-tools'),
];

const TOOLS_STEPS: readonly Step[] = [
  keys('tools', 'tools', 'a supported tools policy rule'),
  ...TOOL_SECTIONS.map((section) => object(`tools.${section}`)),
  keys('tools.profiles', 'tools', { key: 'allow' }),
  rule('tools.profiles.allow', 'tool profile id'),
  keys('tools.fs', 'tools', { key: 'requireWorkspaceOnly' }),
  rule('tools.fs.requireWorkspaceOnly'),
  keys('tools.exec', 'tools', 'a supported tools exec policy rule'),
  rule('tools.exec.allowSecurity', 'exec security mode'),
  rule('tools.exec.requireAsk', 'exec ask mode'),
  rule('tools.exec.allowHosts', 'exec host'),
  keys('tools.elevated', 'tools', { key: 'allow' }),
  rule('tools.elevated.allow'),
  keys('tools.alsoAllow', 'tools', { key: 'expected' }),
  rule('tools.alsoAllow.expected', 'tool id'),
  rule('tools.denyTools', 'tool id or group'),
];

const SHAPES: Readonly<Record<PostureShape, readonly Step[]>> = {
  agents: [object('agents'), keys('agents', 'agents', { key: 'workspace' }), ...WORKSPACE_STEPS],
  workspace: WORKSPACE_STEPS,
  tools: TOOLS_STEPS,
  // A scope first rejects rules that cannot be scoped (tools.requireMetadata), then runs the rest.
  'scoped-tools': [
    keys('tools', 'agent-scoped tools', '', true),
    ...TOOL_SECTIONS.map((section) => keys(`tools.${section}`, 'agent-scoped tools', '', true)),
    ...TOOLS_STEPS,
  ],
  sandbox: [
    object('sandbox'),
    keys('sandbox', 'sandbox', 'a supported sandbox posture rule'),
    rule('sandbox.requireMode', 'sandbox mode'),
    rule('sandbox.allowBackends', 'sandbox backend id'),
    object('sandbox.containers'),
    object('sandbox.browser'),
    keys('sandbox.containers', 'sandbox', 'a supported sandbox container posture rule'),
    ...POLICY_RULE_METADATA.filter(
      (entry) => entry.policyPath[0] === 'sandbox' && entry.policyPath[1] === 'containers',
    ).map((entry) => rule(entry.policyPath.join('.'))),
    keys('sandbox.browser', 'sandbox', 'a supported sandbox browser posture rule'),
    rule('sandbox.browser.requireCdpSourceRange'),
  ],
  gateway: [
    object('gateway'),
    ...GATEWAY_SECTIONS.map((section) => object(`gateway.${section}`)),
    keys('gateway', 'Gateway', 'a supported Gateway policy section'),
    ...GATEWAY_SECTIONS.map((section) =>
      keys(`gateway.${section}`, 'Gateway', 'a supported Gateway policy rule'),
    ),
    rule('gateway.exposure.allowNonLoopbackBind'),
    rule('gateway.exposure.allowTailscaleFunnel'),
    rule('gateway.auth.requireAuth'),
    rule('gateway.auth.requireExplicitRateLimit'),
    rule('gateway.controlUi.allowInsecure'),
    rule('gateway.remote.allow'),
    rule('gateway.http.requireUrlAllowlists'),
    rule('gateway.http.denyEndpoints', '', 'http-endpoints'),
    rule('gateway.nodes.denyCommands', '', 'node-commands'),
  ],
};

const ROOTS: Readonly<Record<PostureShape, string>> = {
  agents: 'agents',
  workspace: 'agents.workspace',
  tools: 'tools',
  'scoped-tools': 'tools',
  sandbox: 'sandbox',
  gateway: 'gateway',
};

export interface SectionPrefixes {
  propertyPrefix?: string;
  targetPrefix?: string;
}

/**
 * The first shape problem of a posture section. `value` is the section itself (e.g. `policy.tools`);
 * an absent section has none. The prefixes default to the section's top-level path.
 */
export function postureShapeFinding(
  shape: PostureShape,
  value: unknown,
  context: ShapeContext,
): Finding | undefined {
  if (value === undefined) return undefined;
  const root = ROOTS[shape];
  const rootDepth = root.split('.').length;
  const validator = orderedShape(value, {
    ...context,
    propertyPrefix: context.propertyPrefix ?? root,
    targetPrefix: context.targetPrefix ?? root.replaceAll('.', '/'),
  });
  function* findings() {
    for (const step of SHAPES[shape])
      yield runStep(validator, step, step.path.slice(rootDepth).join('.'), shape);
  }
  return firstFinding(findings());
}

function runStep(
  validator: OrderedShape,
  step: Step,
  path: string,
  shape: PostureShape,
): Finding | undefined {
  if (step.kind === 'object') return validator.object(path);
  if (step.kind === 'keys') {
    const hint = step.scoped
      ? 'Move {unsupported} to top-level tools or use a supported scoped tools posture rule.'
      : `Remove {unsupported} or use ${typeof step.hint === 'string' ? step.hint : `{property}.${step.hint.key}`}.`;
    return validator.keys(path, step.allowed, step.section, hint);
  }
  if (step.metadata.valueType === 'boolean')
    return validator.boolean(
      path,
      shape === 'gateway' ? 'Fix {policy} so {property} is true or false.' : undefined,
    );
  if (step.style === undefined)
    return validator.list(path, {
      ...(step.metadata.allowedValues === undefined ? {} : { allowed: step.metadata.allowedValues }),
      valueName: step.valueName,
    });
  return styledListFinding(validator, path, step.style, step.metadata.allowedValues);
}

const STYLED_LISTS: Readonly<
  Record<ListStyle, { arrayHint: string; entryHint: string; entryMessage: string }>
> = {
  'workspace-access': {
    arrayHint: 'Use workspace access values such as ["none", "ro"].',
    entryHint: 'Use workspace access values such as ["none", "ro"].',
    entryMessage: 'must be none, ro, or rw.',
  },
  'workspace-tools': {
    arrayHint: 'Use tool ids such as ["exec", "process", "write", "edit", "apply_patch"].',
    entryHint: 'Use supported tool ids: {allowed}.',
    entryMessage: 'must be a supported agent workspace tool id.',
  },
  'http-endpoints': {
    arrayHint: 'Use an array of endpoint ids such as ["responses"] or remove gateway.http.denyEndpoints.',
    entryHint: 'Use supported endpoint ids: {allowed}.',
    entryMessage: 'must be a supported endpoint id.',
  },
  'node-commands': {
    arrayHint:
      'Use an array of node command ids such as ["system.run"] or remove gateway.nodes.denyCommands.',
    entryHint: 'Use non-empty node command ids.',
    entryMessage: 'must be a non-empty node command id.',
  },
};

function styledListFinding(
  validator: OrderedShape,
  path: string,
  style: ListStyle,
  allowed: readonly string[] | undefined,
): Finding | undefined {
  const words = STYLED_LISTS[style];
  // Workspace access values are compared untrimmed: " ro" is not "ro".
  return validator.list(path, {
    ...(style === 'node-commands' || allowed === undefined ? {} : { allowed }),
    normalize: style === 'workspace-access' ? 'raw' : 'trim',
    array: { message: '{policy} {property} must be an array.', hint: words.arrayHint },
    entry: { message: `{policy} {property}[{index}] ${words.entryMessage}`, hint: words.entryHint },
  });
}
