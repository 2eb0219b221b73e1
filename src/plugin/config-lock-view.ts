// `acceptedFrom: expectedAttestationHash`: the accepted attestation is the policy plugin's own
// lock in the OpenClaw config, not a file. The workspace monitor still decides *when* the files
// may be trusted (settled, current, never half-written); this view re-reads a published snapshot
// once, proves it read the same files (fingerprints unchanged since the publish), and decides
// with the config's hash as the accepted one. Replace it with a monitor option that takes the
// accepted attestation from the settled pass, once the runtime library offers one.
import { governToolCall, type GovernanceDecision, type GovernOptions } from '../runtime/govern-tool-call.js';
import type { AcceptedAttestation } from '../runtime/accepted-attestation.js';
import { prepareRuntimeWorkspace, type PreparedWorkspace } from '../runtime/prepare-workspace.js';
import { RULE_ADDRESS } from '../runtime/reason-codes.js';
import type { SidecarSnapshot } from '../runtime/sidecar-snapshot.js';
import { readWorkspacePass, type Fingerprint, type WorkspaceSource } from '../runtime/workspace-files.js';
import type { WorkspaceMonitor } from '../runtime/workspace-monitor.js';

/** What `governToolCall` needs for one published snapshot, decided once. */
interface LockView {
  prepared: PreparedWorkspace;
  options: GovernOptions;
}

const LOCK_SETTING = 'plugins.entries.policy.config.expectedAttestationHash';

export class ConfigLockViews {
  /** Per published snapshot; calls arriving together share one re-read. */
  private readonly views = new WeakMap<SidecarSnapshot, Promise<LockView | undefined>>();

  constructor(
    private readonly monitor: WorkspaceMonitor,
    private readonly source: WorkspaceSource,
    private readonly fingerprint: Fingerprint,
    private readonly now: () => number,
  ) {}

  /** Decides one call; waits at most `holdMs` for a settled snapshot it could re-read. */
  async decide(toolName: string, holdMs: number): Promise<GovernanceDecision> {
    const deadline = this.now() + holdMs;
    const request = { toolName, callerRequiresApproval: false };
    for (;;) {
      const answer = await this.monitor.answer(request, Math.max(0, deadline - this.now()));
      const snapshot = this.monitor.current();
      // Unsettled (now, or at the deadline): the monitor's own deny stands.
      if (!snapshot.settled || answer.decision.code === 'workspace_unsettled') return answer.decision;
      let pending = this.views.get(snapshot);
      if (pending === undefined) {
        pending = this.viewOf(snapshot);
        this.views.set(snapshot, pending);
      }
      const view = await pending;
      if (view !== undefined) return governToolCall(view.prepared, toolName, view.options);
      this.views.delete(snapshot);
      // The files moved between the publish and this read: let the monitor catch up, then retry.
      this.monitor.noticeChange();
      if (this.now() >= deadline) return unsettledDecision(toolName);
    }
  }

  private async viewOf(snapshot: SidecarSnapshot): Promise<LockView | undefined> {
    const pass = await readWorkspacePass(this.source);
    // Files by fingerprint; inputs that are no file (OpenClaw's state database row) by content.
    const polled = pass.polled ?? new Map<string, string>();
    const files = [...pass.contents.keys()].filter((file) => !polled.has(file));
    const same =
      files.length === snapshot.fingerprints.size &&
      files.every((file) => snapshot.fingerprints.get(file) === this.fingerprint(file)) &&
      polled.size === snapshot.polled.size &&
      [...polled].every(([key, content]) => snapshot.polled.get(key) === content);
    if (!same) return undefined;
    const prepared = prepareRuntimeWorkspace(pass.input);
    return { prepared, options: lockOptions(prepared) };
  }
}

/** Pure: the accepted attestation is the config's lock; none configured is a refusal. */
export function lockOptions(prepared: PreparedWorkspace): GovernOptions {
  // Nothing could be evaluated: the workspace's own block says why, better than a lock complaint.
  if (prepared.kind === 'unusable') return { enforcement: 'always' };
  const expected = prepared.metadata.attestation.expectedHash;
  const accepted: AcceptedAttestation =
    expected === undefined
      ? {
          state: 'invalid',
          path: LOCK_SETTING,
          reason: `the policy-gate plugin takes the accepted attestation from ${LOCK_SETTING}, which the OpenClaw config does not set: set it to the attestationHash \`policy-gate accept\` printed, or set plugins.entries.policy-gate.config.acceptedFrom to attestationFile.`,
        }
      : { state: 'verified', path: LOCK_SETTING, hash: expected };
  return { accepted };
}

function unsettledDecision(toolName: string): GovernanceDecision {
  return {
    action: 'deny',
    allowed: false,
    code: 'workspace_unsettled',
    reason:
      'The workspace changed while it was being read and no settled state could be read in time; every tool call is denied until it settles.',
    tool: toolName,
    policyId: 'oc://policy',
    ruleId: RULE_ADDRESS.workspace,
    attestation: {},
  };
}
