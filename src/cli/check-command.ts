import { statSync } from 'node:fs';
import path from 'node:path';
import { SEVERITIES } from '../engine/check-report.js';
import type { ReleaseProfile } from '../engine/release-profile.js';
import type { Severity } from '../engine/types.js';
import { fixDocumentsOf } from '../gate/fix-locations.js';
import type { LoadedCheckInput, WorkspaceLocation } from '../workspace/check-input.js';
import type { OpenClawHost } from '../workspace/openclaw-host.js';
import { evaluateWorkspaceFrom, type WorkspaceEvaluation } from '../workspace/workspace-evaluation.js';
import { diskReader } from '../workspace/workspace-reader.js';
import { humanCheckOutput } from './check-human-output.js';
import { committedAttestationNote } from './committed-attestation.js';
import { checkSarif } from './check-sarif.js';
import { EXIT_CLEAN, EXIT_FINDINGS, UsageError, type CliIo } from './cli-io.js';
import { LOCATION_FLAGS, parseFlags } from './parse-flags.js';
import { HOST_FLAGS, hostFrom, RELEASE_FLAG, releaseFrom } from './release-options.js';
import { declaredToolsOf, misplacedMetadataHints } from './tool-metadata-hints.js';

/** The flags `check` takes (its --help describes each). */
export const CHECK_FLAGS = {
  ...LOCATION_FLAGS,
  ...RELEASE_FLAG,
  ...HOST_FLAGS,
  json: { type: 'boolean' },
  format: { type: 'string' },
  'severity-min': { type: 'string' },
} as const;

export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags('check', args, CHECK_FLAGS);
  const profile = releaseFrom(values.openclaw);
  // Like OpenClaw: the threshold is checked before the config is read.
  const severityMin = parseSeverity(values['severity-min']);
  const format = outputFormat(values, io);
  const location = existingLocationFrom(values, io);
  const evaluation = await evaluateWorkspace(location, {
    now: io.now(),
    severityMin,
    profile,
    host: hostFrom(profile, values, io, location.cwd, 'policy check'),
  });
  const { report, loaded } = evaluation;
  refuseMissingPolicyFlag(values.policy, loaded);
  if (format === 'json') io.stdout(`${JSON.stringify(report)}\n`);
  else if (format === 'sarif') io.stdout(await checkSarif(evaluation, location.cwd, profile, io.cwd));
  else
    io.stdout(
      humanCheckOutput(report, {
        documents: fixDocumentsOf(loaded),
        workspaceHints: [
          ...workspaceHintsOf(report.evidence, loaded),
          ...[await committedAttestationNote(location.cwd, report.attestation?.attestationHash)].filter(
            (note): note is string => note !== undefined,
          ),
        ],
      }),
    );
  return report.ok ? EXIT_CLEAN : EXIT_FINDINGS;
}

/** Hints about the workspace for the terminal: tool metadata a tool document misplaced. */
function workspaceHintsOf(evidence: unknown, loaded: LoadedCheckInput): string[] {
  if (loaded.kind !== 'input') return [];
  const markdown =
    loaded.toolsFile === 'AGENTS.md' ? loaded.input.agentsMarkdown : loaded.input.toolsMarkdown;
  if (markdown === undefined) return [];
  return misplacedMetadataHints(declaredToolsOf(evidence), markdown, loaded.toolsFile);
}

/** Reads and evaluates one workspace on disk into its `check --json` report. */
export function evaluateWorkspace(
  location: WorkspaceLocation,
  options: { now: Date; severityMin?: Severity; profile: ReleaseProfile; host: OpenClawHost | undefined },
): Promise<WorkspaceEvaluation> {
  return evaluateWorkspaceFrom(diskReader(path.resolve(location.cwd)), {
    config: location.config,
    policy: location.policy,
    checkedAt: options.now.toISOString(),
    severityMin: options.severityMin ?? 'info',
    profile: options.profile,
    host: options.host,
  });
}

export function locationFrom(
  values: { cwd?: string; config?: string; policy?: string },
  io: CliIo,
): WorkspaceLocation {
  return { cwd: path.resolve(io.cwd, values.cwd ?? '.'), config: values.config, policy: values.policy };
}

/** {@link locationFrom}, refusing a `--cwd` that is not an existing directory (exit 2, naming it). */
export function existingLocationFrom(
  values: { cwd?: string; config?: string; policy?: string },
  io: CliIo,
): WorkspaceLocation {
  const location = locationFrom(values, io);
  if (values.cwd === undefined) return location;
  let stats;
  try {
    stats = statSync(location.cwd, { throwIfNoEntry: false });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(`${values.cwd}: the workspace given with --cwd cannot be read (${reason}).`);
  }
  if (stats === undefined)
    throw new UsageError(`${values.cwd}: the workspace given with --cwd does not exist.`);
  if (!stats.isDirectory())
    throw new UsageError(`${values.cwd}: the workspace given with --cwd is not a directory.`);
  return location;
}

/** Exactly `info`, `warning` or `error` (no trimming, case-sensitive), as both releases read it. */
export function parseSeverity(value: string | undefined): Severity {
  if (value === undefined) return 'info';
  if ((SEVERITIES as readonly string[]).includes(value)) return value as Severity;
  throw new UsageError('Invalid --severity-min value. Expected one of: info, warning, error.');
}

/** `--policy` names a file the user typed: missing, it is an error, not a missing-policy finding. */
export function refuseMissingPolicyFlag(policyFlag: string | undefined, loaded: LoadedCheckInput): void {
  if (policyFlag === undefined || loaded.kind !== 'input' || loaded.input.policy.state !== 'missing') return;
  throw new UsageError(`${policyFlag}: the policy given with --policy does not exist.`);
}

export type CheckFormat = 'json' | 'sarif' | 'text';
const FORMATS: readonly CheckFormat[] = ['json', 'sarif', 'text'];

/** `--format`, else OpenClaw's rule: JSON with --json or when stdout is not a terminal. */
function outputFormat(values: { json?: boolean; format?: string }, io: CliIo): CheckFormat {
  if (values.format === undefined) return values.json || !io.stdoutIsTerminal ? 'json' : 'text';
  if (!(FORMATS as readonly string[]).includes(values.format))
    throw new UsageError(`--format must be one of: ${FORMATS.join(', ')}.`);
  if (values.json && values.format !== 'json')
    throw new UsageError(`--json and --format ${values.format} ask for different outputs; pass one.`);
  return values.format as CheckFormat;
}
