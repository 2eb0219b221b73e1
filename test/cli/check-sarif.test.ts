// `check --format sarif` (issue 13 item 6): the visible findings of `check --json` as a SARIF 2.1.0
// log for code scanning, valid against the official schema, placed in the workspace's files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SarifLog } from '../../src/render/sarif.js';
import { makeWorkspace } from '../support/cli-harness.js';
import { LISTED_AGENT_CONFIG, POSTURE_POLICY } from '../render/current-results.js';
import { sarifSchemaErrors } from '../render/sarif-schema.js';
import { freshHome, runWithHome } from './run-with-home.js';

const home = freshHome();
const VERSION = (
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as {
    version: string;
  }
).version;

const AGENTS = '# Agent\n\n## Tools\n\n- deploy: ships the site owner: @ops\n';

function workspace(): { repo: string; cwd: string } {
  const repo = makeWorkspace({
    'agents/support/openclaw.json': LISTED_AGENT_CONFIG,
    'agents/support/policy.jsonc': POSTURE_POLICY.replace(
      '"tools": {',
      '"tools": {\n    "requireMetadata": ["risk"],',
    ),
    'agents/support/AGENTS.md': AGENTS,
  });
  return { repo, cwd: path.join(repo, 'agents/support') };
}

function uris(log: SarifLog): [string, string | undefined, number | undefined][] {
  return log.runs[0].results.map((r) => {
    const place = r.locations[0]?.physicalLocation;
    return [r.ruleId, place?.artifactLocation.uri, place?.region.startLine];
  });
}

describe('check --format sarif', () => {
  it('is a valid SARIF log of exactly the visible findings, paths relative to the current directory', async () => {
    const { repo } = workspace();
    const sarif = await runWithHome(['check', '--format', 'sarif', '--cwd', 'agents/support'], {
      home,
      cwd: repo,
    });
    const json = await runWithHome(['check', '--json', '--cwd', 'agents/support'], { home, cwd: repo });
    expect({ code: sarif.code, stderr: sarif.stderr }).toEqual({ code: json.code, stderr: json.stderr });
    expect(sarif.code).toBe(1);
    const log = JSON.parse(sarif.stdout) as SarifLog;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0].tool.driver).toMatchObject({ name: 'policy-gate', version: VERSION });
    expect(log.runs[0].properties.openclawRelease).toBe('2026.9.6');
    expect(log.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(repo).href}/` } });
    const findings = json.json().findings as { checkId: string; message: string }[];
    expect(log.runs[0].results.map((r) => [r.ruleId, r.message.text.split('\n')[0]])).toEqual(
      findings.map((f) => [f.checkId, f.message]),
    );
    expect(uris(log)).toEqual([
      ['policy/tools-profile-unapproved', 'agents/support/openclaw.json', 8],
      // The global profile is not written in the file: its nearest written parent, `tools`.
      ['policy/tools-profile-unapproved', 'agents/support/openclaw.json', 3],
      ['policy/tools-elevated-enabled', 'agents/support/openclaw.json', 4],
      ['policy/tools-elevated-enabled', 'agents/support/openclaw.json', 4],
      ['policy/tools-missing-risk-level', 'agents/support/AGENTS.md', 5],
    ]);
  });

  it('follows --severity-min, and a clean workspace is an empty run', async () => {
    const { repo } = workspace();
    const filtered = await runWithHome(
      ['check', '--format', 'sarif', '--severity-min', 'error', '--cwd', 'agents/support'],
      { home, cwd: repo },
    );
    expect((JSON.parse(filtered.stdout) as SarifLog).runs[0].results.every((r) => r.level === 'error')).toBe(
      true,
    );
    const clean = await runWithHome(['check', '--format', 'sarif'], {
      home,
      cwd: makeWorkspace({ 'policy.jsonc': '{}' }),
    });
    expect(clean.code).toBe(0);
    const log = JSON.parse(clean.stdout) as SarifLog;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0].results).toEqual([]);
  });

  it('a workspace outside the current directory is named by file URLs', async () => {
    const { cwd } = workspace();
    const elsewhere = makeWorkspace({});
    const run = await runWithHome(['check', '--format', 'sarif', '--cwd', cwd], { home, cwd: elsewhere });
    const log = JSON.parse(run.stdout) as SarifLog;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(uris(log)[0]?.[1]).toBe(`${pathToFileURL(cwd).href}/openclaw.json`);
  });

  it('2026.5.20 findings, with their fix hints as rule help', async () => {
    const cwd = makeWorkspace({
      'policy.jsonc': '{ mcp: { servers: { deny: ["shell"] } } }',
      'openclaw.json': '{"mcp":{"servers":{"shell":{"command":"sh"}}}}',
    });
    const run = await runWithHome(['check', '--openclaw', '2026.5.20', '--format', 'sarif'], { home, cwd });
    const log = JSON.parse(run.stdout) as SarifLog;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0].tool.driver.rules[0]?.help.text).toBe(
      'Fix: Remove this configured MCP server or update the policy after review.',
    );
    expect(uris(log)).toEqual([['policy/mcp-denied-server', 'openclaw.json', 1]]);
  });
});
