// The runtime gate on 2026.9.6 workspaces: tools from AGENTS.md, the hashes of `check --json`, and
// one reason code per posture finding that bears on a call, each denying the call it bears on and
// allowing one it does not.
import { describe, expect, it } from 'vitest';
import { decideToolCall } from '../../src/runtime/decide-tool-call.js';
import { loadRuntimeInput } from '../../src/runtime/load-runtime-input.js';
import { prepareRuntimeWorkspace } from '../../src/runtime/prepare-workspace.js';
import type { PostureReasonCode } from '../../src/runtime/reason-codes.js';
import type { RuntimeInput, ToolCallDecision } from '../../src/runtime/tool-call-decision.js';
import { diskReader } from '../../src/workspace/workspace-reader.js';
import {
  AGENTS_MD,
  baseConfig,
  baseExecApprovals,
  basePolicy,
  CURRENT,
  currentScenario,
  reportHashes,
  testHost,
  withValue,
  type CurrentFiles,
} from './current-fixtures.js';

type Json = Record<string, unknown>;
const config = (key: string, value: unknown) => withValue(baseConfig(), key, value);
const policy = (key: string, value: unknown) => withValue(basePolicy(), key, value);
const approvals = (key: string, value: unknown) => withValue(baseExecApprovals(), key, value);

function metadataHashes(decision: ToolCallDecision) {
  return {
    policy: decision.metadata?.policy.hash,
    workspace: decision.metadata?.workspace.hash,
    attestation: decision.metadata?.attestation.hash,
  };
}

describe('2026.9.6 runtime gate: a compliant workspace', () => {
  it('decides from AGENTS.md with the hashes `check --json` prints', async () => {
    const { decide, check } = await currentScenario();
    const report = await check();
    expect(report).toMatchObject({ ok: true, checksRun: 68, findings: [] });
    const allow = decide('search_docs');
    expect(allow).toEqual({
      outcome: 'allow',
      code: 'allowed',
      tool: 'search_docs',
      toolId: 'search-docs',
      agentId: 'main',
      reason: "'search_docs' is declared in AGENTS.md and needs no approval.",
      policyId: 'oc://policy.jsonc',
      ruleId: 'oc://openclaw.config/plugins/entries/policy',
      metadata: {
        source: 'policy',
        policy: { path: 'policy.jsonc', hash: reportHashes(report).policy },
        workspace: { scope: 'policy', hash: reportHashes(report).workspace },
        attestation: { hash: reportHashes(report).attestation },
        target: 'oc://AGENTS.md/tools/search-docs',
      },
      descriptor: {
        id: 'search-docs',
        source: 'oc://AGENTS.md/tools/search-docs',
        line: 5,
        risk: 'low',
        sensitivity: 'internal',
        owner: '@support',
      },
    });
    expect(decide('deploy')).toMatchObject({
      outcome: 'require-approval',
      code: 'approval_required',
      reason: 'deploy requires approval because risk is critical.',
      ruleId: 'oc://openclaw.config/plugins/entries/policy',
    });
    expect(decide('ghost')).toMatchObject({
      outcome: 'require-approval',
      code: 'undeclared_tool',
      reason: "Policy requires tool metadata, but 'ghost' is not declared in AGENTS.md.",
      ruleId: 'oc://policy.jsonc/tools/requireMetadata',
      metadata: { target: 'oc://AGENTS.md/tools/ghost' },
    });
  });

  it('blocks a tool AGENTS.md declares without required metadata, with the check finding beside it', async () => {
    const { decide, check } = await currentScenario({
      agentsMd: `${AGENTS_MD}### unowned risk:low sensitivity:internal\n`,
    });
    expect(decide('unowned')).toMatchObject({
      outcome: 'block',
      code: 'metadata_missing',
      reason: "Policy requires owner metadata for 'unowned', but AGENTS.md does not declare it.",
      ruleId: 'oc://policy.jsonc/tools/requireMetadata',
    });
    expect((await check()).findings).toMatchObject([{ checkId: 'policy/tools-missing-owner' }]);
  });

  it('is off (no decision) as configured while the policy plugin is not enabled; 2026.9.6 has no runtimeToolPolicy', async () => {
    const off = await currentScenario({ config: config('plugins', undefined) });
    expect(off.decide('search_docs', { enforcement: 'as-configured' })).toMatchObject({
      outcome: 'none',
      code: 'runtime_gate_off',
      reason: 'Policy tool runtime is off: the OpenClaw config has no plugins.entries.policy entry.',
      ruleId: 'oc://openclaw.config/plugins/entries/policy',
    });
    expect(off.decide('process').code).toBe('tool_denied_by_config');
    const on = await currentScenario();
    expect(on.decide('search_docs', { enforcement: 'as-configured' }).outcome).toBe('allow');
    // The 2026.9.6 config schema refuses the 2026.5.20 switch: the config is unusable.
    const switched = await currentScenario({
      config: config('plugins.entries.policy.config', { runtimeToolPolicy: true }),
    });
    expect(switched.decide('search_docs')).toMatchObject({ outcome: 'block', code: 'config_invalid' });
  });

  it('blocks every call for a policy the 2026.9.6 check finds malformed, or a hash lock that does not match', async () => {
    const malformed = await currentScenario({ policy: policy('tools.bogus', true) });
    const finding = ((await malformed.check()).findings as Json[])[0]!;
    expect(finding.checkId).toBe('policy/policy-jsonc-invalid');
    expect(malformed.decide('search_docs')).toMatchObject({
      outcome: 'block',
      code: 'policy_malformed',
      reason: `Policy tool runtime is enabled, but ${finding.message as string}`,
      ruleId: finding.target,
    });
    const locked = await currentScenario({
      config: config('plugins.entries.policy.config', {
        expectedAttestationHash: `sha256:${'0'.repeat(64)}`,
      }),
    });
    expect(locked.decide('search_docs')).toMatchObject({
      outcome: 'block',
      code: 'attestation_hash_mismatch',
      ruleId: 'oc://openclaw.config/plugins/entries/policy/config/expectedAttestationHash',
    });
  });
});

