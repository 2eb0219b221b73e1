// The exec-approvals rule checks of OpenClaw 2026.9.6 (`execApprovalsRuleFindings`, SPEC-2026.9
// §10.2): security modes, autoAllowSkills and the exact allowlist, for the top-level rules (every
// agent entry of the row) or for one scoped agent (its effective entry).
import type { CurrentCheckId } from '../../current/check-ids.js';
import { lowercasedPolicyList } from '../../current/policy-rule-values.js';
import { scopedAgentIdMatches } from '../../current/policy-scope.js';
import { requirementOf, type RuleLocation } from '../../current/rule-location.js';
import { readExecApprovalAllowlistRequirements } from '../../current/shape/exec-approval-allowlist.js';
import { policySegment } from '../../current/shape/policy-segment.js';
import { finding } from '../../findings.js';
import { valueAtPath } from '../../record.js';
import type { Finding } from '../../types.js';
import {
  EXEC_APPROVALS_DOCUMENT,
  EXEC_APPROVALS_URI,
  type ExecApprovalAllowlistEntry,
  type ExecApprovalEntry,
  type ExecApprovalPostureEntry,
  execApprovalsUri,
} from './scan.js';

export interface ExecApprovalRuleContext {
  entries: readonly ExecApprovalEntry[];
  /** The top-level `execApprovals` section or `scopes/<name>/execApprovals`. */
  location: RuleLocation;
  /** Where missing allowlist entries are reported: the row's display locator. */
  locator: string;
  /** Set for a scoped overlay: the (normalised) agent it applies to. */
  targetAgentId?: string;
}

/** A posture entry for an agent the row does not mention: OpenClaw's runtime defaults apply. */
function runtimeDefaultsEntry(agentId: string): ExecApprovalPostureEntry {
  return { id: `agent:${agentId}:runtime-defaults`, kind: 'agent', source: EXEC_APPROVALS_URI, agentId };
}

export function execApprovalRuleFindings(
  rules: Record<string, unknown>,
  context: ExecApprovalRuleContext,
): Finding[] {
  const { entries, location, targetAgentId } = context;
  const defaults = entries.find((entry): entry is ExecApprovalPostureEntry => entry.kind === 'defaults');
  const defaultSecurity: string = defaults?.security ?? 'full';
  const agentLabel = (entry: ExecApprovalPostureEntry) =>
    entry.agentId ?? targetAgentId ?? 'inherited defaults';
  const findings: Finding[] = [];

  const allowedDefaults = new Set(lowercasedPolicyList(rules, ['defaults', 'allowSecurity']));
  if (
    targetAgentId === undefined &&
    allowedDefaults.size > 0 &&
    !allowedDefaults.has(defaultSecurity.toLowerCase())
  ) {
    findings.push(
      entryFinding(defaults, {
        checkId: 'policy/exec-approvals-default-security-unapproved',
        message: `exec approvals defaults use unapproved security mode '${defaultSecurity}'.`,
        requirement: requirementOf(location, 'defaults/allowSecurity'),
        fixHint: 'Set defaults.security to an approved mode or update policy after review.',
      }),
    );
  }

  const allowedAgents = new Set(lowercasedPolicyList(rules, ['agents', 'allowSecurity']));
  if (allowedAgents.size > 0) {
    const candidates =
      targetAgentId === undefined
        ? securityEntries(entries, defaults)
        : [effectiveSecurityEntry(entries, targetAgentId) ?? defaults ?? runtimeDefaultsEntry(targetAgentId)];
    for (const entry of candidates) {
      const security = entry.security ?? defaultSecurity;
      if (allowedAgents.has(security.toLowerCase())) continue;
      findings.push(
        entryFinding(entry, {
          checkId: 'policy/exec-approvals-agent-security-unapproved',
          message: `exec approvals agent '${agentLabel(entry)}' uses unapproved security mode '${security}'.`,
          requirement: requirementOf(location, 'agents/allowSecurity'),
          fixHint: 'Set the agent approval security mode to an approved value or update policy after review.',
        }),
      );
    }
  }

  if (valueAtPath(rules, ['agents', 'allowAutoAllowSkills']) === false) {
    const candidates =
      targetAgentId === undefined
        ? autoAllowSkillsEntries(entries, defaults)
        : [
            effectiveAutoAllowSkillsEntry(entries, targetAgentId) ??
              defaults ??
              runtimeDefaultsEntry(targetAgentId),
          ];
    for (const entry of candidates) {
      if (entry.autoAllowSkills !== true) continue;
      findings.push(
        entryFinding(entry, {
          checkId: 'policy/exec-approvals-auto-allow-skills-enabled',
          message: `exec approvals agent '${agentLabel(entry)}' enables autoAllowSkills outside policy.`,
          requirement: requirementOf(location, 'agents/allowAutoAllowSkills'),
          fixHint: 'Set autoAllowSkills to false or update policy after reviewing implicit skill CLI trust.',
        }),
      );
    }
  }

  findings.push(...allowlistFindings(rules, context));
  return findings;
}

const agentEntriesOf = (entries: readonly ExecApprovalEntry[]) =>
  entries.filter((entry): entry is ExecApprovalPostureEntry => entry.kind === 'agent');

/** Top level: agents with a security setting (and `*`), plus the defaults unless `*` exists. */
function securityEntries(
  entries: readonly ExecApprovalEntry[],
  defaults: ExecApprovalPostureEntry | undefined,
): ExecApprovalPostureEntry[] {
  const agents = agentEntriesOf(entries);
  const withSecurity = agents.filter(
    (entry) => entry.agentId === '*' || entry.security !== undefined || entry.securityConfigured === true,
  );
  if (agents.some((entry) => entry.agentId === '*')) return withSecurity;
  return [...withSecurity, defaults ?? runtimeDefaultsEntry('*')];
}

