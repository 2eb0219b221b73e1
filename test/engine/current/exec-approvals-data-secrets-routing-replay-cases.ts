// Golden cases recorded from the real OpenClaw 2026.9.6 CLI, read for the replay of the
// dataHandling, secrets/authProfiles, execApprovals and routing families: the config the plugin
// was given (loaded-config.json, with the policy entry forced on as the policy command does),
// the parsed policy, the exec-approvals row text, and the report (or the exit-2 error).
// Roots: test/fixtures/conformance-2026.9 (the shared golden set) and test/fixtures/families-2026.9
// (cases recorded for these families with scripts/conformance-oracle-2026.9.mjs), plus any
// folders of the same layout named in FAMILY_REPLAY_CASES (':'-separated).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import JSON5 from 'json5';
import type { PolicyName } from '../../../src/engine/rule-family.js';
import type { Evidence, Finding } from '../../../src/engine/types.js';

export interface FamilyCase {
  name: string;
  config: Record<string, unknown>;
  policy: unknown;
  policyName: PolicyName;
  /** The exec-approvals row text; null when the case has no row. */
  row: string | null;
  /** The report; undefined when the command failed (exit 2). */
  report?: {
    evidence: Evidence;
    /** Visible findings without the unhashed `policy.fixRecommendation`. */
    findings: Finding[];
    /** An early return (missing/unparseable/hash-locked policy, checks off): no rule findings. */
    early: boolean;
    /** Only some findings are visible (attestation lock, severity threshold). */
    findingsPartial: boolean;
  };
  /** The message of a failed command (the last stderr line). */
  error?: string;
}

const ROOTS = ['../../fixtures/conformance-2026.9/', '../../fixtures/families-2026.9/'].map(
  (relative) => new URL(relative, import.meta.url).pathname,
);

export function familyCases(): FamilyCase[] {
  const extra = (process.env.FAMILY_REPLAY_CASES ?? '').split(':').filter(Boolean);
  return [...ROOTS, ...extra].filter(existsSync).flatMap((root) =>
    readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => {
        const recorded = readCase(join(root, entry.name));
        return recorded === undefined ? [] : [recorded];
      }),
  );
}

interface RecordedReport {
  evidence?: Evidence;
  findings?: (Finding & { policy?: unknown })[];
  attestation?: { policy?: { path?: string; hash?: string } };
}

function readCase(dir: string): FamilyCase | undefined {
  const casePath = join(dir, 'case.json');
  const loadedPath = join(dir, 'loaded-config.json');
  if (!existsSync(casePath) || !existsSync(loadedPath)) return undefined;
  const recorded = JSON.parse(readFileSync(casePath, 'utf8')) as {
    args?: string[];
    exitCode?: number;
    stdout?: unknown;
    stderr?: string;
  };
  const loaded = JSON.parse(readFileSync(loadedPath, 'utf8')) as { config?: unknown; valid?: boolean };
  if (typeof loaded.config !== 'object' || loaded.config === null) return undefined;
  // A config the reader refused reached the plugin raw (unvalidated oracle) or not at all.
  if (loaded.valid === false) return undefined;
  if (recorded.args?.[0] !== 'check') return undefined;
  const report = recorded.stdout as RecordedReport | null | undefined;
  const display = report?.attestation?.policy?.path ?? 'policy.jsonc';
  const policyPath = join(dir, 'workspace', display);
  if (!existsSync(policyPath)) return undefined;
  let policy: unknown;
  try {
    policy = JSON5.parse(readFileSync(policyPath, 'utf8'));
  } catch {
    return undefined;
  }
  const rowPath = join(dir, 'state/exec-approvals.json');
  const base = {
    name: basename(dir),
    config: policyCommandConfig(loaded.config as Record<string, unknown>),
    policy,
    policyName: { display, document: basename(display) },
    row: existsSync(rowPath) ? readFileSync(rowPath, 'utf8') : null,
  };
  if (recorded.exitCode === 2 && (report === undefined || report === null)) {
    const lines = (recorded.stderr ?? '').trim().split('\n');
    return { ...base, error: lines.at(-1) };
  }
  if (!report?.evidence || !report.findings) return undefined;
  const findings = report.findings.map(({ policy: _display, ...rest }) => rest as Finding);
  return {
    ...base,
    report: {
      evidence: report.evidence,
      findings,
      early:
        report.attestation?.policy?.hash === undefined ||
        findings.some((f) => f.checkId === 'policy/policy-hash-mismatch'),
      findingsPartial:
        (recorded.args ?? []).includes('--severity-min') ||
        findings.some((f) => f.checkId === 'policy/attestation-hash-mismatch'),
    },
  };
}

/** `policyCommandConfig` of the release's CLI: the policy plugin entry and its checks forced on. */
function policyCommandConfig(config: Record<string, unknown>): Record<string, unknown> {
  const plugins = (config.plugins ?? {}) as Record<string, unknown>;
  const entries = (plugins.entries ?? {}) as Record<string, unknown>;
  const entry = (entries.policy ?? {}) as Record<string, unknown>;
  const settings = typeof entry.config === 'object' && entry.config !== null ? entry.config : {};
  return {
    ...config,
    plugins: {
      ...plugins,
      entries: { ...entries, policy: { ...entry, enabled: true, config: { enabled: true, ...settings } } },
    },
  };
}
