// SKELETON: channels, MCP, models and network in OpenClaw 2026.9.6 (SPEC-2026.9 §5.2–§5.5).
import { alwaysCollected, type PolicyFamily } from './policy-family.js';

export const currentChannelsFamily: PolicyFamily = {
  name: 'channels',
  evidence: [alwaysCollected('channels', () => [])],
  findings: () => [],
};
export const currentMcpFamily: PolicyFamily = {
  name: 'mcp',
  evidence: [alwaysCollected('mcpServers', () => [])],
  findings: () => [],
};
export const currentModelsFamily: PolicyFamily = {
  name: 'models',
  evidence: [alwaysCollected('modelProviders', () => []), alwaysCollected('modelRefs', () => [])],
  findings: () => [],
};
export const currentNetworkFamily: PolicyFamily = {
  name: 'network',
  evidence: [alwaysCollected('network', () => [])],
  findings: () => [],
};
