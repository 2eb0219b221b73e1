// Where a fix recommendation's policy rule and config keys are written in the head.
import { describe, expect, it } from 'vitest';
import { fixRecommendationFor, type FixRecommendation } from '../../src/engine/current/check-ids.js';
import type { Finding } from '../../src/engine/types.js';
import {
  dottedKey,
  fixRecommendationOf,
  locateFix,
  writtenConfigAddress,
  type FixDocuments,
} from '../../src/gate/fix-locations.js';
import type { LocatedFix } from '../../src/gate/report.js';
import { workspaceGateResult } from '../../src/gate/workspace-gate.js';
import { parseJsonDocument, type ParsedJsonDocument } from '../../src/workspace/json-document.js';
import { evaluateWorkspaceFrom } from '../../src/workspace/workspace-evaluation.js';
import { diskReader } from '../../src/workspace/workspace-reader.js';
import { makeWorkspace } from '../support/cli-harness.js';
import { currentResult, LISTED_AGENT_CONFIG, POSTURE_POLICY } from '../render/current-results.js';

function parsed(text: string): ParsedJsonDocument {
  const document = parseJsonDocument(text, 'test');
  if (!document.ok) throw new Error(document.error);
  return document;
}

function documents(config: string, policy = '{}'): FixDocuments {
  return {
    config: { file: 'openclaw.json', document: parsed(config) },
    policy: { file: 'policy.jsonc', document: parsed(policy), ocName: 'policy.jsonc' },
  };
}

function fixOf(checkId: string): FixRecommendation {
  const fix = fixRecommendationFor(checkId);
  if (fix === undefined) throw new Error(`no fix for ${checkId}`);
  return fix;
}

function finding(checkId: string, overrides: Partial<Finding> = {}): Finding {
  return {
    checkId,
    severity: 'error',
    message: 'm',
    source: 'policy',
    path: 'openclaw config',
    ...overrides,
  };
}

describe('fix locations in a 2026.9.6 workspace', () => {
  it('points at the agent as the file lists it, and at the policy rule', async () => {
    const { result } = await currentResult({
      'openclaw.json': LISTED_AGENT_CONFIG,
      'policy.jsonc': POSTURE_POLICY,
    });
    const [solo, global] = result.findings.new;
    expect(solo?.finding.message).toBe("agent 'solo' uses unapproved tool profile 'coding'.");
    expect(solo?.fix).toEqual<LocatedFix>({
      fixClass: 'reviewRequired',
      summary: 'Set the tool profile to an allowed profile.',
      // The loader says agents/entries/solo; the file says agents.list[0].
      configTargets: [
        { key: 'agents.list[0].tools.profile', location: { file: 'openclaw.json', line: 8, column: 51 } },
      ],
      policyRule: { key: 'tools.profiles.allow', location: { file: 'policy.jsonc', line: 4, column: 19 } },
    });
    // The finding itself lands on the same key (it used to land on `agents`).
    expect(solo?.location).toEqual({ file: 'openclaw.json', line: 8, column: 51 });
    // The release's default profile is written nowhere: no line is guessed for it.
    expect(global?.finding.message).toBe("global tools config uses unapproved tool profile 'full'.");
    expect(global?.fix?.configTargets).toEqual([{ key: 'tools.profile' }]);
  });

  it('gives attested findings (which carry no recommendation) the one the report printed', async () => {
    const { result, evaluation } = await currentResult({
      'openclaw.json': LISTED_AGENT_CONFIG,
      'policy.jsonc': POSTURE_POLICY,
    });
    const attested = evaluation.check?.attestedFindings ?? [];
    expect(attested.length).toBeGreaterThan(0);
    expect(attested.every((f) => f.policy === undefined)).toBe(true);
    expect(result.findings.new.map((item) => [item.finding.checkId, item.fix?.fixClass])).toEqual([
      ['policy/tools-profile-unapproved', 'reviewRequired'],
      ['policy/tools-profile-unapproved', 'reviewRequired'],
      ['policy/tools-elevated-enabled', 'automatic'],
      ['policy/tools-elevated-enabled', 'automatic'],
    ]);
    expect(fixRecommendationOf(finding('policy/tools-elevated-enabled'), evaluation.report)).toEqual(
      fixOf('policy/tools-elevated-enabled'),
    );
  });

  it('leaves 2026.5.20 results as they were: no fix at all', async () => {
    const dir = makeWorkspace({
      'openclaw.json': JSON.stringify({ mcp: { servers: { shell: { command: 'sh' } } } }),
      'policy.jsonc': '{ mcp: { servers: { deny: ["shell"] } } }',
    });
    const evaluation = await evaluateWorkspaceFrom(diskReader(dir), {
      checkedAt: '2026-12-01T00:00:00.000Z',
    });
    const result = workspaceGateResult({
      workspaceId: '.',
      attestationFile: 'policy.attestation.json',
      candidate: evaluation,
      baseCurrent: undefined,
      accepted: { state: 'absent' },
      proposed: undefined,
      acceptance: { status: 'not-needed', acceptors: [], reasons: [], satisfied: true },
      needsAcceptanceAnyway: false,
      acceptCommand: 'npx policy-gate accept --cwd .',
    });
    expect(result.findings.new).toHaveLength(1);
    expect(Object.keys(result.findings.new[0] ?? {})).toEqual(['finding', 'location']);
    expect(fixRecommendationOf(finding('policy/mcp-denied-server'), evaluation.report)).toBeUndefined();
  });
});

