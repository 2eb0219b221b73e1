import { describe, expect, it } from 'vitest';
import { hashOf } from '../../src/engine/canonical-json.js';
import { decideToolCall, decideToolCallFor } from '../../src/runtime/decide-tool-call.js';
import { prepareRuntimeWorkspace, type PreparedWorkspace } from '../../src/runtime/prepare-workspace.js';
import { toOpenClawDecision } from '../../src/runtime/tool-call-decision.js';
import { checkHashes, runtimeConfig, scenario } from './runtime-fixtures.js';

const RISK = JSON.stringify({ tools: { requireMetadata: ['risk'] } });

/** The block reason (or approval description) for one call in a fresh workspace. */
async function outcomeOf(files: Record<string, string>, tool = 'deploy'): Promise<[string, string, string]> {
  const decision = (await scenario({ 'openclaw.json': runtimeConfig(), ...files })).decide(tool);
  return [decision.outcome, decision.code, decision.reason];
}

describe('runtime tool gate: the SPEC §6 decision table', () => {
  describe('gate off: no decision', () => {
    it.each([
      [
        'no policy plugin entry',
        '{}',
        'Policy tool runtime is off: the OpenClaw config has no plugins.entries.policy entry.',
      ],
      [
        'runtimeToolPolicy not true',
        runtimeConfig({ runtimeToolPolicy: false }),
        'Policy tool runtime is off: plugins.entries.policy.config.runtimeToolPolicy is not true.',
      ],
      [
        'entry disabled',
        runtimeConfig({}, { enabled: false }),
        'Policy tool runtime is off: the policy plugin is disabled.',
      ],
      [
        'config.enabled false',
        runtimeConfig({ enabled: false }),
        'Policy tool runtime is off: the policy plugin is disabled.',
      ],
      [
        'neither enabled flag true',
        runtimeConfig({}, {}),
        'Policy tool runtime is off: the policy plugin is not enabled.',
      ],
    ])('%s', async (_name, config, reason) => {
      const { decide } = await scenario({
        'openclaw.json': config,
        'policy.jsonc': RISK,
        'TOOLS.md': '## Tools\n\n### deploy\n',
      });
      expect(decide('deploy')).toEqual({
        outcome: 'none',
        code: 'runtime_gate_off',
        tool: 'deploy',
        toolId: 'deploy',
        reason,
        policyId: 'oc://policy.jsonc',
        ruleId: 'oc://openclaw.config/plugins/entries/policy/config/runtimeToolPolicy',
      });
    });

    it('is on with config.enabled instead of the entry flag, and always on under `always` enforcement', async () => {
      const on = await scenario({
        'openclaw.json': runtimeConfig({ enabled: true }, {}),
        'policy.jsonc': RISK,
        'TOOLS.md': '## Tools\n\n### deploy\n',
      });
      expect(on.decide('deploy').outcome).toBe('block');
      const off = await scenario({
        'openclaw.json': '{}',
        'policy.jsonc': RISK,
        'TOOLS.md': '## Tools\n\n### deploy\n',
      });
      expect(off.decide('deploy', { enforcement: 'always' }).reason).toBe(
        "Policy requires risk metadata for 'deploy', but TOOLS.md does not declare it.",
      );
    });
  });

  describe('the policy itself blocks', () => {
    it.each([
      ['missing', {}, 'policy_missing', 'Policy tool runtime is enabled, but policy.jsonc is missing.'],
      [
        'unparseable',
        { 'policy.jsonc': '{ tools: ' },
        'policy_unparseable',
        'Policy tool runtime is enabled, but policy.jsonc could not be parsed.',
      ],
      [
        'not an object',
        { 'policy.jsonc': '[]' },
        'policy_malformed',
        'Policy tool runtime is enabled, but policy.jsonc does not contain an object.',
      ],
      [
        'tools not an object',
        { 'policy.jsonc': '{ tools: [] }' },
        'policy_malformed',
        'Policy tool runtime is enabled, but policy.jsonc has an invalid tools section.',
      ],
      [
        'requireMetadata not a string list',
        { 'policy.jsonc': '{ tools: { requireMetadata: "risk" } }' },
        'policy_malformed',
        'Policy tool runtime is enabled, but policy.jsonc has an invalid tools.requireMetadata section.',
      ],
      [
        'unsupported requireMetadata',
        { 'policy.jsonc': '{ tools: { requireMetadata: ["risk", " Unsupported "] } }' },
        'policy_malformed',
        "Policy tool runtime is enabled, but policy.jsonc has unsupported tools.requireMetadata 'unsupported'.",
      ],
      [
        'tools.settings',
        { 'policy.jsonc': '{ tools: { settings: 1 } }' },
        'policy_malformed',
        'Policy tool runtime is enabled, but policy.jsonc has an invalid tools.settings section.',
      ],
      [
        'tools.entries',
        { 'policy.jsonc': '{ tools: { entries: {} } }' },
        'policy_malformed',
        'Policy tool runtime is enabled, but policy.jsonc has an invalid tools.entries section.',
      ],
      [
        'channels',
        { 'policy.jsonc': '{ channels: "x" }' },
        'policy_malformed',
        'Policy tool runtime is enabled, but policy.jsonc has an invalid channels section.',
      ],
      [
        'channels.denyRules',
        { 'policy.jsonc': '{ channels: { denyRules: {} } }' },
        'policy_malformed',
        'Policy tool runtime is enabled, but policy.jsonc has an invalid channels.denyRules section.',
      ],
      [
        'any other shape problem',
        { 'policy.jsonc': '{ mcp: { servers: { allow: "docs" } } }' },
        'policy_malformed',
        'Policy tool runtime is enabled, but policy.jsonc mcp.servers.allow must be an array.',
      ],
      [
        'a blank requireMetadata entry',
        { 'policy.jsonc': '{ tools: { requireMetadata: [""] } }' },
        'policy_malformed',
        'Policy tool runtime is enabled, but policy.jsonc tools.requireMetadata[0] must be a supported metadata key.',
      ],
    ])('%s', async (_name, files, code, reason) => {
      expect(await outcomeOf({ 'TOOLS.md': '## Tools\n\n### deploy risk:low\n', ...files })).toEqual([
        'block',
        code,
        reason,
      ]);
    });

    it('blocks on an expectedHash mismatch, naming the lock in metadata', async () => {
      const { decide } = await scenario({
        'openclaw.json': runtimeConfig({ expectedHash: 'sha256:approved' }),
        'policy.jsonc': RISK,
        'TOOLS.md': '## Tools\n\n### deploy risk:low\n',
      });
      const decision = decide('deploy');
      expect([decision.outcome, decision.code, decision.reason]).toEqual([
        'block',
        'policy_hash_mismatch',
        'policy.jsonc does not match the configured policy hash.',
      ]);
      expect(decision.ruleId).toBe('oc://openclaw.config/plugins/entries/policy/config/expectedHash');
      expect(decision.metadata?.policy).toEqual({
        path: 'policy.jsonc',
        hash: hashOf(JSON.parse(RISK)),
        expectedHash: 'sha256:approved',
      });
    });

    it('blocks on an expectedAttestationHash mismatch before any approval, naming both hashes', async () => {
      const files = {
        'openclaw.json': runtimeConfig({ expectedAttestationHash: 'sha256:accepted' }),
        'policy.jsonc': RISK,
        'TOOLS.md': '## Tools\n\n### deploy risk:critical\n',
      };
      const { dir, decide } = await scenario(files);
      const current = (await checkHashes(dir)).attestation;
      for (const tool of ['deploy', 'undeclared']) {
        const decision = decide(tool);
        expect(decision.outcome).toBe('block');
        expect(decision.code).toBe('attestation_hash_mismatch');
        expect(decision.reason).toBe(
          `policy.jsonc no longer matches the accepted policy attestation: current ${current}, expected sha256:accepted.`,
        );
        expect(decision.metadata?.attestation).toEqual({ hash: current, expectedHash: 'sha256:accepted' });
      }
    });

    it('lets a matching expectedAttestationHash through to the tool rules', async () => {
      const files = { 'policy.jsonc': RISK, 'TOOLS.md': '## Tools\n\n### deploy risk:critical\n' };
      const first = await scenario({ 'openclaw.json': runtimeConfig(), ...files });
      const current = (await checkHashes(first.dir)).attestation;
      const locked = await scenario({
        'openclaw.json': runtimeConfig({ expectedAttestationHash: current }),
        ...files,
      });
      const decision = locked.decide('deploy');
      expect(decision.outcome).toBe('require-approval');
      expect(decision.metadata?.attestation).toEqual({ hash: current, expectedHash: current });
    });
  });

  describe('tool rules', () => {
    it('requires approval for an undeclared tool while metadata is required', async () => {
      const { dir, decide } = await scenario({
        'openclaw.json': runtimeConfig(),
        'policy.jsonc': RISK,
        'TOOLS.md': '## Tools\n',
      });
      const hashes = await checkHashes(dir);
      expect(decide('deploy')).toEqual({
        outcome: 'require-approval',
        code: 'undeclared_tool',
        tool: 'deploy',
        toolId: 'deploy',
        reason: "Policy requires tool metadata, but 'deploy' is not declared in TOOLS.md.",
        policyId: 'oc://policy.jsonc',
        ruleId: 'oc://policy.jsonc/tools/requireMetadata',
        approval: {
          title: 'Review undeclared tool',
          description: "Policy requires tool metadata, but 'deploy' is not declared in TOOLS.md.",
          severity: 'warning',
          allowedDecisions: ['allow-once', 'deny'],
        },
        metadata: {
          source: 'policy',
          policy: { path: 'policy.jsonc', hash: hashes.policy },
          workspace: { scope: 'policy', hash: hashes.workspace },
          attestation: { hash: hashes.attestation },
          target: 'oc://TOOLS.md/tools/deploy',
        },
      });
    });

    it('allows an undeclared tool when no metadata is required', async () => {
      expect(await outcomeOf({ 'policy.jsonc': '{}', 'TOOLS.md': '' })).toEqual([
        'allow',
        'allowed',
        "'deploy' is not declared in TOOLS.md, and the policy requires no tool metadata.",
      ]);
    });

    it.each([
      [
        'missing risk',
        RISK,
        '### deploy',
        'metadata_missing',
        "Policy requires risk metadata for 'deploy', but TOOLS.md does not declare it.",
      ],
      [
        'unknown risk',
        RISK,
        '### deploy risk:critcal',
        'metadata_unknown',
        "Policy requires known risk metadata for 'deploy', but TOOLS.md declares 'critcal'.",
      ],
      [
        'missing sensitivity',
        '{ tools: { requireMetadata: ["sensitivity"] } }',
        '### deploy risk:low',
        'metadata_missing',
        "Policy requires sensitivity metadata for 'deploy', but TOOLS.md does not declare it.",
      ],
      [
        'unknown sensitivity',
        '{ tools: { requireMetadata: ["sensitivity"] } }',
        '### deploy sensitivity:secret',
        'metadata_unknown',
        "Policy requires known sensitivity metadata for 'deploy', but TOOLS.md declares 'secret'.",
      ],
      [
        'missing owner',
        '{ tools: { requireMetadata: ["owner"] } }',
        '### deploy risk:low sensitivity:internal',
        'metadata_missing',
        "Policy requires owner metadata for 'deploy', but TOOLS.md does not declare it.",
      ],
      [
        'risk checked first',
        '{ tools: { requireMetadata: ["owner", "sensitivity", "risk"] } }',
        '### deploy',
        'metadata_missing',
        "Policy requires risk metadata for 'deploy', but TOOLS.md does not declare it.",
      ],
    ])('blocks on %s', async (_name, policy, declaration, code, reason) => {
      expect(await outcomeOf({ 'policy.jsonc': policy, 'TOOLS.md': `## Tools\n\n${declaration}\n` })).toEqual(
        ['block', code, reason],
      );
    });

    it('does not reject an unknown risk the policy does not require', async () => {
      expect(
        (
          await outcomeOf({
            'policy.jsonc': '{ tools: { requireMetadata: ["owner"] } }',
            'TOOLS.md': '## Tools\n\n### deploy risk:critcal owner:ops\n',
          })
        )[0],
      ).toBe('allow');
    });

    it.each([
      [
        'critical and irreversible',
        '### deploy risk:critical sensitivity:internal IRREVERSIBLE_EXTERNAL',
        'critical',
        'deploy requires approval because risk is critical and it can perform irreversible external actions.',
      ],
      [
        'critical only',
        '### deploy risk:critical',
        'critical',
        'deploy requires approval because risk is critical.',
      ],
      [
        'irreversible only',
        '### deploy risk:low IRREVERSIBLE_EXTERNAL',
        'warning',
        'deploy requires approval because it can perform irreversible external actions.',
      ],
      [
        'multiline metadata',
        '### deploy\nrisk: critical\nsensitivity: internal\nowner: ops\nIRREVERSIBLE_EXTERNAL',
        'critical',
        'deploy requires approval because risk is critical and it can perform irreversible external actions.',
      ],
    ])('requires approval: %s', async (_name, declaration, severity, description) => {
      const { dir, decide } = await scenario({
        'openclaw.json': runtimeConfig(),
        'policy.jsonc': RISK,
        'TOOLS.md': `## Tools\n\n${declaration}\n`,
      });
      const hashes = await checkHashes(dir);
      const decision = decide('deploy');
      expect(decision.outcome).toBe('require-approval');
      expect(decision.code).toBe('approval_required');
      expect(decision.reason).toBe(description);
      expect(decision.approval).toEqual({
        title: 'Review policy-governed tool',
        description,
        severity,
        allowedDecisions: ['allow-once', 'deny'],
      });
      expect(decision.metadata).toEqual({
        source: 'policy',
        policy: { path: 'policy.jsonc', hash: hashes.policy },
        workspace: { scope: 'policy', hash: hashes.workspace },
        attestation: { hash: hashes.attestation },
        target: 'oc://TOOLS.md/tools/deploy',
      });
    });

    it('decides approvals from TOOLS.md even when the policy requires no metadata', async () => {
      expect(
        (await outcomeOf({ 'policy.jsonc': '{}', 'TOOLS.md': '## Tools\n\n### deploy risk:critical\n' }))[0],
      ).toBe('require-approval');
    });

    it('allows a declared tool with nothing to approve, citing its declaration', async () => {
      const { decide } = await scenario({
        'openclaw.json': runtimeConfig(),
        'policy.jsonc': RISK,
        'TOOLS.md': '## Tools\n\n### inspect risk:low sensitivity:public owner:ops\n',
      });
      const decision = decide('inspect');
      expect(decision).toMatchObject({
        outcome: 'allow',
        code: 'allowed',
        reason: "'inspect' is declared in TOOLS.md and needs no approval.",
      });
      expect(decision.descriptor).toEqual({
        id: 'inspect',
        source: 'oc://TOOLS.md/tools/inspect',
        line: 3,
        risk: 'low',
        sensitivity: 'public',
        owner: 'ops',
      });
      expect(toOpenClawDecision(decision)).toBeUndefined();
    });

    it('matches tool names to TOOLS.md ids by the heading slug rule', async () => {
      const { decide } = await scenario({
        'openclaw.json': runtimeConfig(),
        'policy.jsonc': RISK,
        'TOOLS.md': '## Tools\n\n### deploy-prod risk:critical\n- write_file: risk:low\n',
      });
      expect(decide('Deploy_Prod')).toMatchObject({
        outcome: 'require-approval',
        toolId: 'deploy-prod',
        reason: 'Deploy_Prod requires approval because risk is critical.',
      });
      expect(decide('write_file')).toMatchObject({ outcome: 'allow', toolId: 'write-file' });
      expect(decide('!!!')).toMatchObject({
        outcome: 'require-approval',
        code: 'undeclared_tool',
        metadata: { target: 'oc://TOOLS.md/tools/!!!' },
      });
      expect(decide('!!!').toolId).toBeUndefined();
    });

    it('takes the strictest of two declarations of the same tool', async () => {
      const { decide } = await scenario({
        'openclaw.json': runtimeConfig(),
        'policy.jsonc': RISK,
        'TOOLS.md': '## Tools\n\n### deploy risk:low\n\n### deploy risk:critical\n',
      });
      expect(decide('deploy')).toMatchObject({ outcome: 'require-approval', descriptor: { line: 5 } });
    });
  });

  describe('fails closed', () => {
    it('blocks, without metadata, when the workspace cannot be read or its config is unusable', () => {
      expect(
        decideToolCallFor(
          { kind: 'unreadable', reason: 'policy.jsonc is a directory, not a file' },
          'deploy',
        ),
      ).toEqual({
        outcome: 'block',
        code: 'workspace_unreadable',
        tool: 'deploy',
        toolId: 'deploy',
        reason: 'Policy tool runtime cannot read the workspace: policy.jsonc is a directory, not a file',
        policyId: 'oc://policy',
        ruleId: 'oc://policy/workspace',
      });
      expect(
        decideToolCallFor(
          {
            kind: 'config-invalid',
            error: 'JSON5 parse failed: SyntaxError: x',
            configFile: 'openclaw.json',
          },
          'deploy',
        ),
      ).toMatchObject({
        outcome: 'block',
        code: 'config_invalid',
        reason: 'Policy tool runtime cannot use openclaw.json: JSON5 parse failed: SyntaxError: x',
      });
    });

    it('turns an exception while preparing or deciding into a block with the reason', async () => {
      const hostile = new Proxy(
        {},
        {
          get: () => {
            throw new Error('boom');
          },
        },
      ) as Record<string, unknown>;
      const prepared = prepareRuntimeWorkspace({
        kind: 'input',
        toolsMarkdown: '',
        toolDeclarations: [],
        input: {
          name: { display: 'policy.jsonc', document: 'policy.jsonc' },
          policy: { state: 'parsed', value: {} },
          config: hostile,
          settings: {
            enabled: true,
            policyPath: undefined,
            expectedHash: undefined,
            expectedAttestationHash: undefined,
          },
        },
      });
      expect(decideToolCall(prepared, 'deploy')).toMatchObject({
        outcome: 'block',
        code: 'decision_error',
        reason: 'Policy tool runtime failed closed: boom',
      });

      const { prepared: ready } = await scenario({
        'openclaw.json': runtimeConfig(),
        'policy.jsonc': RISK,
        'TOOLS.md': '## Tools\n\n### deploy risk:low\n',
      });
      const broken = {
        ...ready,
        tools: {
          get: () => {
            throw new Error('lookup failed');
          },
        },
      } as unknown as PreparedWorkspace;
      expect(decideToolCall(broken, 'deploy')).toMatchObject({
        outcome: 'block',
        code: 'decision_error',
        reason: 'Policy tool runtime failed closed: lookup failed',
      });
      expect(decideToolCall(ready, 42 as unknown as string)).toMatchObject({
        outcome: 'block',
        code: 'decision_error',
      });
    });
  });

  it("speaks OpenClaw's trusted-tool-policy shape too", async () => {
    const { decide } = await scenario({
      'openclaw.json': runtimeConfig(),
      'policy.jsonc': RISK,
      'TOOLS.md': '## Tools\n\n### deploy\n### pay risk:critical\n',
    });
    expect(toOpenClawDecision(decide('deploy'))).toEqual({
      block: true,
      blockReason: "Policy requires risk metadata for 'deploy', but TOOLS.md does not declare it.",
    });
    expect(toOpenClawDecision(decide('pay'))).toMatchObject({
      requireApproval: {
        title: 'Review policy-governed tool',
        severity: 'critical',
        metadata: { target: 'oc://TOOLS.md/tools/pay' },
        allowedDecisions: ['allow-once', 'deny'],
      },
    });
  });
});
