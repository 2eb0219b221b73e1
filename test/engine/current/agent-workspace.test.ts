import { describe, expect, it } from 'vitest';
import { agentWorkspaceFamily } from '../../../src/engine/families/agent-workspace.js';
import { evidenceOf, findingsOf, summaries } from './posture-test-input.js';

const DEFAULTS = 'oc://openclaw.config/agents/defaults';
const AGENTS = 'oc://openclaw.config/agents/entries';
const TOOLS = 'oc://openclaw.config/tools';

type Entry = Record<string, unknown> & { id: string; source: string };

describe('agentWorkspace evidence (SPEC-2026.9 §7.3)', () => {
  it('reports access and the five workspace tools for the defaults and each agent', () => {
    expect(evidenceOf(agentWorkspaceFamily, { agents: { entries: { main: {} } } })).toEqual([
      {
        id: 'agents-defaults-workspace-access',
        kind: 'workspaceAccess',
        source: `${DEFAULTS}/sandbox/workspaceAccess`,
        scope: 'defaults',
        value: 'none',
        sandboxMode: 'off',
        sandboxModeSource: `${DEFAULTS}/sandbox/mode`,
        sandboxEnabled: false,
        explicit: false,
      },
      {
        id: 'main-workspace-access',
        kind: 'workspaceAccess',
        source: `${DEFAULTS}/sandbox/workspaceAccess`,
        scope: 'agent',
        agentId: 'main',
        value: 'none',
        sandboxMode: 'off',
        sandboxModeSource: `${DEFAULTS}/sandbox/mode`,
        sandboxEnabled: false,
        explicit: false,
      },
      ...['main', 'agents-defaults'].flatMap((owner) =>
        // Same source: sorted by id.
        ['apply_patch', 'edit', 'exec', 'process', 'write'].map((tool) => ({
          id: `${owner}-tool-${tool}`,
          kind: 'toolDeny',
          source: owner === 'main' ? `${AGENTS}/main/tools/deny` : `${TOOLS}/deny`,
          scope: owner === 'main' ? 'agent' : 'defaults',
          ...(owner === 'main' ? { agentId: 'main' } : {}),
          tool,
          denied: false,
          explicit: false,
        })),
      ),
    ]);
  });

  it('takes the first deny list that denies a tool: own, inherited, then the sandbox list under mode all', () => {
    const config = {
      tools: { deny: ['bash'], sandbox: { tools: { deny: ['write', 'ed*'] } } },
      agents: {
        defaults: { sandbox: { mode: 'all', workspaceAccess: 'rw' } },
        entries: {
          fs: { tools: { deny: ['group:fs'] } },
          off: { sandbox: { mode: 'off' }, tools: { deny: ['apply-patch'] } },
          sbx: { tools: { sandbox: { tools: { deny: ['process'] } } } },
        },
      },
    };
    const denials = (evidenceOf(agentWorkspaceFamily, config) as Entry[])
      .filter((e) => e.kind === 'toolDeny')
      .map((e) => `${e.id} ${e.denied ? 'denied' : 'allowed'} ${e.source}`);
    expect(denials).toEqual([
      `fs-tool-apply_patch denied ${AGENTS}/fs/tools/deny`,
      `fs-tool-edit denied ${AGENTS}/fs/tools/deny`,
      `fs-tool-process allowed ${AGENTS}/fs/tools/deny`,
      `fs-tool-write denied ${AGENTS}/fs/tools/deny`,
      `off-tool-apply_patch denied ${AGENTS}/off/tools/deny`,
      `off-tool-edit allowed ${AGENTS}/off/tools/deny`,
      `off-tool-process allowed ${AGENTS}/off/tools/deny`,
      `off-tool-write allowed ${AGENTS}/off/tools/deny`,
      `sbx-tool-apply_patch allowed ${AGENTS}/sbx/tools/deny`,
      `sbx-tool-edit allowed ${AGENTS}/sbx/tools/deny`,
      `sbx-tool-write allowed ${AGENTS}/sbx/tools/deny`,
      `sbx-tool-process denied ${AGENTS}/sbx/tools/sandbox/tools/deny`,
      `agents-defaults-tool-apply_patch allowed ${TOOLS}/deny`,
      `agents-defaults-tool-exec denied ${TOOLS}/deny`,
      `agents-defaults-tool-process allowed ${TOOLS}/deny`,
      `fs-tool-exec denied ${TOOLS}/deny`,
      `off-tool-exec denied ${TOOLS}/deny`,
      `sbx-tool-exec denied ${TOOLS}/deny`,
      `agents-defaults-tool-edit denied ${TOOLS}/sandbox/tools/deny`,
      `agents-defaults-tool-write denied ${TOOLS}/sandbox/tools/deny`,
    ]);
  });
});

