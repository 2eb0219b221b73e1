// The config as OpenClaw 2026.9.6's config reader hands it to the policy plugin (SPEC-2026.9
// §3.2), and the release's agent selection (§2.2 step 4, §3.1). Pure.
//
// SKELETON: the loader work replaces these bodies (same names and signatures).

export interface ConfigProblem {
  /** Dotted config path, e.g. `agents.list.0.id`. */
  path: string;
  message: string;
}

export type LoadedConfig =
  | { ok: true; config: Record<string, unknown>; warnings: string[] }
  /** The release refuses the config (schema-invalid): no report at all. */
  | { ok: false; problems: ConfigProblem[] };

/** JSON5-parsed config file → what the policy plugin sees (implicit agent, migrations, defaults). */
export function loadOpenClawConfig(raw: Record<string, unknown>): LoadedConfig {
  return { ok: true, config: raw, warnings: [] };
}

export type PolicySurface = 'policy check' | 'policy watch' | 'policy compare';

/** The agent a policy command evaluates, or the release's error text (exit 2). */
export function selectPolicyAgent(
  _config: Record<string, unknown>,
  _requested: string | undefined,
  _surface: PolicySurface,
): { agentId: string } | { error: string } {
  return { agentId: 'main' };
}
