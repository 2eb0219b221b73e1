// The tool declarations the sidecar holds as accepted. The accepted attestation hashes the tool
// declarations only when the policy requires tool metadata; without that requirement a lowered
// risk (`deploy risk:critical` → `risk:low`) changes decisions but not the attestation. The
// attestation file is OpenClaw's format and carries no more than it hashes, so the sidecar takes
// the declarations it reads together with each content of the accepted file as the accepted ones:
// at start-up, and again when a different accepted attestation is written (`policy-gate accept`
// after a change it records). Any other change to them is stale until then, or until a restart.
// Pure.
import { createHash } from 'node:crypto';
import { parseToolsMarkdown } from '../engine/tools-markdown.js';
import type { ToolDeclaration } from '../engine/types.js';
import type { GovernanceDecision } from './govern-tool-call.js';
import { RULE_ADDRESS } from './reason-codes.js';
import type { Readiness } from './sidecar-snapshot.js';
import type { RuntimeInput } from './tool-call-decision.js';

/**
 * What decisions take from the tool documents: every declaration without its line (an edit above
 * it is no change), in order, and for 2026.9.6 the declarations of a TOOLS.md left in the agent's
 * workspace. Undefined when the workspace could not be read.
 */
export function toolDeclarationsFingerprint(input: RuntimeInput): string | undefined {
  if (input.kind !== 'input') return undefined;
  const withoutLines = (tools: readonly ToolDeclaration[]) => tools.map(({ line: _line, ...tool }) => tool);
  const legacy = input.legacyToolsMarkdown === undefined ? [] : parseToolsMarkdown(input.legacyToolsMarkdown);
  const text = JSON.stringify({ tools: withoutLines(input.toolDeclarations), legacy: withoutLines(legacy) });
  return sha256(text);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The accepted declarations, re-taken when the accepted file's content changes. */
export class DeclarationsPin {
  private pinned: { accepted: string; declarations: string | undefined } | undefined;

  /**
   * The accepted declarations' fingerprint, for a settled read that saw `acceptedContent` in the
   * accepted file and the given declarations (undefined: unreadable, taken at the next read).
   */
  accepted(acceptedContent: string, declarations: string | undefined): string | undefined {
    const accepted = sha256(acceptedContent);
    if (this.pinned?.accepted !== accepted || this.pinned.declarations === undefined)
      this.pinned = { accepted, declarations };
    return this.pinned.declarations;
  }
}

export function declarationsChangedReason(input: RuntimeInput, acceptedPath: string): string {
  const document = input.kind === 'input' ? (input.profile?.toolsDocument ?? 'TOOLS.md') : 'TOOLS.md';
  return `The tool declarations in ${document} changed after the sidecar read them with the accepted attestation (${acceptedPath}), which does not cover them (the policy requires no tool metadata): every tool call is denied until they are restored, or reviewed and taken up by restarting the sidecar.`;
}

/** The same tier as a stale attestation: only an invalid accepted file or a stale attestation go first. */
export function declarationsChangedDecision(
  decision: GovernanceDecision,
  reason: string,
): GovernanceDecision {
  if (decision.code === 'accepted_attestation_invalid' || decision.code === 'attestation_stale')
    return decision;
  const denied: GovernanceDecision = {
    ...decision,
    action: 'deny',
    allowed: false,
    code: 'attestation_stale',
    reason,
    ruleId: RULE_ADDRESS.acceptedAttestation,
  };
  // An approval request only accompanies the action that asks for one.
  delete denied.approval;
  return denied;
}

export function declarationsChangedReadiness(readiness: Readiness, reason: string): Readiness {
  if (!readiness.ready) return readiness;
  return { ...readiness, ready: false, code: 'attestation_stale', reason };
}
