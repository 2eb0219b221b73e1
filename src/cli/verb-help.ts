// `policy-gate <verb> --help`: what the verb does, every flag it takes, and an example to copy.
// The flag lists are the verbs' parseFlags tables in words; test/cli/verb-help.test.ts holds them
// to those tables (every flag a verb accepts is described here, and nothing else).
import { DEFAULT_RELEASE, releasesWhere, SUPPORTED_RELEASES } from '../engine/release-profile.js';

type Flag = readonly [flag: string, meaning: string];

interface VerbHelp {
  synopsis: string;
  summary: string;
  flags: readonly Flag[];
  /** Flags only a release with agent selection takes (2026.9.6). */
  hostFlags?: boolean;
  examples: readonly string[];
  exit: string;
}

const WORKSPACE: readonly Flag[] = [
  ['--cwd <workspace>', 'the workspace directory (default: the current directory); it must exist'],
  [
    '--config <file>',
    'the OpenClaw config, relative to the workspace (default openclaw.jsonc, then openclaw.json)',
  ],
  [
    '--policy <file>',
    "the policy, relative to the workspace (default the config's plugins.entries.policy.config.path, else policy.jsonc); a file named here must exist",
  ],
];

const HOST: readonly Flag[] = [
  ['--agent <id>', 'the agent to evaluate (required when several agents are configured)'],
  ['--exec-approvals <file>', "the exec approvals JSON document, instead of OpenClaw's state database"],
  ['--state-dir <dir>', "OpenClaw's state directory (default $OPENCLAW_STATE_DIR, else ~/.openclaw)"],
];

const SEVERITY: Flag = [
  '--severity-min <severity>',
  'info (default), warning or error: hide findings below it',
];
const STDIN = '- or /dev/stdin for standard input';

const EXIT_CHECK = '0 no findings, 1 findings, 2 bad arguments or unreadable input';

