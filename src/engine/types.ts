import type { FixRecommendation } from './current/check-ids.js';
// Shared shapes of the conformance engine. Field order in these interfaces is the order the
// engine emits keys in (SPEC.md §2.3, §3.1); canonical JSON re-sorts them for hashing.

export type Severity = 'info' | 'warning' | 'error';

/** An attested finding, exactly the shape OpenClaw emits (SPEC.md §2.3). */
export interface Finding {
  checkId: string;
  severity: Severity;
  message: string;
  source: 'policy';
  path?: string;
  line?: number;
  ocPath?: string;
  target?: string;
  requirement?: string;
  fixHint?: string;
  /** 2026.9.6, visible findings only (never attested): how to fix it (SPEC-2026.9 §10.3). */
  policy?: { fixRecommendation: FixRecommendation };
}

/** One tool declared in TOOLS.md (SPEC.md §3.3). `line` is 1-based. */
export interface ToolDeclaration {
  id: string;
  line: number;
  risk?: string;
  sensitivity?: string;
  owner?: string;
  capabilities?: string[];
}

export interface ChannelEvidence {
  id: string;
  provider: string;
  source: string;
  enabled?: boolean;
}

export type McpTransport = 'stdio' | 'sse' | 'streamable-http' | 'unknown';

export interface McpServerEvidence {
  id: string;
  source: string;
  transport: McpTransport;
  command?: string;
  url?: string;
}

export interface ModelProviderEvidence {
  id: string;
  source: string;
}

export interface ModelRefEvidence {
  ref: string;
  provider: string;
  model: string;
  source: string;
}

export interface NetworkEvidence {
  id: string;
  source: string;
  value: boolean;
}

export interface ToolEvidence {
  id: string;
  source: string;
  line: number;
  risk?: string;
  sensitivity?: string;
  owner?: string;
  capabilities?: string[];
}

export interface Evidence {
  channels: ChannelEvidence[];
  mcpServers: McpServerEvidence[];
  modelProviders: ModelProviderEvidence[];
  modelRefs: ModelRefEvidence[];
  network: NetworkEvidence[];
  tools?: ToolEvidence[];
  [family: string]: unknown;
}
