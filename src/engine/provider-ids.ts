// OpenClaw compares model providers by a normalised id: trimmed, lowercased, aliases folded.

const PROVIDER_ALIASES: ReadonlyMap<string, string> = new Map([
  ['modelstudio', 'qwen'],
  ['qwencloud', 'qwen'],
  ['z.ai', 'zai'],
  ['z-ai', 'zai'],
  ['opencode-zen', 'opencode'],
  ['opencode-go-auth', 'opencode-go'],
  ['anthropic-cli', 'claude-cli'],
  ['kimi-code', 'kimi'],
  ['kimi-coding', 'kimi'],
  ['moonshotai', 'moonshot'],
  ['moonshot-ai', 'moonshot'],
  ['bedrock', 'amazon-bedrock'],
  ['aws-bedrock', 'amazon-bedrock'],
  ['bytedance', 'volcengine'],
  ['doubao', 'volcengine'],
]);

export function normalizeProviderId(raw: string): string {
  const lowered = raw.trim().toLowerCase();
  return PROVIDER_ALIASES.get(lowered) ?? lowered;
}

/** 2026.9.6 compares provider ids trimmed and lowercased only: no alias table (SPEC-2026.9 §1). */
export function normalizeProviderIdPlain(raw: string): string {
  return raw.trim().toLowerCase();
}