describe('2026.9.6: a TOOLS.md awaiting migration', () => {
  const TOOLS_MD = '## Tools\n\n### search_docs risk:low\n### deploy risk:low\n';

  it('blocks every call while the check reports tools-md-migration-required', async () => {
    const { decide, check } = await currentScenario({ extra: { 'TOOLS.md': 'Local notes only.\n' } });
    const finding = ((await check()).findings as Json[])[0]!;
    expect(finding.checkId).toBe('policy/tools-md-migration-required');
    expect(decide('search_docs')).toMatchObject({
      outcome: 'block',
      code: 'tools_md_migration_required',
      reason: `${finding.message as string} Every tool call is blocked until then.`,
      ruleId: 'oc://policy.jsonc/tools/requireMetadata',
    });
  });

  it('blocks every call while it declares tools, even with no metadata required (they would be dropped silently)', async () => {
    const { decide, check } = await currentScenario({
      policy: policy('tools.requireMetadata', undefined),
      extra: { 'TOOLS.md': TOOLS_MD },
    });
    expect(await check()).toMatchObject({ ok: true });
    expect(decide('search_docs')).toMatchObject({
      outcome: 'block',
      code: 'tools_md_migration_required',
      ruleId: 'oc://TOOLS.md/tools',
      reason: expect.stringMatching(
        /^TOOLS\.md still declares governed tools \('search-docs', 'deploy'\), which OpenClaw 2026\.9\.6 no longer reads;/,
      ),
    });
  });

  it('allows calls when it holds notes only and no metadata is required', async () => {
    const { decide } = await currentScenario({
      policy: policy('tools.requireMetadata', undefined),
      extra: { 'TOOLS.md': '# Notes\n\nThe staging host is slow on Mondays.\n' },
    });
    expect(decide('search_docs')).toMatchObject({ outcome: 'allow', code: 'allowed' });
  });
});

interface PostureCase {
  code: PostureReasonCode | 'tool_denied_by_config';
  /** The check id whose finding decides (none for the config's own deny list). */
  checkId?: string;
  files: CurrentFiles;
  /** A call the rule bears on. */
  denied: string;
  /** A call in the same workspace it does not bear on; omitted: the rule bears on every tool. */
  allowed?: string;
  approval?: true;
  ruleId: string;
}

