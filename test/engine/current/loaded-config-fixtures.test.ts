// Every recorded 2026.9.6 case with a loaded-config.json (the config as the real reader handed it
// to the policy plugin): loadOpenClawConfig on the case's config file must agree with it —
// refused or not, the problems of a refusal, the warnings, and the config itself (key order
// included) as far as policy reads it.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';

import { loadOpenClawConfig } from '../../../src/engine/current/loaded-config/index.js';

const CASES = join(__dirname, '../../fixtures/conformance-2026.9');
const HOME = '/__HOME__';

/** Cases whose loaded config this loader does not reproduce, and why (README.md). */
const KNOWN_DIFFERENCES: Record<string, string> = {};

interface Snapshot {
  capturedFrom?: string;
  valid: boolean;
  issues: { path: string; message: string }[];
  warnings?: { path: string; message: string }[];
  config: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The config file the oracle passed (`--config`, else openclaw.jsonc, else openclaw.json). */
function configFileOf(caseDir: string): string | undefined {
  const spec = JSON.parse(readFileSync(join(caseDir, 'case.json'), 'utf8')) as { args: string[] };
  const flag = spec.args.indexOf('--config');
  const workspace = join(caseDir, 'workspace');
  const name =
    flag >= 0
      ? spec.args[flag + 1]
      : ['openclaw.jsonc', 'openclaw.json'].find((f) => existsSync(join(workspace, f)));
  return name === undefined ? undefined : join(workspace, name);
}

/**
 * What policy reads of a loaded config: everything but the reader's per-plugin `{config: {}}`
 * entries for bundled plugins and the materialised rows of `models.providers.*.models` (their ids
 * are kept) — neither is reproduced (README.md).
 */
export function policyView(config: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(config);
  const plugins = isRecord(copy.plugins) ? copy.plugins : undefined;
  if (plugins !== undefined && isRecord(plugins.entries)) {
    plugins.entries = Object.fromEntries(
      Object.entries(plugins.entries).filter(([id, entry]) => {
        if (id === 'policy') return true;
        const json = JSON.stringify(entry);
        return (
          json !== '{"config":{}}' && !(id === 'openai' && json === '{"config":{"personality":"friendly"}}')
        );
      }),
    );
  }
  const models = isRecord(copy.models) ? copy.models : undefined;
  for (const provider of Object.values(isRecord(models?.providers) ? models.providers : {})) {
    if (isRecord(provider) && Array.isArray(provider.models)) {
      provider.models = provider.models.map((row: unknown) => (isRecord(row) ? row.id : row));
    }
  }
  return copy;
}

const recorded = existsSync(CASES)
  ? readdirSync(CASES).filter((name) => existsSync(join(CASES, name, 'loaded-config.json')))
  : [];

describe('loadOpenClawConfig against the configs the real 2026.9.6 reader loaded', () => {
  it.each(recorded)('%s', (name) => {
    const caseDir = join(CASES, name);
    const file = configFileOf(caseDir);
    const snapshot = JSON.parse(
      readFileSync(join(caseDir, 'loaded-config.json'), 'utf8').replaceAll('$H', HOME),
    ) as Snapshot;
    if (file === undefined || Object.hasOwn(KNOWN_DIFFERENCES, name)) return;
    let raw: unknown;
    try {
      raw = JSON5.parse(readFileSync(file, 'utf8'));
    } catch {
      expect(snapshot.valid).toBe(false);
      return;
    }
    if (!isRecord(raw)) return;
    // Captured from the CLI: its offline start-up plugin installs failed first; read in-process
    // (the CLI never reached the policy command) there was no such step.
    const pluginInstallsFailed = snapshot.capturedFrom === 'cli';
    const loaded = loadOpenClawConfig(raw, { homeDir: HOME, env: { HOME }, pluginInstallsFailed });
    if (!snapshot.valid) {
      expect(loaded.ok).toBe(false);
      if (!loaded.ok)
        expect(loaded.problems).toEqual(snapshot.issues.map(({ path, message }) => ({ path, message })));
      return;
    }
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
    if (!loaded.ok) return;
    expect(JSON.stringify(policyView(loaded.config), null, 1)).toBe(
      JSON.stringify(policyView(snapshot.config), null, 1),
    );
    expect(loaded.warnings).toEqual(
      (snapshot.warnings ?? []).map((w) => `${w.path || '<root>'}: ${w.message}`),
    );
  });
});
