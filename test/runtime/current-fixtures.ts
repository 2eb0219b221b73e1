// 2026.9.6 workspaces for the runtime gate: a compliant base (every posture family has rules and
// passes), and the gate prepared the way `gate` and `serve` prepare it (the release's profile, an
// OpenClaw host with a fresh home, the exec approvals from a document in the workspace).
import { profileOf } from '../../src/engine/release-profile.js';
import { decideToolCall, type DecideOptions } from '../../src/runtime/decide-tool-call.js';
import { loadRuntimeInput } from '../../src/runtime/load-runtime-input.js';
import { prepareRuntimeWorkspace, type PreparedWorkspace } from '../../src/runtime/prepare-workspace.js';
import type { ToolCallDecision } from '../../src/runtime/tool-call-decision.js';
import { diskHost, type OpenClawHost } from '../../src/workspace/openclaw-host.js';
import { diskReader } from '../../src/workspace/workspace-reader.js';
import { makeWorkspace } from '../support/cli-harness.js';
import { freshHome, runWithHome } from '../cli/run-with-home.js';

export const CURRENT = profileOf('2026.9.6');
export const EXEC_APPROVALS_FILE = 'exec-approvals.json';

type Json = Record<string, unknown>;

/** Every posture family has rules; the base config and exec approvals satisfy all of them. */
export function basePolicy(): Json {
  return {
    tools: {
      requireMetadata: ['risk', 'sensitivity', 'owner'],
      profiles: { allow: ['minimal', 'coding'] },
      fs: { requireWorkspaceOnly: true },
      exec: {
        allowSecurity: ['deny', 'allowlist'],
        requireAsk: ['on-miss', 'always'],
        allowHosts: ['sandbox'],
      },
      elevated: { allow: false },
      alsoAllow: { expected: [] },
      denyTools: ['web_fetch'],
    },
    agents: { workspace: { allowedAccess: ['none', 'ro'], denyTools: ['process'] } },
    sandbox: {
      requireMode: ['all'],
      allowBackends: ['docker'],
      containers: {
        requireReadOnlyMounts: true,
        denyContainerRuntimeSocketMounts: true,
        denyContainerNamespaceJoin: true,
      },
      browser: { requireCdpSourceRange: true },
    },
    execApprovals: {
      requireFile: true,
      defaults: { allowSecurity: ['deny', 'allowlist'] },
      agents: {
        allowSecurity: ['deny', 'allowlist'],
        allowAutoAllowSkills: false,
        allowlist: { expected: ['git'] },
      },
    },
  };
}

export function baseConfig(): Json {
  return {
    plugins: { entries: { policy: { enabled: true } } },
    tools: {
      profile: 'coding',
      fs: { workspaceOnly: true },
      exec: { host: 'sandbox', security: 'allowlist', ask: 'on-miss' },
      elevated: { enabled: false },
      deny: ['process', 'web_fetch'],
    },
    agents: {
      defaults: {
        sandbox: { mode: 'all', backend: 'docker', workspaceAccess: 'ro', docker: { network: 'none' } },
      },
    },
  };
}

export function baseExecApprovals(): Json {
  return {
    version: 1,
    defaults: { security: 'allowlist', autoAllowSkills: false },
    agents: { main: { security: 'allowlist', allowlist: [{ pattern: 'git' }] } },
  };
}

export const AGENTS_MD = `# Agents

## Tools

### search_docs risk:low sensitivity:internal owner:@support
### read risk:low sensitivity:internal owner:@platform
### exec risk:high sensitivity:confidential owner:@platform
### browser risk:medium sensitivity:internal owner:@platform
### deploy risk:critical sensitivity:restricted owner:@release
`;

export interface CurrentFiles {
  config?: Json;
  policy?: Json;
  /** The exec-approvals document's text or value; undefined: none (no `--exec-approvals`). */
  execApprovals?: Json | string;
  agentsMd?: string;
  extra?: Record<string, string>;
}

