import { missingRule, weakerRule } from '../strictness.js';
import { finding } from '../findings.js';
import { policyAddress, toolAddress } from '../oc-path.js';
import { invalid } from '../policy-shape.js';
import { isRecord } from '../record.js';
import type { FindingsInput, HashedForm, PolicyName, RuleFamily } from '../rule-family.js';
import type { Finding, ToolDeclaration, ToolEvidence } from '../types.js';

const MISSING_RISK = 'policy/tools-missing-risk-level';
const UNKNOWN_RISK = 'policy/tools-unknown-risk-level';
const MISSING_SENSITIVITY = 'policy/tools-missing-sensitivity-token';
const UNKNOWN_SENSITIVITY = 'policy/tools-unknown-sensitivity-token';
const MISSING_OWNER = 'policy/tools-missing-owner';

export type MetadataKey = 'risk' | 'sensitivity' | 'owner';
const METADATA_KEYS: readonly string[] = ['risk', 'sensitivity', 'owner'];
export const KNOWN_RISKS: readonly string[] = ['low', 'medium', 'high', 'critical'];
export const KNOWN_SENSITIVITIES: readonly string[] = ['public', 'internal', 'confidential', 'restricted'];
const SUPPORTED_KEYS_HINT = 'Use supported metadata keys: risk, sensitivity, owner.';

export const toolsFamily: RuleFamily = {
  name: 'tools',
  checkIds: [MISSING_RISK, UNKNOWN_RISK, MISSING_SENSITIVITY, UNKNOWN_SENSITIVITY, MISSING_OWNER],
  containers: [
    { path: ['tools'], kind: 'object' },
    { path: ['tools', 'settings'], kind: 'object' },
    { path: ['tools', 'entries'], kind: 'array' },
  ],
  needsToolDeclarations: (policy) => (requiredMetadata(policy)?.size ?? 0) > 0,
  collectEvidence: ({ policy, toolDeclarations }) =>
    (requiredMetadata(policy)?.size ?? 0) > 0 ? { tools: (toolDeclarations ?? []).map(toolEvidence) } : {},
  hashedEntries: {
    tools: (t: ToolEvidence): HashedForm<ToolEvidence> => ({
      capabilities: t.capabilities,
      id: t.id,
      line: t.line,
      owner: t.owner,
      risk: t.risk,
      sensitivity: t.sensitivity,
      source: t.source,
    }),
  },
  findings: toolFindings,
  compareStrictness(baseline, candidate, names) {
    const before = [...(requiredMetadata(baseline) ?? [])];
    if (before.length === 0) return [];
    const after = requiredMetadata(candidate) ?? new Set<MetadataKey>();
    const dropped = before.filter((key) => !after.has(key));
    if (dropped.length === 0) return [];
    const detail = `no longer requires ${dropped.join(', ')} metadata for tools`;
    return after.size === 0
      ? [missingRule(names, 'tools.requireMetadata', detail)]
      : [weakerRule(names, 'tools.requireMetadata', detail)];
  },
  describeRules: (policy) =>
    [...(requiredMetadata(policy) ?? [])].map((value) => ({ rule: 'tools.requireMetadata', value })),
};

/**
 * The metadata keys `tools.requireMetadata` demands, or undefined when the list is absent or
 * malformed (malformed lists are reported, never half-applied).
 */
export function requiredMetadata(policy: Record<string, unknown>): Set<MetadataKey> | undefined {
  const list = isRecord(policy.tools) ? policy.tools.requireMetadata : undefined;
  if (!Array.isArray(list)) return undefined;
  const keys = new Set<MetadataKey>();
  for (const entry of list) {
    const key = typeof entry === 'string' ? entry.trim().toLowerCase() : '';
    if (!METADATA_KEYS.includes(key)) return undefined;
    keys.add(key as MetadataKey);
  }
  return keys;
}

