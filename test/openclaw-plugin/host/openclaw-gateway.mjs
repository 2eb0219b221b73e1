#!/usr/bin/env node
// A stand-in Gateway process built from OpenClaw 2026.9.6's own modules, for the plugin's host
// tests (in-openclaw.spec.ts). Run with node >= 24.16, HOME set to an OpenClaw home where the
// plugin was installed with `openclaw plugins install`, and OPENCLAW_PACKAGE_DIR pointing at the
// installed openclaw package. Nothing of the plugin is imported here: it is found, validated and
// loaded the way the Gateway does it, and every tool call goes through the host's own wrapper.
//
// OpenClaw's code used, all from the installed release:
//   plugin-sdk/config-runtime.js        loadConfig: the config reader (manifest schemas applied)
//   plugins/loader.js                   loadAndActivateRootPluginRegistry: discovery, manifest,
//                                       register(api), activation of the global hook runner
//   plugin-sdk/agent-harness-runtime.js wrapToolWithBeforeToolCallHook: what an agent tool runs
//                                       through (trusted tool policies, then before_tool_call
//                                       hooks, then approvals); runBeforeToolCallHook for the
//                                       approval request the host would route (approvalMode defer)
//   plugins/hook-runner-global.js       runGlobalGatewayStopSafely: gateway_stop
//   the embedded approval broker and embedded mode (internal chunks, found by their export names):
//                                       OpenClaw's in-process approval surface (the TUI's), so
//                                       approvals are answered through the host's approval flow
//
// Protocol: one JSON request per line on stdin, one JSON answer per line on fd 3 (OpenClaw logs to
// stdout and stderr). Requests: { id, op, ...args }; answers: { id, ok: true, result } or
// { id, ok: false, error }.
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

const openclaw = process.env.OPENCLAW_PACKAGE_DIR;
if (!openclaw) throw new Error('OPENCLAW_PACKAGE_DIR is not set');
const dist = path.join(openclaw, 'dist');
const load = (file) => import(pathToFileURL(path.join(dist, file)).href);

const { clearConfigCache, loadConfig } = await load('plugin-sdk/config-runtime.js');
const loader = await load('plugins/loader.js');
const harness = await load('plugin-sdk/agent-harness-runtime.js');
const hookRunner = await load('plugins/hook-runner-global.js');

/** An export of an internal chunk (hashed file name, minified export names) by its source name. */
async function internalExport(prefix, name) {
  const pattern = new RegExp(`^${prefix}-[\\w-]+\\.mjs$`);
  for (const file of readdirSync(dist).filter((entry) => pattern.test(entry))) {
    const alias = new RegExp(`\\b${name} as ([\\w$]+)`).exec(readFileSync(path.join(dist, file), 'utf8'));
    if (alias !== null) return (await load(file))[alias[1]];
  }
  throw new Error(`no ${prefix}-*.mjs in ${dist} exports ${name}`);
}

const setEmbeddedMode = await internalExport('embedded-mode', 'setEmbeddedMode');
const ApprovalBroker = await internalExport('agent-tools.before-tool-call', 'EmbeddedPluginApprovalBroker');
const setApprovalBroker = await internalExport(
  'agent-tools.before-tool-call',
  'setEmbeddedPluginApprovalBroker',
);
const clearApprovalBroker = await internalExport(
  'agent-tools.before-tool-call',
  'clearEmbeddedPluginApprovalBroker',
);

const ctx = { agentId: 'main', sessionKey: 'agent:main:main', sessionId: 'session-1', runId: 'run-1' };
let calls = 0;

