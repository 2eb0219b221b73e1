// OpenClaw's agent-id normalisation (`normalizeAgentId`, SPEC-2026.9 §3.1). Account ids are
// canonicalised the same way (`normalizeAccountId` in routing/resolve-route.ts).

export const DEFAULT_AGENT_ID = 'main';
const VALID_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/i;

/** Trimmed and lowercased; other ids are slugged to `[a-z0-9_-]`, cut to 64; empty → `main`. */
export function normalizeAgentId(value: string | undefined): string {
  return normalizeAgentIdStrict(value) ?? DEFAULT_AGENT_ID;
}

// Pure, and called with the same few thousand ids over and over (every evidence entry of every
// scoped agent): remembered, up to a bound.
const remembered = new Map<string, string | undefined>();
const REMEMBERED_MAX = 1 << 16;

/** The same without the fallback: undefined when nothing representable is left. */
export function normalizeAgentIdStrict(value: string | undefined): string | undefined {
  const key = value ?? '';
  if (remembered.has(key)) return remembered.get(key);
  const normalized = normalizeUncached(key);
  if (remembered.size >= REMEMBERED_MAX) remembered.clear();
  remembered.set(key, normalized);
  return normalized;
}

function normalizeUncached(value: string): string | undefined {
  const trimmed = value.trim();
  const lowered = trimmed.toLowerCase();
  if (VALID_ID.test(trimmed)) return lowered;
  const slug = lowered
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+/, '')
    .replace(/-+$/, '')
    .slice(0, 64);
  return slug === '' ? undefined : slug;
}
