import path from 'node:path';
import { acceptedAttestationFrom, type AcceptedAttestation } from '../runtime/accepted-attestation.js';
import {
  governToolCall,
  type GovernanceAction,
  type GovernanceDecision,
} from '../runtime/govern-tool-call.js';
import { loadRuntimeInput } from '../runtime/load-runtime-input.js';
import { prepareRuntimeWorkspace } from '../runtime/prepare-workspace.js';
import { InputError } from '../workspace/input-error.js';
import { readWorkspaceFile } from '../workspace/safe-read.js';
import { diskReader } from '../workspace/workspace-reader.js';
import { UsageError, type CliIo } from './cli-io.js';
import { locationFrom } from './check-command.js';
import { LOCATION_FLAGS, parseFlags } from './parse-flags.js';
import { HOST_FLAGS, hostFrom, RELEASE_FLAG, releaseFrom } from './release-options.js';

/** `gate` exit codes: the call may run, needs a person, or must not run (2 stays "error"). */
export const EXIT_GATE_ALLOW = 0;
export const EXIT_GATE_APPROVAL = 3;
export const EXIT_GATE_DENY = 4;

const EXIT_FOR_ACTION: Record<GovernanceAction, number> = {
  allow: EXIT_GATE_ALLOW,
  audit_only: EXIT_GATE_ALLOW,
  require_approval: EXIT_GATE_APPROVAL,
  deny: EXIT_GATE_DENY,
};

/**
 * Decides one tool call for a workspace (SPEC.md §6; for 2026.9.6, src/runtime/README.md). Without
 * `--accepted` the gate follows the config as OpenClaw does (2026.5.20: off unless runtimeToolPolicy
 * is true; 2026.9.6: off unless the policy plugin is enabled; off means no decision, exit 0). With
 * it, the gate is always on and every call is denied unless the workspace's current attestation
 * equals the accepted file's.
 */
export async function gateCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags('gate', args, {
    ...LOCATION_FLAGS,
    ...RELEASE_FLAG,
    ...HOST_FLAGS,
    tool: { type: 'string' },
    accepted: { type: 'string' },
    json: { type: 'boolean' },
  });
  const profile = releaseFrom(values.openclaw);
  const tool = values.tool;
  if (tool === undefined || tool.trim() === '')
    throw new UsageError('gate: --tool <name> is required (the tool name the agent is about to call).');
  const location = locationFrom(values, io);
  const input = await loadRuntimeInput(diskReader(location.cwd), {
    config: location.config,
    policy: location.policy,
    profile,
    // The attestation a gate compares is `policy check`'s (what `accept` writes).
    host: hostFrom(profile, values, io, location.cwd, 'policy check'),
  });
  if (input.kind === 'unreadable') throw new InputError(input.reason);
  const accepted =
    values.accepted === undefined ? undefined : await readAccepted(location.cwd, values.accepted);
  const decision = governToolCall(prepareRuntimeWorkspace(input), tool, { accepted });
  if (values.json || !io.stdoutIsTerminal) io.stdout(`${JSON.stringify(decision)}\n`);
  else io.stdout(`${humanGateLine(decision)}\n`);
  return EXIT_FOR_ACTION[decision.action];
}

async function readAccepted(workspace: string, file: string): Promise<AcceptedAttestation> {
  const absolute = path.resolve(workspace, file);
  return acceptedAttestationFrom(await readWorkspaceFile(workspace, absolute), file);
}

export function humanGateLine(decision: GovernanceDecision): string {
  const tool = decision.tool;
  switch (decision.action) {
    case 'allow':
      return `policy gate: allow ${tool} - ${decision.reason}`;
    case 'audit_only':
      return `policy gate: no decision for ${tool} - ${decision.reason}`;
    case 'require_approval':
      return `policy gate: approval required for ${tool} - ${decision.approval?.title ?? 'Review'}: ${decision.reason}`;
    case 'deny':
      return `policy gate: deny ${tool} [${decision.code}] - ${decision.reason}`;
  }
}
