import { describe, expect, it } from 'vitest';
import { toolPostureFamily } from '../../../src/engine/families/tool-posture.js';
import { evidenceOf, findingsOf, summaries } from './posture-test-input.js';

const CONFIG = 'oc://openclaw.config';

describe('toolPosture evidence (SPEC-2026.9 §7.5)', () => {
  it('reports defaults for the global tools and an agent that inherits everything', () => {
    const evidence = evidenceOf(toolPostureFamily, { agents: { entries: { main: {} } } });
    expect(evidence).toEqual([
      {
        id: 'main-allow',
        kind: 'allow',
        source: `${CONFIG}/agents/entries/main/tools/allow`,
        scope: 'agent',
        agentId: 'main',
        entries: [],
        explicit: false,
      },
      {
        id: 'main-alsoAllow',
        kind: 'alsoAllow',
        source: `${CONFIG}/agents/entries/main/tools/alsoAllow`,
        scope: 'agent',
        agentId: 'main',
        entries: [],
        explicit: false,
      },
      {
        id: 'main-deny',
        kind: 'deny',
        source: `${CONFIG}/agents/entries/main/tools/deny`,
        scope: 'agent',
        agentId: 'main',
        entries: [],
        explicit: false,
      },
      {
        id: 'main-elevated-enabled',
        kind: 'elevatedEnabled',
        source: `${CONFIG}/agents/entries/main/tools/elevated/enabled`,
        scope: 'agent',
        agentId: 'main',
        value: true,
        explicit: false,
      },
      {
        id: 'main-exec-ask',
        kind: 'execAsk',
        source: `${CONFIG}/agents/entries/main/tools/exec/ask`,
        scope: 'agent',
        agentId: 'main',
        value: 'off',
        explicit: false,
      },
      {
        id: 'main-exec-host',
        kind: 'execHost',
        source: `${CONFIG}/agents/entries/main/tools/exec/host`,
        scope: 'agent',
        agentId: 'main',
        value: 'auto',
        explicit: false,
      },
      {
        id: 'main-exec-security',
        kind: 'execSecurity',
        source: `${CONFIG}/agents/entries/main/tools/exec/security`,
        scope: 'agent',
        agentId: 'main',
        value: 'full',
        explicit: false,
      },
      {
        id: 'main-fs-workspaceOnly',
        kind: 'fsWorkspaceOnly',
        source: `${CONFIG}/agents/entries/main/tools/fs/workspaceOnly`,
        scope: 'agent',
        agentId: 'main',
        value: false,
        explicit: false,
      },
      {
        id: 'main-profile',
        kind: 'profile',
        source: `${CONFIG}/agents/entries/main/tools/profile`,
        scope: 'agent',
        agentId: 'main',
        value: 'full',
        explicit: false,
      },
      {
        id: 'tools-allow',
        kind: 'allow',
        source: `${CONFIG}/tools/allow`,
        scope: 'global',
        entries: [],
        explicit: false,
      },
      {
        id: 'tools-alsoAllow',
        kind: 'alsoAllow',
        source: `${CONFIG}/tools/alsoAllow`,
        scope: 'global',
        entries: [],
        explicit: false,
      },
      {
        id: 'tools-deny',
        kind: 'deny',
        source: `${CONFIG}/tools/deny`,
        scope: 'global',
        entries: [],
        explicit: false,
      },
      {
        id: 'tools-elevated-enabled',
        kind: 'elevatedEnabled',
        source: `${CONFIG}/tools/elevated/enabled`,
        scope: 'global',
        value: true,
        explicit: false,
      },
      {
        id: 'tools-exec-ask',
        kind: 'execAsk',
        source: `${CONFIG}/tools/exec/ask`,
        scope: 'global',
        value: 'off',
        explicit: false,
      },
      {
        id: 'tools-exec-host',
        kind: 'execHost',
        source: `${CONFIG}/tools/exec/host`,
        scope: 'global',
        value: 'auto',
        explicit: false,
      },
      {
        id: 'tools-exec-security',
        kind: 'execSecurity',
        source: `${CONFIG}/tools/exec/security`,
        scope: 'global',
        value: 'full',
        explicit: false,
      },
      {
        id: 'tools-fs-workspaceOnly',
        kind: 'fsWorkspaceOnly',
        source: `${CONFIG}/tools/fs/workspaceOnly`,
        scope: 'global',
        value: false,
        explicit: false,
      },
      {
        id: 'tools-profile',
        kind: 'profile',
        source: `${CONFIG}/tools/profile`,
        scope: 'global',
        value: 'full',
        explicit: false,
      },
    ]);
    // Key order is the release's (the report prints it).
    expect(Object.keys(evidence[0] as object)).toEqual([
      'id',
      'kind',
      'source',
      'scope',
      'agentId',
      'entries',
      'explicit',
    ]);
    expect(Object.keys(evidence[17] as object)).toEqual([
      'id',
      'kind',
      'source',
      'scope',
      'value',
      'explicit',
    ]);
  });

  it('layers agent values over the global ones, citing the global source when inherited', () => {
    const config = {
      tools: {
        profile: ' Coding ',
        deny: ['group:fs', ' '],
        alsoAllow: ['browser'],
        fs: { workspaceOnly: true },
      },
      agents: { entries: { ops: { tools: { deny: ['process'], alsoAllow: [] } } } },
    };
    const ops = evidenceOf(toolPostureFamily, config).filter(
      (e) => (e as { agentId?: string }).agentId === 'ops',
    );
    const byId = Object.fromEntries(ops.map((e) => [(e as { id: string }).id, e]));
    expect(byId['ops-profile']).toMatchObject({
      source: `${CONFIG}/tools/profile`,
      value: 'Coding',
      explicit: true,
    });
    // deny: inherited then local, cited at the agent once it has its own entries.
    expect(byId['ops-deny']).toMatchObject({
      source: `${CONFIG}/agents/entries/ops/tools/deny`,
      entries: ['group:fs', 'process'],
    });
    // alsoAllow: the agent's own (empty) array replaces the inherited one.
    expect(byId['ops-alsoAllow']).toMatchObject({
      source: `${CONFIG}/agents/entries/ops/tools/alsoAllow`,
      entries: [],
      explicit: true,
    });
    expect(byId['ops-fs-workspaceOnly']).toMatchObject({
      source: `${CONFIG}/tools/fs/workspaceOnly`,
      value: true,
    });
  });

  it('derives exec security and ask from exec.mode, with the inherited-source quirk', () => {
    const config = {
      tools: { exec: { security: 'allowlist', ask: 'always' } },
      agents: {
        defaults: { sandbox: { mode: 'all' } },
        entries: {
          local: { tools: { exec: { mode: 'Full' } } },
          own: { tools: { exec: { security: 'deny' } } },
          plain: {},
        },
      },
    };
    const exec = evidenceOf(toolPostureFamily, config)
      .filter((e) => ['execSecurity', 'execAsk'].includes((e as { kind: string }).kind))
      .map((e) => {
        const { id, source, value } = e as { id: string; source: string; value: string };
        return `${id} ${value} ${source}`;
      });
    expect(exec).toEqual([
      `own-exec-security deny ${CONFIG}/agents/entries/own/tools/exec/security`,
      // Sorted by source: `…/exec/ask` < `…/exec/mode` < `…/exec/security`.
      `own-exec-ask always ${CONFIG}/tools/exec/ask`,
      `plain-exec-ask always ${CONFIG}/tools/exec/ask`,
      `tools-exec-ask always ${CONFIG}/tools/exec/ask`,
      `local-exec-ask off ${CONFIG}/tools/exec/mode`,
      `local-exec-security full ${CONFIG}/tools/exec/mode`,
      `plain-exec-security allowlist ${CONFIG}/tools/exec/security`,
      `tools-exec-security allowlist ${CONFIG}/tools/exec/security`,
    ]);
  });

  it('defaults exec security to deny where exec runs in the sandbox', () => {
    const config = {
      agents: {
        entries: {
          sbx: { sandbox: { mode: 'all' } },
          host: { tools: { exec: { host: 'sandbox' } } },
          gw: { sandbox: { mode: 'all' }, tools: { exec: { host: 'gateway' } } },
        },
      },
    };
    const security = evidenceOf(toolPostureFamily, config)
      .filter((e) => (e as { kind: string }).kind === 'execSecurity')
      .map((e) => `${(e as { id: string }).id}=${(e as { value: string }).value}`);
    expect(security).toEqual([
      'gw-exec-security=full',
      'host-exec-security=deny',
      'sbx-exec-security=deny',
      'tools-exec-security=full',
    ]);
  });

  it('keeps a global elevated:false and lists allowFrom providers of both layers', () => {
    const config = {
      tools: {
        elevated: { enabled: false, allowFrom: { telegram: [' 1 ', 2, 2.5, '', null], 'my chat': ['x'] } },
      },
      agents: {
        entries: {
          ops: { tools: { elevated: { enabled: true, allowFrom: { telegram: ['9'], discord: [] } } } },
        },
      },
    };
    const ops = evidenceOf(toolPostureFamily, config).filter((e) =>
      (e as { id: string }).id.startsWith('ops-elevated'),
    );
    expect(ops).toEqual([
      {
        id: 'ops-elevated-allow-from-discord',
        kind: 'elevatedAllowFrom',
        source: `${CONFIG}/agents/entries/ops/tools/elevated/allowFrom/discord`,
        scope: 'agent',
        agentId: 'ops',
        entries: [],
        explicit: false,
      },
      {
        id: 'ops-elevated-allow-from-telegram',
        kind: 'elevatedAllowFrom',
        source: `${CONFIG}/agents/entries/ops/tools/elevated/allowFrom/telegram`,
        scope: 'agent',
        agentId: 'ops',
        entries: ['9'],
        explicit: true,
      },
      {
        id: 'ops-elevated-allow-from-"my chat"',
        kind: 'elevatedAllowFrom',
        source: `${CONFIG}/tools/elevated/allowFrom/"my chat"`,
        scope: 'agent',
        agentId: 'ops',
        entries: ['x'],
        explicit: true,
      },
      {
        id: 'ops-elevated-enabled',
        kind: 'elevatedEnabled',
        source: `${CONFIG}/tools/elevated/enabled`,
        scope: 'agent',
        agentId: 'ops',
        value: false,
        explicit: true,
      },
    ]);
    const global = evidenceOf(toolPostureFamily, config).find(
      (e) => (e as { id: string }).id === 'tools-elevated-allow-from-telegram',
    );
    expect(global).toMatchObject({ entries: ['1', '2', '2.5'] });
  });
});