/** The files of a 2026.9.6 workspace: the base, with the parts a test replaces. */
export function currentFiles(files: CurrentFiles = {}): Record<string, string> {
  const out: Record<string, string> = {
    'openclaw.json': JSON.stringify(files.config ?? baseConfig()),
    'policy.jsonc': JSON.stringify(files.policy ?? basePolicy()),
    'AGENTS.md': files.agentsMd ?? AGENTS_MD,
    ...files.extra,
  };
  const approvals = 'execApprovals' in files ? files.execApprovals : baseExecApprovals();
  if (approvals !== undefined)
    out[EXEC_APPROVALS_FILE] = typeof approvals === 'string' ? approvals : JSON.stringify(approvals);
  return out;
}

/** The host `gate` builds: `--agent`, `--exec-approvals` when the workspace has the document. */
export function testHost(
  dir: string,
  options: { home: string; agent?: string; execApprovals: boolean },
): OpenClawHost {
  return diskHost({
    surface: 'policy check',
    agent: options.agent,
    workspaceRoot: dir,
    cwd: dir,
    env: { HOME: options.home },
    osHome: options.home,
    stateDirFlag: undefined,
    execApprovalsFile: options.execApprovals ? EXEC_APPROVALS_FILE : undefined,
    warn: () => undefined,
  });
}

export interface CurrentScenario {
  dir: string;
  home: string;
  prepared: PreparedWorkspace;
  decide: (tool: string, options?: DecideOptions) => ToolCallDecision;
  /** `policy-gate check --json` of the same workspace, agent and exec approvals. */
  check: () => Promise<Json>;
}

export async function currentScenario(
  files: CurrentFiles = {},
  options: { agent?: string } = {},
): Promise<CurrentScenario> {
  const written = currentFiles(files);
  const dir = makeWorkspace(written);
  const home = freshHome();
  const execApprovals = EXEC_APPROVALS_FILE in written;
  const input = await loadRuntimeInput(diskReader(dir), {
    profile: CURRENT,
    host: testHost(dir, { home, agent: options.agent, execApprovals }),
  });
  const prepared = prepareRuntimeWorkspace(input);
  return {
    dir,
    home,
    prepared,
    decide: (tool, decideOptions) =>
      decideToolCall(prepared, tool, { enforcement: 'always', ...decideOptions }),
    check: async () =>
      (await runWithHome(['check', '--json', ...hostArgs(dir, written, options)], { home, cwd: dir })).json(),
  };
}

/** The CLI flags that give `check`, `accept` and `gate` the scenario's agent and exec approvals. */
export function hostArgs(
  dir: string,
  written: Record<string, string>,
  options: { agent?: string } = {},
): string[] {
  return [
    '--cwd',
    dir,
    ...(options.agent === undefined ? [] : ['--agent', options.agent]),
    ...(EXEC_APPROVALS_FILE in written ? ['--exec-approvals', `${dir}/${EXEC_APPROVALS_FILE}`] : []),
  ];
}

/** The hashes a decision's metadata carries, as `check --json` prints them. */
export function reportHashes(report: Json): { policy?: string; workspace: string; attestation: string } {
  const attestation = report.attestation as {
    policy?: { hash: string };
    workspace: { hash: string };
    attestationHash: string;
  };
  return {
    policy: attestation.policy?.hash,
    workspace: attestation.workspace.hash,
    attestation: attestation.attestationHash,
  };
}

/** Deep copy with one path set (`undefined` deletes it). */
export function withValue(value: Json, pathText: string, next: unknown): Json {
  const copy = structuredClone(value);
  const keys = pathText.split('.');
  let at: Json = copy;
  for (const key of keys.slice(0, -1)) {
    at[key] ??= {};
    at = at[key] as Json;
  }
  const last = keys.at(-1)!;
  if (next === undefined) delete at[last];
  else at[last] = next;
  return copy;
}
