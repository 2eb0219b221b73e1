// The entry types of the agentWorkspace evidence (SPEC-2026.9 §7.3). Field order is the release's
// key order: the scanner builds entries in it and the report prints them so.

interface WorkspaceEntryBase {
  id: string;
  source: string;
  scope: 'defaults' | 'agent';
  agentId?: string;
}

/** The sandbox's workspace access and the sandbox mode that decides whether it applies. */
export interface WorkspaceAccessEvidence extends WorkspaceEntryBase {
  kind: 'workspaceAccess';
  value: string;
  sandboxMode: string;
  sandboxModeSource: string;
  /** The sandbox covers the agent's main session (mode `all`). */
  sandboxEnabled: boolean;
  explicit: boolean;
}

/** Whether one of the workspace tools is denied, and by which list. */
export interface ToolDenyEvidence extends WorkspaceEntryBase {
  kind: 'toolDeny';
  tool: WorkspaceTool;
  denied: boolean;
  explicit: boolean;
}

export type AgentWorkspaceEvidence = WorkspaceAccessEvidence | ToolDenyEvidence;

/** The tools that can reach the workspace (`AGENT_WORKSPACE_POLICY_TOOLS`). */
export const WORKSPACE_TOOLS = ['exec', 'process', 'write', 'edit', 'apply_patch'] as const;
export type WorkspaceTool = (typeof WORKSPACE_TOOLS)[number];
