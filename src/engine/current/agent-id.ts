// OpenClaw's agent-id normalisation (`normalizeAgentId`, SPEC-2026.9 §3.1). Account ids are
// canonicalised the same way (`normalizeAccountId` in routing/resolve-route.ts).

export const DEFAULT_AGENT_ID = 'main';
const VALID_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/i;

/** Trimmed and lowercased; other ids are slugged to `[a-z0-9_-]`, cut to 64; empty → `main`. */
export function normalizeAgentId(value: string | undefined): string {
  return normalizeAgentIdStrict(value) ?? DEFAULT_AGENT_ID;
}

/** The same without the fallback: undefined when nothing representable is left. */
export function normalizeAgentIdStrict(value: string | undefined): string | undefined {
  const trimmed = (value ?? '').trim();
  const lowered = trimmed.toLowerCase();
  if (VALID_ID.test(trimmed)) return lowered;
  const slug = lowered
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+/, '')
    .replace(/-+$/, '')
    .slice(0, 64);
  return slug === '' ? undefined : slug;
}
