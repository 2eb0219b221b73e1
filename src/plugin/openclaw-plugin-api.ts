// The part of OpenClaw 2026.9.6's plugin API this plugin uses, typed structurally (OpenClaw is
// not a dependency: the bundle must load in any OpenClaw install). Source of truth, in the npm
// package openclaw@2026.9.6: dist/plugin-entry-*.d.ts (`OpenClawPluginApi`,
// `PluginTrustedToolPolicyRegistration`, `PluginHookBeforeToolCallEvent`,
// `PluginHookBeforeToolCallResult`, `PluginInstanceLifecycle`) and docs/plugins/hooks/tool-policy.md.
import type { ToolPolicyResult } from './hook-result.js';

export interface BeforeToolCallEvent {
  /** Canonical tool id (OpenClaw normalises aliases before any policy sees the call). */
  toolName: string;
  params: Record<string, unknown>;
  runId?: string;
  toolCallId?: string;
}

export interface ToolCallContext {
  agentId?: string;
  sessionKey?: string;
  abortSignal?: AbortSignal;
}

export interface TrustedToolPolicyRegistration {
  id: string;
  description: string;
  evaluate: (event: BeforeToolCallEvent, ctx: ToolCallContext) => Promise<ToolPolicyResult>;
}

export interface PluginLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface OpenClawPluginApi {
  id: string;
  /** `plugins.entries.<id>.config`, validated against the manifest schema, defaults applied. */
  pluginConfig?: unknown;
  registrationMode?: string;
  logger: PluginLogger;
  /** Rejected (a diagnostic, no error) unless the manifest declares the id and the entry is enabled: true. */
  registerTrustedToolPolicy?: (policy: TrustedToolPolicyRegistration) => void;
  on(
    hookName: 'before_tool_call',
    handler: (event: BeforeToolCallEvent, ctx: ToolCallContext) => Promise<ToolPolicyResult>,
    opts?: { priority?: number },
  ): void;
  on(hookName: 'gateway_stop', handler: () => Promise<void>): void;
  /** Managed instances only (hot reload replaces the instance); feature-detect. */
  lifecycle?: { onDispose?: (dispose: () => void | Promise<void>) => () => void };
}

export interface OpenClawPluginDefinition {
  id: string;
  name: string;
  description: string;
  register(api: OpenClawPluginApi): void;
}