describe('locateFix', () => {
  it('prefers the scoped rule the finding names over the top-level path', () => {
    const policy = `{
  "tools": { "elevated": { "allow": false } },
  "scopes": {
    "prod": { "tools": { "elevated": { "allow": false } } }
  }
}`;
    const fix = locateFix(
      finding('policy/tools-elevated-enabled', {
        target: 'oc://openclaw.config/tools/elevated/enabled',
        requirement: 'oc://policy.jsonc/scopes/"prod"/tools/elevated/allow',
      }),
      fixOf('policy/tools-elevated-enabled'),
      documents('{ "tools": { "elevated": { "enabled": true } } }', policy),
    );
    expect(fix.policyRule).toEqual({
      key: 'scopes.prod.tools.elevated.allow',
      location: { file: 'policy.jsonc', line: 4, column: 40 },
    });
    expect(fix.configTargets).toEqual([
      { key: 'tools.elevated.enabled', location: { file: 'openclaw.json', line: 1, column: 28 } },
    ]);
  });

  it('follows a finding into an array rule and a concrete config entry', () => {
    const fix = locateFix(
      finding('policy/channels-denied-provider', {
        target: 'oc://openclaw.config/channels/irc',
        requirement: 'oc://policy.jsonc/channels/denyRules/#0',
      }),
      fixOf('policy/channels-denied-provider'),
      documents(
        '{\n  "channels": {\n    "irc": { "enabled": true }\n  }\n}',
        '{\n  channels: {\n    denyRules: [\n      { when: { provider: "irc" } },\n    ],\n  },\n}',
      ),
    );
    expect(fix).toEqual<LocatedFix>({
      fixClass: 'automatic',
      summary: 'Disable product-managed channels matching the denied provider.',
      configTargets: [{ key: 'channels.irc', location: { file: 'openclaw.json', line: 3, column: 5 } }],
      policyRule: { key: 'channels.denyRules[0]', location: { file: 'policy.jsonc', line: 4, column: 7 } },
    });
  });

  it('matches `<id>` in a target, and shows one place once', () => {
    const config =
      '{\n  "tools": { "deny": [] },\n  "agents": { "entries": { "ops": { "tools": { "deny": [] } } } }\n}';
    const fix = fixOf('policy/tools-required-deny-missing');
    const perAgent = locateFix(
      finding('policy/tools-required-deny-missing', {
        target: 'oc://openclaw.config/agents/entries/ops/tools/deny',
      }),
      fix,
      documents(config),
    );
    // `tools.deny` and `agents.entries.<id>.tools.deny` both name the agent's own key.
    expect(perAgent.configTargets).toEqual([
      { key: 'agents.entries.ops.tools.deny', location: { file: 'openclaw.json', line: 3, column: 48 } },
    ]);
    const global = locateFix(
      finding('policy/tools-required-deny-missing', { target: 'oc://openclaw.config/tools/deny' }),
      fix,
      documents(config),
    );
    expect(global.configTargets).toEqual([
      { key: 'tools.deny', location: { file: 'openclaw.json', line: 2, column: 14 } },
      { key: 'agents.entries.<id>.tools.deny' },
    ]);
  });

  it('finds hash locks in the config although the finding is about the policy', () => {
    const config =
      '{\n  "plugins": { "entries": { "policy": { "config": {\n    "expectedHash": "sha256:x"\n  } } } }\n}';
    const fix = locateFix(
      finding('policy/policy-hash-mismatch', {
        path: 'policy.jsonc',
        target: 'oc://policy.jsonc',
        requirement: 'oc://openclaw.config/plugins/entries/policy/config/expectedHash',
      }),
      fixOf('policy/policy-hash-mismatch'),
      documents(config),
    );
    expect(fix).toEqual<LocatedFix>({
      fixClass: 'manual',
      summary: 'Restore the approved artifact or update the expected hash after review.',
      configTargets: [
        {
          key: 'plugins.entries.policy.config.expectedHash',
          location: { file: 'openclaw.json', line: 3, column: 5 },
        },
      ],
    });
  });

  it('points the targets of a finding about another file at that file, never into the config', () => {
    const config = '{ "tools": { "profile": "coding" } }';
    const tool = locateFix(
      finding('policy/tools-missing-owner', {
        path: 'AGENTS.md',
        line: 3,
        target: 'oc://AGENTS.md/tools/fetch',
        requirement: 'oc://policy.jsonc/tools/requireMetadata',
      }),
      fixOf('policy/tools-missing-owner'),
      documents(config, '{ "tools": { "requireMetadata": ["owner"] } }'),
    );
    expect(tool.configTargets).toEqual([
      { key: 'tools', location: { file: 'AGENTS.md', line: 3, column: 1 } },
    ]);
    expect(tool.policyRule).toEqual({
      key: 'tools.requireMetadata',
      location: { file: 'policy.jsonc', line: 1, column: 14 },
    });
    const approvals = locateFix(
      finding('policy/exec-approvals-agent-security-unapproved', {
        path: 'exec-approvals.json',
        target: 'oc://exec-approvals.json/agents/lab',
        requirement: 'oc://policy.jsonc/execApprovals/agents/allowSecurity',
      }),
      fixOf('policy/exec-approvals-agent-security-unapproved'),
      documents(config),
    );
    expect(approvals.configTargets).toEqual([{ key: 'exec-approvals.json' }]);
    // The policy has no such rule written: no place for it either.
    expect(approvals.policyRule).toEqual({ key: 'execApprovals.agents.allowSecurity' });
  });

  it('has no places for a recommendation without paths', () => {
    expect(
      locateFix(finding('policy/policy-jsonc-missing'), fixOf('policy/policy-jsonc-missing'), {}),
    ).toEqual<LocatedFix>({
      fixClass: 'manual',
      summary: 'Restore or author the approved policy artifact.',
      configTargets: [],
    });
  });

  it('reads a channel id written `#2` as the key it is', () => {
    const fix = locateFix(
      finding('policy/ingress-open-groups-denied', {
        target: 'oc://openclaw.config/channels/#2/groupPolicy',
      }),
      fixOf('policy/ingress-open-groups-denied'),
      documents('{ "channels": { "#2": { "groupPolicy": "open" } } }'),
    );
    expect(fix.configTargets).toEqual([
      { key: 'channels["#2"].groupPolicy', location: { file: 'openclaw.json', line: 1, column: 25 } },
    ]);
  });
});

