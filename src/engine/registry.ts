import { channelsFamily } from './families/channels.js';
import { mcpFamily } from './families/mcp.js';
import { modelsFamily } from './families/models.js';
import { networkFamily } from './families/network.js';
import { toolsFamily } from './families/tools.js';
import type { ContainerRule, RuleFamily } from './rule-family.js';

/**
 * Every rule family, in evaluation order: evidence keys, and findings (which feed the findings
 * hash), come out in this order. Adding an OpenClaw family means adding it here.
 */
export const RULE_FAMILIES: readonly RuleFamily[] = [
  channelsFamily,
  mcpFamily,
  modelsFamily,
  networkFamily,
  toolsFamily,
];

/**
 * OpenClaw validates policy containers in its own order, tools first (SPEC.md §2.1), which
 * differs from the evaluation order above.
 */
const CONTAINER_ORDER: readonly RuleFamily[] = [
  toolsFamily,
  ...RULE_FAMILIES.filter((family) => family !== toolsFamily),
];
export const POLICY_CONTAINERS: readonly ContainerRule[] = CONTAINER_ORDER.flatMap(
  (family) => family.containers,
);