describe('agentWorkspace findings (SPEC-2026.9 §10.2)', () => {
  const config = {
    tools: { deny: ['exec'] },
    agents: {
      defaults: { sandbox: { mode: 'non-main' } },
      entries: {
        locked: { sandbox: { mode: 'all', workspaceAccess: 'RO' }, tools: { deny: ['group:fs', 'process'] } },
      },
    },
  };
  const rules = { allowedAccess: ['ro', 'none'], denyTools: ['exec', 'process', 'write'] };

  it('cites the sandbox mode when the sandbox does not cover the agent, else the access value', () => {
    expect(summaries(findingsOf(agentWorkspaceFamily, config, { agents: { workspace: rules } }))).toEqual([
      `policy/agents-workspace-access-denied | agents.defaults sandbox mode 'non-main' is not allowed by policy. | ${DEFAULTS}/sandbox/mode | oc://policy.jsonc/agents/workspace/allowedAccess`,
      // The value is compared as configured: `RO` is not `ro`.
      `policy/agents-workspace-access-denied | agent 'locked' sandbox workspaceAccess 'RO' is not allowed by policy. | ${AGENTS}/locked/sandbox/workspaceAccess | oc://policy.jsonc/agents/workspace/allowedAccess`,
      `policy/agents-tool-not-denied | agents.defaults does not deny required tool 'process'. | ${TOOLS}/deny | oc://policy.jsonc/agents/workspace/denyTools`,
      `policy/agents-tool-not-denied | agents.defaults does not deny required tool 'write'. | ${TOOLS}/deny | oc://policy.jsonc/agents/workspace/denyTools`,
    ]);
  });

  it('judges scopes on the agent, or on the defaults for an agent without entries', () => {
    const policy = {
      scopes: {
        'locked "q"': { agentIds: ['Locked'], agents: { workspace: { allowedAccess: ['none'] } } },
        ghosts: { agentIds: ['ghost'], agents: { workspace: { denyTools: ['process'] } } },
      },
    };
    expect(summaries(findingsOf(agentWorkspaceFamily, config, policy))).toEqual([
      `policy/agents-workspace-access-denied | agent 'locked' sandbox workspaceAccess 'RO' is not allowed by policy. | ${AGENTS}/locked/sandbox/workspaceAccess | oc://policy.jsonc/scopes/"locked \\"q\\""/agents/workspace/allowedAccess`,
      `policy/agents-tool-not-denied | agents.defaults does not deny required tool 'process'. | ${TOOLS}/deny | oc://policy.jsonc/scopes/ghosts/agents/workspace/denyTools`,
    ]);
  });

  it('is silent, scopes included, when the top-level agents section is invalid', () => {
    const policy = {
      agents: { workspace: { allowedAccess: ['RO'] } },
      scopes: { locked: { agentIds: ['locked'], agents: { workspace: { allowedAccess: ['none'] } } } },
    };
    expect(findingsOf(agentWorkspaceFamily, config, policy)).toEqual([]);
  });
});
