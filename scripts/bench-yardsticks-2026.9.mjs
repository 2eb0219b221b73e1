#!/usr/bin/env node
// The two yardsticks of the 2026.9.6 benchmark rows (scripts/bench.mjs), each run as a whole
// process like the engine's row, on a workspace written by bench-workspace-2026.9.mjs:
//
//   floor — start node, read the same four files, JSON.parse the JSON ones, SHA-256 every file's
//           bytes. Nothing any checker could skip.
//   bare  — the least any engine must add to that: one regular expression over AGENTS.md, one
//           plain object per evidence entry the engine reports (ingress per channel account, MCP
//           servers, model refs, per agent its workspace, tool-posture, sandbox and memory
//           entries, secrets, auth profiles, gateway node commands, exec approvals, route
//           bindings and probes), evidence and report written with JSON.stringify and hashed, the
//           report written to stdout. No validation, no config loader, no exact reading, no
//           sorting, no rules: a yardstick for what exactness costs, not a way to check anything.
//
//   node scripts/bench-yardsticks-2026.9.mjs floor|bare <workspace dir>
// Prints (stderr for bare, whose stdout is the report) one JSON line: {"ms": in-process work}.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const started = performance.now();
const [mode, dir] = process.argv.slice(2);
const FILES = ['openclaw.json', 'policy.jsonc', 'AGENTS.md', 'exec-approvals.json'];
const sha256 = (data) => createHash('sha256').update(data).digest('hex');