function requireMetadataProblem(policy: Record<string, unknown>, name: PolicyName): Finding | undefined {
  if (!isRecord(policy.tools) || policy.tools.requireMetadata === undefined) return undefined;
  const list = policy.tools.requireMetadata;
  const d = name.display;
  if (!Array.isArray(list)) {
    return invalid(
      name,
      ['tools', 'requireMetadata'],
      `${d} tools.requireMetadata must be an array of metadata keys.`,
      SUPPORTED_KEYS_HINT,
    );
  }
  const bad = list.findIndex(
    (entry) => typeof entry !== 'string' || !METADATA_KEYS.includes(entry.trim().toLowerCase()),
  );
  if (bad < 0) return undefined;
  return invalid(
    name,
    ['tools', 'requireMetadata', `#${bad}`],
    `${d} tools.requireMetadata[${bad}] must be a supported metadata key.`,
    SUPPORTED_KEYS_HINT,
  );
}

/** A declaration as evidence: `{ id, source, line, risk?, sensitivity?, owner?, capabilities? }`. */
export function toolEvidence(tool: ToolDeclaration): ToolEvidence {
  const entry: ToolEvidence = { id: tool.id, source: toolAddress(tool.id), line: tool.line };
  if (tool.risk !== undefined) entry.risk = tool.risk;
  if (tool.sensitivity !== undefined) entry.sensitivity = tool.sensitivity;
  if (tool.owner !== undefined) entry.owner = tool.owner;
  if (tool.capabilities !== undefined) entry.capabilities = tool.capabilities;
  return entry;
}

/** SPEC.md §2.2 step 6: validation, then missing risk, unknown risk, sensitivity per tool, owner. */
function toolFindings({ policy, name, evidence }: FindingsInput): Finding[] {
  const problem = requireMetadataProblem(policy, name);
  if (problem) return [problem];
  const required = requiredMetadata(policy);
  const tools = evidence.tools ?? [];
  if (!required || required.size === 0) return [];
  const requirement = policyAddress(name.document, 'tools', 'requireMetadata');
  const about = (tool: ToolEvidence, checkId: string, message: string, fixHint: string): Finding =>
    finding({
      checkId,
      message,
      path: 'TOOLS.md',
      line: tool.line,
      ocPath: tool.source,
      target: tool.source,
      requirement,
      fixHint,
    });
  const out: Finding[] = [];
  if (required.has('risk')) {
    for (const tool of tools) {
      if (tool.risk === undefined) {
        out.push(
          about(
            tool,
            MISSING_RISK,
            `TOOLS.md tool '${tool.id}' has no explicit risk classification.`,
            'Declare risk:low, risk:medium, risk:high, risk:critical, or an R0-R5 review alias.',
          ),
        );
      }
    }
    for (const tool of tools) {
      if (tool.risk !== undefined && !KNOWN_RISKS.includes(tool.risk)) {
        out.push(
          about(
            tool,
            UNKNOWN_RISK,
            `TOOLS.md tool '${tool.id}' declares unknown risk '${tool.risk}'.`,
            'Use one of: low, medium, high, critical.',
          ),
        );
      }
    }
  }
  if (required.has('sensitivity')) {
    for (const tool of tools) {
      if (tool.sensitivity === undefined) {
        out.push(
          about(
            tool,
            MISSING_SENSITIVITY,
            `TOOLS.md tool '${tool.id}' has no declared artifact sensitivity.`,
            'Declare sensitivity as one of: public, internal, confidential, restricted.',
          ),
        );
      } else if (!KNOWN_SENSITIVITIES.includes(tool.sensitivity)) {
        out.push(
          about(
            tool,
            UNKNOWN_SENSITIVITY,
            `TOOLS.md tool '${tool.id}' declares unknown sensitivity '${tool.sensitivity}'.`,
            'Use one of: public, internal, confidential, restricted.',
          ),
        );
      }
    }
  }
  if (required.has('owner')) {
    for (const tool of tools) {
      if (tool.owner === undefined) {
        out.push(
          about(
            tool,
            MISSING_OWNER,
            `TOOLS.md tool '${tool.id}' has no declared owner.`,
            'Declare owner:<team-or-person> for this tool.',
          ),
        );
      }
    }
  }
  return out;
}