describe('toolPosture findings (SPEC-2026.9 §10.2)', () => {
  const config = {
    tools: {
      profile: 'coding',
      deny: ['group:fs'],
      alsoAllow: ['Browser', 'pdf'],
      exec: { host: 'gateway' },
    },
    agents: {
      entries: {
        main: {},
        ops: { tools: { profile: 'full', deny: ['bash'], elevated: { enabled: false } } },
      },
    },
  };

  it('runs every rule over every entry, in rule order then evidence order', () => {
    const policy = {
      tools: {
        profiles: { allow: ['Coding'] },
        fs: { requireWorkspaceOnly: true },
        exec: { allowHosts: ['sandbox'] },
        elevated: { allow: false },
        alsoAllow: { expected: ['browser', 'canvas'] },
        denyTools: ['exec', 'write'],
      },
    };
    // `Coding` is not a valid profile id (§6.4): the whole top-level tools block is skipped.
    expect(findingsOf(toolPostureFamily, config, policy)).toEqual([]);
    policy.tools.profiles.allow = ['coding'];
    expect(summaries(findingsOf(toolPostureFamily, config, policy))).toEqual([
      `policy/tools-profile-unapproved | agent 'ops' uses unapproved tool profile 'full'. | ${CONFIG}/agents/entries/ops/tools/profile | oc://policy.jsonc/tools/profiles/allow`,
      `policy/tools-fs-workspace-only-required | agent 'main' does not require workspace-only filesystem tools. | ${CONFIG}/agents/entries/main/tools/fs/workspaceOnly | oc://policy.jsonc/tools/fs/requireWorkspaceOnly`,
      `policy/tools-fs-workspace-only-required | agent 'ops' does not require workspace-only filesystem tools. | ${CONFIG}/agents/entries/ops/tools/fs/workspaceOnly | oc://policy.jsonc/tools/fs/requireWorkspaceOnly`,
      `policy/tools-fs-workspace-only-required | global tools config does not require workspace-only filesystem tools. | ${CONFIG}/tools/fs/workspaceOnly | oc://policy.jsonc/tools/fs/requireWorkspaceOnly`,
      `policy/tools-exec-host-unapproved | agent 'main' uses unapproved exec host 'gateway'. | ${CONFIG}/tools/exec/host | oc://policy.jsonc/tools/exec/allowHosts`,
      `policy/tools-exec-host-unapproved | agent 'ops' uses unapproved exec host 'gateway'. | ${CONFIG}/tools/exec/host | oc://policy.jsonc/tools/exec/allowHosts`,
      `policy/tools-exec-host-unapproved | global tools config uses unapproved exec host 'gateway'. | ${CONFIG}/tools/exec/host | oc://policy.jsonc/tools/exec/allowHosts`,
      `policy/tools-elevated-enabled | agent 'main' permits elevated tool mode. | ${CONFIG}/agents/entries/main/tools/elevated/enabled | oc://policy.jsonc/tools/elevated/allow`,
      `policy/tools-elevated-enabled | global tools config permits elevated tool mode. | ${CONFIG}/tools/elevated/enabled | oc://policy.jsonc/tools/elevated/allow`,
      `policy/tools-also-allow-missing | agent 'main' is missing expected tools.alsoAllow entry 'canvas'. | ${CONFIG}/tools/alsoAllow | oc://policy.jsonc/tools/alsoAllow/expected`,
      `policy/tools-also-allow-unexpected | agent 'main' has unexpected tools.alsoAllow entry 'pdf'. | ${CONFIG}/tools/alsoAllow | oc://policy.jsonc/tools/alsoAllow/expected`,
      `policy/tools-also-allow-missing | agent 'ops' is missing expected tools.alsoAllow entry 'canvas'. | ${CONFIG}/tools/alsoAllow | oc://policy.jsonc/tools/alsoAllow/expected`,
      `policy/tools-also-allow-unexpected | agent 'ops' has unexpected tools.alsoAllow entry 'pdf'. | ${CONFIG}/tools/alsoAllow | oc://policy.jsonc/tools/alsoAllow/expected`,
      `policy/tools-also-allow-missing | global tools config is missing expected tools.alsoAllow entry 'canvas'. | ${CONFIG}/tools/alsoAllow | oc://policy.jsonc/tools/alsoAllow/expected`,
      `policy/tools-also-allow-unexpected | global tools config has unexpected tools.alsoAllow entry 'pdf'. | ${CONFIG}/tools/alsoAllow | oc://policy.jsonc/tools/alsoAllow/expected`,
      `policy/tools-required-deny-missing | agent 'main' does not deny required tool 'exec'. | ${CONFIG}/tools/deny | oc://policy.jsonc/tools/denyTools`,
      `policy/tools-required-deny-missing | global tools config does not deny required tool 'exec'. | ${CONFIG}/tools/deny | oc://policy.jsonc/tools/denyTools`,
    ]);
  });

  it('has the common evidence-finding shape', () => {
    const [first] = findingsOf(toolPostureFamily, config, { tools: { elevated: { allow: false } } });
    expect(first).toEqual({
      checkId: 'policy/tools-elevated-enabled',
      severity: 'error',
      message: "agent 'main' permits elevated tool mode.",
      source: 'policy',
      path: 'openclaw config',
      ocPath: `${CONFIG}/agents/entries/main/tools/elevated/enabled`,
      target: `${CONFIG}/agents/entries/main/tools/elevated/enabled`,
      requirement: 'oc://policy.jsonc/tools/elevated/allow',
      fixHint: 'Set tools.elevated.enabled=false or update policy after review.',
    });
  });

  it('expands groups and aliases in denyTools and matches them against the deny lists', () => {
    const findings = findingsOf(toolPostureFamily, config, {
      tools: { denyTools: [' Bash ', 'group:runtime'] },
    });
    // ops has its own deny list (`…/agents/entries/ops/tools/deny` sorts first); main inherits.
    expect(findings.map((f) => f.message)).toEqual([
      "agent 'ops' does not deny required tool 'process'.",
      "agent 'ops' does not deny required tool 'code_execution'.",
      "agent 'ops' does not deny required tool 'secrets'.",
      "agent 'main' does not deny required tool 'exec'.",
      "agent 'main' does not deny required tool 'process'.",
      "agent 'main' does not deny required tool 'code_execution'.",
      "agent 'main' does not deny required tool 'secrets'.",
      "global tools config does not deny required tool 'exec'.",
      "global tools config does not deny required tool 'process'.",
      "global tools config does not deny required tool 'code_execution'.",
      "global tools config does not deny required tool 'secrets'.",
    ]);
  });

  it('judges a scope on its agent, or on the global entries for an unconfigured agent', () => {
    const policy = {
      scopes: {
        'ops team': { agentIds: [' OPS ', 'ghost'], tools: { profiles: { allow: ['minimal'] } } },
      },
    };
    expect(summaries(findingsOf(toolPostureFamily, config, policy))).toEqual([
      `policy/tools-profile-unapproved | agent 'ops' uses unapproved tool profile 'full'. | ${CONFIG}/agents/entries/ops/tools/profile | oc://policy.jsonc/scopes/"ops team"/tools/profiles/allow`,
      `policy/tools-profile-unapproved | global tools config uses unapproved tool profile 'coding'. | ${CONFIG}/tools/profile | oc://policy.jsonc/scopes/"ops team"/tools/profiles/allow`,
    ]);
  });

  it('skips scopes when the scopes section is invalid, keeping the top-level findings', () => {
    const policy = {
      tools: { elevated: { allow: false } },
      scopes: { ops: { agentIds: ['ops'], tools: { profiles: { allow: ['minimal'] } }, bogus: true } },
    };
    expect(findingsOf(toolPostureFamily, config, policy).map((f) => f.checkId)).toEqual([
      'policy/tools-elevated-enabled',
      'policy/tools-elevated-enabled',
    ]);
  });
});
