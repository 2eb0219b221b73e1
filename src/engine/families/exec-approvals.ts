// The execApprovals family of OpenClaw 2026.9.6 (SPEC-2026.9 §5.14, §7.8, §9.2, §10.2): the exec
// approvals row of the state database against the policy. The shell reads the row (its text or
// null); evidence and findings come from that text alone. Scoped overlays (agentIds) run only when
// the whole `scopes` section is valid, and report a missing or unreadable row once per scope.
import type { CurrentCheckId } from '../current/check-ids.js';
import type { FindingsInput, PolicyFamily } from '../current/policy-family.js';
import { agentScopeTargets, policyHasExecApprovalsRules } from '../current/policy-scope.js';
import {
  requirementOf,
  scopedRules,
  sectionRequirement,
  topLevelRules,
  type RuleLocation,
} from '../current/rule-location.js';
import { execApprovalsShapeFinding, hasValidScopedPolicy } from '../current/shape/index.js';
import { finding } from '../findings.js';
import { isRecord, valueAtPath } from '../record.js';
import type { Finding } from '../types.js';
import { jsonParseErrorMessage } from './exec-approvals/json-parse-message.js';
import { execApprovalRuleFindings } from './exec-approvals/rule-checks.js';
import {
  EXEC_APPROVALS_DOCUMENT,
  EXEC_APPROVALS_URI,
  type ExecApprovalEntry,
  scanExecApprovals,
} from './exec-approvals/scan.js';

export type {
  ExecApprovalAllowlistEntry,
  ExecApprovalEntry,
  ExecApprovalPostureEntry,
} from './exec-approvals/scan.js';
export { jsonParseErrorMessage } from './exec-approvals/json-parse-message.js';
export { scanExecApprovals } from './exec-approvals/scan.js';

export const execApprovalsFamily: PolicyFamily = {
  name: 'execApprovals',
  evidence: [
    {
      key: 'execApprovals',
      inEarlyReturns: false,
      collectedFor: (source) =>
        policyHasExecApprovalsRules(source.policy) && source.execApprovalsRaw !== undefined,
      collect: ({ execApprovalsRaw }) =>
        typeof execApprovalsRaw === 'string' ? scanExecApprovals(execApprovalsRaw) : [],
    },
  ],
  findings: execApprovalsFindings,
};

export function execApprovalsFindings(input: FindingsInput): Finding[] {
  const { policy, name } = input;
  if (!isRecord(policy)) return [];
  const entries = (input.evidence.execApprovals as ExecApprovalEntry[] | undefined) ?? [];
  const locator = input.execApprovalsFile?.displayName ?? input.execApprovalsLocator;
  const findings: Finding[] = [];
  if (isRecord(policy.execApprovals)) {
    // The container shape step reports this finding too; the release repeats it here.
    const shape = execApprovalsShapeFinding(policy.execApprovals, name);
    if (shape !== undefined) return [shape];
    const location = topLevelRules(name, 'execApprovals');
    const rowFindings = rowProblemFindings(policy.execApprovals, location, input);
    if (rowFindings.length > 0) return rowFindings;
    findings.push(...execApprovalRuleFindings(policy.execApprovals, { entries, location, locator }));
  }
  if (!hasValidScopedPolicy(policy, name)) return findings;
  const scopesWithRowFindings = new Set<string>();
  for (const target of agentScopeTargets(policy)) {
    const rules = target.overlay.execApprovals;
    if (!isRecord(rules)) continue;
    const shape = execApprovalsShapeFinding(rules, name, target.scopeName);
    if (shape !== undefined) {
      findings.push(shape);
      continue;
    }
    const location = scopedRules(name, target.scopeName, 'execApprovals');
    const rowFindings = rowProblemFindings(rules, location, input);
    if (rowFindings.length > 0) {
      if (!scopesWithRowFindings.has(target.scopeName)) findings.push(...rowFindings);
      scopesWithRowFindings.add(target.scopeName);
      continue;
    }
    findings.push(
      ...execApprovalRuleFindings(rules, { entries, location, locator, targetAgentId: target.agentId }),
    );
  }
  return findings;
}

/**
 * `execApprovalsFileFindings`: rules that read the row (requireFile, defaults, agents) need it
 * present, parseable and of version 1. The shell reads the row whenever any overlay has such
 * rules, so an absent file here means there is no row.
 */
function rowProblemFindings(
  rules: Record<string, unknown>,
  location: RuleLocation,
  input: FindingsInput,
): Finding[] {
  const requireFile = valueAtPath(rules, ['requireFile']) === true;
  if (!requireFile && !isRecord(rules.defaults) && !isRecord(rules.agents)) return [];
  const file = input.execApprovalsFile;
  if (file === undefined) {
    return [
      finding({
        checkId: 'policy/exec-approvals-missing' satisfies CurrentCheckId,
        message: `${EXEC_APPROVALS_DOCUMENT} evidence is required by policy but was not found.`,
        path: input.execApprovalsLocator,
        target: EXEC_APPROVALS_URI,
        requirement: requireFile ? requirementOf(location, 'requireFile') : sectionRequirement(location),
        fixHint: 'Restore the approved exec approvals artifact or update policy after review.',
      }),
    ];
  }
  const problem = rowProblem(file.raw);
  if (problem === undefined) return [];
  return [
    finding({
      checkId: 'policy/exec-approvals-invalid' satisfies CurrentCheckId,
      message: `${file.displayName} could not be parsed: ${problem}`,
      path: file.displayName,
      target: EXEC_APPROVALS_URI,
      requirement: sectionRequirement(location),
      fixHint: `Fix ${EXEC_APPROVALS_DOCUMENT} so it is valid JSON.`,
    }),
  ];
}

/** `parseExecApprovalsFile`: the JSON.parse message (as Node 24 words it), or the version problem. */
function rowProblem(raw: string): string | undefined {
  const parseError = jsonParseErrorMessage(raw);
  if (parseError !== undefined) return parseError;
  const value: unknown = JSON.parse(raw);
  return isRecord(value) && value.version === 1 ? undefined : 'unsupported exec approvals version';
}
