// Rule values that are more than a boolean or a list of strings. The rule metadata names their
// value types (`channel-provider-deny-rules`, `routing-probes`) but not their inner keys, which
// live in the shape validators as literals; they are written once here, and test/schema checks
// every key and type below against the engine's validators, so a drift fails a test.
import { ROUTING_MATCH_KINDS } from '../current/shape/index.js';
import { closedObject, nonBlankString, type JsonSchema } from './json-schema.js';

/** `channels.denyRules` (SPEC.md §2, SPEC-2026.9 §5.2): the same rule object in both releases. */
export function channelDenyRulesSchema(): JsonSchema {
  return {
    type: 'array',
    items: closedObject(
      {
        id: { type: 'string', description: 'A name for the rule (optional).' },
        when: closedObject(
          {
            provider: {
              type: 'string',
              description: 'The channel provider to deny, compared exactly (case-sensitive).',
            },
          },
          { required: ['provider'] },
        ),
        reason: {
          type: 'string',
          description: 'Why the provider is denied; becomes the fix hint of its findings (optional).',
        },
      },
      { required: ['when'] },
    ),
  };
}

const PEER_KINDS = ['direct', 'group', 'channel'];

function peerSchema(description: string): JsonSchema {
  return closedObject(
    { kind: { type: 'string', enum: PEER_KINDS }, id: nonBlankString() },
    { description, required: ['kind', 'id'] },
  );
}

/** `routing.probes` (SPEC-2026.9 §6.6). Probe ids must also be unique (trimmed): engine-only. */
export function routingProbesSchema(): JsonSchema {
  const route = closedObject(
    {
      channel: nonBlankString('The channel the simulated message arrives on.'),
      accountId: nonBlankString(),
      guildId: nonBlankString(),
      teamId: nonBlankString(),
      peer: peerSchema('The sender of the simulated message.'),
      parentPeer: peerSchema('The parent conversation (e.g. the channel of a thread).'),
      memberRoleIds: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: nonBlankString(),
        description: 'Role ids of the sender: at least one, unique.',
      },
    },
    { description: 'The simulated message route.', required: ['channel'] },
  );
  const expect = closedObject(
    {
      agentId: nonBlankString('The agent the route must reach.'),
      matchedBy: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { type: 'string', enum: [...ROUTING_MATCH_KINDS] },
        description: 'The binding match kinds allowed to decide the route: at least one, unique.',
      },
    },
    { description: 'What the route must resolve to.', required: ['agentId'] },
  );
  return {
    type: 'array',
    items: closedObject(
      { id: nonBlankString('A unique name for the probe.'), route, expect },
      { required: ['id', 'route', 'expect'] },
    ),
  };
}

/** `execApprovals.agents.allowlist.expected`: its entries are not only strings. */
export const EXEC_APPROVAL_ALLOWLIST_RULE = 'execApprovals.agents.allowlist.expected';

/** An entry: a command pattern, or `{ pattern, argPattern? }` (SPEC-2026.9 §5.14). */
export function execApprovalAllowlistEntrySchema(): JsonSchema {
  return {
    anyOf: [
      nonBlankString('A command pattern, e.g. "deploy".'),
      closedObject(
        {
          pattern: nonBlankString('The command pattern.'),
          argPattern: { type: 'string', description: 'A pattern the arguments must match (optional).' },
        },
        { required: ['pattern'] },
      ),
    ],
  };
}