if (mode === 'floor') {
  for (const name of FILES) {
    const bytes = readFileSync(path.join(dir, name));
    const text = bytes.toString('utf8');
    if (name.endsWith('.json') || name.endsWith('.jsonc')) JSON.parse(text);
    sha256(bytes);
  }
  process.stdout.write(`${JSON.stringify({ ms: performance.now() - started })}\n`);
} else if (mode === 'bare') {
  const read = (name) => readFileSync(path.join(dir, name), 'utf8');
  const config = JSON.parse(read('openclaw.json'));
  const policy = JSON.parse(read('policy.jsonc'));
  const approvals = JSON.parse(read('exec-approvals.json'));
  const markdown = read('AGENTS.md');
  const base = 'oc://openclaw.config';
  const entries = (value) => Object.entries(value ?? {});

  const tools = [];
  const tool = /^(?:### |- )(\w+)(?::)?(.*)$/gm;
  for (let m = tool.exec(markdown); m !== null; m = tool.exec(markdown)) {
    tools.push({
      id: m[1],
      source: `oc://AGENTS.md/tools/${m[1]}`,
      line: 0,
      risk: 'low',
      sensitivity: 'internal',
      owner: '@team',
    });
  }
  const ingress = [];
  for (const [channel, settings] of entries(config.channels)) {
    for (const [account, value] of entries(settings.accounts)) {
      const at = `${base}/channels/${channel}/accounts/${account}`;
      ingress.push(
        {
          id: `${channel}-${account}-dm-policy`,
          kind: 'channelDmPolicy',
          source: `${at}/dmPolicy`,
          channel,
          accountId: account,
          value: value.dmPolicy,
          explicit: true,
        },
        {
          id: `${channel}-${account}-group-policy`,
          kind: 'channelGroupPolicy',
          source: `${at}/groupPolicy`,
          channel,
          accountId: account,
          value: value.groupPolicy,
          explicit: true,
        },
        {
          id: `${channel}-${account}-require-mention`,
          kind: 'channelRequireMention',
          source: `${at}/requireMention`,
          channel,
          accountId: account,
          value: true,
          explicit: false,
        },
      );
      for (const [group, settings] of entries(value.groups)) {
        ingress.push({
          id: `${channel}-${account}-groups-${group}-require-mention`,
          kind: 'channelRequireMention',
          source: `${at}/groups/${group}/requireMention`,
          channel,
          accountId: account,
          groupId: group,
          value: settings.requireMention,
          explicit: true,
        });
      }
    }
  }
  const mcpServers = entries(config.mcp?.servers).map(([id, server]) => ({
    id,
    transport: server.command ? 'stdio' : 'streamable-http',
    source: `${base}/mcp/servers/${id}`,
    ...(server.command
      ? { command: server.command }
      : { url: String(server.url).split('/').slice(0, 3).join('/') }),
  }));
  const modelRefs = [];
  const agentWorkspace = [];
  const toolPosture = [];
  const sandboxPosture = [];
  const dataHandling = [];
  for (const [agentId, agent] of entries(config.agents?.entries)) {
    const at = `${base}/agents/entries/${agentId}`;
    const [provider, model] = String(agent.model).split('/');
    modelRefs.push({ ref: agent.model, provider, model, source: `${at}/model` });
    const sandbox = agent.sandbox ?? {};
    agentWorkspace.push({
      id: `${agentId}-workspace-access`,
      kind: 'workspaceAccess',
      source: `${at}/sandbox/workspaceAccess`,
      scope: 'agent',
      agentId,
      value: sandbox.workspaceAccess,
      sandboxMode: sandbox.mode,
      explicit: true,
    });
    for (const name of ['exec', 'process', 'write', 'edit', 'apply_patch']) {
      agentWorkspace.push({
        id: `${agentId}-tool-${name}`,
        kind: 'toolDeny',
        source: `${at}/tools/deny`,
        scope: 'agent',
        agentId,
        tool: name,
        denied: true,
        explicit: true,
      });
    }
    const t = agent.tools ?? {};
    for (const [kind, value] of [
      ['profile', t.profile],
      ['allow', []],
      ['alsoAllow', t.alsoAllow],
      ['deny', t.deny],
      ['fs-workspaceOnly', t.fs?.workspaceOnly],
      ['exec-host', t.exec?.host],
      ['exec-security', t.exec?.security],
      ['exec-ask', t.exec?.ask],
      ['elevated-enabled', t.elevated?.enabled],
    ]) {
      toolPosture.push({
        id: `${agentId}-${kind}`,
        kind,
        source: `${at}/tools/${kind}`,
        scope: 'agent',
        agentId,
        value,
        explicit: true,
      });
    }
    for (const [kind, value] of [
      ['mode', sandbox.mode],
      ['backend', 'docker'],
      ['containerNetwork', sandbox.docker?.network],
      ['containerSecurityProfile', undefined],
      ['containerSecurityProfile', undefined],
      ['browserCdpSourceRange', sandbox.browser?.cdpSourceRange],
      ['containerNetwork', 'openclaw-sandbox-browser'],
    ]) {
      sandboxPosture.push({
        id: `${agentId}-${kind}`,
        kind,
        source: `${at}/sandbox/${kind}`,
        scope: 'agent',
        agentId,
        value,
        explicit: true,
      });
    }
    for (const bind of sandbox.docker?.binds ?? []) {
      sandboxPosture.push({
        id: `${agentId}-docker-bind`,
        kind: 'containerMount',
        source: `${at}/sandbox/docker/binds`,
        scope: 'agent',
        agentId,
        bind,
        bindHost: bind.split(':')[0],
        bindMode: 'ro',
        bindSurface: 'docker',
        explicit: true,
      });
    }
    dataHandling.push({
      id: `${agentId}-memory-session-transcripts`,
      kind: 'memorySessionTranscriptIndexing',
      source: `${at}/memorySearch`,
      scope: 'agent',
      agentId,
      value: false,
      explicit: false,
    });
  }
  const secrets = entries(config.secrets?.providers).map(([id, provider]) => ({
    id,
    kind: 'provider',
    source: `${base}/secrets/providers/${id}`,
    providerSource: provider.source,
  }));
  for (const [channel, settings] of entries(config.channels)) {
    for (const [account, value] of entries(settings.accounts)) {
      const ref = value.botToken;
      if (typeof ref === 'object')
        secrets.push({
          id: ref.source,
          kind: 'input',
          source: `${base}/channels/${channel}/accounts/${account}/botToken`,
          provenance: 'secretRef',
          refSource: ref.source,
          refProvider: ref.provider,
        });
    }
  }
  const authProfiles = entries(config.auth?.profiles).map(([id, p]) => ({
    id,
    source: `${base}/auth/profiles/${id}`,
    validMetadata: true,
    provider: p.provider,
    mode: p.mode,
  }));
  const commands = config.gateway?.nodes?.commands ?? {};
  const gatewayExposure = [
    ...(commands.deny ?? []).map((cmd, i) => ({
      id: `gateway-node-deny-command-${cmd}`,
      kind: 'nodeDenyCommand',
      source: `${base}/gateway/nodes/commands/deny/#${i}`,
      value: cmd,
    })),
    ...(commands.allow ?? []).map((cmd, i) => ({
      id: `gateway-node-command-${cmd}`,
      kind: 'nodeCommand',
      source: `${base}/gateway/nodes/commands/allow/#${i}`,
      value: cmd,
    })),
  ];
  const execApprovals = [
    { id: 'defaults', kind: 'defaults', source: 'oc://exec-approvals.json/defaults', ...approvals.defaults },
  ];
  for (const [agentId, agent] of entries(approvals.agents)) {
    const at = `oc://exec-approvals.json/agents/${agentId}`;
    execApprovals.push({
      id: `agent:${agentId}`,
      kind: 'agent',
      source: at,
      agentId,
      security: agent.security,
      ask: agent.ask,
      autoAllowSkills: agent.autoAllowSkills,
    });
    (agent.allowlist ?? []).forEach((entry, n) => {
      const pattern = typeof entry === 'string' ? entry : entry.pattern;
      execApprovals.push({
        id: `agent:${agentId}:allowlist:${n}`,
        kind: 'allowlist',
        source: `${at}/allowlist/#${n}`,
        agentId,
        pattern,
      });
    });
  }
  const routing = {
    bindings: (config.bindings ?? []).map((binding, index) => ({
      index,
      source: `${base}/bindings/#${index}`,
      channel: binding.match.channel,
    })),
    probes: (policy.routing?.probes ?? []).map((probe, i) => ({
      id: probe.id,
      source: `oc://policy/routing/probes/#${i}`,
      agentId: probe.expect.agentId,
      matchedBy: 'binding.account',
    })),
  };
  const evidence = {
    channels: entries(config.channels).map(([id]) => ({
      id,
      provider: id,
      source: `${base}/channels/${id}`,
      enabled: true,
    })),
    mcpServers,
    modelProviders: entries(config.models?.providers).map(([id]) => ({
      id,
      source: `${base}/models/providers/${id}`,
    })),
    modelRefs,
    network: [],
    ingress,
    gatewayExposure,
    agentWorkspace,
    dataHandling,
    toolPosture,
    sandboxPosture,
    secrets,
    authProfiles,
    execApprovals,
    routing,
    tools,
  };
  const policyHash = `sha256:${sha256(JSON.stringify(policy))}`;
  const workspaceHash = `sha256:${sha256(JSON.stringify(evidence))}`;
  const findingsHash = `sha256:${sha256('[]')}`;
  const attestation = {
    checkedAt: new Date().toISOString(),
    policy: { path: 'policy.jsonc', hash: policyHash },
    workspace: { scope: 'policy', hash: workspaceHash },
    findingsHash,
    attestationHash: `sha256:${sha256(JSON.stringify({ findingsHash, ok: true, policyHash, workspaceHash }))}`,
  };
  process.stdout.write(
    `${JSON.stringify({ ok: true, attestation, evidence, checksRun: 68, checksSkipped: 0, findings: [] })}\n`,
  );
  process.stderr.write(`${JSON.stringify({ ms: performance.now() - started })}\n`);
} else {
  process.stderr.write('usage: node scripts/bench-yardsticks-2026.9.mjs floor|bare <workspace dir>\n');
  process.exitCode = 2;
}
