import { policyDisplayName, policyDocumentName } from '../engine/plugin-settings.js';
import { comparePolicies } from '../engine/policy-compare.js';
import { UsageError, EXIT_CLEAN, EXIT_FINDINGS, type CliIo } from './cli-io.js';
import { parseFlags } from './parse-flags.js';
import { readJsonArgument } from './read-json-file.js';

/** `compare --baseline <file> [--policy <file>] [--json]`: 0 at least as strict, 1 weaker, 2 unreadable. */
export async function compareCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags('compare', args, {
    baseline: { type: 'string' },
    policy: { type: 'string' },
    json: { type: 'boolean' },
  });
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
