import { InputError } from '../workspace/input-error.js';
import { EXIT_CLEAN, EXIT_ERROR, UsageError, type CliIo } from './cli-io.js';

type Verb = (args: string[], io: CliIo) => Promise<number>;

// Each verb's module is loaded only when that verb runs: `check` need not load the HTTP server
// of `serve` or the GitHub client (about half of the start-up time).
const VERBS: Record<string, () => Promise<Verb>> = {
  check: async () => (await import('./check-command.js')).checkCommand,
  accept: async () => (await import('./accept-command.js')).acceptCommand,
  compare: async () => (await import('./compare-command.js')).compareCommand,
  diff: async () => (await import('./diff-command.js')).diffCommand,
  watch: async () => (await import('./watch-command.js')).watchCommand,
  gate: async () => (await import('./gate-command.js')).gateCommand,
  serve: async () => (await import('./serve-command.js')).serveCommand,
  migrate: async () => (await import('./migrate-command.js')).migrateCommand,
  status: async () => (await import('./status-command.js')).statusCommand,
};

/** The help text; the release names come from the profiles, loaded only when help is asked for. */
export async function usage(): Promise<string> {
  const { DEFAULT_RELEASE, SUPPORTED_RELEASES, releasesWhere } = await import('../engine/release-profile.js');
  const withAgents = releasesWhere((p) => p.agentSelection).join(', ');
  return `Usage: policy-gate <command> [options]   (policy-gate <command> --help: its flags and an example)

Commands:
  check [--json | --format json|sarif|text] [--cwd <workspace>] [--config <file>] [--policy <file>] [--severity-min info|warning|error]
  diff <before.json> <after.json> [--json] [--before-policy <file>] [--after-policy <file>]
  watch [--once] [--interval-ms <n>] [--json] [--severity-min <s>] [--cwd <workspace>] [--config <file>] [--policy <file>]
  accept [--cwd <workspace>] [--config <file>] [--policy <file>] [--out <file>] [--json]
  compare --baseline <file> [--policy <file>] [--json]
  gate --tool <name> [--json] [--cwd <workspace>] [--config <file>] [--policy <file>] [--accepted <file>]
  serve --accepted <file> [--cwd <workspace>] [--config <file>] [--policy <file>] [--host 127.0.0.1]
        [--port <n>, default 8088, 0 = any free port] (--token-file <file> | --insecure-loopback)
        [--audit-log <file>, default $XDG_STATE_HOME/policy-gate/audit-<id>.jsonl, else ~/.local/state/policy-gate/…]
        [--max-body-bytes <n>, default 4194304, 1 MiB to 32 MiB]
  migrate [--cwd <workspace>] [--dry-run] [--json]
  status [--base <git ref>] [--json] [--cwd <workspace>] [--config <file>] [--policy <file>] [--attestation <file>]

Every command: --openclaw <release>, the OpenClaw release to reproduce: ${SUPPORTED_RELEASES.join(' or ')}
(default ${DEFAULT_RELEASE}).
With ${withAgents}, check, watch, accept, compare, gate and serve also take:
  --agent <id>              the agent to evaluate (required when several agents are configured)
  --exec-approvals <file>   the exec approvals JSON document, instead of OpenClaw's state database
  --state-dir <dir>         OpenClaw's state directory (default $OPENCLAW_STATE_DIR, else ~/.openclaw)

--config, --policy, --out, --accepted and --audit-log are relative to the workspace; --token-file,
--exec-approvals, --state-dir and compare's --baseline to the current directory.

Exit codes: 0 clean or no drift, 1 findings, drift or stale, 2 bad arguments or unreadable input.
gate: 0 allow (or no decision: the runtime gate is off), 3 approval required, 4 block or deny, 2 error.
serve: runs until SIGTERM or SIGINT, then exits 0; 2 when it cannot start.
`;
}

/** One verb's help (`policy-gate <verb> --help`); the texts are loaded only when asked for. */
async function verbUsage(verb: string): Promise<string> {
  return (await import('./verb-help.js')).verbHelp(verb);
}

/** Runs one CLI invocation; never throws: every failure becomes exit 2 with one stderr line. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === 'help' && rest[0] !== undefined && Object.hasOwn(VERBS, rest[0])) {
    io.stdout(await verbUsage(rest[0]));
    return EXIT_CLEAN;
  }
  if (verb === undefined || verb === '--help' || verb === '-h' || verb === 'help') {
    io.stdout(await usage());
    return verb === undefined ? EXIT_ERROR : EXIT_CLEAN;
  }
  if (verb === '--version' || verb === '-V') {
    const version = await packageVersion().catch((error: unknown) => {
      io.stderr(`policy-gate: cannot read its own package.json: ${oneLine(describeFailure(error))}\n`);
      return undefined;
    });
    if (version !== undefined) io.stdout(`${version}\n`);
    return version === undefined ? EXIT_ERROR : EXIT_CLEAN;
  }
  const load = Object.hasOwn(VERBS, verb) ? VERBS[verb] : undefined;
  if (load === undefined) {
    io.stderr(`policy-gate: unknown command '${verb}'. Run 'policy-gate --help' for the list.\n`);
    return EXIT_ERROR;
  }
  // `<verb> --help` anywhere before a `--`: that verb's flags and an example, whatever else is there.
  const flags = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (flags.includes('--help') || flags.includes('-h')) {
    io.stdout(await verbUsage(verb));
    return EXIT_CLEAN;
  }
  try {
    const run = await load();
    return await run(rest, io);
  } catch (error) {
    io.stderr(`policy-gate ${verb}: ${oneLine(describeFailure(error))}\n`);
    return EXIT_ERROR;
  }
}

/** The `version` of policy-gate's package.json (see package-manifest.ts for how it is found). */
async function packageVersion(): Promise<string> {
  return (await (await import('./package-manifest.js')).packageManifest()).version;
}

function describeFailure(error: unknown): string {
  if (error instanceof UsageError || error instanceof InputError) return error.message;
  if (error instanceof Error) return `internal error: ${error.message}`;
  return `internal error: ${String(error)}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