const CASES: PostureCase[] = [
  {
    code: 'tool_denied_by_config',
    files: {},
    denied: 'process',
    allowed: 'read',
    ruleId: 'oc://openclaw.config/tools/deny',
  },
  {
    code: 'tools_profile_unapproved',
    checkId: 'policy/tools-profile-unapproved',
    files: { config: config('tools.profile', 'full') },
    denied: 'search_docs',
    ruleId: 'oc://policy.jsonc/tools/profiles/allow',
  },
  {
    code: 'tools_fs_workspace_only_required',
    checkId: 'policy/tools-fs-workspace-only-required',
    files: { config: config('tools.fs.workspaceOnly', false) },
    denied: 'read',
    allowed: 'exec',
    ruleId: 'oc://policy.jsonc/tools/fs/requireWorkspaceOnly',
  },
  {
    code: 'tools_exec_security_unapproved',
    checkId: 'policy/tools-exec-security-unapproved',
    files: { config: config('tools.exec.security', 'full') },
    denied: 'exec',
    allowed: 'read',
    ruleId: 'oc://policy.jsonc/tools/exec/allowSecurity',
  },
  {
    code: 'tools_exec_ask_unapproved',
    checkId: 'policy/tools-exec-ask-unapproved',
    files: { config: config('tools.exec.ask', 'off') },
    denied: 'exec',
    allowed: 'read',
    approval: true,
    ruleId: 'oc://policy.jsonc/tools/exec/requireAsk',
  },
  {
    code: 'tools_exec_host_unapproved',
    checkId: 'policy/tools-exec-host-unapproved',
    files: { config: config('tools.exec.host', 'gateway') },
    denied: 'exec',
    allowed: 'read',
    ruleId: 'oc://policy.jsonc/tools/exec/allowHosts',
  },
  {
    code: 'tools_elevated_enabled',
    checkId: 'policy/tools-elevated-enabled',
    files: { config: config('tools.elevated.enabled', true) },
    denied: 'exec',
    allowed: 'read',
    ruleId: 'oc://policy.jsonc/tools/elevated/allow',
  },
  {
    code: 'tools_also_allow_unexpected',
    checkId: 'policy/tools-also-allow-unexpected',
    files: { config: config('tools.alsoAllow', ['browser']) },
    denied: 'browser',
    allowed: 'read',
    ruleId: 'oc://policy.jsonc/tools/alsoAllow/expected',
  },
  {
    code: 'tools_required_deny_missing',
    checkId: 'policy/tools-required-deny-missing',
    files: { config: config('tools.deny', ['process']) },
    denied: 'web_fetch',
    allowed: 'read',
    ruleId: 'oc://policy.jsonc/tools/denyTools',
  },
  {
    code: 'agents_tool_not_denied',
    checkId: 'policy/agents-tool-not-denied',
    files: { config: config('tools.deny', ['web_fetch']) },
    denied: 'process',
    allowed: 'read',
    ruleId: 'oc://policy.jsonc/agents/workspace/denyTools',
  },
  {
    code: 'agents_workspace_access_denied',
    checkId: 'policy/agents-workspace-access-denied',
    files: { config: config('agents.defaults.sandbox.workspaceAccess', 'rw') },
    denied: 'exec',
    allowed: 'read',
    ruleId: 'oc://policy.jsonc/agents/workspace/allowedAccess',
  },
  {
    code: 'sandbox_mode_unapproved',
    checkId: 'policy/sandbox-mode-unapproved',
    files: { config: config('agents.defaults.sandbox.mode', 'non-main') },
    denied: 'search_docs',
    ruleId: 'oc://policy.jsonc/sandbox/requireMode',
  },
  {
    code: 'sandbox_backend_unapproved',
    checkId: 'policy/sandbox-backend-unapproved',
    files: { config: config('agents.defaults.sandbox.backend', 'podman') },
    denied: 'search_docs',
    ruleId: 'oc://policy.jsonc/sandbox/allowBackends',
  },
  {
    code: 'sandbox_container_posture_unobservable',
    checkId: 'policy/sandbox-container-posture-unobservable',
    files: {
      config: withValue(config('agents.defaults.sandbox.backend', 'ssh'), 'agents.defaults.sandbox.ssh', {
        target: 'agent@sandbox.internal',
      }),
      policy: policy('sandbox.allowBackends', ['docker', 'ssh']),
    },
    denied: 'exec',
    allowed: 'search_docs',
    ruleId: 'oc://policy.jsonc/sandbox/containers/denyContainerNamespaceJoin',
  },
  {
    code: 'sandbox_container_namespace_join_denied',
    checkId: 'policy/sandbox-container-namespace-join-denied',
    files: {
      config: withValue(
        config('agents.defaults.sandbox.docker.network', 'container:other'),
        'agents.defaults.sandbox.docker.dangerouslyAllowContainerNamespaceJoin',
        true,
      ),
    },
    denied: 'exec',
    allowed: 'search_docs',
    ruleId: 'oc://policy.jsonc/sandbox/containers/denyContainerNamespaceJoin',
  },
  {
    code: 'sandbox_container_mount_mode_required',
    checkId: 'policy/sandbox-container-mount-mode-required',
    files: { config: config('agents.defaults.sandbox.docker.binds', ['/data:/data:rw']) },
    denied: 'read',
    allowed: 'search_docs',
    ruleId: 'oc://policy.jsonc/sandbox/containers/requireReadOnlyMounts',
  },
  {
    code: 'sandbox_container_runtime_socket_mount',
    checkId: 'policy/sandbox-container-runtime-socket-mount',
    files: {
      config: config('agents.defaults.sandbox.docker.binds', [
        '/var/run/docker.sock:/var/run/docker.sock:ro',
      ]),
    },
    denied: 'exec',
    allowed: 'search_docs',
    ruleId: 'oc://policy.jsonc/sandbox/containers/denyContainerRuntimeSocketMounts',
  },
  {
    code: 'sandbox_browser_cdp_source_range_missing',
    checkId: 'policy/sandbox-browser-cdp-source-range-missing',
    files: { config: config('agents.defaults.sandbox.browser', { enabled: true }) },
    denied: 'browser',
    allowed: 'exec',
    ruleId: 'oc://policy.jsonc/sandbox/browser/requireCdpSourceRange',
  },
  {
    code: 'exec_approvals_missing',
    checkId: 'policy/exec-approvals-missing',
    files: { execApprovals: undefined },
    denied: 'exec',
    allowed: 'read',
    ruleId: 'oc://policy.jsonc/execApprovals/requireFile',
  },
  {
    code: 'exec_approvals_invalid',
    checkId: 'policy/exec-approvals-invalid',
    files: { execApprovals: '{ "version": 1,' },
    denied: 'exec',
    allowed: 'read',
    ruleId: 'oc://policy.jsonc/execApprovals',
  },
  {
    code: 'exec_approvals_default_security_unapproved',
    checkId: 'policy/exec-approvals-default-security-unapproved',
    files: { execApprovals: approvals('defaults.security', 'full') },
    denied: 'exec',
    allowed: 'read',
    ruleId: 'oc://policy.jsonc/execApprovals/defaults/allowSecurity',
  },
  {
    code: 'exec_approvals_agent_security_unapproved',
    checkId: 'policy/exec-approvals-agent-security-unapproved',
    files: { execApprovals: approvals('agents.main.security', 'full') },
    denied: 'exec',
    allowed: 'read',
    ruleId: 'oc://policy.jsonc/execApprovals/agents/allowSecurity',
  },
  {
    code: 'exec_approvals_auto_allow_skills_enabled',
    checkId: 'policy/exec-approvals-auto-allow-skills-enabled',
    files: { execApprovals: approvals('agents.main.autoAllowSkills', true) },
    denied: 'exec',
    allowed: 'read',
    ruleId: 'oc://policy.jsonc/execApprovals/agents/allowAutoAllowSkills',
  },
  {
    code: 'exec_approvals_allowlist_unexpected',
    checkId: 'policy/exec-approvals-allowlist-unexpected',
    files: { execApprovals: approvals('agents.main.allowlist', [{ pattern: 'git' }, { pattern: 'rm' }]) },
    denied: 'exec',
    allowed: 'read',
    ruleId: 'oc://policy.jsonc/execApprovals/agents/allowlist/expected',
  },
];