const VERBS: Readonly<Record<string, VerbHelp>> = {
  check: {
    synopsis: 'policy-gate check [options]',
    summary:
      "Checks a workspace against its policy and prints the report with its attestation (OpenClaw's `policy check`).\nOutput is JSON with --json or when stdout is not a terminal; on a terminal, the human lines, fix hints and the attestation hash.",
    flags: [
      ['--json', 'print the JSON report (the same as --format json)'],
      [
        '--format <format>',
        'json (the report), sarif (SARIF 2.1.0 for code scanning) or text (the human lines, also when piped)',
      ],
      SEVERITY,
      ...WORKSPACE,
    ],
    hostFlags: true,
    examples: [
      'policy-gate check --cwd agents/support',
      'policy-gate check --format sarif > policy-gate.sarif',
    ],
    exit: EXIT_CHECK,
  },
  watch: {
    synopsis: 'policy-gate watch [options]',
    summary:
      'Re-checks the workspace every interval and prints a line whenever the status (clean, findings, stale, error) or the attestation changes.',
    flags: [
      ['--once', 'check once, print and exit'],
      ['--interval-ms <ms>', 'milliseconds between checks, at least 250 (default 2000)'],
      ['--json', 'print JSON lines (also when stdout is not a terminal)'],
      SEVERITY,
      ...WORKSPACE,
    ],
    hostFlags: true,
    examples: ['policy-gate watch --cwd agents/support --interval-ms 5000'],
    exit: '--once: 0 clean, 1 findings or a stale accepted attestation, 2 bad arguments; otherwise runs until SIGINT or SIGTERM',
  },
  accept: {
    synopsis: 'policy-gate accept [options]',
    summary:
      "Writes the workspace's attestation file (its check report, pretty-printed) for the pull-request gate and the runtime gate to compare against.\nRefuses a workspace without a policy; leaves the file untouched when nothing but the time changed.",
    flags: [
      ['--out <file>', 'the attestation file, relative to the workspace (default policy.attestation.json)'],
      ['--json', 'print what was done as JSON'],
      ...WORKSPACE,
    ],
    hostFlags: true,
    examples: ['policy-gate accept --cwd agents/support && git add agents/support/policy.attestation.json'],
    exit: '0 written (or unchanged) and clean, 1 written with findings, 2 nothing written',
  },
  compare: {
    synopsis: 'policy-gate compare --baseline <file> [options]',
    summary:
      "Checks that a policy is at least as strict as a baseline policy, rule by rule (OpenClaw's `policy compare`).",
    flags: [
      ['--baseline <file>', `the baseline policy, relative to the current directory (required; ${STDIN})`],
      [
        '--policy <file>',
        `the policy to compare, relative to the current directory (default: the workspace's configured policy; ${STDIN})`,
      ],
      ['--json', 'print the JSON report (also when stdout is not a terminal)'],
      [
        '--cwd <workspace>',
        'the workspace whose configured policy is compared (default: the current directory)',
      ],
      ['--config <file>', 'the OpenClaw config, relative to the workspace'],
    ],
    hostFlags: true,
    examples: ['git show origin/main:policy.jsonc | policy-gate compare --baseline - --policy policy.jsonc'],
    exit: '0 at least as strict, 1 weaker or invalid, 2 bad arguments',
  },
  diff: {
    synopsis: 'policy-gate diff <before.json> <after.json> [options]',
    summary:
      'Compares two saved check reports (attestation files): which components changed, and what moved (findings, evidence, policy rules).',
    flags: [
      ['<before.json> <after.json>', `the two reports (either may be ${STDIN})`],
      ['--json', 'print the JSON comparison (also when stdout is not a terminal)'],
      ['--before-policy <file>', 'the policy of the first report, to list the rules added and removed'],
      ['--after-policy <file>', 'the policy of the second report'],
    ],
    examples: ['git show origin/main:policy.attestation.json | policy-gate diff - policy.attestation.json'],
    exit: '0 no drift, 1 drift, 2 unreadable or unverifiable reports',
  },
  gate: {
    synopsis: 'policy-gate gate --tool <name> [options]',
    summary:
      "Decides one tool call the agent is about to make, as the release's runtime gate does; with --accepted, every call is denied unless the workspace still matches the accepted attestation.",
    flags: [
      ['--tool <name>', 'the tool the agent is about to call (required)'],
      ['--accepted <file>', 'the accepted attestation file, relative to the workspace'],
      ['--json', 'print the decision as JSON'],
      ...WORKSPACE,
    ],
    hostFlags: true,
    examples: ['policy-gate gate --tool exec --accepted policy.attestation.json'],
    exit: '0 allow (or no decision), 3 approval required, 4 block or deny, 2 error',
  },
  serve: {
    synopsis: 'policy-gate serve --accepted <file> (--token-file <file> | --insecure-loopback) [options]',
    summary:
      'Runs the governance sidecar: an HTTP server that decides tool calls against the accepted attestation and keeps an audit log.',
    flags: [
      ['--accepted <file>', 'the accepted attestation file, relative to the workspace (required)'],
      ['--host <address>', 'the address to listen on (default 127.0.0.1)'],
      ['--port <n>', 'the port (default 8088; 0 = any free port)'],
      ['--token-file <file>', 'a file holding the bearer token clients must send'],
      ['--insecure-loopback', 'serve without a token (only on 127.0.0.1 or ::1)'],
      [
        '--audit-log <file>',
        'the audit log, relative to the workspace; never a link (default $XDG_STATE_HOME/policy-gate/audit-<id of the workspace>.jsonl, else ~/.local/state/policy-gate/…, outside the workspace)',
      ],
      ['--max-body-bytes <n>', 'the largest decision request accepted (default 4194304; 1 MiB to 32 MiB)'],
      ...WORKSPACE,
    ],
    hostFlags: true,
    examples: [
      'policy-gate serve --accepted policy.attestation.json --token-file ~/.config/policy-gate/token',
    ],
    exit: 'runs until SIGTERM or SIGINT, then 0; 2 when it cannot start',
  },
  status: {
    synopsis: 'policy-gate status [--base <git ref>] [options]',
    summary:
      "Will my pull request pass? The gate's decision, locally: the attestation accepted at the base ref against the working tree, with the same verdict, weakenings, tool downgrades and guarded settings, and the command that fixes it. Reviews live on GitHub, so a change that needs acceptance shows as awaiting-acceptance.",
    flags: [
      [
        '--base <git ref>',
        'the branch the pull request goes into (default origin/HEAD, else origin/main, main, origin/master, master)',
      ],
      [
        '--attestation <file>',
        'the attestation file, relative to the workspace (default policy.attestation.json)',
      ],
      ['--agent <id>', 'the agent to evaluate (2026.9.6, several agents configured)'],
      [
        '--exec-approvals <file>',
        'the committed exec approvals document, relative to the workspace, as the action reads it',
      ],
      ['--json', 'print the result as JSON (also when stdout is not a terminal)'],
      ...WORKSPACE,
    ],
    examples: ['policy-gate status --base origin/main'],
    exit: '0 the gate would pass, 1 it would not (findings, stale, drift, bootstrap, awaiting acceptance, error), 2 bad arguments or no git repository',
  },
  migrate: {
    synopsis: 'policy-gate migrate [options]',
    summary:
      "Moves TOOLS.md's tool declarations into AGENTS.md's `## Tools` section (where OpenClaw 2026.9.6 reads them) and removes TOOLS.md.",
    flags: [
      ['--cwd <workspace>', 'the workspace directory (default: the current directory)'],
      ['--dry-run', 'show what would change, write nothing'],
      ['--json', 'print the result as JSON'],
    ],
    examples: ['policy-gate migrate --cwd agents/support --dry-run'],
    exit: '0 migrated (or nothing to migrate), 2 refused',
  },
};

/** The verbs described, for the tests. */
export const DESCRIBED_VERBS: readonly string[] = Object.keys(VERBS);

export function verbHelp(verb: string): string {
  const help = Object.hasOwn(VERBS, verb) ? VERBS[verb] : undefined;
  if (help === undefined) return `policy-gate: no help for '${verb}'.\n`;
  const withAgents = releasesWhere((p) => p.agentSelection).join(', ');
  const flags: Flag[] = [
    ...help.flags,
    [
      '--openclaw <release>',
      `the OpenClaw release to reproduce: ${SUPPORTED_RELEASES.join(' or ')} (default ${DEFAULT_RELEASE})`,
    ],
    ...(help.hostFlags ? HOST.map(([flag, meaning]): Flag => [flag, `${meaning} [${withAgents}]`]) : []),
    ['-h, --help', 'this help'],
  ];
  const width = Math.max(...flags.map(([flag]) => flag.length));
  return [
    `Usage: ${help.synopsis}`,
    '',
    help.summary,
    '',
    'Options:',
    ...flags.map(([flag, meaning]) => `  ${flag.padEnd(width)}  ${meaning}`),
    '',
    help.examples.length === 1 ? 'Example:' : 'Examples:',
    ...help.examples.map((example) => `  ${example}`),
    '',
    `Exit codes: ${help.exit}.`,
    '',
  ].join('\n');
}
