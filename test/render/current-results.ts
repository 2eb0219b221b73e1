// Gate results of real OpenClaw 2026.9.6 workspaces (written to a temp dir, evaluated with the
// 2026.9.6 profile, turned into a gate result), for tests of how fixes are located and rendered.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { profileOf } from '../../src/engine/release-profile.js';
import type { WorkspaceGateResult } from '../../src/gate/report.js';
import { workspaceGateResult } from '../../src/gate/workspace-gate.js';
import { diskHost } from '../../src/workspace/openclaw-host.js';
import { evaluateWorkspaceFrom, type WorkspaceEvaluation } from '../../src/workspace/workspace-evaluation.js';
import { diskReader } from '../../src/workspace/workspace-reader.js';
import { makeWorkspace } from '../support/cli-harness.js';

export interface CurrentResult {
  dir: string;
  evaluation: WorkspaceEvaluation;
  result: WorkspaceGateResult;
}

/** The workspace `files` evaluated as OpenClaw 2026.9.6 (`agent` as `--agent`), gated with no accepted attestation. */
export async function currentResult(
  files: Record<string, string>,
  options: { agent?: string; workspaceId?: string } = {},
): Promise<CurrentResult> {
  const dir = makeWorkspace(files);
  const home = mkdtempSync(path.join(tmpdir(), 'policy-gate-home-'));
  const evaluation = await evaluateWorkspaceFrom(diskReader(dir), {
    checkedAt: '2026-12-01T00:00:00.000Z',
    profile: profileOf('2026.9.6'),
    host: diskHost({
      surface: 'policy check',
      agent: options.agent,
      workspaceRoot: dir,
      cwd: dir,
      env: { HOME: home },
      osHome: home,
      stateDirFlag: undefined,
      execApprovalsFile: undefined,
      warn: () => undefined,
    }),
  });
  const result = workspaceGateResult({
    workspaceId: options.workspaceId ?? '.',
    attestationFile: 'policy.attestation.json',
    candidate: evaluation,
    baseCurrent: undefined,
    accepted: { state: 'absent' },
    proposed: undefined,
    acceptance: { status: 'not-needed', acceptors: [], reasons: [], satisfied: true },
    needsAcceptanceAnyway: false,
    acceptCommand: 'npx policy-gate accept --cwd .',
  });
  return { dir, evaluation, result };
}

/** A config listing one agent (`agents.list`, as people write it) with its own tool profile. */
export const LISTED_AGENT_CONFIG = `{
  "plugins": { "entries": { "policy": { "enabled": true } } },
  "tools": {
    "elevated": { "enabled": true }
  },
  "agents": {
    "list": [
      { "id": "solo", "default": true, "tools": { "profile": "coding" } }
    ]
  }
}
`;

export const POSTURE_POLICY = `{
  // Tool posture the workspace must keep.
  "tools": {
    "profiles": { "allow": ["minimal"] },
    "elevated": { "allow": false }
  }
}
`;
