// Channels, MCP, models and network in OpenClaw 2026.9.6 (SPEC-2026.9 §5.2–§5.5): the same
// scanners and checks as 2026.5.20 with three release differences — strict channel deny-rule
// shapes (§6.3), provider ids without alias folding (§1), and model refs read from the loaded
// config instead of emulating the loader.
import { channelsFamily, scanChannels } from '../families/channels.js';
import { mcpFamily, scanMcpServers } from '../families/mcp.js';
import { scanModelProviders, scanModelRefs, type ModelRefReading } from '../families/model-refs.js';
import { modelProviderFindings } from '../families/models.js';
import { networkFamily, scanNetwork } from '../families/network.js';
import { normalizeProviderIdPlain } from '../provider-ids.js';
import { isRecord } from '../record.js';
import type { Finding } from '../types.js';
import { alwaysCollected, type FindingsInput, type PolicyFamily } from './policy-family.js';
import { channelDenyRuleShapeFindings } from './shape/index.js';

const MODEL_REFS: ModelRefReading = { normalizeProviderId: normalizeProviderIdPlain, emulateLoader: false };

/** The 2026.5.20 checks apply unchanged to an object policy; any other policy has no rules. */
function onObjectPolicy(
  check: (input: FindingsInput & { policy: Record<string, unknown> }) => Finding[],
): (input: FindingsInput) => Finding[] {
  return (input) => (isRecord(input.policy) ? check({ ...input, policy: input.policy }) : []);
}

export const currentChannelsFamily: PolicyFamily = {
  name: 'channels',
  evidence: [alwaysCollected('channels', ({ config }) => scanChannels(config))],
  // Invalid deny rules replace the channel findings; with none left invalid, every rule is usable
  // and the 2026.5.20 check reads them exactly as the release does.
  findings: (input) => {
    const invalid = channelDenyRuleShapeFindings(input.policy, input.name);
    if (invalid.length > 0) return invalid;
    return onObjectPolicy((objectInput) => channelsFamily.findings(objectInput))(input);
  },
};

export const currentMcpFamily: PolicyFamily = {
  name: 'mcp',
  evidence: [alwaysCollected('mcpServers', ({ config }) => scanMcpServers(config))],
  findings: onObjectPolicy((input) => mcpFamily.findings(input)),
};

export const currentModelsFamily: PolicyFamily = {
  name: 'models',
  evidence: [
    alwaysCollected('modelProviders', ({ config }) => scanModelProviders(config, normalizeProviderIdPlain)),
    alwaysCollected('modelRefs', ({ config }) => scanModelRefs(config, MODEL_REFS)),
  ],
  findings: onObjectPolicy(({ policy, name, evidence }) =>
    modelProviderFindings(policy, name, evidence, normalizeProviderIdPlain),
  ),
};

export const currentNetworkFamily: PolicyFamily = {
  name: 'network',
  evidence: [alwaysCollected('network', ({ config }) => scanNetwork(config))],
  findings: onObjectPolicy((input) => networkFamily.findings(input)),
};