describe('2026.9.6: posture findings decide the calls they bear on', () => {
  it.each(CASES.map((entry) => [entry.code, entry] as const))(
    '%s: decides the call it bears on, as `check --json` reports it',
    async (_code, entry) => {
      const { decide, check } = await currentScenario(entry.files);
      const report = await check();
      const decision = decide(entry.denied);
      expect(decision).toMatchObject({
        outcome: entry.approval ? 'require-approval' : 'block',
        code: entry.code,
        agentId: 'main',
        ruleId: entry.ruleId,
      });
      // The same hashes as the check, and (for findings) the check's own finding under the same rule.
      expect(metadataHashes(decision)).toEqual(reportHashes(report));
      if (entry.checkId !== undefined) {
        const findings = report.findings as Json[];
        // The agent's own finding where the check reports one per owner (exec approvals: one).
        const candidates = findings.filter((f) => f.checkId === entry.checkId);
        const finding =
          candidates.find((f) => (f.message as string).startsWith("agent 'main' ")) ?? candidates[0]!;
        expect(finding, JSON.stringify(findings)).toBeDefined();
        expect(finding.requirement).toBe(entry.ruleId);
        expect(decision.reason).toBe(
          entry.approval
            ? `${entry.denied} requires approval because ${finding.message as string} ${finding.fixHint as string}`
            : `Policy tool runtime blocks '${entry.denied}': ${finding.message as string} ${finding.fixHint as string}`,
        );
      }
      if (entry.approval) {
        expect(decision.approval).toEqual({
          title: 'Review policy-governed tool',
          description: decision.reason,
          severity: 'warning',
          allowedDecisions: ['allow-once', 'deny'],
        });
      }
    },
  );

  it.each(CASES.map((entry) => [entry.code, entry] as const))(
    '%s: allows a call it does not bear on (or, bearing on every tool, the compliant workspace)',
    async (_code, entry) => {
      const scenario = await currentScenario(entry.allowed === undefined ? {} : entry.files);
      const tool = entry.allowed ?? entry.denied;
      expect(scenario.decide(tool)).toMatchObject({ outcome: 'allow', code: 'allowed', tool });
    },
  );

  it('reads tool names as OpenClaw matches them: aliases, groups and globs', async () => {
    const security = await currentScenario({ config: config('tools.exec.security', 'full') });
    expect(security.decide('bash').code).toBe('tools_exec_security_unapproved');
    expect(security.decide(' EXEC ').code).toBe('tools_exec_security_unapproved');
    const groups = await currentScenario({
      config: config('tools.deny', ['process', 'web_fetch', 'group:web', 'mem*']),
    });
    expect(groups.decide('web_search')).toMatchObject({ code: 'tool_denied_by_config' });
    expect(groups.decide('memory_get')).toMatchObject({ code: 'tool_denied_by_config' });
    expect(groups.decide('read').code).toBe('allowed');
  });

  it('prefers a block over an approval, and the earliest finding among blocks', async () => {
    const both = await currentScenario({
      config: withValue(config('tools.exec.ask', 'off'), 'tools.exec.security', 'full'),
    });
    expect(both.decide('exec')).toMatchObject({ outcome: 'block', code: 'tools_exec_security_unapproved' });
    // A critical tool that also needs an exec ask: the posture approval, which names the rule.
    const ask = await currentScenario({
      config: config('tools.exec.ask', 'off'),
      agentsMd: AGENTS_MD.replace('### exec risk:high', '### exec risk:critical'),
    });
    expect(ask.decide('exec')).toMatchObject({
      outcome: 'require-approval',
      code: 'tools_exec_ask_unapproved',
    });
  });

  it('does not block for findings that only make the agent stricter than the policy expects', async () => {
    const { decide, check } = await currentScenario({
      policy: policy('tools.alsoAllow.expected', ['browser']),
      execApprovals: approvals('agents.main.allowlist', []),
    });
    expect(((await check()).findings as Json[]).map((f) => f.checkId)).toEqual([
      'policy/tools-also-allow-missing',
      'policy/tools-also-allow-missing',
      'policy/exec-approvals-allowlist-missing',
    ]);
    expect(decide('browser').code).toBe('allowed');
    expect(decide('exec').code).toBe('allowed');
  });

  it.each([
    ['sandbox_container_host_network_denied', 'denyHostNetwork', { network: 'host' }],
    [
      'sandbox_container_unconfined_profile',
      'denyUnconfinedProfiles',
      { network: 'none', seccompProfile: 'unconfined' },
    ],
  ] as const)(
    '%s (only a config the 2026.9.6 schema refuses can raise it): blocks sandboxed tools, inherited from the defaults',
    async (code, rule, docker) => {
      const loaded = await currentScenario({ policy: policy(`sandbox.containers.${rule}`, true) });
      // The loader refuses such a config: decide from the loaded input with the raw config in it.
      const raw = config('agents.defaults.sandbox.docker', docker);
      const input = await inputOf(loaded.dir, loaded.home);
      const prepared = prepareRuntimeWorkspace({ ...input, input: { ...input.input, config: raw } });
      expect(decideToolCall(prepared, 'exec', { enforcement: 'always' })).toMatchObject({
        outcome: 'block',
        code,
        ruleId: `oc://policy.jsonc/sandbox/containers/${rule}`,
        reason: expect.stringContaining('default sandbox config'),
      });
      expect(decideToolCall(prepared, 'search_docs', { enforcement: 'always' }).code).toBe('allowed');
    },
  );
});