describe('written config addresses', () => {
  const listed = { agents: { list: [{ id: 'main' }, { id: 'ops', tools: {} }] } };

  it('maps a loaded agent entry to its element of a written list', () => {
    expect(writtenConfigAddress('oc://openclaw.config/agents/entries/ops/tools/profile', listed)).toBe(
      'oc://openclaw.config/agents/list/#1/tools/profile',
    );
    expect(writtenConfigAddress('oc://openclaw.config/agents/entries/ops/x/"a/b"', listed)).toBe(
      'oc://openclaw.config/agents/list/#1/x/"a/b"',
    );
  });

  it('leaves other addresses, unknown agents and written entries alone', () => {
    for (const address of [
      'oc://openclaw.config/tools/profile',
      'oc://openclaw.config/agents/entries/nobody/tools',
      'oc://policy.jsonc/agents/entries/ops',
    ])
      expect(writtenConfigAddress(address, listed)).toBe(address);
    const entries = { agents: { entries: { ops: {} }, list: [{ id: 'ops' }] } };
    expect(writtenConfigAddress('oc://openclaw.config/agents/entries/ops', entries)).toBe(
      'oc://openclaw.config/agents/entries/ops',
    );
  });

  it('writes keys as a reader types them', () => {
    expect(dottedKey(['auth', 'profiles', 'anthropic:me', 'mode'])).toBe(
      'auth.profiles["anthropic:me"].mode',
    );
    expect(dottedKey(['agents', 'list', 1, 'tools'])).toBe('agents.list[1].tools');
    expect(dottedKey(['channels', 'telegram', 'groups', '-100'])).toBe('channels.telegram.groups["-100"]');
  });
});
