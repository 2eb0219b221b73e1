import { describe, expect, it } from 'vitest';
import { agentWorkspaceDir, type AgentWorkspaceContext } from '../../src/workspace/agent-workspace.js';

const base: Omit<AgentWorkspaceContext, 'rawConfig' | 'config'> = {
  retainedLegacyDefault: false,
  workspaceRoot: '/repo',
  home: '/home/me',
  stateDir: '/home/me/.openclaw',
};

function context(rawConfig: Record<string, unknown>, config = rawConfig): AgentWorkspaceContext {
  return { ...base, rawConfig, config };
}

describe('agentWorkspaceDir', () => {
  it('evaluates --cwd for the implicit agent and for the sole agent', () => {
    expect(agentWorkspaceDir('main', context({}))).toBe('/repo');
    expect(agentWorkspaceDir('ops', context({ agents: { entries: { ops: {} } } }))).toBe('/repo');
  });

  it('takes an agent’s configured workspace first: ~ expanded, relative to --cwd', () => {
    const config = {
      agents: { entries: { main: {}, ops: { workspace: ' ~/ops ' }, qa: { workspace: 'qa' } } },
    };
    expect(agentWorkspaceDir('ops', context(config))).toBe('/home/me/ops');
    expect(agentWorkspaceDir('qa', context(config))).toBe('/repo/qa');
  });

  it('gives the agent a migrated list marked default:true the workspace --cwd stands for, for compare only', () => {
    const raw = { agents: { list: [{ id: 'main' }, { id: 'ops', default: true }] } };
    const loaded = { agents: { entries: { main: {}, ops: {} } } };
    const compare = { ...context(raw, loaded), retainedLegacyDefault: true };
    expect(agentWorkspaceDir('ops', compare)).toBe('/repo');
    expect(agentWorkspaceDir('main', compare)).toBe('/home/me/.openclaw/workspace-main');
    // check and watch evaluate a copy of the loaded config, which forgets the migrated marker.
    expect(agentWorkspaceDir('ops', context(raw, loaded))).toBe('/home/me/.openclaw/workspace-ops');
    expect(agentWorkspaceDir('main', context(raw, loaded))).toBe('/home/me/.openclaw/workspace-main');
  });

  it('puts other agents under agents.defaults.workspace, else the state directory', () => {
    const explicit = {
      agents: { ownership: 'explicit', list: [{ id: 'main', default: true }, { id: 'ops' }] },
    };
    const loaded = { agents: { entries: { main: {}, ops: {} } } };
    expect(agentWorkspaceDir('main', context(explicit, loaded))).toBe('/home/me/.openclaw/workspace-main');
    const withDefaults = { agents: { defaults: { workspace: 'agents' }, entries: { main: {}, ops: {} } } };
    expect(agentWorkspaceDir('ops', context(withDefaults))).toBe('/repo/agents/ops');
  });
});
