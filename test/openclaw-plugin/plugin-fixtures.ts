// Small workspaces for the plugin's tests: OpenClaw 2026.5.20 (TOOLS.md declarations) with one
// tool that runs, two the accepted policy sends to approval and one it refuses (metadata missing);
// the same tools for 2026.9.6 (AGENTS.md's `## Tools`).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeWorkspace, runCli } from '../support/cli-harness.js';

export const RELEASE = '2026.5.20';

export const POLICY = `// Tools in this workspace must say how risky they are and who owns them.
{
  "tools": { "requireMetadata": ["risk", "sensitivity", "owner"] },
  "models": { "providers": { "deny": ["openrouter"] } },
}
`;

/** The same policy, loosened: what a pull request nobody accepted would change. */
export const LOOSENED_POLICY = `{
  "tools": { "requireMetadata": ["risk"] },
  "models": { "providers": { "deny": ["openrouter"] } },
}
`;

export const TOOLS_MD = `# Tools

### search_docs risk:low sensitivity:internal owner:@support
Full-text search over the documentation.
Capabilities: READ_ONLY

### deploy_preview risk:medium sensitivity:confidential owner:@release
Deploys a preview environment.
Capabilities: IRREVERSIBLE_EXTERNAL, NETWORK

### wipe_cache risk:critical sensitivity:internal owner:@platform
Empties the shared cache.

### legacy_export risk:low
Exports the old reports.
`;

export const OPENCLAW_CONFIG = JSON.stringify(
  { plugins: { entries: { policy: { enabled: true } } } },
  null,
  2,
);

export function workspaceFiles(config: string = OPENCLAW_CONFIG): Record<string, string> {
  return { 'openclaw.json': config, 'policy.jsonc': POLICY, 'TOOLS.md': TOOLS_MD };
}

/** The 2026.9.6 workspace: the same policy and tools, declared in AGENTS.md. */
export function currentWorkspaceFiles(): Record<string, string> {
  return {
    'openclaw.json': OPENCLAW_CONFIG,
    'policy.jsonc': POLICY,
    'AGENTS.md': TOOLS_MD.replace('# Tools', '# Agents\n\n## Tools'),
  };
}

/** Runs `policy-gate accept` in the workspace: writes policy.attestation.json. */
export async function accept(dir: string, release: string = RELEASE): Promise<string> {
  const run = await runCli(['accept', '--openclaw', release, '--json', '--cwd', dir]);
  if (run.code === 2) throw new Error(`accept failed: ${run.stderr}`);
  return String(run.json().attestationHash);
}

/** What `policy-gate check --json` says the workspace's current attestation is. */
export async function currentAttestation(dir: string, release: string = RELEASE): Promise<string> {
  const run = await runCli(['check', '--openclaw', release, '--json', '--cwd', dir]);
  const report = run.json() as { attestation: { attestationHash: string } };
  return report.attestation.attestationHash;
}

export interface AcceptedWorkspace {
  dir: string;
  acceptedHash: string;
  write(file: string, text: string): void;
  read(file: string): string;
  remove(file: string): void;
}

/** A workspace with the fixture files, accepted as it is. */
export async function acceptedWorkspace(
  files: Record<string, string> = workspaceFiles(),
  release: string = RELEASE,
): Promise<AcceptedWorkspace> {
  const dir = makeWorkspace(files);
  const acceptedHash = await accept(dir, release);
  return {
    dir,
    acceptedHash,
    write: (file, text) => writeFileSync(path.join(dir, file), text),
    read: (file) => readFileSync(path.join(dir, file), 'utf8'),
    remove: (file) => rmSync(path.join(dir, file), { force: true }),
  };
}
