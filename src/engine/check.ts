import { hashOf } from './canonical-json.js';
import { hashEvidence } from './evidence-hash.js';
import {
  ATTESTATION_HASH_MISMATCH,
  attestedShape,
  finding,
  POLICY_HASH_MISMATCH,
  POLICY_INVALID,
  POLICY_MISSING,
} from './findings.js';
import { policyAddress } from './oc-path.js';
import type { PluginSettings } from './plugin-settings.js';
import { containerShapeFinding } from './policy-shape.js';
import { isRecord } from './record.js';
import { POLICY_CONTAINERS, RULE_FAMILIES } from './registry.js';
import type { PolicyName } from './rule-family.js';
import { parseToolsMarkdown } from './tools-markdown.js';
import type { Evidence, Finding, ToolDeclaration } from './types.js';

export type PolicySource =
  { state: 'missing' } | { state: 'unparseable'; error: string } | { state: 'parsed'; value: unknown };

export interface CheckInput {
  name: PolicyName;
  policy: PolicySource;
  config: Record<string, unknown>;
  settings: PluginSettings;
  /** TOOLS.md text; needed only when `needsToolsMarkdown(policy)` (missing file = ''). */
  toolsMarkdown?: string;
  /** The same TOOLS.md already parsed (loaders read it once); parsed from `toolsMarkdown` if absent. */
  toolDeclarations?: readonly ToolDeclaration[];
  /** 2026.9.6: AGENTS.md text ('' when absent), read when tool metadata is required. */
  agentsMarkdown?: string;
  /** 2026.9.6: whether the workspace has a TOOLS.md (any content), read with AGENTS.md. */
  legacyToolsFile?: boolean;
  /** 2026.9.6: the exec-approvals row (null: none), read when the policy has such rules. */
  execApprovals?: { locator: string; raw: string | null };
}

/** The result of one evaluation: what is attested, and what is shown. */
export interface PolicyCheck {
  enabled: boolean;
  policyHash: string | undefined;
  evidence: Evidence;
  evidenceHash: string;
  /** The findings the attestation covers (SPEC.md §2.2 step 8 keeps them even when hidden). */
  attestedFindings: Finding[];
  /** The findings reported to people and to `check --json`. */
  visibleFindings: Finding[];
  findingsHash: string;
  attestationHash: string;
  /** No attested finding at all. */
  ok: boolean;
}

/** The 15 baseline checks: 4 about the policy artifact itself, 11 from the rule families. */
const ARTIFACT_CHECKS = [POLICY_MISSING, POLICY_INVALID, POLICY_HASH_MISMATCH, ATTESTATION_HASH_MISMATCH];
export const CHECK_COUNT =
  ARTIFACT_CHECKS.length + RULE_FAMILIES.reduce((sum, family) => sum + family.checkIds.length, 0);

/** Whether evaluating this policy reads TOOLS.md (so the shell reads it only then). */
export function needsToolsMarkdown(policy: PolicySource): boolean {
  if (policy.state !== 'parsed' || !isRecord(policy.value)) return false;
  const value = policy.value;
  return RULE_FAMILIES.some((family) => family.needsToolDeclarations?.(value) ?? false);
}

/** SPEC.md §2.2, steps 1–9. Pure: every input is already read. */
export function runPolicyCheck(input: CheckInput): PolicyCheck {
  const { name, settings } = input;
  const policyValue =
    input.policy.state === 'parsed' && isRecord(input.policy.value) ? input.policy.value : {};
  const evidence = collectEvidence(
    input.config,
    policyValue,
    needsToolsMarkdown(input.policy)
      ? (input.toolDeclarations ?? parseToolsMarkdown(input.toolsMarkdown ?? ''))
      : undefined,
  );
  if (!settings.enabled) return { ...attest(undefined, evidence, [], []), enabled: false };

  const policy = input.policy;
  if (policy.state === 'missing') {
    const missing = finding({
      checkId: POLICY_MISSING,
      severity: 'warning',
      message: `${name.display} is missing for the enabled Policy plugin.`,
      path: name.display,
      fixHint: `Restore ${name.display} or add the policy artifact for this workspace.`,
    });
    return attest(undefined, evidence, [missing], [missing]);
  }
  if (policy.state === 'unparseable') {
    const unparseable = finding({
      checkId: POLICY_INVALID,
      message: `${name.display} could not be parsed: ${policy.error}`,
      path: name.display,
      target: policyAddress(name.document),
      fixHint: `Fix ${name.display} so policy conformance checks can run.`,
    });
    return attest(undefined, evidence, [unparseable], [unparseable]);
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
    return attest(policyHash, evidence, [mismatch], [mismatch]);
  }

  const policyFindings = ruleFindings(policy.value, name, evidence);
  const result = attest(policyHash, evidence, policyFindings, policyFindings);
  const expected = settings.expectedAttestationHash;
  if (
    policyFindings.some((f) => f.checkId === POLICY_INVALID) ||
    expected === undefined ||
    expected === result.attestationHash
  ) {
    return result;
  }
  return { ...result, visibleFindings: [attestationMismatch(result.attestationHash)] };
}

function collectEvidence(
  config: Record<string, unknown>,
  policy: Record<string, unknown>,
  toolDeclarations: readonly ToolDeclaration[] | undefined,
): Evidence {
  const evidence: Evidence = { channels: [], mcpServers: [], modelProviders: [], modelRefs: [], network: [] };
  for (const family of RULE_FAMILIES)
    Object.assign(evidence, family.collectEvidence({ config, policy, toolDeclarations }));
  return evidence;
}

/** Step 6: container shape first, then each family in registry order. */
function ruleFindings(policy: unknown, name: PolicyName, evidence: Evidence): Finding[] {
  const shape = containerShapeFinding(policy, POLICY_CONTAINERS, name);
  const out = shape ? [shape] : [];
  if (!isRecord(policy)) return out;
  for (const family of RULE_FAMILIES) out.push(...family.findings({ policy, name, evidence }));
  return out;
}

export function attestationMismatch(current: string): Finding {
  return finding({
    checkId: ATTESTATION_HASH_MISMATCH,
    message: 'The current policy check no longer matches the accepted policy attestation.',
    path: 'policy attestation',
    target: 'oc://policy/attestation/current',
    requirement: 'oc://openclaw.config/plugins/entries/policy/config/expectedAttestationHash',
    fixHint: `Run policy check, review attestation ${current}, then update plugins.entries.policy.config.expectedAttestationHash and the supervisor/gateway accepted attestation.`,
  });
}

export function attest(
  policyHash: string | undefined,
  evidence: Evidence,
  attested: Finding[],
  visible: Finding[],
): PolicyCheck {
  const attestedFindings = attested.map(attestedShape);
  const evidenceHash = hashEvidence(evidence);
  const findingsHash = hashOf(attestedFindings);
  const ok = attestedFindings.length === 0;
  return {
    enabled: true,
    policyHash,
    evidence,
    evidenceHash,
    attestedFindings,
    visibleFindings: visible,
    findingsHash,
    attestationHash: attestationHashOf({ ok, policyHash, workspaceHash: evidenceHash, findingsHash }),
    ok,
  };
}

/** H({ ok, policyHash, workspaceHash, findingsHash }); `policyHash: undefined` is hashed as such. */
export function attestationHashOf(parts: {
  ok: boolean;
  policyHash: string | undefined;
  workspaceHash: string;
  findingsHash: string;
}): string {
  return hashOf({
    ok: parts.ok,
    policyHash: parts.policyHash,
    workspaceHash: parts.workspaceHash,
    findingsHash: parts.findingsHash,
  });
}
