import { describe, expect, it } from 'vitest';
import type { LocatedFinding } from '../../src/gate/report.js';
import {
  MAX_RESULTS,
  sarifLog,
  type SarifResult,
  type SarifTool,
  type SarifWorkspace,
} from '../../src/render/sarif.js';
import { currentResult, LISTED_AGENT_CONFIG, POSTURE_POLICY } from './current-results.js';
import { finding, located } from './fixtures.js';
import { sarifSchemaErrors } from './sarif-schema.js';

const TOOL: SarifTool = { version: '1.2.3', openclawRelease: '2026.9.6' };

function logOf(workspaces: SarifWorkspace[], tool: SarifTool = TOOL) {
  return sarifLog(workspaces, tool);
}

function only(result: SarifResult | undefined): SarifResult {
  expect(result).toBeDefined();
  return result as SarifResult;
}

describe('sarifLog', () => {
  it('is a valid SARIF 2.1.0 log: one run, one rule per check id, one result per finding', () => {
    const denied = finding();
    const log = logOf(
      [
        {
          workspaceDir: 'agents/support',
          findings: [
            located(denied),
            located(
              finding({ ocPath: 'oc://openclaw.config/channels/dev', message: 'Other channel.' }),
              'openclaw.jsonc',
              20,
              3,
            ),
            {
              finding: finding({
                checkId: 'policy/policy-jsonc-missing',
                severity: 'warning',
                message: 'policy.jsonc is missing for the enabled Policy plugin.',
                path: 'policy.jsonc',
                ocPath: undefined,
                target: undefined,
                requirement: undefined,
                fixHint: 'Restore policy.jsonc or add the policy artifact for this workspace.',
              }),
            },
          ],
        },
      ],
      { ...TOOL, srcRoot: 'file:///repo/' },
    );
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    const [run] = log.runs;
    expect(run.tool.driver).toMatchObject({ name: 'policy-gate', version: '1.2.3' });
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } });
    expect(run.tool.driver.rules.map((rule) => rule.id)).toEqual([
      'policy/channels-denied-provider',
      'policy/policy-jsonc-missing',
    ]);
    expect(run.tool.driver.rules[0]).toMatchObject({
      name: 'ChannelsDeniedProvider',
      shortDescription: { text: 'Channels denied provider' },
      help: { text: 'Fix: Disable this channel.' },
      defaultConfiguration: { level: 'error' },
    });
    expect(run.results.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['policy/channels-denied-provider', 0, 'error'],
      ['policy/channels-denied-provider', 0, 'error'],
      ['policy/policy-jsonc-missing', 1, 'warning'],
    ]);
    const [first, second, missing] = run.results;
    expect(only(first)).toMatchObject({
      message: { text: "Channel 'ops' uses denied provider 'slack'.\nFix: Disable this channel." },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'agents/support/openclaw.jsonc', uriBaseId: '%SRCROOT%' },
            region: { startLine: 14, startColumn: 5 },
          },
        },
      ],
      properties: {
        ocPath: 'oc://openclaw.config/channels/ops',
        target: 'oc://openclaw.config/channels/ops',
        requirement: 'oc://policy.jsonc/channels/denyRules/#0',
      },
    });
    // Unlocated: line 1 of the file it is about (the policy it names).
    expect(only(missing).locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'agents/support/policy.jsonc', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1 },
    });
    expect(only(second).partialFingerprints['policyGateFinding/v1']).toMatch(/^[0-9a-f]{64}$/);
    expect(only(second).partialFingerprints).not.toEqual(only(first).partialFingerprints);
  });

  it('keeps a finding’s fingerprint when only its line moves', () => {
    const at = (line: number) =>
      only(
        logOf([{ workspaceDir: '.', findings: [located(finding(), 'openclaw.jsonc', line)] }]).runs[0]
          .results[0],
      );
    expect(at(14).partialFingerprints).toEqual(at(40).partialFingerprints);
    expect(at(14).locations).not.toEqual(at(40).locations);
  });

  it('carries a 2026.9.6 fix recommendation, located, in the message and the rule help', async () => {
    const { result } = await currentResult({
      'openclaw.json': LISTED_AGENT_CONFIG,
      'policy.jsonc': POSTURE_POLICY,
    });
    const log = logOf([{ workspaceDir: 'ws', findings: result.findings.new }]);
    expect(sarifSchemaErrors(log)).toEqual([]);
    const [run] = log.runs;
    const elevated = run.tool.driver.rules.find((rule) => rule.id === 'policy/tools-elevated-enabled');
    expect(elevated?.help.text).toBe('Fix (automatic): Set tools elevated mode to disabled.');
    const message = run.results.find((r) => r.ruleId === 'policy/tools-elevated-enabled')?.message.text;
    expect(message?.split('\n')).toEqual([
      "agent 'solo' permits elevated tool mode.",
      'Fix (automatic): Set tools elevated mode to disabled.',
      'Change: tools.elevated.enabled (ws/openclaw.json:4); policy rule: tools.elevated.allow (ws/policy.jsonc:5)',
      'Hint: Set tools.elevated.enabled=false or update policy after review.',
    ]);
  });

  it('never points outside the repository: the file the finding is about, else the policy file', () => {
    const outside = located(
      finding({ checkId: 'policy/exec-approvals-x', path: '~/.openclaw/state/openclaw.sqlite' }),
      '../../etc/passwd',
      3,
    );
    const log = logOf([{ workspaceDir: 'ws', findings: [outside], files: { policy: 'team.policy.jsonc' } }]);
    expect(only(log.runs[0].results[0]).locations[0]?.physicalLocation.artifactLocation).toEqual({
      uri: 'ws/openclaw.jsonc',
      uriBaseId: '%SRCROOT%',
    });
    const noFile = located(
      finding({ ocPath: 'oc://policy/attestation/current', target: undefined }),
      '/abs/x',
      1,
    );
    const fallback = logOf([
      { workspaceDir: '.', findings: [noFile], files: { policy: 'team.policy.jsonc' } },
    ]);
    expect(only(fallback.runs[0].results[0]).locations[0]?.physicalLocation.artifactLocation.uri).toBe(
      'team.policy.jsonc',
    );
  });

  it('encodes paths as URI references, and a workspace outside the repository by its file URL', () => {
    const spaced = logOf([
      { workspaceDir: 'my agents/a#1', findings: [located(finding(), 'open claw.jsonc')] },
    ]);
    expect(sarifSchemaErrors(spaced)).toEqual([]);
    expect(only(spaced.runs[0].results[0]).locations[0]?.physicalLocation.artifactLocation.uri).toBe(
      'my%20agents/a%231/open%20claw.jsonc',
    );
    const outside = logOf([
      {
        workspaceDir: '.',
        workspaceUrl: 'file:///elsewhere/ws/',
        findings: [located(finding(), 'open claw.jsonc')],
      },
    ]);
    expect(sarifSchemaErrors(outside)).toEqual([]);
    expect(only(outside.runs[0].results[0]).locations[0]?.physicalLocation.artifactLocation).toEqual({
      uri: 'file:///elsewhere/ws/open%20claw.jsonc',
    });
  });

  it('shows untrusted text plainly: no control characters, capped', () => {
    const hostile = finding({ message: `evil\u001b[31m\u202Ename${'x'.repeat(10_000)}`, fixHint: 'a\nb' });
    const log = logOf([{ workspaceDir: '.', findings: [located(hostile)] }]);
    const text = only(log.runs[0].results[0]).message.text;
    expect([...text].filter((c) => c !== '\n' && c.charCodeAt(0) < 0x20)).toEqual([]);
    expect(text).toContain('\\u{202E}');
    expect(text.length).toBeLessThanOrEqual(4000);
    expect(text.endsWith('Fix: a b')).toBe(true);
  });

  it('merges several workspaces into one run and caps the results', () => {
    const many: LocatedFinding[] = Array.from({ length: MAX_RESULTS + 3 }, (_, i) =>
      located(finding({ message: `m${i}` })),
    );
    const log = logOf([
      { workspaceDir: 'a', findings: many.slice(0, 10) },
      { workspaceDir: 'b', findings: many.slice(10) },
    ]);
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].results).toHaveLength(MAX_RESULTS);
    expect(log.runs[0].properties).toEqual({ openclawRelease: '2026.9.6', omittedResults: 3 });
    expect(log.runs[0].tool.driver.rules).toHaveLength(1);
  });

  it('is valid with no findings at all (and the schema does refuse an invalid log)', () => {
    const log = logOf([{ workspaceDir: '.', findings: [] }]);
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0].results).toEqual([]);
    const broken = logOf([{ workspaceDir: '.', findings: [located(finding())] }]);
    (broken.runs[0].results[0] as unknown as { level: string }).level = 'fatal';
    expect(sarifSchemaErrors(broken)).not.toEqual([]);
    expect(sarifSchemaErrors({ ...log, version: '2.0.0' })).not.toEqual([]);
  });
});
