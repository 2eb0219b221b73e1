// The config as OpenClaw 2026.9.6's config reader hands it to the policy plugin (SPEC-2026.9
// §3.2), and the release's agent selection (§2.2 step 4, §3.1). Pure. README.md lists what is
// reproduced and what is not.
//
// The reader's steps, in its order: `${VAR}` templates → context-budget migration → roster
// migration (implicit `main`, `agents.list` → `agents.entries`, legacy default owner) → schema
// parse (refusal, key order, refinements) → bundled provider overlays and gateway rules → runtime
// defaults → plugin checks (channels, the policy plugin's entry) → warnings.

import { isRecord } from '../../record.js';
import { migrateAgentRoster } from './agent-roster.js';
import { pendingInstallPluginIds } from './channel-catalog.js';
import { applyChannelSettings, rawChannelProblems } from './channel-settings.js';
import { problemFromSchemaIssue, type ConfigProblem } from './config-problems.js';
import { dmPolicyDependencyWarnings, warningText } from './config-warnings.js';
import { migrateContextBudget } from './context-budget.js';
import { resolveEnvTemplates } from './env-templates.js';
import { gatewayExposureProblems } from './gateway-checks.js';
import { heartbeatOwnerWarnings } from './heartbeat-owner.js';
import { withBundledProviderOverlays } from './model-provider-overlays.js';
import { applyPolicyPluginEntry } from './policy-plugin-entry.js';
import { pluginReferenceWarnings } from './plugin-warnings.js';
import { applyRuntimeDefaults } from './runtime-defaults.js';
import { releaseConfigSchema } from './schema-node.js';
import { parseWithRefinements } from './schema-parse.js';
import { releaseRefinements } from './schema-refinements.js';
import { unsupportedSecretRefProblems, withoutSecretRefDuplicates } from './unsupported-secret-refs.js';

export type { ConfigProblem } from './config-problems.js';
export type { ConfigWarning } from './config-warnings.js';
export { configWarningsLine } from './config-warnings.js';
export { selectPolicyAgent, configuredAgentIds, type PolicySurface } from './agent-selection.js';

export type LoadedConfig =
  | {
      ok: true;
      config: Record<string, unknown>;
      /** The reader's warnings as `<path>: <message>`, in its order (configWarningsLine joins them). */
      warnings: string[];
    }
  /** The release refuses the config (schema-invalid): no report at all. */
  | { ok: false; problems: ConfigProblem[] };

export interface LoadOptions {
  /** The reader's home directory: `~` in path-like settings expands to it. Unset: left as written. */
  homeDir?: string;
  /** Environment for `${VAR}` templates (the recorded CLI runs had none of the variables). */
  env?: Readonly<Record<string, string>>;
  /** `agents.defaults.maxConcurrent` default: max(8, 4 × CPUs) on the reading machine; 8 here. */
  agentMaxConcurrent?: number;
  /**
   * The CLI's start-up install of non-bundled channel/provider plugins failed (offline, as the
   * recorded fixtures ran): those channels' settings stay as written. Default true; false is the
   * reader without that migration (or with the plugins installed): their schema defaults apply.
   */
  pluginInstallsFailed?: boolean;
}

/** With a legacy default owner the reader parses a multi-agent roster as an explicit one. */
function parseRoster(config: Record<string, unknown>, legacyDefault: string | undefined) {
  const agents = isRecord(config.agents) ? config.agents : undefined;
  const entries = agents !== undefined && isRecord(agents.entries) ? agents.entries : {};
  const synthetic =
    legacyDefault !== undefined &&
    agents !== undefined &&
    Object.keys(entries).length > 1 &&
    agents.ownership === undefined;
  const input = synthetic ? { ...config, agents: { ...agents, ownership: 'explicit' } } : config;
  const parsed = parseWithRefinements(input, releaseConfigSchema(), releaseRefinements);
  if (!synthetic || parsed.issues.length > 0 || !isRecord(parsed.value) || !isRecord(parsed.value.agents))
    return parsed;
  const parsedAgents = Object.fromEntries(
    Object.entries(parsed.value.agents).filter(([key]) => key !== 'ownership'),
  );
  return { ...parsed, value: { ...parsed.value, agents: parsedAgents } };
}

/** `$include` directives pull in other files, which a pure loader of one file cannot see. */
function includeDirectives(value: unknown, path: string[] = []): ConfigProblem[] {
  if (Array.isArray(value))
    return value.flatMap((item: unknown, i) => includeDirectives(item, [...path, String(i)]));
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === '$include'
      ? [
          {
            path: path.join('.'),
            message: 'policy-gate cannot follow $include directives (the release merges the included file)',
          },
        ]
      : includeDirectives(child, [...path, key]),
  );
}

/** JSON5-parsed config file → what the policy plugin sees (implicit agent, migrations, defaults). */
export function loadOpenClawConfig(raw: Record<string, unknown>, options: LoadOptions = {}): LoadedConfig {
  const includes = includeDirectives(raw);
  if (includes.length > 0) return { ok: false, problems: includes };
  const templates = resolveEnvTemplates(raw, options.env ?? {});
  const budget = migrateContextBudget(templates.config);
  const roster = migrateAgentRoster(budget.config, { homeDir: options.homeDir ?? '~' });

  const secretRefs = unsupportedSecretRefProblems(roster.config);
  const parsed = parseRoster(roster.config, roster.legacyDefaultAgentId);
  const schemaProblems = withoutSecretRefDuplicates(parsed.issues.map(problemFromSchemaIssue), secretRefs);
  if (parsed.issues.length > 0) return { ok: false, problems: [...secretRefs, ...schemaProblems] };
  if (secretRefs.length > 0) {
    return {
      ok: false,
      problems: [...secretRefs, ...withoutSecretRefDuplicates(rawChannelProblems(roster.config), secretRefs)],
    };
  }
  const validated = withBundledProviderOverlays(parsed.value as Record<string, unknown>);
  const gatewayProblems = gatewayExposureProblems(validated);
  if (gatewayProblems.length > 0) return { ok: false, problems: gatewayProblems };

  const materialized = applyRuntimeDefaults(validated, {
    homeDir: options.homeDir,
    agentMaxConcurrent: options.agentMaxConcurrent ?? 8,
  });
  const pending =
    options.pluginInstallsFailed === false ? new Set<string>() : pendingInstallPluginIds(materialized);
  const channels = applyChannelSettings(materialized, pending);
  const policyEntry = applyPolicyPluginEntry(channels.config);
  const problems = [...channels.problems, ...policyEntry.problems];
  if (problems.length > 0) return { ok: false, problems };

  const warnings = [
    ...heartbeatOwnerWarnings(policyEntry.config, roster.legacyDefaultAgentId),
    ...dmPolicyDependencyWarnings(validated),
    ...channels.warnings,
    ...pluginReferenceWarnings(policyEntry.config, pending),
    ...policyEntry.warnings,
    ...templates.warnings,
    ...budget.changes,
    ...budget.warnings,
    ...roster.diagnostics.map((message) => ({ path: 'agents.entries', message })),
  ];
  return { ok: true, config: policyEntry.config, warnings: warnings.map(warningText) };
}
