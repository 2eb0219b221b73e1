// Model providers the release bundles (`BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS`): a
// `models.providers.<id>` entry for one of these is an overlay of the bundled provider and may
// omit `baseUrl` and `models` (the reader fills in `""` and `[]`); any other id is a custom
// provider that must declare both.

import { isRecord } from '../../record.js';

const BUILT_IN_MODEL_PROVIDER_OVERLAYS: ReadonlySet<string> = new Set([
  'amazon-bedrock',
  'amazon-bedrock-mantle',
  'anthropic',
  'anthropic-vertex',
  'arcee',
  'azure-openai-responses',
  'byteplus',
  'byteplus-plan',
  'cerebras',
  'chutes',
  'claude-cli',
  'clawrouter',
  'cloudflare-ai-gateway',
  'codex',
  'comfy',
  'copilot-proxy',
  'dashscope',
  'deepinfra',
  'deepseek',
  'fal',
  'fireworks',
  'github-copilot',
  'gmi',
  'gmi-cloud',
  'gmicloud',
  'google',
  'google-antigravity',
  'google-gemini-cli',
  'google-vertex',
  'groq',
  'huggingface',
  'kilocode',
  'kimi',
  'kimi-coding',
  'litellm',
  'lmstudio',
  'meta',
  'microsoft-foundry',
  'minimax',
  'minimax-portal',
  'mistral',
  'modelstudio',
  'moonshot',
  'moonshot-ai',
  'moonshotai',
  'nvidia',
  'novita',
  'novita-ai',
  'novitaai',
  'ollama',
  'ollama-cloud',
  'openai',
  'opencode',
  'opencode-go',
  'openrouter',
  'qianfan',
  'qwen',
  'qwen-token-plan',
  'qwencloud',
  'sglang',
  'stepfun',
  'stepfun-plan',
  'synthetic',
  'tencent-tokenhub',
  'tencent-tokenplan',
  'together',
  'venice',
  'vercel-ai-gateway',
  'vllm',
  'volcengine',
  'volcengine-plan',
  'vydra',
  'x-ai',
  'xai',
  'xiaomi',
  'xiaomi-token-plan',
  'z.ai',
  'z-ai',
  'zai',
]);

/** Whether `models.providers.<id>` overlays a bundled provider (id trimmed and lowercased). */
export function isBuiltInModelProviderOverlay(providerId: string): boolean {
  return BUILT_IN_MODEL_PROVIDER_OVERLAYS.has(providerId.trim().toLowerCase());
}

/** Overlays of bundled providers without `baseUrl` or `models` get `""` / `[]` (appended). */
export function withBundledProviderOverlays(config: Record<string, unknown>): Record<string, unknown> {
  const models = isRecord(config.models) ? config.models : undefined;
  const providers = models !== undefined && isRecord(models.providers) ? models.providers : undefined;
  if (models === undefined || providers === undefined) return config;
  let next: Record<string, unknown> | undefined;
  for (const [id, provider] of Object.entries(providers)) {
    if (!isBuiltInModelProviderOverlay(id) || !isRecord(provider)) continue;
    if (provider.baseUrl && Array.isArray(provider.models)) continue;
    next ??= { ...providers };
    next[id] = { ...provider, baseUrl: provider.baseUrl ?? '', models: provider.models ?? [] };
  }
  return next === undefined ? config : { ...config, models: { ...models, providers: next } };
}
