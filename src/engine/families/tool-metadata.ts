// Tool metadata of OpenClaw 2026.9.6 (SPEC-2026.9 §8), a family of this release only: governed
// tools are declared in AGENTS.md's `## Tools` section, and `tools.requireMetadata` names the
// fields each must declare. A TOOLS.md left in the workspace blocks evaluation until
// `openclaw doctor --fix` migrates it (§8.3).
import { scanAgentsMarkdownTools } from '../agents-markdown.js';
import type { CurrentCheckId } from '../current/check-ids.js';
import { ANY_POLICY_NAME, type FindingsInput, type PolicyFamily } from '../current/policy-family.js';
import { requirementOf, topLevelRules } from '../current/rule-location.js';
import { toolsRequireMetadataShapeFindings } from '../current/shape/index.js';
import { finding } from '../findings.js';
import type { PolicyName } from '../rule-family.js';
import { isRecord } from '../record.js';
import type { Finding, ToolEvidence } from '../types.js';
import { KNOWN_RISKS, KNOWN_SENSITIVITIES } from './tools.js';

/** Blocks evaluation while a TOOLS.md is left to migrate (§8.3). */
export const TOOLS_MD_MIGRATION_REQUIRED: CurrentCheckId = 'policy/tools-md-migration-required';

/**
 * The required metadata keys (§4 step 7): the trimmed, lowercased entries of `tools.requireMetadata`
 * when its shape is valid (a list of supported keys), else none.
 */
export function requiredToolMetadata(policy: unknown): Set<string> {
  if (toolsRequireMetadataShapeFindings(policy, ANY_POLICY_NAME).length > 0) return new Set();
  const list = isRecord(policy) && isRecord(policy.tools) ? policy.tools.requireMetadata : undefined;
  if (!Array.isArray(list)) return new Set();
  return new Set(list.map((entry) => String(entry).trim().toLowerCase()).filter((key) => key !== ''));
}

export const toolMetadataFamily: PolicyFamily = {
  name: 'tools',
  evidence: [
    {
      key: 'tools',
      inEarlyReturns: false,
      // The evaluator reads AGENTS.md exactly when some metadata is required.
      collectedFor: (source) => source.agentsMarkdown !== undefined,
      collect: (source) => scanAgentsMarkdownTools(source.agentsMarkdown ?? ''),
    },
  ],
  findings: toolMetadataFindings,
};

/** Steps 12.16–12.20: requirement shape, TOOLS.md migration, then risk, sensitivity, owner. */
function toolMetadataFindings({ policy, name, evidence, legacyToolsFile }: FindingsInput): Finding[] {
  const findings = [...toolsRequireMetadataShapeFindings(policy, name)];
  if (legacyToolsFile) findings.push(migrationFinding(name));
  const required = requiredToolMetadata(policy);
  const tools = evidence.tools ?? [];
  const about = toolFinding(name);
  for (const check of METADATA_CHECKS) {
    if (!required.has(check.key)) continue;
    for (const tool of tools) {
      const problem = check.problem(tool);
      if (problem !== undefined) findings.push(about(tool, problem));
    }
  }
  return findings;
}

interface MetadataProblem {
  checkId: CurrentCheckId;
  message: string;
  fixHint: string;
}

/** One pass over the tools per check, in the release's order (all missing risks come first). */
const METADATA_CHECKS: readonly {
  key: 'risk' | 'sensitivity' | 'owner';
  problem: (tool: ToolEvidence) => MetadataProblem | undefined;
}[] = [
  {
    key: 'risk',
    problem: (tool) =>
      tool.risk === undefined
        ? {
            checkId: 'policy/tools-missing-risk-level',
            message: `AGENTS.md tool '${tool.id}' has no explicit risk classification.`,
            fixHint: 'Declare risk:low, risk:medium, risk:high, risk:critical, or an R0-R5 review alias.',
          }
        : undefined,
  },
  {
    key: 'risk',
    problem: (tool) =>
      tool.risk !== undefined && !KNOWN_RISKS.includes(tool.risk)
        ? {
            checkId: 'policy/tools-unknown-risk-level',
            message: `AGENTS.md tool '${tool.id}' declares unknown risk '${tool.risk}'.`,
            fixHint: `Use one of: ${KNOWN_RISKS.join(', ')}.`,
          }
        : undefined,
  },
  { key: 'sensitivity', problem: sensitivityProblem },
  {
    key: 'owner',
    problem: (tool) =>
      tool.owner === undefined
        ? {
            checkId: 'policy/tools-missing-owner',
            message: `AGENTS.md tool '${tool.id}' has no declared owner.`,
            fixHint: 'Declare owner:<team-or-person> for this tool.',
          }
        : undefined,
  },
];

function sensitivityProblem(tool: ToolEvidence): MetadataProblem | undefined {
  if (tool.sensitivity === undefined) {
    return {
      checkId: 'policy/tools-missing-sensitivity-token',
      message: `AGENTS.md tool '${tool.id}' has no declared artifact sensitivity.`,
      fixHint: `Declare sensitivity as one of: ${KNOWN_SENSITIVITIES.join(', ')}.`,
    };
  }
  if (KNOWN_SENSITIVITIES.includes(tool.sensitivity)) return undefined;
  return {
    checkId: 'policy/tools-unknown-sensitivity-token',
    message: `AGENTS.md tool '${tool.id}' declares unknown sensitivity '${tool.sensitivity}'.`,
    fixHint: `Use one of: ${KNOWN_SENSITIVITIES.join(', ')}.`,
  };
}

/** The `tools.requireMetadata` rule every tool metadata finding points back to. */
const requireMetadataRule = (name: PolicyName) =>
  requirementOf(topLevelRules(name, 'tools'), 'requireMetadata');

/** A finding about one declared tool: at its AGENTS.md line, against `tools.requireMetadata`. */
function toolFinding(name: PolicyName) {
  const requirement = requireMetadataRule(name);
  return (tool: ToolEvidence, { checkId, message, fixHint }: MetadataProblem): Finding =>
    finding({
      checkId,
      message,
      path: 'AGENTS.md',
      line: tool.line,
      ocPath: tool.source,
      target: tool.source,
      requirement,
      fixHint,
    });
}

/** §8.3: any TOOLS.md, whatever it holds, while metadata is required. */
function migrationFinding(name: PolicyName): Finding {
  return finding({
    checkId: TOOLS_MD_MIGRATION_REQUIRED,
    message:
      'TOOLS.md contains unmigrated governed tool declarations; run `openclaw doctor --fix` to migrate them into the AGENTS.md `## Tools` section before policy evaluation can pass.',
    path: 'TOOLS.md',
    target: 'oc://TOOLS.md/tools',
    requirement: requireMetadataRule(name),
    fixHint: 'Run `openclaw doctor --fix` to migrate TOOLS.md into the AGENTS.md `## Tools` section.',
  });
}
