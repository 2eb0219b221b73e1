// The plugin's registration, against a recording stand-in for OpenClaw's plugin API (the real
// host is driven by scripts/test-openclaw-plugin.sh: test/openclaw-plugin/host/).
import { describe, expect, it } from 'vitest';
import plugin from '../../src/plugin/openclaw-entry.js';
import type { ToolPolicyResult } from '../../src/plugin/hook-result.js';
import type {
  BeforeToolCallEvent,
  OpenClawPluginApi,
  TrustedToolPolicyRegistration,
} from '../../src/plugin/openclaw-plugin-api.js';
import { acceptedWorkspace, LOOSENED_POLICY, RELEASE } from './plugin-fixtures.js';

type Handler = (event: BeforeToolCallEvent, ctx: object) => Promise<ToolPolicyResult>;

interface Recorded {
  api: OpenClawPluginApi;
  trusted: TrustedToolPolicyRegistration[];
  hooks: Array<{ name: string; handler: Handler | (() => Promise<void>); priority?: number }>;
  logs: string[];
  disposers: Array<() => void | Promise<void>>;
}

function recordingApi(
  pluginConfig: unknown,
  options: { trustedTier?: boolean; mode?: string } = {},
): Recorded {
  const recorded: Recorded = { trusted: [], hooks: [], logs: [], disposers: [] } as unknown as Recorded;
  recorded.api = {
    id: 'policy-gate',
    pluginConfig,
    registrationMode: options.mode ?? 'full',
    logger: {
      info: (message) => recorded.logs.push(`info ${message}`),
      warn: (message) => recorded.logs.push(`warn ${message}`),
      error: (message) => recorded.logs.push(`error ${message}`),
    },
    ...(options.trustedTier === false
      ? {}
      : {
          registerTrustedToolPolicy: (policy: TrustedToolPolicyRegistration) => recorded.trusted.push(policy),
        }),
    on: (name: string, handler: Handler | (() => Promise<void>), opts?: { priority?: number }) => {
      recorded.hooks.push({
        name,
        handler,
        ...(opts?.priority === undefined ? {} : { priority: opts.priority }),
      });
    },
    lifecycle: {
      onDispose: (dispose) => {
        recorded.disposers.push(dispose);
        return () => undefined;
      },
    },
  } as OpenClawPluginApi;
  return recorded;
}

const event = (toolName: string): BeforeToolCallEvent => ({ toolName, params: {} });

function beforeToolCall(recorded: Recorded): Handler {
  const hook = recorded.hooks.find((entry) => entry.name === 'before_tool_call');
  return hook!.handler as Handler;
}

async function stop(recorded: Recorded): Promise<void> {
  await Promise.all(recorded.disposers.map((dispose) => dispose()));
}

describe('the OpenClaw plugin entry', () => {
  it('registers the trusted tool policy, the fallback hook above every other, and its cleanup', () => {
    const recorded = recordingApi({ workspace: '/srv/w', openclaw: RELEASE });
    plugin.register(recorded.api);
    expect(plugin.id).toBe('policy-gate');
    expect(recorded.trusted.map((policy) => policy.id)).toEqual(['accepted-attestation']);
    expect(recorded.hooks.map(({ name, priority }) => [name, priority])).toEqual([
      ['before_tool_call', Number.MAX_SAFE_INTEGER],
      ['gateway_stop', undefined],
    ]);
    expect(recorded.disposers).toHaveLength(1);
    expect(recorded.logs).toEqual([]);
  });

  it('decides in the trusted tier, and leaves the hook silent once that tier runs', async () => {
    const workspace = await acceptedWorkspace();
    const recorded = recordingApi({ workspace: workspace.dir, openclaw: RELEASE });
    plugin.register(recorded.api);
    const trusted = recorded.trusted[0]!;
    try {
      workspace.write('policy.jsonc', LOOSENED_POLICY);
      const blocked = await trusted.evaluate(event('search_docs'), {});
      expect(blocked).toMatchObject({ block: true });
      expect((blocked as { blockReason: string }).blockReason).toMatch(
        /^policy-gate blocked 'search_docs': .* \[attestation_stale; current attestation sha256:[0-9a-f]{64}, accepted sha256:[0-9a-f]{64}; rule oc:\/\/policy\/attestation\/accepted\]$/,
      );
      expect(await beforeToolCall(recorded)(event('search_docs'), {})).toBeUndefined();
      expect(recorded.logs).toEqual([]);
    } finally {
      await stop(recorded);
    }
  });

  it('decides in before_tool_call when OpenClaw never runs the trusted policy, and says why once', async () => {
    const workspace = await acceptedWorkspace();
    const recorded = recordingApi({ workspace: workspace.dir, openclaw: RELEASE }, { trustedTier: false });
    plugin.register(recorded.api);
    try {
      expect(await beforeToolCall(recorded)(event('search_docs'), {})).toBeUndefined();
      expect(await beforeToolCall(recorded)(event('deploy_preview'), {})).toMatchObject({
        requireApproval: {
          pluginId: 'policy-gate',
          title: 'Review policy-governed tool',
          severity: 'warning',
        },
      });
      expect(recorded.logs).toEqual([
        "warn policy-gate: OpenClaw did not run its trusted tool policy, so it decides in before_tool_call instead, after other plugins' trusted policies; set plugins.entries.policy-gate.enabled to true to decide first.",
      ]);
    } finally {
      await stop(recorded);
    }
  });

  it('logs at registration, and blocks every call, when its settings cannot be used', async () => {
    const recorded = recordingApi({ workspace: '/srv/w', openclaw: '2026.12.1' });
    plugin.register(recorded.api);
    expect(recorded.logs).toEqual([
      "error policy-gate: every tool call will be denied: unsupported OpenClaw release '2026.12.1'; supported: 2026.9.6, 2026.5.20. Every tool call is denied: set plugins.entries.policy-gate.config.openclaw to the release the attestation was accepted with (`policy-gate accept --openclaw <release>`).",
    ]);
    expect(await recorded.trusted[0]!.evaluate(event('read'), {})).toMatchObject({ block: true });
  });

  it('registers nothing for a metadata-only load', () => {
    const recorded = recordingApi({ workspace: '/srv/w' }, { mode: 'cli-metadata' });
    plugin.register(recorded.api);
    expect(recorded.trusted).toEqual([]);
    expect(recorded.hooks).toEqual([]);
  });
});
