// `evaluatePolicyUncached` of OpenClaw 2026.9.6 (SPEC-2026.9 §4), pure: the shells read the
// policy, AGENTS.md/TOOLS.md and the exec-approvals row beforehand (`currentInputNeeds`).
import { hashOf } from '../canonical-json.js';
import {
  attest,
  attestationMismatch,
  type CheckInput,
  type PolicyCheck,
  type PolicySource,
} from '../check.js';
import { finding, POLICY_HASH_MISMATCH, POLICY_INVALID, POLICY_MISSING } from '../findings.js';
import { policyAddress } from '../oc-path.js';
import type { PluginSettings } from '../plugin-settings.js';
import type { Evidence, Finding } from '../types.js';
import { requiredToolMetadata, TOOLS_MD_MIGRATION_REQUIRED } from '../families/tool-metadata.js';
import type { EvidenceSource, FindingsInput } from './policy-family.js';
import { policyHasExecApprovalsRules } from './policy-scope.js';
import { EVIDENCE_SLICES, FINDINGS_BLOCKS } from './registry.js';

/** The display locator of the default state database's exec-approvals row (SPEC-2026.9 §3.1). */
export const DEFAULT_EXEC_APPROVALS_LOCATOR = '~/.openclaw/state/openclaw.sqlite#exec_approvals_config';

/** What a shell must read for this policy before evaluating it. */
export function currentInputNeeds(
  policy: PolicySource,
  settings: PluginSettings,
): { toolDocuments: boolean; execApprovals: boolean } {
  if (!settings.enabled || policy.state !== 'parsed') return { toolDocuments: false, execApprovals: false };
  return {
    toolDocuments: requiredToolMetadata(policy.value).size > 0,
    execApprovals: policyHasExecApprovalsRules(policy.value),
  };
}

export function evaluateCurrentPolicy(input: CheckInput): PolicyCheck {
  const { name, settings, config } = input;
  const early = (): Evidence =>
    collectEvidence(
      { config, policy: undefined, execApprovalsRaw: undefined, agentsMarkdown: undefined },
      'early',
    );
  if (!settings.enabled) return { ...attest(undefined, early(), [], []), enabled: false };

  const policy = input.policy;
  if (policy.state === 'missing') {
    const missing = finding({
      checkId: POLICY_MISSING,
      severity: 'warning',
      message: `${name.display} is missing for the enabled Policy plugin.`,
      path: name.display,
      fixHint: `Restore ${name.display} or add the policy artifact for this workspace.`,
    });
    return attest(undefined, early(), [missing], [missing]);
  }
  if (policy.state === 'unparseable') {
    const unparseable = finding({
      checkId: POLICY_INVALID,
      message: `${name.display} could not be parsed: ${policy.error}`,
      path: name.display,
      target: policyAddress(name.document),
      fixHint: `Fix ${name.display} so policy conformance checks can run.`,
    });
    return attest(undefined, early(), [unparseable], [unparseable]);
  }

  const policyHash = hashOf(policy.value);
  if (settings.expectedHash !== undefined && settings.expectedHash !== policyHash) {
    const mismatch = finding({
      checkId: POLICY_HASH_MISMATCH,
      message: `${name.display} does not match the configured policy hash.`,
      path: name.display,
      target: policyAddress(name.document),
      requirement: 'oc://openclaw.config/plugins/entries/policy/config/expectedHash',
      fixHint:
        'Restore the approved policy artifact or update plugins.entries.policy.config.expectedHash after review.',
    });
    return attest(policyHash, early(), [mismatch], [mismatch]);
  }

  const needs = currentInputNeeds(policy, settings);
  const execApprovals = input.execApprovals;
  const source: EvidenceSource = {
    config,
    policy: policy.value,
    execApprovalsRaw: needs.execApprovals ? (execApprovals?.raw ?? null) : undefined,
    agentsMarkdown: needs.toolDocuments ? (input.agentsMarkdown ?? '') : undefined,
  };
  const evidence = collectEvidence(source, 'full');
  const findingsInput: FindingsInput = {
    policy: policy.value,
    name,
    evidence,
    execApprovalsFile:
      needs.execApprovals && execApprovals !== undefined && execApprovals.raw !== null
        ? { raw: execApprovals.raw, displayName: execApprovals.locator }
        : undefined,
    execApprovalsLocator: execApprovals?.locator ?? DEFAULT_EXEC_APPROVALS_LOCATOR,
    legacyToolsFile: needs.toolDocuments && input.legacyToolsFile === true,
  };
  const policyFindings = FINDINGS_BLOCKS.flatMap((block) => block(findingsInput));
  const result = attest(policyHash, evidence, policyFindings, policyFindings);
  const expected = settings.expectedAttestationHash;
  if (hasValidationFinding(policyFindings) || expected === undefined || expected === result.attestationHash) {
    return result;
  }
  return { ...result, visibleFindings: [attestationMismatch(result.attestationHash)] };
}

/** Evidence in the release's key order; an early return collects only the early slices. */
function collectEvidence(source: EvidenceSource, when: 'early' | 'full'): Evidence {
  const evidence: Record<string, unknown> = {};
  for (const slice of EVIDENCE_SLICES) {
    if (when === 'early' ? slice.inEarlyReturns : slice.collectedFor(source))
      evidence[slice.key] = slice.collect(source);
  }
  return evidence as unknown as Evidence;
}

function hasValidationFinding(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.checkId === POLICY_INVALID || f.checkId === TOOLS_MD_MIGRATION_REQUIRED);
}