const ops = {
  /** Reads the config file again, as a Gateway reload does; reports what the reader refuses. */
  readConfig() {
    clearConfigCache();
    try {
      loadConfig();
      return {};
    } catch (error) {
      return { configError: String(error.details ?? error.message) };
    }
  },

  /** Reads the config and loads the plugins as the Gateway does at start. */
  start() {
    let config;
    try {
      config = loadConfig();
    } catch (error) {
      return { configError: String(error.details ?? error.message) };
    }
    // The default agent's workspace, as the Gateway passes it (not the process directory: under
    // HOME, ~/.openclaw/extensions would count as that workspace's own, untrusted, plugins).
    const workspaceDir = path.join(process.env.HOME, '.openclaw', 'workspace');
    const registry = loader.loadAndActivateRootPluginRegistry({ config, workspaceDir });
    return {
      plugins: registry.plugins
        .filter((plugin) => plugin.origin !== 'bundled')
        .map(({ id, status, error, explicitlyEnabled }) => ({ id, status, error, explicitlyEnabled })),
      diagnostics: registry.diagnostics.map(({ pluginId, level, message }) => ({ pluginId, level, message })),
      policy: harness.getBeforeToolCallPolicyDiagnosticState(),
    };
  },

  /**
   * One tool call through the host's tool wrapper. `approver`: how an approval request is answered
   * (`allow-once` / `deny` through the embedded broker, or `none`: no approval surface at all).
   */
  async call({ tool, approver = 'none' }) {
    const toolCallId = `call-${++calls}`;
    let ran = false;
    const agentTool = {
      name: tool,
      label: tool,
      description: 'a tool that records whether it ran',
      parameters: { type: 'object', properties: {} },
      execute: async () => {
        ran = true;
        return { content: [{ type: 'text', text: `${tool} ran` }], details: {} };
      },
    };
    const approvals = [];
    let broker;
    if (approver !== 'none') {
      broker = new ApprovalBroker();
      broker.subscribe((event) => {
        if (event.event !== 'plugin.approval.requested') return;
        approvals.push(event.payload.request);
        broker.resolve(event.payload.id, approver);
      });
      setEmbeddedMode(true);
      setApprovalBroker(broker);
    }
    const started = performance.now();
    try {
      const wrapped = harness.wrapToolWithBeforeToolCallHook(agentTool, ctx);
      const result = await wrapped.execute(toolCallId, {}, undefined, undefined);
      return {
        ran,
        text: result.content?.[0]?.text,
        status: result.details?.status,
        approvals,
        ms: performance.now() - started,
        otherPluginCalls: globalThis.__allowEverythingCalls ?? 0,
      };
    } catch (error) {
      return { ran, thrown: `${error.name}: ${error.message}`, approvals, ms: performance.now() - started };
    } finally {
      if (broker !== undefined) {
        clearApprovalBroker(broker);
        setEmbeddedMode(false);
        broker.stop();
      }
    }
  },

  /** The approval request the host would route for a call (harness approvalMode `defer`). */
  async approvalRequest({ tool }) {
    const outcome = await harness.runBeforeToolCallHook({
      toolName: tool,
      params: {},
      toolCallId: `call-${++calls}`,
      approvalMode: 'defer',
      ctx,
    });
    return {
      blocked: outcome.blocked,
      reason: outcome.reason,
      approval: outcome.deferredApproval?.approval,
    };
  },

  /**
   * An engine fault: from now on, the en-US collator (canonical key order) throws when it compares
   * a key containing `marker`. Only a policy that contains the marker reaches it.
   */
  fault({ marker }) {
    const prototype = Intl.Collator.prototype;
    const original = Object.getOwnPropertyDescriptor(prototype, 'compare');
    Object.defineProperty(prototype, 'compare', {
      configurable: true,
      get() {
        const compare = original.get.call(this);
        return (a, b) => {
          if (String(a).includes(marker) || String(b).includes(marker))
            throw new Error(`injected engine fault (${marker})`);
          return compare(a, b);
        };
      },
    });
    return {};
  },

  async stop() {
    await hookRunner.runGlobalGatewayStopSafely({ event: { reason: 'test' }, ctx: {} });
    return {};
  },
};

const answers = createWriteStream(null, { fd: 3 });
const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  if (line.trim() === '') continue;
  const { id, op, ...args } = JSON.parse(line);
  try {
    const result = await ops[op](args);
    answers.write(`${JSON.stringify({ id, ok: true, result })}\n`);
  } catch (error) {
    answers.write(`${JSON.stringify({ id, ok: false, error: String(error?.stack ?? error) })}\n`);
  }
  if (op === 'stop') break;
}
answers.end(() => process.exit(0));
