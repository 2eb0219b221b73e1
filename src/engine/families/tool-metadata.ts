// Tool metadata of OpenClaw 2026.9.6 (SPEC-2026.9 §8), a family of this release only: governed
// tools are declared in AGENTS.md's `## Tools` section, and `tools.requireMetadata` names the
// fields each must declare. A TOOLS.md left in the workspace blocks evaluation until
// `openclaw doctor --fix` migrates it (§8.3).
import { scanAgentsMarkdownTools } from '../agents-markdown.js';
import type { FindingsInput, PolicyFamily } from '../current/policy-family.js';
import { toolsRequireMetadataShapeFindings } from '../current/shape/index.js';
import { finding } from '../findings.js';
import { policyAddress } from '../oc-path.js';
import type { PolicyName } from '../rule-family.js';
import { isRecord } from '../record.js';
import type { Finding, ToolEvidence } from '../types.js';

const TOOLS_MIGRATION_REQUIRED = 'policy/tools-md-migration-required';
const MISSING_RISK = 'policy/tools-missing-risk-level';
const UNKNOWN_RISK = 'policy/tools-unknown-risk-level';
const MISSING_SENSITIVITY = 'policy/tools-missing-sensitivity-token';
const UNKNOWN_SENSITIVITY = 'policy/tools-unknown-sensitivity-token';
const MISSING_OWNER = 'policy/tools-missing-owner';

const KNOWN_RISKS: readonly string[] = ['low', 'medium', 'high', 'critical'];
const KNOWN_SENSITIVITIES: readonly string[] = ['public', 'internal', 'confidential', 'restricted'];

/**
 * The name only words the shape finding's message; whether there is one does not depend on it.
 */
const ANY_POLICY_NAME: PolicyName = { display: 'policy.jsonc', document: 'policy.jsonc' };

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
  if (required.has('risk')) {
    for (const tool of tools) {
      if (tool.risk === undefined) {
        findings.push(
          about(
            tool,
            MISSING_RISK,
            `AGENTS.md tool '${tool.id}' has no explicit risk classification.`,
            'Declare risk:low, risk:medium, risk:high, risk:critical, or an R0-R5 review alias.',
          ),
        );
      }
    }
    for (const tool of tools) {
      if (tool.risk !== undefined && !KNOWN_RISKS.includes(tool.risk)) {
        findings.push(
          about(
            tool,
            UNKNOWN_RISK,
            `AGENTS.md tool '${tool.id}' declares unknown risk '${tool.risk}'.`,
            `Use one of: ${KNOWN_RISKS.join(', ')}.`,
          ),
        );
      }
    }
  }
  if (required.has('sensitivity')) {
    for (const tool of tools) {
      const problem = sensitivityProblem(tool);
      if (problem !== undefined)
        findings.push(about(tool, problem.checkId, problem.message, problem.fixHint));
    }
  }
  if (required.has('owner')) {
    for (const tool of tools) {
      if (tool.owner === undefined) {
        findings.push(
          about(
            tool,
            MISSING_OWNER,
            `AGENTS.md tool '${tool.id}' has no declared owner.`,
            'Declare owner:<team-or-person> for this tool.',
          ),
        );
      }
    }
  }
  return findings;
}

function sensitivityProblem(
  tool: ToolEvidence,
): { checkId: string; message: string; fixHint: string } | undefined {
  if (tool.sensitivity === undefined) {
    return {
      checkId: MISSING_SENSITIVITY,
      message: `AGENTS.md tool '${tool.id}' has no declared artifact sensitivity.`,
      fixHint: `Declare sensitivity as one of: ${KNOWN_SENSITIVITIES.join(', ')}.`,
    };
  }
  if (KNOWN_SENSITIVITIES.includes(tool.sensitivity)) return undefined;
  return {
    checkId: UNKNOWN_SENSITIVITY,
    message: `AGENTS.md tool '${tool.id}' declares unknown sensitivity '${tool.sensitivity}'.`,
    fixHint: `Use one of: ${KNOWN_SENSITIVITIES.join(', ')}.`,
  };
}

/** A finding about one declared tool: at its AGENTS.md line, against `tools.requireMetadata`. */
function toolFinding(name: PolicyName) {
  const requirement = policyAddress(name.document, 'tools', 'requireMetadata');
  return (tool: ToolEvidence, checkId: string, message: string, fixHint: string): Finding =>
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
    checkId: TOOLS_MIGRATION_REQUIRED,
    message:
      'TOOLS.md contains unmigrated governed tool declarations; run `openclaw doctor --fix` to migrate them into the AGENTS.md `## Tools` section before policy evaluation can pass.',
    path: 'TOOLS.md',
    target: 'oc://TOOLS.md/tools',
    requirement: policyAddress(name.document, 'tools', 'requireMetadata'),
    fixHint: 'Run `openclaw doctor --fix` to migrate TOOLS.md into the AGENTS.md `## Tools` section.',
  });
}
