import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acceptedAttestation } from '../support/attestation-files.js';
import { pullRequestEvent } from './harness/event-payloads.js';
import { startFakeGitHub, type FakeGitHub } from './harness/fake-github.js';
import { createGitRepo, type GitRepo } from './harness/git-repo.js';
import { runAction } from './harness/run-action.js';

const actionDir = path.resolve(import.meta.dirname, '../..');
// An OpenClaw 2026.9.6 workspace: the policy plugin enabled, tools declared in AGENTS.md.
const workspace = {
  'policy.jsonc': '{ mcp: { servers: { deny: ["shell"] } }, tools: { requireMetadata: ["risk"] } }',
  'openclaw.json': JSON.stringify({
    plugins: { entries: { policy: { enabled: true } } },
    mcp: { servers: { docs: { url: 'https://docs.example.com' } } },
  }),
  'AGENTS.md': '# Agents\n## Tools\n### search risk:low\n',
};

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function scenario(headChanges: Record<string, string | null>) {
  const attestation = await acceptedAttestation(workspace, '2026.9.6');
  const repo: GitRepo = createGitRepo({
    baseFiles: { ...workspace, 'policy.attestation.json': attestation },
    headChanges,
  });
  const fake: FakeGitHub = await startFakeGitHub({ repo });
  cleanups.push(
    () => repo.cleanup(),
    () => fake.close(),
  );
  const run = await runAction({
    nodeBinary: 'node24',
    actionDir,
    workspaceDir: repo.dir,
    ...pullRequestEvent({ repo }),
    apiUrl: fake.apiUrl,
    token: fake.token,
    timeoutMs: 60_000,
  });
  cleanups.push(() => run.cleanup());
  return { repo, fake, run };
}

describe('the action bundle (smoke)', () => {
  it('passes an unchanged PR and fails a drifting one', async () => {
    const unchanged = await scenario({ 'README.md': 'hello' });
    expect(unchanged.run.stderr).toBe('');
    expect(unchanged.run.outputs.verdict).toBe('unchanged');
    expect(unchanged.run.exitCode).toBe(0);
    expect(unchanged.fake.violations).toEqual([]);
    expect(unchanged.fake.state.comments).toHaveLength(1);

    const drift = await scenario({
      'AGENTS.md': '# Agents\n## Tools\n### search risk:low\n### deploy risk:high\n',
    });
    expect(drift.run.outputs.verdict).toBe('drift');
    expect(drift.run.exitCode).toBe(1);
    expect(drift.fake.violations).toEqual([]);
  });
});
