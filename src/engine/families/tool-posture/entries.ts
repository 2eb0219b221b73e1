// The entry types of the toolPosture evidence (SPEC-2026.9 §7.5). Field order is the release's key
// order: the scanner builds entries in it and the report prints them so.

export type ToolPostureValueKind =
  'profile' | 'fsWorkspaceOnly' | 'execHost' | 'execSecurity' | 'execAsk' | 'elevatedEnabled';
export type ToolPostureListKind = 'allow' | 'alsoAllow' | 'deny' | 'elevatedAllowFrom';

interface ToolPostureEntryBase {
  id: string;
  source: string;
  scope: 'global' | 'agent';
  agentId?: string;
}

/** One setting's effective value. Fields in the release's key order. */
export interface ToolPostureValueEvidence extends ToolPostureEntryBase {
  kind: ToolPostureValueKind;
  value?: string | boolean;
  explicit: boolean;
}

/** One tool list (allow, alsoAllow, deny) or one provider's elevated `allowFrom` entries. */
export interface ToolPostureListEvidence extends ToolPostureEntryBase {
  kind: ToolPostureListKind;
  entries: string[];
  explicit: boolean;
}

export type ToolPostureEvidence = ToolPostureValueEvidence | ToolPostureListEvidence;

/** Whose settings one group of entries describes, and what they inherit. */
export interface ToolPostureSubject {
  id: string;
  scope: 'global' | 'agent';
  agentId?: string;
  tools: Record<string, unknown>;
  inheritedTools: Record<string, unknown>;
  sandbox: Record<string, unknown>;
  inheritedSandbox: Record<string, unknown>;
  sourceBase: string;
}