/** Top level: agents that set autoAllowSkills, plus the defaults unless `*` sets it. */
function autoAllowSkillsEntries(
  entries: readonly ExecApprovalEntry[],
  defaults: ExecApprovalPostureEntry | undefined,
): ExecApprovalPostureEntry[] {
  const agents = agentEntriesOf(entries);
  const explicit = agents.filter((entry) => entry.autoAllowSkills !== undefined);
  const wildcard = agents.find((entry) => entry.agentId === '*');
  if (wildcard?.autoAllowSkills !== undefined) return explicit;
  return [...explicit, defaults ?? runtimeDefaultsEntry('*')];
}

// The agent's own entry is found by normalised id, so `*` (which normalises to `main`) is also
// `main`'s own entry when it sorts first: the release behaves so, and the findings show it.
const ownEntry = (entries: readonly ExecApprovalEntry[], agentId: string) =>
  agentEntriesOf(entries).find((entry) => scopedAgentIdMatches(entry.agentId, agentId));
const wildcardEntry = (entries: readonly ExecApprovalEntry[]) =>
  agentEntriesOf(entries).find((entry) => entry.agentId === '*');

function effectiveSecurityEntry(
  entries: readonly ExecApprovalEntry[],
  agentId: string,
): ExecApprovalPostureEntry | undefined {
  const own = ownEntry(entries, agentId);
  const wildcard = wildcardEntry(entries);
  if (own?.security !== undefined || own?.securityConfigured === true) return own;
  return wildcard?.security === undefined ? (own ?? wildcard) : wildcard;
}

function effectiveAutoAllowSkillsEntry(
  entries: readonly ExecApprovalEntry[],
  agentId: string,
): ExecApprovalPostureEntry | undefined {
  const own = ownEntry(entries, agentId);
  if (own?.autoAllowSkills !== undefined) return own;
  const wildcard = wildcardEntry(entries);
  return wildcard?.autoAllowSkills === undefined ? undefined : wildcard;
}

const requirementKey = (pattern: string, argPattern: string | undefined) => `${pattern}\0${argPattern ?? ''}`;
const describePattern = (pattern: string, argPattern: string | undefined) =>
  argPattern === undefined ? pattern : `${pattern} argPattern=${argPattern}`;

// `localeCompare` order, ties kept in list order: keys hold NUL, which ICU ignores, so distinct
// keys can tie (`ab` vs `a` with argPattern `b`) and a code-unit tie-break would reorder them.
const collator = new Intl.Collator('en-US');

/** `agents.allowlist.expected` is an exact list: each missing and each unexpected entry. */
function allowlistFindings(rules: Record<string, unknown>, context: ExecApprovalRuleContext): Finding[] {
  const expected = readExecApprovalAllowlistRequirements(rules, ['agents', 'allowlist', 'expected']);
  if (expected === undefined) return [];
  const { entries, location, locator, targetAgentId } = context;
  const requirement = requirementOf(location, 'agents/allowlist/expected');
  const actualEntries = entries.filter(
    (entry): entry is ExecApprovalAllowlistEntry =>
      entry.kind === 'allowlist' &&
      (targetAgentId === undefined ||
        scopedAgentIdMatches(entry.agentId, targetAgentId) ||
        entry.agentId === '*'),
  );
  const actual = new Set(
    actualEntries.map((entry) => requirementKey(entry.pattern, entry.argPattern)).sort(),
  );
  const expectedKeys = new Set(expected.map((entry) => entry.key));
  const findings: Finding[] = [];
  const missingTarget =
    targetAgentId === undefined
      ? EXEC_APPROVALS_URI
      : execApprovalsUri(`agents/${policySegment(targetAgentId)}/allowlist`);
  for (const entry of [...expected].sort((a, b) => collator.compare(a.key, b.key))) {
    if (actual.has(entry.key)) continue;
    findings.push(
      finding({
        checkId: 'policy/exec-approvals-allowlist-missing' satisfies CurrentCheckId,
        message: `exec approvals allowlist is missing expected pattern '${describePattern(entry.pattern, entry.argPattern)}'.`,
        path: locator,
        target: missingTarget,
        requirement,
        fixHint: 'Add the expected approval pattern or update policy after review.',
      }),
    );
  }
  for (const key of actual) {
    if (expectedKeys.has(key)) continue;
    const entry = actualEntries.find(
      (candidate) => requirementKey(candidate.pattern, candidate.argPattern) === key,
    );
    findings.push(
      entryFinding(entry, {
        checkId: 'policy/exec-approvals-allowlist-unexpected',
        message: `exec approvals allowlist has unexpected pattern '${describePattern(entry?.pattern ?? '', entry?.argPattern)}'.`,
        requirement,
        fixHint: 'Remove the unexpected approval pattern or update policy after review.',
      }),
    );
  }
  return findings;
}

/** `execApprovalFinding`: path is the document name, not the row locator. */
function entryFinding(
  entry: { source: string } | undefined,
  fields: { checkId: CurrentCheckId; message: string; requirement: string; fixHint: string },
): Finding {
  const target = entry?.source ?? EXEC_APPROVALS_URI;
  return finding({ ...fields, path: EXEC_APPROVALS_DOCUMENT, ocPath: target, target });
}
