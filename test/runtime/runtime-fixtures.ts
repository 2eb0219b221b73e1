import { decideToolCall, type DecideOptions } from '../../src/runtime/decide-tool-call.js';
import { loadRuntimeInput } from '../../src/runtime/load-runtime-input.js';
import { prepareRuntimeWorkspace, type PreparedWorkspace } from '../../src/runtime/prepare-workspace.js';
import type { ToolCallDecision } from '../../src/runtime/tool-call-decision.js';
import { diskReader } from '../../src/workspace/workspace-reader.js';
import { makeWorkspace, runCli } from '../support/cli-harness.js';

/** An OpenClaw config with the policy plugin and its runtime tool policy switched on. */
export function runtimeConfig(
  settings: Record<string, unknown> = {},
  entry: Record<string, unknown> = { enabled: true },
): string {
  return JSON.stringify({
    plugins: { entries: { policy: { ...entry, config: { runtimeToolPolicy: true, ...settings } } } },
  });
}

export interface Scenario {
  dir: string;
  prepared: PreparedWorkspace;
  decide: (tool: string, options?: DecideOptions) => ToolCallDecision;
}

/** Writes the files to a fresh workspace and prepares it the way the gate and the sidecar do. */
export async function scenario(files: Record<string, string>): Promise<Scenario> {
  const dir = makeWorkspace(files);
  const prepared = prepareRuntimeWorkspace(await loadRuntimeInput(diskReader(dir)));
  return { dir, prepared, decide: (tool, options) => decideToolCall(prepared, tool, options) };
}

/** What `policy-gate check --json` reports for the workspace: the hashes metadata must repeat. */
export async function checkHashes(
  dir: string,
): Promise<{ policy?: string; workspace: string; attestation: string }> {
  const report = (await runCli(['check', '--openclaw', '2026.5.20', '--json', '--cwd', dir])).json() as {
    attestation: { policy?: { hash: string }; workspace: { hash: string }; attestationHash: string };
  };
  return {
    policy: report.attestation.policy?.hash,
    workspace: report.attestation.workspace.hash,
    attestation: report.attestation.attestationHash,
  };
}
