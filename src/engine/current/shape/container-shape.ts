// The container shape of a policy document (SPEC-2026.9 §6.2, the release's
// `policyContainerShapeFindings`): top-level sections, then each section in the release's order,
// stopping at the first problem. Family validators (family-shapes.ts) run separately.
import { isRecord } from '../../record.js';
import type { PolicyName } from '../../rule-family.js';
import type { Finding } from '../../types.js';
import { execApprovalsShape, ingressShape } from './access-shapes.js';
import { orderedShape, type OrderedShape } from './ordered-shape.js';
import { postureShapeFinding } from './posture-shapes.js';
import { routingShape } from './routing-shape.js';
import { scopesShape } from './scopes-shape.js';
import { firstFinding, shapeFinding } from './shape-finding.js';

/** The top-level sections of a 2026.9.6 policy (SPEC-2026.9 §5); anything else is an error. */
export const POLICY_SECTIONS: readonly string[] = [
  'auth',
  'agents',
  'channels',
  'dataHandling',
  'execApprovals',
  'gateway',
  'ingress',
  'mcp',
  'models',
  'network',
  'routing',
  'sandbox',
  'scopes',
  'secrets',
  'tools',
];

export function containerShapeFinding(policy: unknown, name: PolicyName): Finding | undefined {
  if (!isRecord(policy))
    return shapeFinding(
      name,
      `oc://${name.document}`,
      `${name.display} must contain a policy object.`,
      `Fix ${name.display} so the top-level policy is an object.`,
    );
  const document = policy;
  const shape = orderedShape(document, { name });
  const context = { name };
  function* findings() {
    yield shape.keys(
      '',
      POLICY_SECTIONS,
      '',
      'Remove {key} or use a supported policy section.',
      '{policy} {key} is not a supported policy section.',
    );
    yield shape.object('tools');
    yield postureShapeFinding('tools', document.tools, context);
    yield shape.object('channels');
    yield shape.keys('channels', ['denyRules'], 'channel', 'Remove {unsupported} or use channels.denyRules.');
    yield shape.object('mcp');
    yield shape.keys('mcp', ['servers'], 'MCP', 'Remove {unsupported} or use mcp.servers.');
    yield shape.object('dataHandling');
    yield* allowDenyLists(shape, 'mcp.servers', 'MCP server id');
    yield shape.object('models');
    yield shape.keys('models', ['providers'], 'model', 'Remove {unsupported} or use models.providers.');
    yield* allowDenyLists(shape, 'models.providers', 'model provider id');
    yield shape.object('network');
    yield shape.keys(
      'network',
      ['privateNetwork'],
      'network',
      'Remove {unsupported} or use network.privateNetwork.',
    );
    yield shape.object('network.privateNetwork');
    yield shape.keys(
      'network.privateNetwork',
      ['allow'],
      'network',
      'Remove {unsupported} or use network.privateNetwork.allow.',
    );
    yield shape.boolean('network.privateNetwork.allow', 'Fix {policy} so {property} is true or false.');
    yield shape.object('secrets');
    yield shape.keys(
      'secrets',
      ['allowInsecureProviders', 'denySources', 'requireManagedProviders'],
      'secrets',
      'Remove {unsupported} or use a supported secrets policy rule.',
    );
    yield shape.object('auth');
    yield shape.keys('auth', ['profiles'], 'auth', 'Remove {unsupported} or use auth.profiles.');
    yield shape.object('auth.profiles');
    yield shape.keys(
      'auth.profiles',
      ['allowModes', 'requireMetadata'],
      'auth profile',
      'Remove {unsupported} or use a supported auth profile policy rule.',
    );
    yield execApprovalsShape(document.execApprovals, context);
    yield postureShapeFinding('sandbox', document.sandbox, context);
    yield ingressShape(document.ingress, context);
    yield postureShapeFinding('gateway', document.gateway, context);
    yield routingShape(document.routing, name);
    yield postureShapeFinding('agents', document.agents, context);
    yield scopesShape(document.scopes, document, name);
  }
  return firstFinding(findings());
}

/** `mcp.servers` / `models.providers`: an object of `allow` and `deny` string lists. */
function* allowDenyLists(shape: OrderedShape, path: string, valueName: string) {
  yield shape.object(path);
  yield shape.keys(
    path,
    ['allow', 'deny'],
    '',
    'Remove {unsupported} or use {property}.allow or {property}.deny.',
    '{policy} {unsupported} is not supported in policy.',
  );
  for (const key of ['allow', 'deny'])
    yield shape.list(`${path}.${key}`, {
      valueName,
      entry: {
        message: '{policy} {property}[{index}] must be a non-empty string.',
        hint: 'Fix {policy} so each {property} entry is a {valueName}.',
      },
    });
}
