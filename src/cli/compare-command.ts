import { policyDisplayName, policyDocumentName } from '../engine/plugin-settings.js';
import { comparePolicies } from '../engine/policy-compare.js';
import { isRecord } from '../engine/record.js';
import { POLICY_CONTAINERS } from '../engine/registry.js';
import { UsageError, EXIT_CLEAN, EXIT_FINDINGS, type CliIo } from './cli-io.js';
import { existingLocationFrom } from './check-command.js';
import { LOCATION_FLAGS, parseFlags } from './parse-flags.js';
import {
  argumentName,
  isStdinArgument,
  readJsonArgument,
  refuseSeveralStdinArguments,
  STDIN_NAME,
} from './read-json-file.js';
import { releaseCompare } from './release-compare.js';
import { HOST_FLAGS, hostFrom, RELEASE_FLAG, releaseFrom } from './release-options.js';

/** The flags `compare` takes (its --help describes each). */
export const COMPARE_FLAGS = {
  ...LOCATION_FLAGS,
  ...RELEASE_FLAG,
  ...HOST_FLAGS,
  baseline: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/**
 * `compare --baseline <file> [--policy <file>] [--json]`: 0 at least as strict, 1 weaker, 2 unreadable.
 * A release with its own `policy compare` gets it (its files, findings and output); otherwise this
 * is policy-gate's comparison (weakenings), which the pull-request gate uses too.
 */
export async function compareCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags('compare', args, COMPARE_FLAGS);
  const profile = releaseFrom(values.openclaw);
  refuseSeveralStdinArguments([
    ['--baseline', values.baseline],
    ['--policy', values.policy?.trim()],
  ]);
  const location = existingLocationFrom(values, io);
  const host = hostFrom(profile, values, io, location.cwd, 'policy compare');
  if (profile.policyCompare !== undefined) {
    return releaseCompare(
      profile.policyCompare,
      {
        baseline: values.baseline,
        policy: values.policy,
        json: values.json === true,
        workspaceRoot: location.cwd,
        config: values.config,
        profile,
        host,
      },
      io,
    );
  }
  if (values.cwd !== undefined || values.config !== undefined)
    throw new UsageError(
      `--cwd and --config find the policy through the OpenClaw config, which OpenClaw ${profile.release} has no compare for: name both files (--baseline, --policy).`,
    );
  if (values.baseline === undefined) throw new UsageError('compare: --baseline <file> is required.');
  const policyFile = values.policy ?? 'policy.jsonc';
  const name = (file: string) => {
    const display = isStdinArgument(file) ? STDIN_NAME : policyDisplayName(file);
    return { display, document: policyDocumentName(display) };
  };
  const baseline = await readJsonArgument(io, values.baseline);
  const candidate = await readJsonArgument(io, policyFile);
  refuseNonPolicy('--baseline', values.baseline, baseline);
  refuseNonPolicy('--policy', policyFile, candidate);
  const comparison = comparePolicies(baseline, candidate, {
    baseline: name(values.baseline),
    candidate: name(policyFile),
  });
  if (values.json || !io.stdoutIsTerminal) {
    const { weakenings, ...report } = comparison;
    io.stdout(
      `${JSON.stringify({ ...report, weakenings: weakenings.map(({ rule, kind, detail }) => ({ rule, kind, detail })) })}\n`,
    );
  } else if (comparison.ok) {
    io.stdout(
      `policy compare: ${comparison.policyPath} is at least as strict as ${comparison.baselinePath} (${comparison.rulesChecked} rules checked)\n`,
    );
  } else {
    const lines = [`policy compare: ${comparison.policyPath} is weaker than ${comparison.baselinePath}`];
    for (const w of comparison.weakenings) lines.push(`  [${w.kind}] ${w.rule}: ${w.detail}`);
    for (const f of comparison.findings.filter((f) => f.checkId.endsWith('-invalid')))
      lines.push(`  [invalid] ${f.message}`);
    io.stdout(`${lines.join('\n')}\n`);
  }
  return comparison.ok ? EXIT_CLEAN : EXIT_FINDINGS;
}

/** The top-level sections a 2026.5.20 policy has rules in. */
const POLICY_SECTIONS: ReadonlySet<string> = new Set(POLICY_CONTAINERS.map((rule) => rule.path[0] as string));

/**
 * 2026.5.20 reads unknown top-level keys as no rules, so a document with keys but not one policy
 * section (a saved check report, an OpenClaw config) would compare as an empty policy: every
 * candidate "at least as strict". Such a file is refused instead. (A document that is no object is
 * the comparison's own invalid finding; an empty `{}` is a policy without rules.)
 */
function refuseNonPolicy(flag: string, file: string, document: unknown): void {
  if (!isRecord(document)) return;
  const keys = Object.keys(document);
  if (keys.length === 0 || keys.some((key) => POLICY_SECTIONS.has(key))) return;
  const shown = keys.slice(0, 4).join(', ') + (keys.length > 4 ? ', …' : '');
  const report =
    'attestation' in document || 'checksRun' in document ? ' (it looks like a check report)' : '';
  throw new UsageError(
    `${flag} ${argumentName(file)} is not a policy${report}: none of its keys (${shown}) is a policy section (${[...POLICY_SECTIONS].join(', ')}).`,
  );
}
