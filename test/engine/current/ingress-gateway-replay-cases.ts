// Golden cases recorded from the real OpenClaw 2026.9.6 (test/fixtures/conformance-2026.9 and the
// family's own test/fixtures/ingress-gateway-2026.9), read for the family replay tests: the config
// the plugin was given, the parsed policy, and the report's evidence and visible findings.
// FAMILY_REPLAY_CASES may name further folders of cases (':'-separated), e.g. ones being recorded.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import JSON5 from 'json5';
import type { PolicyName } from '../../../src/engine/rule-family.js';
import type { Evidence, Finding } from '../../../src/engine/types.js';

export interface RecordedCase {
  name: string;
  config: Record<string, unknown>;
  policy: unknown;
  policyName: PolicyName;
  evidence: Evidence;
  /** Visible findings without the unhashed `policy.fixRecommendation` display extra. */
  findings: Finding[];
  /** The visible findings are the attestation-mismatch finding alone (rule findings hidden). */
  findingsHidden: boolean;
}

const FIXTURE_ROOTS = ['conformance-2026.9', 'ingress-gateway-2026.9'].map(
  (folder) => new URL(`../../fixtures/${folder}/`, import.meta.url).pathname,
);

export function recordedCases(): RecordedCase[] {
  const roots = [...FIXTURE_ROOTS, ...(process.env.FAMILY_REPLAY_CASES ?? '').split(':').filter(Boolean)];
  return roots.filter(existsSync).flatMap((root) =>
    readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => {
        const recorded = readCase(join(root, entry.name));
        return recorded === undefined ? [] : [recorded];
      }),
  );
}

function readCase(dir: string): RecordedCase | undefined {
  const casePath = join(dir, 'case.json');
  const loadedPath = join(dir, 'loaded-config.json');
  if (!existsSync(casePath) || !existsSync(loadedPath)) return undefined;
  const recorded = JSON.parse(readFileSync(casePath, 'utf8')) as {
    stdout?: unknown;
    oracle?: string;
    args?: string[];
  };
  const config =
    recorded.oracle === 'plugin-command-unvalidated'
      ? rawConfig(dir, recorded.args ?? [])
      : loadedConfig(loadedPath);
  const report = recorded.stdout as
    | {
        evidence?: Evidence;
        findings?: (Finding & { policy?: unknown })[];
        attestation?: { policy?: { path?: string } };
      }
    | null
    | undefined;
  if (!report?.evidence || !report.findings || config === undefined) return undefined;
  const display = report.attestation?.policy?.path ?? 'policy.jsonc';
  const policyPath = join(dir, 'workspace', display);
  if (!existsSync(policyPath)) return undefined;
  let policy: unknown;
  try {
    policy = JSON5.parse(readFileSync(policyPath, 'utf8'));
  } catch {
    return undefined;
  }
  const findings = report.findings.map(({ policy: _display, ...rest }) => rest as Finding);
  return {
    name: basename(dir),
    config,
    policy,
    policyName: { display, document: basename(display) },
    evidence: report.evidence,
    findings,
    findingsHidden: findings.length === 1 && findings[0]!.checkId === 'policy/attestation-hash-mismatch',
  };
}

function loadedConfig(path: string): Record<string, unknown> | undefined {
  const loaded = JSON.parse(readFileSync(path, 'utf8')) as { config?: unknown };
  return isPlainObject(loaded.config) ? loaded.config : undefined;
}

/** What the `plugin-command-unvalidated` oracle hands the plugin: the config file, JSON5-parsed. */
function rawConfig(dir: string, args: readonly string[]): Record<string, unknown> | undefined {
  const given = args.indexOf('--config');
  const names =
    given >= 0 && args[given + 1] !== undefined ? [args[given + 1]!] : ['openclaw.jsonc', 'openclaw.json'];
  const file = names.map((name) => join(dir, 'workspace', name)).find((path) => existsSync(path));
  if (file === undefined) return undefined;
  const parsed: unknown = JSON5.parse(readFileSync(file, 'utf8'));
  return isPlainObject(parsed) ? parsed : undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
