// The plugin's decisions over real files, with the runtime library's monitor and default timing:
// what OpenClaw gets back on each tool call.
import { homedir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { SUPPORTED_RELEASES, profileOf } from '../../src/engine/release-profile.js';
import { DISK_SEAMS, EnforcementPoint, releaseFor } from '../../src/plugin/enforcement-point.js';
import { enforcementSettingsFrom } from '../../src/plugin/plugin-settings.js';
import {
  accept,
  acceptedWorkspace,
  currentAttestation,
  currentWorkspaceFiles,
  LOOSENED_POLICY,
  POLICY,
  RELEASE,
  TOOLS_MD,
  workspaceFiles,
  type AcceptedWorkspace,
} from './plugin-fixtures.js';

const points: EnforcementPoint[] = [];
afterEach(async () => {
  await Promise.all(points.splice(0).map((point) => point.close()));
});

function enforce(workspace: AcceptedWorkspace, settings: Record<string, unknown> = {}): EnforcementPoint {
  const point = new EnforcementPoint(
    enforcementSettingsFrom({ workspace: workspace.dir, openclaw: RELEASE, ...settings }, '/home/operator'),
  );
  points.push(point);
  return point;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the enforcement point', () => {
  it('allows, asks for approval and refuses exactly as the accepted policy says', async () => {
    const workspace = await acceptedWorkspace();
    const point = enforce(workspace);
    const accepted = { current: workspace.acceptedHash, accepted: workspace.acceptedHash };
    expect(await point.decide('search_docs')).toMatchObject({
      action: 'allow',
      code: 'allowed',
      attestation: accepted,
    });
    expect(await point.decide('deploy_preview')).toMatchObject({
      action: 'require_approval',
      code: 'approval_required',
      approval: { severity: 'warning' },
    });
    expect(await point.decide('wipe_cache')).toMatchObject({
      action: 'require_approval',
      approval: { severity: 'critical' },
    });
    expect(await point.decide('legacy_export')).toMatchObject({ action: 'deny', code: 'metadata_missing' });
    expect(await point.decide('not_declared')).toMatchObject({
      action: 'require_approval',
      code: 'undeclared_tool',
    });
  });

  it('blocks every call once the workspace is stale, and allows again once it is re-accepted', async () => {
    const workspace = await acceptedWorkspace();
    const point = enforce(workspace);
    expect((await point.decide('search_docs')).action).toBe('allow');

    workspace.write('policy.jsonc', LOOSENED_POLICY);
    const current = await currentAttestation(workspace.dir);
    const stale = await point.decide('search_docs');
    expect(stale).toMatchObject({
      action: 'deny',
      code: 'attestation_stale',
      attestation: { current, accepted: workspace.acceptedHash },
    });
    expect(stale.reason).toContain(
      `${current} differs from the accepted attestation ${workspace.acceptedHash}`,
    );

    const reaccepted = await accept(workspace.dir);
    expect(await point.decide('search_docs')).toMatchObject({
      action: 'allow',
      attestation: { current: reaccepted, accepted: reaccepted },
    });
  });

  it('blocks while the accepted attestation is missing or unreadable', async () => {
    const workspace = await acceptedWorkspace();
    const point = enforce(workspace);
    const attestation = workspace.read('policy.attestation.json');
    workspace.remove('policy.attestation.json');
    const missing = await point.decide('search_docs');
    expect(missing).toMatchObject({ action: 'deny', code: 'accepted_attestation_invalid' });
    expect(missing.reason).toContain(
      'policy.attestation.json does not exist: write it with `policy-gate accept`.',
    );

    workspace.write('policy.attestation.json', '{"ok": tr');
    const unreadable = await point.decide('search_docs');
    expect(unreadable).toMatchObject({ action: 'deny', code: 'accepted_attestation_invalid' });
    expect(unreadable.reason).toContain('policy.attestation.json is not JSON');

    workspace.write('policy.attestation.json', attestation);
    expect((await point.decide('search_docs')).action).toBe('allow');
  });

  it('never decides from a half-written file', async () => {
    const workspace = await acceptedWorkspace();
    const point = enforce(workspace);
    expect((await point.decide('search_docs')).action).toBe('allow');
    // A policy caught mid-write, completed 20 ms later (well inside the 200 ms grace).
    workspace.write('policy.jsonc', POLICY.slice(0, POLICY.length / 2));
    const during = point.decide('search_docs');
    await sleep(20);
    workspace.write('policy.jsonc', POLICY);
    expect(await during).toMatchObject({ action: 'allow', code: 'allowed' });
  });

  it('blocks while the files will not hold still, and recovers when they do', async () => {
    const workspace = await acceptedWorkspace();
    const point = enforce(workspace);
    expect((await point.decide('search_docs')).action).toBe('allow');
    let round = 0;
    const writer = setInterval(() => workspace.write('TOOLS.md', `${TOOLS_MD}\n<!-- ${round++} -->\n`), 1);
    try {
      await sleep(50);
      expect(await point.decide('search_docs')).toMatchObject({
        action: 'deny',
        code: 'workspace_unsettled',
      });
    } finally {
      clearInterval(writer);
    }
    workspace.write('TOOLS.md', TOOLS_MD);
    await sleep(50);
    expect((await point.decide('search_docs')).action).toBe('allow');
  });

  it('enforces OpenClaw 2026.9.6 by default, over the tools AGENTS.md declares', async () => {
    const workspace = await acceptedWorkspace(currentWorkspaceFiles(), '2026.9.6');
    // The CLI's environment in tests: none set, the real home (where `accept` looked too).
    const point = new EnforcementPoint(enforcementSettingsFrom({ workspace: workspace.dir }, homedir()), {
      ...DISK_SEAMS,
      env: {},
      osHome: homedir(),
    });
    points.push(point);
    expect(await point.decide('search_docs')).toMatchObject({
      action: 'allow',
      target: 'oc://AGENTS.md/tools/search-docs',
      attestation: { current: workspace.acceptedHash, accepted: workspace.acceptedHash },
    });
    expect((await point.decide('wipe_cache')).action).toBe('require_approval');
    workspace.write('policy.jsonc', LOOSENED_POLICY);
    const current = await currentAttestation(workspace.dir, '2026.9.6');
    expect(await point.decide('search_docs')).toMatchObject({
      action: 'deny',
      code: 'attestation_stale',
      attestation: { current, accepted: workspace.acceptedHash },
    });
  });

  describe('with the accepted attestation taken from expectedAttestationHash', () => {
    const locked = (hash: string) =>
      JSON.stringify({
        plugins: { entries: { policy: { enabled: true, config: { expectedAttestationHash: hash } } } },
      });

    it('allows while the workspace matches the lock, and blocks naming both hashes when it does not', async () => {
      const unlocked = await acceptedWorkspace();
      // The lock is a setting, not evidence: writing it does not change the attestation.
      const workspace = await acceptedWorkspace(workspaceFiles(locked(unlocked.acceptedHash)));
      expect(workspace.acceptedHash).toBe(unlocked.acceptedHash);
      workspace.remove('policy.attestation.json');
      const point = enforce(workspace, { acceptedFrom: 'expectedAttestationHash' });
      expect(await point.decide('search_docs')).toMatchObject({
        action: 'allow',
        attestation: { current: workspace.acceptedHash, accepted: workspace.acceptedHash },
      });
      expect((await point.decide('deploy_preview')).action).toBe('require_approval');

      workspace.write('openclaw.json', locked('sha256:0000'));
      expect(await point.decide('search_docs')).toMatchObject({
        action: 'deny',
        code: 'attestation_stale',
        attestation: { current: workspace.acceptedHash, accepted: 'sha256:0000' },
      });
    });

    it('blocks when the config sets no lock', async () => {
      const workspace = await acceptedWorkspace();
      const point = enforce(workspace, { acceptedFrom: 'expectedAttestationHash' });
      const decision = await point.decide('search_docs');
      expect(decision).toMatchObject({ action: 'deny', code: 'accepted_attestation_invalid' });
      expect(decision.reason).toContain(
        'takes the accepted attestation from plugins.entries.policy.config.expectedAttestationHash, which the OpenClaw config does not set',
      );
    });
  });

  it('blocks every call, reading nothing, for settings it cannot use or a release it does not know', async () => {
    const invalid = new EnforcementPoint(
      enforcementSettingsFrom({ workspace: 'relative' }, '/home/operator'),
    );
    expect(await invalid.decide('read')).toMatchObject({
      action: 'deny',
      code: 'config_invalid',
      reason:
        "plugins.entries.policy-gate.config.workspace must be absolute or start with ~/, got 'relative'.",
    });
    const unknown = new EnforcementPoint(
      enforcementSettingsFrom({ workspace: '/w', openclaw: '2026.12.1' }, '/'),
    );
    const decision = await unknown.decide('read');
    expect(decision).toMatchObject({
      action: 'deny',
      code: 'config_invalid',
      ruleId: 'oc://openclaw.config/plugins/entries/policy-gate/config/openclaw',
    });
    expect(decision.reason).toBe(
      "unsupported OpenClaw release '2026.12.1'; supported: 2026.9.6, 2026.5.20. Every tool call is denied: set plugins.entries.policy-gate.config.openclaw to the release the attestation was accepted with (`policy-gate accept --openclaw <release>`).",
    );
  });

  it('enforces every supported release (each has a runtime gate profile)', () => {
    for (const release of SUPPORTED_RELEASES) {
      expect('profile' in releaseFor({ openclaw: release }), release).toBe(true);
      expect(profileOf(release).runtimeGate).toBeDefined();
    }
  });

  it('refuses an agent for a release without agent selection', () => {
    expect(releaseFor({ openclaw: '2026.5.20', agent: 'ops' })).toEqual({
      problem: {
        code: 'config_invalid',
        setting: 'agent',
        reason:
          'plugins.entries.policy-gate.config.agent needs agent selection, which OpenClaw 2026.5.20 does not have: remove it. Every tool call is denied until then.',
      },
    });
  });

  it('fails closed after it was stopped', async () => {
    const workspace = await acceptedWorkspace();
    const point = enforce(workspace);
    expect((await point.decide('search_docs')).action).toBe('allow');
    await point.close();
    expect(await point.decide('search_docs')).toMatchObject({
      action: 'deny',
      code: 'decision_error',
      reason: 'policy-gate failed closed: the plugin instance was stopped',
    });
  });
});