describe('2026.9.6: whose settings bear on the call', () => {
  const roster = (ops: Json) =>
    withValue(baseConfig(), 'agents.list', [
      { id: 'main', default: true, workspace: '.' },
      { id: 'ops', workspace: 'ops', ...ops },
    ]);
  // Each agent's workspace holds its own policy and AGENTS.md (here: the same).
  const files = (ops: Json, extra: Partial<CurrentFiles> = {}): CurrentFiles => ({
    config: roster(ops),
    execApprovals: withValue(baseExecApprovals(), 'agents.ops', { security: 'allowlist' }),
    ...extra,
    extra: { 'ops/AGENTS.md': AGENTS_MD, 'ops/policy.jsonc': JSON.stringify(extra.policy ?? basePolicy()) },
  });

  it('a finding about another agent does not bear on this agent’s calls', async () => {
    const ops = { tools: { exec: { security: 'full' } } };
    const main = await currentScenario(files(ops), { agent: 'main' });
    expect(main.decide('exec')).toMatchObject({ outcome: 'allow', agentId: 'main' });
    const other = await currentScenario(files(ops), { agent: 'ops' });
    expect(other.decide('exec')).toMatchObject({
      outcome: 'block',
      code: 'tools_exec_security_unapproved',
      agentId: 'ops',
      reason: expect.stringContaining("agent 'ops' uses unapproved exec security 'full'."),
    });
    expect(metadataHashes(other.decide('exec'))).toEqual(reportHashes(await other.check()));
  });

  it('a scope’s rule bears only on the agents it names', async () => {
    const scoped = withValue(policy('tools.exec', { allowHosts: ['sandbox'] }), 'scopes', {
      strict: { agentIds: ['ops'], tools: { exec: { allowSecurity: ['deny'] } } },
    });
    const main = await currentScenario(files({}, { policy: scoped }), { agent: 'main' });
    expect(main.decide('exec').outcome).toBe('allow');
    const ops = await currentScenario(files({}, { policy: scoped }), { agent: 'ops' });
    const decision = ops.decide('exec');
    expect(decision).toMatchObject({ outcome: 'block', code: 'tools_exec_security_unapproved' });
    const finding = ((await ops.check()).findings as Json[]).find(
      (f) => f.checkId === 'policy/tools-exec-security-unapproved',
    )!;
    expect(decision.ruleId).toBe(finding.requirement);
    expect(decision.ruleId).toMatch(/\/scopes\/.*strict.*\/tools\/exec\/allowSecurity$/);
  });

  it('the agent’s own deny list, besides the global one', async () => {
    const ops = await currentScenario(files({ tools: { deny: ['browser'] } }), { agent: 'ops' });
    expect(ops.decide('browser')).toMatchObject({
      code: 'tool_denied_by_config',
      ruleId: 'oc://openclaw.config/agents/entries/ops/tools/deny',
    });
    expect(ops.decide('process').code).toBe('tool_denied_by_config');
    const main = await currentScenario(files({ tools: { deny: ['browser'] } }), { agent: 'main' });
    expect(main.decide('browser').code).toBe('allowed');
  });

  it('exec approvals of another agent do not bear; the defaults bear on every agent', async () => {
    const other = await currentScenario(
      {
        ...files({}),
        execApprovals: withValue(baseExecApprovals(), 'agents.ops', { security: 'full' }),
      },
      { agent: 'main' },
    );
    expect(other.decide('exec').code).toBe('allowed');
    const defaults = await currentScenario(
      {
        ...files({}),
        execApprovals: withValue(
          withValue(baseExecApprovals(), 'agents.ops', { security: 'allowlist' }),
          'defaults.autoAllowSkills',
          true,
        ),
      },
      { agent: 'main' },
    );
    expect(defaults.decide('exec').code).toBe('exec_approvals_auto_allow_skills_enabled');
  });
});

/** The runtime input of a scenario's workspace, as loaded again. */
async function inputOf(dir: string, home: string): Promise<Extract<RuntimeInput, { kind: 'input' }>> {
  const input = await loadRuntimeInput(diskReader(dir), {
    profile: CURRENT,
    host: testHost(dir, { home, execApprovals: true }),
  });
  if (input.kind !== 'input') throw new Error(`unexpected ${input.kind}`);
  return input;
}
