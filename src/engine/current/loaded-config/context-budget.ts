// The reader's context-budget migration: `contextTokens` / `contextWindow` on a model provider
// move into its explicit model rows (or are dropped), and agent-level `contextTokens` is dropped.

import { isRecord } from '../../record.js';
import type { ConfigWarning } from './config-warnings.js';

const REPLACEMENT = 'models.providers.<provider>.models[].contextTokens';

export interface ContextBudgetMigration {
  config: Record<string, unknown>;
  changes: ConfigWarning[];
  warnings: ConfigWarning[];
}

function migrateProviders(root: Record<string, unknown>, out: ContextBudgetMigration): void {
  const models = isRecord(root.models) ? root.models : {};
  const providers = isRecord(models.providers) ? models.providers : {};
  for (const [providerId, provider] of Object.entries(providers)) {
    if (!isRecord(provider)) continue;
    for (const key of ['contextTokens', 'contextWindow']) {
      if (!Object.hasOwn(provider, key)) continue;
      const source = `models.providers.${providerId}.${key}`;
      const rows = Array.isArray(provider.models) ? (provider.models as unknown[]) : [];
      if (rows.length > 0) {
        rows.forEach((row, index) => {
          if (!isRecord(row) || row[key] !== undefined) return;
          row[key] = provider[key];
          out.changes.push({
            path: source,
            message: `${source} → models.providers.${providerId}.models[${index}].${key}.`,
          });
        });
        delete provider[key];
        out.changes.push({
          path: source,
          message: `Removed ${source} after baking it into explicit model entries.`,
        });
        continue;
      }
      delete provider[key];
      out.changes.push({ path: source, message: `Removed ${source}.` });
      out.warnings.push({
        path: source,
        message: `${source} had no explicit model entries to receive its value; use ${REPLACEMENT} instead.`,
      });
    }
  }
}

function removeAgentContextTokens(root: Record<string, unknown>, out: ContextBudgetMigration): void {
  const agents = isRecord(root.agents) ? root.agents : undefined;
  if (agents === undefined) return;
  const remove = (record: unknown, path: string) => {
    if (!isRecord(record) || !Object.hasOwn(record, 'contextTokens')) return;
    delete record.contextTokens;
    out.changes.push({ path, message: `Removed ${path}.` });
    out.warnings.push({
      path,
      message: `${path} cannot be represented per model; use ${REPLACEMENT} instead.`,
    });
  };
  remove(agents.defaults, 'agents.defaults.contextTokens');
  for (const [id, entry] of Object.entries(isRecord(agents.entries) ? agents.entries : {})) {
    remove(entry, `agents.entries.${id}.contextTokens`);
  }
  if (Array.isArray(agents.list)) {
    (agents.list as unknown[]).forEach((entry, index) =>
      remove(entry, `agents.list[${index}].contextTokens`),
    );
  }
}

/** Whether the migration would change anything (it works on a copy, made only then). */
function hasContextBudgetKeys(root: Record<string, unknown>): boolean {
  const models = isRecord(root.models) ? root.models : {};
  const providers = isRecord(models.providers) ? models.providers : {};
  const hasOwn = (record: unknown, key: string) => isRecord(record) && Object.hasOwn(record, key);
  for (const provider of Object.values(providers)) {
    if (hasOwn(provider, 'contextTokens') || hasOwn(provider, 'contextWindow')) return true;
  }
  const agents = isRecord(root.agents) ? root.agents : undefined;
  if (agents === undefined) return false;
  const has = (record: unknown) => hasOwn(record, 'contextTokens');
  if (has(agents.defaults)) return true;
  if (Object.values(isRecord(agents.entries) ? agents.entries : {}).some(has)) return true;
  return Array.isArray(agents.list) && (agents.list as unknown[]).some(has);
}

export function migrateContextBudget(config: Record<string, unknown>): ContextBudgetMigration {
  if (!hasContextBudgetKeys(config)) return { config, changes: [], warnings: [] };
  const out: ContextBudgetMigration = { config: structuredClone(config), changes: [], warnings: [] };
  migrateProviders(out.config, out);
  removeAgentContextTokens(out.config, out);
  return out.changes.length > 0 ? out : { config, changes: [], warnings: [] };
}
