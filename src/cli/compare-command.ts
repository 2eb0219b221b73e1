import { policyDisplayName, policyDocumentName } from '../engine/plugin-settings.js';
import { comparePolicies } from '../engine/policy-compare.js';
import { UsageError, EXIT_CLEAN, EXIT_FINDINGS, type CliIo } from './cli-io.js';
import { locationFrom } from './check-command.js';
import { LOCATION_FLAGS, parseFlags } from './parse-flags.js';
import { readJsonArgument } from './read-json-file.js';
import { releaseCompare } from './release-compare.js';
import { HOST_FLAGS, hostFrom, RELEASE_FLAG, releaseFrom } from './release-options.js';

/**
 * `compare --baseline <file> [--policy <file>] [--json]`: 0 at least as strict, 1 weaker, 2 unreadable.
 * A release with its own `policy compare` gets it (its files, findings and output); otherwise this
 * is policy-gate's comparison (weakenings), which the pull-request gate uses too.
 */
export async function compareCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags('compare', args, {
    ...LOCATION_FLAGS,
    ...RELEASE_FLAG,
    ...HOST_FLAGS,
    baseline: { type: 'string' },
    json: { type: 'boolean' },
  });
  const profile = releaseFrom(values.openclaw);
  const location = locationFrom(values, io);
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
  const name = (file: string) => ({
    display: policyDisplayName(file),
    document: policyDocumentName(policyDisplayName(file)),
  });
  const comparison = comparePolicies(
    await readJsonArgument(io.cwd, values.baseline),
    await readJsonArgument(io.cwd, policyFile),
    {
      baseline: name(values.baseline),
      candidate: name(policyFile),
    },
  );
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
