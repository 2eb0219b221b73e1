import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import {
  enforcementSettingsFrom,
  PLUGIN_CONFIG_SCHEMA,
  PLUGIN_ID,
  TRUSTED_POLICY_ID,
} from '../../src/plugin/plugin-settings.js';

const HOME = '/home/operator';
const manifestFile = path.resolve(import.meta.dirname, '../../packages/openclaw-plugin/openclaw.plugin.json');

describe('plugin settings', () => {
  it('needs only the workspace; everything else has the CLI defaults', () => {
    expect(enforcementSettingsFrom({ workspace: '/srv/agent' }, HOME)).toEqual({
      ok: true,
      settings: {
        workspace: '/srv/agent',
        acceptedFrom: 'attestationFile',
        attestationFile: '/srv/agent/policy.attestation.json',
        openclaw: '2026.9.6',
      },
    });
  });

  it('resolves ~ against the home directory and the attestation file against the workspace', () => {
    const result = enforcementSettingsFrom(
      {
        workspace: '~/.openclaw/workspace',
        attestationFile: 'attestations/accepted.json',
        config: '../openclaw.json',
        policy: 'policy.jsonc',
        openclaw: '2026.5.20',
        agent: 'ops',
        acceptedFrom: 'expectedAttestationHash',
      },
      HOME,
    );
    expect(result).toEqual({
      ok: true,
      settings: {
        workspace: '/home/operator/.openclaw/workspace',
        config: '../openclaw.json',
        policy: 'policy.jsonc',
        acceptedFrom: 'expectedAttestationHash',
        attestationFile: '/home/operator/.openclaw/workspace/attestations/accepted.json',
        openclaw: '2026.5.20',
        agent: 'ops',
      },
    });
  });

  it.each([
    [
      undefined,
      'plugins.entries.policy-gate.config.workspace is required: the directory `policy-gate accept --cwd` attested.',
    ],
    [
      { workspace: 'relative/dir' },
      "plugins.entries.policy-gate.config.workspace must be absolute or start with ~/, got 'relative/dir'.",
    ],
    [
      { workspace: '/w', openclaw: 'latest' },
      "plugins.entries.policy-gate.config.openclaw must be a release such as 2026.9.6, got 'latest'.",
    ],
    [
      { workspace: '/w', acceptedFrom: 'both' },
      "plugins.entries.policy-gate.config.acceptedFrom must be attestationFile or expectedAttestationHash, got 'both'.",
    ],
    [
      { workspace: '/w', workspaces: ['/x'] },
      "plugins.entries.policy-gate.config has no setting 'workspaces' (settings: workspace, config, policy, acceptedFrom, attestationFile, openclaw, agent).",
    ],
    [
      { workspace: '/w', agent: '' },
      'plugins.entries.policy-gate.config.agent must be a non-empty string, got "".',
    ],
    [['/w'], 'plugins.entries.policy-gate.config must be an object.'],
  ])('refuses %j with what to change', (config, problem) => {
    expect(enforcementSettingsFrom(config, HOME)).toEqual({ ok: false, problem });
  });

  it('agrees with the JSON schema OpenClaw validates the same settings with', () => {
    const validate = new Ajv({ strict: false }).compile(PLUGIN_CONFIG_SCHEMA);
    const samples: unknown[] = [
      {},
      { workspace: '/w' },
      { workspace: '~' },
      { workspace: '~/w' },
      { workspace: 'C:\\agents\\w' },
      { workspace: 'w' },
      { workspace: '~other/w' },
      { workspace: '/w', openclaw: '2026.5.20' },
      { workspace: '/w', openclaw: '2026.12.1' },
      { workspace: '/w', openclaw: '2026.9' },
      { workspace: '/w', acceptedFrom: 'expectedAttestationHash' },
      { workspace: '/w', acceptedFrom: 'file' },
      { workspace: '/w', attestationFile: '' },
      { workspace: '/w', extra: true },
      { workspace: 7 },
    ];
    for (const sample of samples) {
      const ours = enforcementSettingsFrom(sample, HOME).ok;
      expect(validate(structuredClone(sample)), JSON.stringify(sample)).toBe(ours);
    }
  });

  it('is the committed manifest’s configSchema, with the trusted policy id declared', () => {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
    expect(manifest.id).toBe(PLUGIN_ID);
    expect(manifest.configSchema).toEqual(PLUGIN_CONFIG_SCHEMA);
    expect(manifest.contracts).toEqual({ trustedToolPolicies: [TRUSTED_POLICY_ID] });
    expect(manifest.activation).toEqual({ onStartup: true });
  });
});
