// The rule families of OpenClaw 2026.9.6 and the two orders the release uses: evidence keys
// (SPEC-2026.9 §7) and findings blocks (§4 step 12) differ (routing, for one, is scanned late but
// judged early), so both are written out here. Adding a family means adding it to both lists.
import { agentWorkspaceFamily } from '../families/agent-workspace.js';
import { dataHandlingFamily } from '../families/data-handling.js';
import { execApprovalsFamily } from '../families/exec-approvals.js';
import { gatewayFamily } from '../families/gateway.js';
import { ingressFamily } from '../families/ingress.js';
import { routingFamily } from '../families/routing.js';
import { sandboxFamily } from '../families/sandbox.js';
import { authMetadataRequirementBlock, secretsFamily } from '../families/secrets.js';
import { toolMetadataFamily } from '../families/tool-metadata.js';
import { toolPostureFamily } from '../families/tool-posture.js';
import {
  currentChannelsFamily,
  currentMcpFamily,
  currentModelsFamily,
  currentNetworkFamily,
} from './core-families.js';
import type { EvidenceSlice, FindingsBlock, PolicyFamily } from './policy-family.js';
import { policyContainerShapeFindings } from './shape/index.js';

export const CURRENT_FAMILIES: readonly PolicyFamily[] = [
  currentChannelsFamily,
  currentMcpFamily,
  currentModelsFamily,
  currentNetworkFamily,
  routingFamily,
  ingressFamily,
  gatewayFamily,
  agentWorkspaceFamily,
  toolPostureFamily,
  sandboxFamily,
  dataHandlingFamily,
  secretsFamily,
  execApprovalsFamily,
  toolMetadataFamily,
];

/** Evidence keys in the order the release prints them. */
const EVIDENCE_ORDER = [
  'channels',
  'mcpServers',
  'modelProviders',
  'modelRefs',
  'network',
  'ingress',
  'gatewayExposure',
  'agentWorkspace',
  'dataHandling',
  'toolPosture',
  'sandboxPosture',
  'secrets',
  'authProfiles',
  'execApprovals',
  'routing',
  'tools',
] as const;

const SLICES_BY_KEY = new Map(
  CURRENT_FAMILIES.flatMap((family) => family.evidence.map((s) => [s.key, s] as const)),
);

export const EVIDENCE_SLICES: readonly EvidenceSlice[] = EVIDENCE_ORDER.map((key) => {
  const slice = SLICES_BY_KEY.get(key);
  if (slice === undefined) throw new Error(`no family collects evidence '${key}'`);
  return slice;
});

/** Findings blocks in the release's order (SPEC-2026.9 §4 step 12). */
export const FINDINGS_BLOCKS: readonly FindingsBlock[] = [
  ({ policy, name }) => policyContainerShapeFindings(policy, name),
  currentChannelsFamily.findings,
  currentMcpFamily.findings,
  currentModelsFamily.findings,
  currentNetworkFamily.findings,
  routingFamily.findings,
  ingressFamily.findings,
  gatewayFamily.findings,
  agentWorkspaceFamily.findings,
  toolPostureFamily.findings,
  sandboxFamily.findings,
  dataHandlingFamily.findings,
  secretsFamily.findings,
  execApprovalsFamily.findings,
  authMetadataRequirementBlock,
  toolMetadataFamily.findings,
];
