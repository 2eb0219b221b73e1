// The gate's OpenClaw host (a commit's files, nothing else) gives exactly what `policy-gate check
// --json` gives on a disk checkout with the same files, and refuses what only a machine could tell.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileOf } from '../../src/engine/release-profile.js';
import { InputError } from '../../src/workspace/input-error.js';
import { repositoryHost } from '../../src/workspace/repository-host.js';
import type { FileReadResult } from '../../src/workspace/safe-read.js';
import { evaluateWorkspaceFrom } from '../../src/workspace/workspace-evaluation.js';
import { memoryReader } from '../../src/workspace/workspace-reader.js';
import { freshHome, runWithHome } from '../cli/run-with-home.js';
import { makeWorkspace } from '../support/cli-harness.js';

const CONFIG = JSON.stringify({
  plugins: { entries: { policy: { enabled: true } } },
  tools: { profile: 'coding', exec: { security: 'allowlist' } },
});
const POLICY = `{
  tools: { requireMetadata: ["risk", "owner"], profiles: { allow: ["coding"] } },
  execApprovals: { requireFile: true, defaults: { allowSecurity: ["deny", "allowlist"] } },
}`;
const AGENTS = '# Agent\n\n## Tools\n\n### deploy risk:critical owner:@release\n### search risk:low\n';
const APPROVALS = JSON.stringify({ version: 1, defaults: { security: 'full' } });
const FILES = {
  'openclaw.json': CONFIG,
  'policy.jsonc': POLICY,
  'AGENTS.md': AGENTS,
  'ci/approvals.json': APPROVALS,
};

function commitReader(files: Record<string, string>) {
  const known = new Map<string, FileReadResult>(
    Object.entries(files).map(([name, text]) => [
      name,
      { kind: 'text', path: name, text, bytes: Buffer.byteLength(text) },
    ]),
  );
  return memoryReader('abc123:.', known);
}

async function gateReport(
  files: Record<string, string>,
  options: { agent?: string; execApprovals?: string },
) {
  const reader = commitReader(files);
  return evaluateWorkspaceFrom(reader, {
    checkedAt: '2026-11-21T12:00:00.000Z',
    profile: profileOf('2026.9.6'),
    host: repositoryHost({
      reader,
      agent: options.agent,
      execApprovalsFile: options.execApprovals,
      warn: () => undefined,
    }),
  });
}

describe('repositoryHost: the gate reads OpenClaw 2026.9.6 workspaces from a commit', () => {
  it('gives the report `check --json --exec-approvals` gives on disk, byte for byte', async () => {
    const cwd = makeWorkspace(FILES);
    const cli = await runWithHome(['check', '--json', '--exec-approvals', 'ci/approvals.json'], {
      home: freshHome(),
      cwd,
    });
    expect(cli.code).toBe(1);
    const gate = await gateReport(FILES, { execApprovals: 'ci/approvals.json' });
    expect(`${JSON.stringify(gate.report)}\n`).toBe(cli.stdout);
    expect(gate.report.findings.map((f) => f.checkId)).toEqual([
      'policy/exec-approvals-default-security-unapproved',
      'policy/tools-missing-owner',
    ]);
  });

  it('gives the real OpenClaw 2026.9.6 report on a recorded workspace (checkedAt aside)', async () => {
    const dir = path.resolve(import.meta.dirname, '../fixtures/conformance-2026.9/tools-agents-md-metadata');
    const recorded = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as {
      stdout: { attestation: { checkedAt: string } };
    };
    const files = Object.fromEntries(
      readdirSync(path.join(dir, 'workspace')).map((name) => [
        name,
        readFileSync(path.join(dir, 'workspace', name), 'utf8'),
      ]),
    );
    const gate = await gateReport(files, {});
    const report = JSON.parse(JSON.stringify(gate.report)) as typeof recorded.stdout;
    report.attestation.checkedAt = recorded.stdout.attestation.checkedAt;
    expect(report).toEqual(recorded.stdout);
  });

  it('refuses exec-approval rules without a committed document, saying what to do', async () => {
    await expect(gateReport(FILES, {})).rejects.toThrow(
      new InputError(
        "the policy has execApprovals rules, which OpenClaw checks against its state database on the agent's machine: commit the exec approvals JSON document, name it with the `exec-approvals` input, and accept with `--exec-approvals <file>`.",
      ),
    );
    await expect(gateReport(FILES, { execApprovals: 'ci/none.json' })).rejects.toThrow(
      'ci/none.json does not exist in the workspace (exec-approvals input).',
    );
  });

  it("reads an agent's workspace inside the repository workspace, and refuses one outside", async () => {
    const multi = (workspace: string) =>
      JSON.stringify({
        plugins: { entries: { policy: { enabled: true } } },
        agents: { ownership: 'explicit', list: [{ id: 'main' }, { id: 'ops', workspace }] },
      });
    const inside = await gateReport(
      {
        'openclaw.json': multi('agents/ops'),
        'agents/ops/policy.jsonc': '{ tools: { requireMetadata: ["risk"] } }',
        'agents/ops/AGENTS.md': '## Tools\n\n### deploy\n',
      },
      { agent: 'ops' },
    );
    expect(inside.report.findings.map((f) => [f.checkId, f.path])).toEqual([
      ['policy/tools-missing-risk-level', 'AGENTS.md'],
    ]);
    await expect(gateReport({ 'openclaw.json': multi('~/elsewhere') }, { agent: 'ops' })).rejects.toThrow(
      "the agent's workspace (~/elsewhere) is not inside the repository workspace",
    );
  });
});
