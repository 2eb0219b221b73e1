#!/usr/bin/env node
// conformance-cases-2026.9.mjs: the case definitions of the OpenClaw 2026.9.6 goldens, and the
// generator that writes them as small real workspaces.
//
// DEV ONLY. `node scripts/conformance-cases-2026.9.mjs [--only a,b] [--prune]` (re)writes, for every
// case below, test/fixtures/conformance-2026.9/<case>/{workspace/, home/, state/} and the input
// part of case.json (description, args, oracle, tty). Recorded outputs already in case.json are
// kept; run scripts/conformance-oracle-2026.9.mjs afterwards to (re)record them (its --check
// reports every case whose inputs changed). --prune deletes case folders that are not defined
// here any more.
//
// A case definition:
//   name, description
//   verb         'check' (default) | 'watch' | 'compare'
//   args         extra policy-gate args after the standard ones (e.g. ['--agent', 'ops'])
//   rawArgs      the complete policy-gate args (overrides verb/args)
//   tty, oracle  copied to case.json (see the oracle script)
//   config       object (written as JSON) | string (raw text) | undefined (no config file);
//                configFile names it (default openclaw.json)
//   policy       object (written as JSON) | string (raw text) | undefined (no policy file);
//                policyFile names it (default policy.jsonc)
//   files        more workspace files { relative path: text }
//   home         files placed under the temp HOME { relative path: text }
//   agentWorkspace  agent id: every workspace file but the config goes to
//                home/.openclaw/workspace-<id>/ (where OpenClaw looks for a non-legacy agent)
//   execApprovals        text of state/exec-approvals.json (object -> pretty JSON), the raw_json
//                        of the exec_approvals_config row
//   legacyExecApprovals  text of state/legacy-exec-approvals.json (-> ~/.openclaw/exec-approvals.json)

import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SCRIPT = fileURLToPath(import.meta.url);
const REPO = resolve(dirname(SCRIPT), '..');
const OUT = join(REPO, 'test/fixtures/conformance-2026.9');
const JSON5 = createRequire(join(REPO, 'package.json'))('json5');

// ---------------------------------------------------------------------------------------------
// Helpers.

const isPlain = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

function merge(a, b) {
  if (!isPlain(a) || !isPlain(b)) return b;
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = k in out ? merge(out[k], v) : v;
  return out;
}

/** A config with the policy plugin enabled (the real CLI needs it), plus `extra`. */
function cfg(extra = {}, pluginConfig) {
  const entry = pluginConfig === undefined ? { enabled: true } : { enabled: true, config: pluginConfig };
  return merge({ plugins: { entries: { policy: entry } } }, extra);
}

const TELEGRAM = { channels: { telegram: { botToken: '123:abc' } } };

/** SPEC-2026.9 §11.1: sha256 of the stable JSON (keys sorted with localeCompare). */
function stableJson(v) {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (isPlain(v))
    return `{${Object.keys(v)
      .sort((a, b) => a.localeCompare(b))
      .map((k) => `${JSON.stringify(k)}:${stableJson(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}
export function policyHash(policyText) {
  return `sha256:${createHash('sha256')
    .update(stableJson(JSON5.parse(policyText)))
    .digest('hex')}`;
}

const lines = (...ls) => `${ls.join('\n')}\n`;

// ---------------------------------------------------------------------------------------------
// The cases.

export const CASES = [];
const add = (c) => CASES.push(c);

// --- baseline and precedence -----------------------------------------------------------------

add({
  name: 'clean-empty-policy',
  description:
    'An empty policy object with a telegram channel: no findings, the default evidence families only.',
  config: cfg(TELEGRAM),
  policy: {},
});

add({
  name: 'clean-no-channels',
  description:
    'The smallest valid config (only the policy plugin entry) and an empty policy: no findings, every default family empty.',
  config: cfg(),
  policy: {},
});

add({
  name: 'policy-missing',
  description:
    'No policy.jsonc: one policy-jsonc-missing warning, exit 1; early-return evidence includes dataHandling; no policy hash.',
  config: cfg(TELEGRAM),
});

add({
  name: 'policy-missing-custom-path',
  description:
    'plugins.entries.policy.config.path names a missing file in a subfolder: the message and path use the configured display name.',
  config: cfg(TELEGRAM, { path: 'policies/team.policy.jsonc' }),
});

add({
  name: 'policy-parse-error',
  description:
    'Unparseable policy.jsonc (unterminated object): policy-jsonc-invalid with the JSON5 message, no policy hash.',
  config: cfg(TELEGRAM),
  policy: '{ "mcp": { "servers": { "deny": ["x"] }\n',
});

add({
  name: 'policy-parse-error-bad-character',
  description: 'JSON5 "invalid character" message with line:column.',
  config: cfg(),
  policy: '{\n  "mcp": { "servers": { "deny": [x] } }\n}\n',
});

add({
  name: 'policy-parse-error-empty-file',
  description: 'An empty policy.jsonc is a parse error (JSON5: invalid end of input at 1:1).',
  config: cfg(),
  policy: '',
});

add({
  name: 'policy-root-array',
  description:
    'A policy whose root is an array parses and is hashed; the container check says it must contain a policy object.',
  config: cfg(),
  policy: '[]\n',
});

add({
  name: 'policy-root-null',
  description: 'A policy of `null`: parsed, hashed, container shape finding.',
  config: cfg(),
  policy: 'null\n',
});

add({
  name: 'policy-root-string',
  description: 'A policy that is a JSON5 string: parsed, hashed, container shape finding.',
  config: cfg(),
  policy: "'just a string'\n",
});

add({
  name: 'policy-json5-syntax',
  description:
    'JSON5 syntax: comments, unquoted keys, single quotes, trailing commas, hex numbers in an ignored place; a denied MCP server still fires.',
  config: cfg({ mcp: { servers: { docs: { url: 'https://docs.example.com/mcp' } } } }),
  policy: lines(
    '// policy for the team',
    '{',
    '  /* block comment */',
    "  mcp: { servers: { deny: ['docs',], }, },",
    '}',
  ),
});

add({
  name: 'policy-bom',
  description: 'A UTF-8 BOM before the policy JSON is accepted; same hash as without it.',
  config: cfg({ mcp: { servers: { docs: { url: 'https://docs.example.com/mcp' } } } }),
  policy: `\uFEFF${JSON.stringify({ mcp: { servers: { deny: ['docs'] } } })}\n`,
});

add({
  name: 'policy-custom-subdir-path',
  description:
    'config.path = policies/team.policy.jsonc: display name in findings and attestation.policy.path is the configured relative path; <doc> is its basename.',
  config: cfg(
    { mcp: { servers: { docs: { url: 'https://docs.example.com/mcp' } } } },
    { path: 'policies/team.policy.jsonc' },
  ),
  policyFile: 'policies/team.policy.jsonc',
  policy: { mcp: { servers: { deny: ['docs'] }, extra: true } },
});

add({
  name: 'policy-path-trimmed',
  description: 'config.path with surrounding blanks is trimmed.',
  config: cfg({}, { path: '  custom.jsonc  ' }),
  policyFile: 'custom.jsonc',
  policy: { 'x-unknown': 1 },
});

add({
  name: 'policy-path-blank-falls-back',
  description: 'A blank config.path falls back to policy.jsonc.',
  config: cfg({}, { path: '   ' }),
  policy: { 'x-unknown': 1 },
});

add({
  name: 'policy-absolute-path-dev-null',
  description:
    'An absolute config.path (/dev/null): display name is the basename `null`, empty content is a parse error.',
  config: cfg({}, { path: '/dev/null' }),
});

add({
  name: 'policy-path-is-directory',
  description:
    'policy.jsonc is a directory: the read error propagates, exit 2, raw Node message on stderr, no stdout.',
  config: cfg(),
  files: { 'policy.jsonc/.keep': '' },
});

add({
  name: 'checks-disabled-config-enabled-false',
  description:
    'plugins.entries.policy.config.enabled:false: checks off, no findings, exit 0, early-return evidence, no policy hash.',
  config: cfg(TELEGRAM, { enabled: false }),
  policy: { mcp: { servers: { deny: ['docs'] } } },
});

add({
  name: 'checks-disabled-ignores-tools-and-locks',
  description:
    'config.enabled:false wins over a TOOLS.md, tool rules and a wrong expectedHash: no findings, no tools evidence.',
  config: cfg({}, { enabled: false, expectedHash: 'sha256:0000' }),
  policy: { tools: { requireMetadata: ['risk'] } },
  files: { 'TOOLS.md': '# Tools\n\n### fetch\n' },
});

add({
  name: 'plugin-entry-enabled-false',
  description:
    'plugins.entries.policy.enabled:false: the real CLI refuses the command (exit 1, JSON envelope on stdout because stdout is not a TTY).',
  config: { plugins: { entries: { policy: { enabled: false } } } },
  policy: {},
});

add({
  name: 'no-config-file',
  description:
    'No config file at all: the bundled policy plugin is disabled by default, the real CLI refuses (exit 1, envelope).',
  policy: {},
});

add({
  name: 'config-without-policy-entry',
  description: 'A valid config without plugins.entries.policy: refused like no config (exit 1, envelope).',
  config: TELEGRAM,
  policy: {},
});

add({
  name: 'config-parse-failure',
  description:
    'Unparseable openclaw.json: the real CLI prints the "Invalid config at …" envelope, exit 1, no report.',
  config: '{ "plugins": { "entries": { "policy": { "enabled": true } } }\n',
  policy: {},
});

add({
  name: 'config-schema-invalid-unknown-key',
  description:
    'A schema-invalid config (unknown top-level key): refused by the real CLI, exit 1, envelope listing the issue.',
  config: cfg({ surprise: true }),
  policy: {},
});

add({
  name: 'config-schema-invalid-plugin-config-key',
  description:
    'plugins.entries.policy.config.runtimeToolPolicy (an E3-era key) is not in the 2026.9.6 plugin schema: refused.',
  config: cfg({}, { runtimeToolPolicy: 'enforce' }),
  policy: {},
});

add({
  name: 'config-schema-invalid-several-issues',
  description:
    'Several schema issues at once (bad transport, unknown channel, auth profile without mode): the envelope lists what the validator reports.',
  config: cfg({
    channels: { zzz: { enabled: true } },
    mcp: { servers: { a: { url: 'https://a.example', transport: 'websocket' } } },
  }),
  policy: {},
});

add({
  name: 'config-jsonc-preferred',
  description:
    'Both openclaw.jsonc and openclaw.json exist: policy-gate auto-detects openclaw.jsonc first (the oracle passes it as OPENCLAW_CONFIG_PATH).',
  configFile: 'openclaw.jsonc',
  config: lines(
    '// jsonc config',
    JSON.stringify(cfg({ mcp: { servers: { docs: { command: 'docs-mcp' } } } }), null, 2),
  ),
  files: { 'openclaw.json': `${JSON.stringify(cfg(TELEGRAM), null, 2)}\n` },
  policy: { mcp: { servers: { deny: ['docs'] } } },
});

add({
  name: 'config-custom-path-flag',
  description: '--config names the config file (relative to the workspace).',
  args: ['--config', 'conf/openclaw.prod.json'],
  files: {
    'conf/openclaw.prod.json': `${JSON.stringify(cfg({ mcp: { servers: { x: { command: 'x' } } } }), null, 2)}\n`,
  },
  policy: { mcp: { servers: { allow: ['y'] } } },
});

add({
  name: 'config-invalid-plugin-command-parse',
  oracle: 'plugin-command',
  description:
    "The plugin's own config-invalid report (unreachable from the real CLI): unparseable config -> policy/config-invalid, checksRun 1, checksSkipped 68, no attestation.",
  config: '{ "plugins": { "entries": { "policy": { "enabled": true } } }\n',
  policy: {},
});

add({
  name: 'config-invalid-plugin-command-schema',
  oracle: 'plugin-command',
  description:
    "The plugin's own config-invalid report for schema issues: one finding per issue with the dotted path.",
  config: cfg({
    surprise: true,
    mcp: { servers: { a: { url: 'https://a.example', transport: 'websocket' } } },
  }),
  policy: {},
});

add({
  name: 'config-invalid-plugin-command-severity-min',
  oracle: 'plugin-command',
  args: ['--severity-min', 'error'],
  description: 'config-invalid findings are errors: still visible at --severity-min error.',
  config: cfg({ surprise: 1 }),
  policy: {},
});

// --- hash locks ------------------------------------------------------------------------------

const LOCK_POLICY = `${JSON.stringify({ mcp: { servers: { deny: ['shell'] } } }, null, 2)}\n`;

add({
  name: 'policy-hash-match-trimmed',
  description:
    'expectedHash equal to the policy hash (with surrounding blanks, trimmed): no mismatch, normal evaluation.',
  config: cfg(
    { mcp: { servers: { shell: { command: 'sh-mcp' } } } },
    { expectedHash: `  ${policyHash(LOCK_POLICY)}  ` },
  ),
  policy: LOCK_POLICY,
});

add({
  name: 'policy-hash-mismatch',
  description:
    'Wrong expectedHash: only policy-hash-mismatch; the attestation carries the policy hash; initial evidence.',
  config: cfg(
    { mcp: { servers: { shell: { command: 'sh-mcp' } } } },
    { expectedHash: 'sha256:0000000000000000000000000000000000000000000000000000000000000000' },
  ),
  policy: LOCK_POLICY,
});

add({
  name: 'policy-hash-mismatch-with-shape-errors',
  description:
    'Wrong expectedHash on a policy with shape errors: the hash lock comes first, only the mismatch finding.',
  config: cfg({}, { expectedHash: 'sha256:abc' }),
  policy: { tools: { profiles: { allow: ['Coding'] } }, bogus: 1 },
});

add({
  name: 'policy-hash-blank-ignored',
  description: 'Blank expectedHash and expectedAttestationHash are ignored.',
  config: cfg(
    { mcp: { servers: { shell: { command: 'sh-mcp' } } } },
    { expectedHash: '   ', expectedAttestationHash: ' ' },
  ),
  policy: LOCK_POLICY,
});

add({
  name: 'attestation-hash-mismatch-with-findings',
  description:
    'Wrong expectedAttestationHash with rule findings: only policy/attestation-hash-mismatch is shown; the attestation hashes the rule findings.',
  config: cfg(
    { mcp: { servers: { shell: { command: 'sh-mcp' } } } },
    { expectedAttestationHash: 'sha256:1111' },
  ),
  policy: LOCK_POLICY,
});

add({
  name: 'attestation-hash-mismatch-clean',
  description: 'Wrong expectedAttestationHash on a clean workspace: the mismatch finding, exit 1.',
  config: cfg({}, { expectedAttestationHash: 'sha256:2222' }),
  policy: {},
});

add({
  name: 'attestation-hash-mismatch-with-validation-finding',
  description:
    'Wrong expectedAttestationHash and a shape error: validation findings win, no mismatch finding.',
  config: cfg({}, { expectedAttestationHash: 'sha256:3333' }),
  policy: { mcp: { servers: { deny: 'shell' } } },
});

add({
  name: 'attestation-hash-mismatch-with-tools-md',
  description:
    'Wrong expectedAttestationHash and a TOOLS.md migration finding: all policy findings shown, no mismatch finding.',
  config: cfg({}, { expectedAttestationHash: 'sha256:4444' }),
  policy: { tools: { requireMetadata: ['owner'] } },
  files: { 'TOOLS.md': '', 'AGENTS.md': '## Tools\n- fetch: risk: low\n' },
});

add({
  name: 'attestation-lock-not-evaluated-when-policy-missing',
  description:
    'expectedAttestationHash with a missing policy: the lock is not evaluated; the missing-policy warning only.',
  config: cfg({}, { expectedAttestationHash: 'sha256:5555' }),
});

add({
  name: 'attestation-lock-not-evaluated-when-hash-mismatch',
  description:
    'Both locks wrong: policy-hash-mismatch only (the attestation lock is not evaluated after a policy hash mismatch).',
  config: cfg({}, { expectedHash: 'sha256:6666', expectedAttestationHash: 'sha256:7777' }),
  policy: {},
});

// Hashes below were taken from a first recording of the same workspace without the lock (the
// lock itself is not part of the evidence); if the evaluation ever changes they turn into
// mismatches, which is the point.
add({
  name: 'attestation-hash-match-clean',
  description:
    'expectedAttestationHash equal to the current attestation hash of a clean workspace: ok, exit 0.',
  config: cfg({}, { expectedAttestationHash: 'ATTESTATION_OF:clean-no-channels' }),
  policy: {},
});

add({
  name: 'attestation-hash-match-with-findings',
  description:
    'expectedAttestationHash equal to the attestation hash of a workspace with findings: no mismatch, the rule findings are shown, exit 1.',
  config: cfg(
    { mcp: { servers: { shell: { command: 'sh-mcp' } } } },
    { expectedAttestationHash: 'ATTESTATION_OF:attestation-hash-mismatch-with-findings' },
  ),
  policy: LOCK_POLICY,
});

// --- severity and CLI flags ------------------------------------------------------------------

add({
  name: 'severity-min-error-hides-warning',
  args: ['--severity-min', 'error'],
  description:
    '--severity-min error with only the missing-policy warning: ok true, no visible findings, exit 0; the attestation still hashes the warning.',
  config: cfg(),
});

add({
  name: 'severity-min-warning-keeps-errors',
  args: ['--severity-min', 'warning'],
  description: '--severity-min warning keeps error findings.',
  config: cfg({ mcp: { servers: { shell: { command: 'sh-mcp' } } } }),
  policy: LOCK_POLICY,
});

add({
  name: 'severity-min-info-explicit',
  args: ['--severity-min', 'info'],
  description: '--severity-min info is the default threshold.',
  config: cfg(),
});

add({
  name: 'severity-min-invalid',
  args: ['--severity-min', 'fatal'],
  description:
    'Unknown --severity-min value: exit 2, "Invalid --severity-min value. Expected one of: info, warning, error." on stderr.',
  config: cfg(),
  policy: {},
});

add({
  name: 'severity-min-case-sensitive',
  args: ['--severity-min', 'Error'],
  description: '--severity-min is matched exactly (case-sensitive): `Error` is invalid, exit 2.',
  config: cfg(),
  policy: {},
});

add({
  name: 'severity-min-checked-before-config',
  args: ['--severity-min', 'loud'],
  description:
    '--severity-min is validated before the config is read: with an invalid (but parseable) policy, still exit 2.',
  config: cfg(),
  policy: '{ broken',
});

add({
  name: 'non-tty-defaults-to-json',
  rawArgs: ['check', '--cwd', '.', '--openclaw', '2026.9.6'],
  description: 'No --json but stdout is a pipe: the report is JSON anyway (machine output).',
  config: cfg(TELEGRAM),
  policy: {},
});

add({
  name: 'unknown-option',
  args: ['--bogus'],
  description: 'An unknown option is a CLI-level error: exit 1 with the JSON envelope on stdout.',
  config: cfg(),
  policy: {},
});

// --- channels --------------------------------------------------------------------------------

add({
  name: 'channels-denied-provider',
  description:
    'A deny rule for the telegram provider with a reason: channels-denied-provider with the reason as fixHint.',
  config: cfg(TELEGRAM),
  policy: {
    channels: {
      denyRules: [{ id: 'no-telegram', when: { provider: 'telegram' }, reason: 'Telegram is not approved.' }],
    },
  },
});

add({
  name: 'channels-denied-first-rule-wins-and-disabled-skipped',
  description:
    'Two rules match telegram (the first wins, default fixHint without reason); a disabled discord channel is not flagged; discord is not bundled (raw settings offline).',
  config: cfg({ channels: { telegram: { botToken: '1:a' }, discord: { enabled: false, token: 'x' } } }),
  policy: {
    channels: {
      denyRules: [
        { when: { provider: 'telegram' } },
        { id: 'second', when: { provider: 'telegram' }, reason: 'unused' },
        { when: { provider: 'discord' } },
      ],
    },
  },
});

add({
  name: 'channels-denied-provider-case-sensitive',
  description:
    'when.provider is compared case-sensitively and untrimmed: `Telegram` and ` telegram` match nothing.',
  config: cfg(TELEGRAM),
  policy: {
    channels: { denyRules: [{ when: { provider: 'Telegram' } }, { when: { provider: ' telegram' } }] },
  },
});

add({
  name: 'channels-denied-several-channels',
  description:
    'Several configured channels (telegram bundled, slack and signal not): each denied one is flagged in channel id order.',
  config: cfg({
    channels: {
      telegram: { botToken: '1:a' },
      slack: { botToken: 'xoxb-1', appToken: 'xapp-1' },
      signal: { account: '+15550001' },
    },
  }),
  policy: { channels: { denyRules: [{ when: { provider: 'slack' } }, { when: { provider: 'telegram' } }] } },
});

add({
  name: 'shape-container-order-top-level-key-first',
  description:
    'Container check, first failure only: an unknown top-level key (step 2) is reported before errors inside tools (step 3) and channels (step 4), whatever the key order.',
  config: cfg(TELEGRAM),
  policy: { tools: { nope: true }, channels: { allow: ['x'] }, bogus: 1 },
});

add({
  name: 'shape-container-order-tools-before-mcp',
  description:
    'Container order: tools (step 3) before channels (4) and mcp (5) even when mcp comes first in the file; the channel deny-rule validator and the MCP evaluator still run.',
  config: cfg({ ...TELEGRAM, mcp: { servers: { docs: { command: 'd' } } } }),
  policy: {
    mcp: { tools: {}, servers: { deny: ['docs'] } },
    channels: { denyRules: 'telegram' },
    tools: { settings: {} },
  },
});

add({
  name: 'shape-container-order-exec-approvals-first',
  description:
    'Container order among the later sections: execApprovals (12) before sandbox (13), ingress (14), gateway (15), routing (16), agents (17), scopes (18); the exec-approvals finding is duplicated by step 12.14, the routing/ingress/agents/sandbox evaluators skip themselves, the gateway one has no shape gate.',
  config: cfg(),
  policy: {
    scopes: [],
    agents: { x: 1 },
    routing: 1,
    gateway: { x: 1 },
    ingress: { x: 1 },
    sandbox: { x: 1 },
    execApprovals: { x: 1 },
  },
});

add({
  name: 'shape-channels-denyrules-not-array',
  description:
    'channels.denyRules is an object: the channel validator finding replaces the channel findings.',
  config: cfg(TELEGRAM),
  policy: { channels: { denyRules: { when: { provider: 'telegram' } } } },
});

add({
  name: 'shape-channels-denyrule-unknown-key',
  description: 'An unknown key in a deny rule: "is not supported in channel deny rules."',
  config: cfg(TELEGRAM),
  policy: {
    channels: {
      denyRules: [
        { when: { provider: 'telegram' } },
        { id: 'x', when: { provider: 'slack' }, severity: 'high' },
      ],
    },
  },
});

add({
  name: 'shape-channels-denyrule-when-unknown-key',
  description: "An unknown key in a deny rule's `when`.",
  config: cfg(TELEGRAM),
  policy: { channels: { denyRules: [{ when: { provider: 'telegram', account: 'work' } }] } },
});

add({
  name: 'shape-channels-denyrule-missing-provider',
  description: 'A deny rule without when.provider: "must define when.provider as a string."',
  config: cfg(TELEGRAM),
  policy: { channels: { denyRules: [{ when: { provider: 'telegram' } }, { id: 'x', when: {} }] } },
});

add({
  name: 'shape-channels-unknown-key',
  description: 'An unknown key in the channels section (container check).',
  config: cfg(TELEGRAM),
  policy: { channels: { allow: ['telegram'] } },
});

// --- MCP -------------------------------------------------------------------------------------

add({
  name: 'mcp-denied-and-unapproved',
  description:
    'MCP servers: one denied, one not in the allowlist, one approved; transports stdio / streamable-http.',
  config: cfg({
    mcp: {
      servers: {
        docs: { url: 'https://docs.example.com/mcp' },
        shell: { command: 'sh-mcp' },
        wiki: { url: 'https://wiki.example.com/mcp/path?q=1' },
      },
    },
  }),
  policy: { mcp: { servers: { allow: ['docs', 'shell'], deny: ['shell'] } } },
});

add({
  name: 'mcp-evidence-transports-and-quoting',
  description:
    'MCP evidence: sse / streamable-http / stdio transports, url redaction (credentials, path, port), quoted source segments for non-plain ids (`é`, `d e`).',
  config: cfg({
    mcp: {
      servers: {
        a: { url: 'https://x.example/mcp', transport: 'sse' },
        b: { url: 'https://y.example', transport: 'streamable-http' },
        c: { command: 'c-mcp', transport: 'sse' },
        é: { command: 'e-mcp' },
        'd e': { url: 'http://user:pw@h.example:8080/p' },
      },
    },
  }),
  policy: { mcp: { servers: { allow: ['a'] } } },
});

add({
  name: 'mcp-allow-entries-trimmed-case-kept',
  description:
    'mcp.servers.allow entries are trimmed but case-sensitive: " docs " approves docs, "Wiki" does not approve wiki.',
  config: cfg({ mcp: { servers: { docs: { command: 'd' }, wiki: { command: 'w' } } } }),
  policy: { mcp: { servers: { allow: [' docs ', 'Wiki'] } } },
});

add({
  name: 'mcp-deny-wins-over-allow',
  description: 'A server both allowed and denied: only mcp-denied-server.',
  config: cfg({ mcp: { servers: { docs: { command: 'd' } } } }),
  policy: { mcp: { servers: { allow: ['docs'], deny: ['docs'] } } },
});

add({
  name: 'mcp-allow-empty-list',
  description: 'An empty allowlist disables the allow rule (no findings).',
  config: cfg({ mcp: { servers: { docs: { command: 'd' } } } }),
  policy: { mcp: { servers: { allow: [] } } },
});

add({
  name: 'shape-mcp-deny-blank-entry',
  description:
    'A blank MCP deny entry: shape finding ("a MCP server id" hint) and the other entries still enforced.',
  config: cfg({ mcp: { servers: { docs: { command: 'd' } } } }),
  policy: { mcp: { servers: { deny: ['docs', '  '] } } },
});

add({
  name: 'shape-mcp-servers-unknown-key',
  description: 'mcp.servers.block is not supported ("is not supported in policy.").',
  config: cfg(),
  policy: { mcp: { servers: { block: ['x'] } } },
});

add({
  name: 'shape-mcp-unknown-key',
  description: 'mcp.tools is not supported in MCP policy.',
  config: cfg(),
  policy: { mcp: { tools: {} } },
});

add({
  name: 'shape-mcp-servers-not-object',
  description: 'mcp.servers as an array: must be an object.',
  config: cfg(),
  policy: { mcp: { servers: ['docs'] } },
});

// --- models ----------------------------------------------------------------------------------

add({
  name: 'models-denied-and-unapproved',
  description:
    'Model providers and refs: denied provider, unapproved refs, provider ids trimmed and lowercased only (no alias folding).',
  config: cfg({
    models: {
      providers: {
        openrouter: { baseUrl: 'https://openrouter.example.com/v1', models: [] },
      },
    },
    agents: {
      defaults: {
        model: { primary: 'anthropic/claude-sonnet-4-5', fallbacks: ['openrouter/some-model', 'Z.AI/glm-4'] },
      },
    },
  }),
  policy: { models: { providers: { allow: ['anthropic', 'zai'], deny: ['openrouter'] } } },
});

add({
  name: 'models-refs-walk',
  agentWorkspace: 'main',
  description:
    'Model refs from agents.defaults.model (string), imageModel, models map keys, per-agent model and models, subagents.model; refs canonicalised by the loader.',
  args: ['--agent', 'main'],
  config: cfg({
    agents: {
      defaults: {
        model: 'Anthropic/claude-opus-4',
        imageModel: 'openai/gpt-image-1',
        models: { 'openai/gpt-5': {}, 'Mistral/large': { alias: 'big' } },
        subagents: { model: 'google/gemini-2.5-pro' },
      },
      list: [
        {
          id: 'main',
          default: true,
          model: { primary: 'openai/gpt-5-mini', fallbacks: ['anthropic/claude-haiku-4'] },
        },
        { id: 'ops', model: 'deepseek/deepseek-chat' },
      ],
    },
  }),
  policy: { models: { providers: { allow: ['openai'] } } },
});

add({
  name: 'models-provider-aliases-not-folded',
  description:
    '2026.9.6 normalises provider ids by trim+lowercase only: `bedrock` does not match `amazon-bedrock`, ` OpenAI ` matches openai.',
  config: cfg({
    agents: {
      defaults: { model: { primary: 'bedrock/titan', fallbacks: ['amazon-bedrock/claude', 'openai/gpt-5'] } },
    },
  }),
  policy: { models: { providers: { deny: ['amazon-bedrock'], allow: [' OpenAI ', 'amazon-bedrock'] } } },
});

add({
  name: 'models-configured-provider-keys',
  description:
    'models.providers keys (custom providers with baseUrl+models) are evidence with the raw key in source; denied and unapproved.',
  config: cfg({
    models: {
      providers: {
        'my-llm': { baseUrl: 'https://llm.example.com/v1', models: [{ id: 'm1', name: 'M1' }] },
        openai: { apiKey: 'sk-test' },
      },
    },
  }),
  policy: { models: { providers: { allow: ['openai'], deny: ['MY-LLM'] } } },
});

add({
  name: 'models-ref-without-provider',
  description:
    'Refs without a provider part (no slash, leading slash) are not model refs; only the well-formed one is evaluated.',
  config: cfg({
    agents: { defaults: { model: { primary: 'gpt-5', fallbacks: ['anthropic/claude-sonnet-4-5'] } } },
  }),
  policy: { models: { providers: { allow: ['openai'] } } },
});

add({
  name: 'shape-models-allow-non-string-entry',
  description: 'A non-string entry in models.providers.allow: shape finding, and the list is not enforced.',
  config: cfg({ agents: { defaults: { model: 'anthropic/claude-sonnet-4-5' } } }),
  policy: { models: { providers: { allow: ['openai', 42] } } },
});

add({
  name: 'shape-models-unknown-key',
  description: 'models.refs is not supported in model policy.',
  config: cfg(),
  policy: { models: { refs: { allow: [] } } },
});

add({
  name: 'shape-models-providers-allow-not-array',
  description: 'models.providers.allow as a string: must be an array.',
  config: cfg(),
  policy: { models: { providers: { allow: 'openai' } } },
});

// --- network ---------------------------------------------------------------------------------

add({
  name: 'network-private-access-enabled',
  description:
    'privateNetwork.allow false with the schema-valid flags set true: browser-private-network, web-fetch-rfc2544 and ipv6 unique-local ranges.',
  config: cfg({
    browser: { ssrfPolicy: { dangerouslyAllowPrivateNetwork: true } },
    tools: {
      web: { fetch: { ssrfPolicy: { allowRfc2544BenchmarkRange: true, allowIpv6UniqueLocalRange: false } } },
    },
  }),
  policy: { network: { privateNetwork: { allow: false } } },
});

add({
  name: 'network-private-access-web-fetch-ranges',
  description: 'Only the web-fetch range flags, both true: two findings.',
  config: cfg({
    tools: {
      web: { fetch: { ssrfPolicy: { allowRfc2544BenchmarkRange: true, allowIpv6UniqueLocalRange: true } } },
    },
  }),
  policy: { network: { privateNetwork: { allow: false } } },
});

add({
  name: 'network-allow-true-no-findings',
  description: 'privateNetwork.allow true: the rule is off, evidence only.',
  config: cfg({ browser: { ssrfPolicy: { dangerouslyAllowPrivateNetwork: true } } }),
  policy: { network: { privateNetwork: { allow: true } } },
});

add({
  name: 'network-legacy-keys-schema-invalid',
  description:
    'The legacy allowPrivateNetwork keys are rejected by the 2026.9.6 schema: the real CLI refuses (exit 1 envelope).',
  config: cfg({ browser: { ssrfPolicy: { allowPrivateNetwork: true } } }),
  policy: { network: { privateNetwork: { allow: false } } },
});

add({
  name: 'network-legacy-keys-unvalidated',
  oracle: 'plugin-command-unvalidated',
  description:
    'The six network flags, legacy ones included, on a raw (unvalidated) config: all six evidence entries, five findings (one flag false).',
  config: cfg({
    browser: { ssrfPolicy: { dangerouslyAllowPrivateNetwork: true, allowPrivateNetwork: true } },
    tools: {
      web: {
        fetch: {
          ssrfPolicy: {
            dangerouslyAllowPrivateNetwork: true,
            allowPrivateNetwork: true,
            allowRfc2544BenchmarkRange: false,
            allowIpv6UniqueLocalRange: true,
          },
        },
      },
    },
  }),
  policy: { network: { privateNetwork: { allow: false } } },
});

add({
  name: 'shape-network-allow-not-boolean',
  description: 'network.privateNetwork.allow as a string: must be a boolean (hint "is true or false").',
  config: cfg(),
  policy: { network: { privateNetwork: { allow: 'no' } } },
});

add({
  name: 'shape-network-unknown-keys',
  description: 'network.publicNetwork is not supported in network policy.',
  config: cfg(),
  policy: { network: { publicNetwork: {} } },
});

add({
  name: 'shape-network-private-unknown-key',
  description: 'network.privateNetwork.deny is not supported.',
  config: cfg(),
  policy: { network: { privateNetwork: { deny: true } } },
});

// --- routing ---------------------------------------------------------------------------------

add({
  name: 'routing-bindings-required-none',
  description:
    'routing.requireBindings with no route bindings (single agent): routing-bindings-required; routing evidence.',
  config: cfg(TELEGRAM),
  policy: { routing: { requireBindings: true } },
});

add({
  name: 'routing-bindings-required-acp-only',
  description: 'Only an ACP binding (type "acp") does not count as a route binding.',
  config: cfg({
    ...TELEGRAM,
    bindings: [
      { type: 'acp', agentId: 'main', match: { channel: 'telegram', peer: { kind: 'direct', id: '42' } } },
    ],
  }),
  policy: { routing: { requireBindings: true, requireConfiguredChannels: true } },
});

add({
  name: 'routing-binding-channel-unconfigured',
  description:
    'A binding to discord (not configured) with requireConfiguredChannels: one finding for the binding index.',
  config: cfg({
    ...TELEGRAM,
    bindings: [
      { agentId: 'main', match: { channel: 'telegram' } },
      { agentId: 'main', match: { channel: 'discord' } },
    ],
  }),
  policy: { routing: { requireBindings: true, requireConfiguredChannels: true } },
});

add({
  name: 'routing-probes-mismatch',
  agentWorkspace: 'main',
  args: ['--agent', 'main'],
  description:
    'Routing probes on a multi-agent config: an agent mismatch, a match-kind mismatch and a matching probe; the loader appends channel-wide default bindings.',
  config: cfg({
    channels: { telegram: { botToken: '1:a' } },
    agents: { list: [{ id: 'main', default: true }, { id: 'ops' }, { id: 'sales' }] },
    bindings: [
      { agentId: 'ops', match: { channel: 'telegram', peer: { kind: 'direct', id: '42' } } },
      { agentId: 'sales', match: { channel: 'telegram', peer: { kind: 'group', id: '-100' } } },
    ],
  }),
  policy: {
    routing: {
      probes: [
        {
          id: 'dm-42',
          route: { channel: 'telegram', peer: { kind: 'direct', id: '42' } },
          expect: { agentId: 'sales' },
        },
        {
          id: 'group',
          route: { channel: 'Telegram', peer: { kind: 'group', id: '-100' } },
          expect: { agentId: 'sales', matchedBy: ['binding.channel'] },
        },
        {
          id: 'other',
          route: { channel: 'telegram', peer: { kind: 'direct', id: '7' } },
          expect: { agentId: 'main', matchedBy: ['binding.channel', 'default'] },
        },
      ],
    },
  },
});

add({
  name: 'routing-probes-single-agent',
  description:
    'Routing probes with the implicit agent main: a channel-only binding resolves as binding.account (account pattern ""), an expectation of binding.channel mismatches; an unknown expected agent mismatches.',
  config: cfg({ ...TELEGRAM, bindings: [{ agentId: 'main', match: { channel: 'telegram' } }] }),
  policy: {
    routing: {
      requireBindings: true,
      probes: [
        {
          id: 'p1',
          route: { channel: 'telegram', accountId: 'default' },
          expect: { agentId: 'main', matchedBy: ['binding.channel'] },
        },
        { id: 'p2', route: { channel: 'telegram' }, expect: { agentId: 'Support' } },
      ],
    },
  },
});

add({
  name: 'routing-probes-ok',
  description:
    'Probes that match (agent and match kind): no findings, routing evidence lists bindings and probes.',
  config: cfg({
    ...TELEGRAM,
    bindings: [{ agentId: 'main', match: { channel: 'telegram', accountId: '*' } }],
  }),
  policy: {
    routing: {
      requireBindings: true,
      requireConfiguredChannels: true,
      probes: [
        {
          id: 'any',
          route: { channel: 'telegram', peer: { kind: 'direct', id: '1' } },
          expect: { agentId: 'main', matchedBy: ['binding.channel'] },
        },
      ],
    },
  },
});

add({
  name: 'shape-routing-not-object',
  description: 'routing as an array: "<d> routing must be an object."',
  config: cfg(),
  policy: { routing: [] },
});

add({
  name: 'shape-routing-unknown-key',
  description: 'routing.defaults is not supported.',
  config: cfg(),
  policy: { routing: { defaults: true } },
});

add({
  name: 'shape-routing-require-not-boolean',
  description: 'routing.requireBindings must be a boolean; no routing evidence when the shape is invalid.',
  config: cfg(),
  policy: { routing: { requireBindings: 'yes' } },
});

add({
  name: 'shape-routing-probe-duplicate-id',
  description:
    'Two probes with the same trimmed id: "routing probe id x must be unique." (target …/probes/#1/id).',
  config: cfg(TELEGRAM),
  policy: {
    routing: {
      probes: [
        { id: 'x', route: { channel: 'telegram' }, expect: { agentId: 'main' } },
        { id: ' x ', route: { channel: 'telegram' }, expect: { agentId: 'main' } },
      ],
    },
  },
});

add({
  name: 'shape-routing-probe-peer-kind',
  description: 'A probe peer kind outside direct/group/channel.',
  config: cfg(TELEGRAM),
  policy: {
    routing: {
      probes: [
        {
          id: 'p',
          route: { channel: 'telegram', peer: { kind: 'dm', id: '1' } },
          expect: { agentId: 'main' },
        },
      ],
    },
  },
});

add({
  name: 'shape-routing-probe-matched-by',
  description: 'expect.matchedBy with an unsupported kind.',
  config: cfg(TELEGRAM),
  policy: {
    routing: {
      probes: [
        {
          id: 'p',
          route: { channel: 'telegram' },
          expect: { agentId: 'main', matchedBy: ['binding.peer', 'binding.everything'] },
        },
      ],
    },
  },
});

add({
  name: 'shape-routing-probe-route-unknown-key',
  description: 'A probe route key that is not supported (route.thread).',
  config: cfg(TELEGRAM),
  policy: {
    routing: {
      probes: [{ id: 'p', route: { channel: 'telegram', thread: '1' }, expect: { agentId: 'main' } }],
    },
  },
});

add({
  name: 'shape-routing-probe-member-roles',
  description: 'route.memberRoleIds must contain unique non-empty strings.',
  config: cfg(TELEGRAM),
  policy: {
    routing: {
      probes: [
        {
          id: 'p',
          route: { channel: 'telegram', guildId: 'g', memberRoleIds: ['a', 'a'] },
          expect: { agentId: 'main' },
        },
      ],
    },
  },
});

add({
  name: 'shape-routing-probe-missing-id',
  description: 'A probe without an id: "routing.probes[0].id must be a non-empty string."',
  config: cfg(TELEGRAM),
  policy: { routing: { probes: [{ route: { channel: 'telegram' }, expect: { agentId: 'main' } }] } },
});

// --- ingress ---------------------------------------------------------------------------------

const INGRESS_ALL = {
  session: { requireDmScope: 'per-channel-peer' },
  channels: { allowDmPolicies: ['pairing', 'allowlist'], denyOpenGroups: true, requireMentionInGroups: true },
};

add({
  name: 'ingress-telegram-open',
  description:
    'telegram with dmPolicy open, groupPolicy open, a "*" group without mention and a group with mention: dm-policy, open-groups and mention findings; session dmScope default main is weaker than required.',
  config: cfg({
    channels: {
      telegram: {
        botToken: '1:a',
        dmPolicy: 'open',
        allowFrom: ['*'],
        groupPolicy: 'open',
        groups: { '*': { requireMention: false }, '-100123': { requireMention: true } },
      },
    },
  }),
  policy: { ingress: INGRESS_ALL },
});

add({
  name: 'ingress-telegram-defaults-materialised',
  description:
    'A bare telegram channel: the loader materialises dmPolicy pairing / groupPolicy allowlist (explicit:true) -> only the dm-scope finding; per-peer session scope is weaker than per-channel-peer.',
  config: cfg({ ...TELEGRAM, session: { dmScope: 'per-peer' } }),
  policy: { ingress: INGRESS_ALL },
});

add({
  name: 'ingress-dm-scope-ok',
  description: 'session.dmScope equal to the required scope: no findings.',
  config: cfg({ session: { dmScope: 'per-account-channel-peer' } }),
  policy: { ingress: { session: { requireDmScope: 'per-account-channel-peer' } } },
});

add({
  name: 'ingress-dm-scope-unapproved-main',
  description:
    'Implicit session.dmScope (main) against per-peer: ingress-dm-scope-unapproved on oc://openclaw.config/session/dmScope.',
  config: cfg(),
  policy: { ingress: { session: { requireDmScope: 'per-peer' } } },
});

add({
  name: 'ingress-telegram-accounts',
  description:
    'telegram accounts (one disabled) with channels.defaults.groupPolicy open: account-level entries; the loader materialises channel-level policies.',
  config: cfg({
    channels: {
      defaults: { groupPolicy: 'open' },
      telegram: {
        accounts: {
          work: { botToken: '1:a', dmPolicy: 'allowlist', allowFrom: ['1'], groupPolicy: 'open' },
          home: { botToken: '2:b', enabled: false },
          lab: {
            botToken: '3:c',
            dmPolicy: 'open',
            allowFrom: ['*'],
            groups: { '-1': { requireMention: false } },
          },
        },
      },
    },
  }),
  policy: {
    ingress: {
      channels: { allowDmPolicies: ['pairing'], denyOpenGroups: true, requireMentionInGroups: true },
    },
  },
});

add({
  name: 'ingress-non-bundled-channels-offline',
  description:
    'discord and slack are not bundled: offline, their plugin install fails at start-up, settings reach the policy raw (no materialised dmPolicy/groupPolicy, implicit open groups); telegram is materialised.',
  config: cfg({
    channels: {
      telegram: { botToken: '1:a' },
      discord: {
        token: 'x',
        guilds: { 123: { requireMention: false, channels: { general: { requireMention: true } } } },
      },
      slack: { botToken: 'xoxb-1', appToken: 'xapp-1', dmPolicy: 'open', allowFrom: ['*'] },
    },
  }),
  policy: {
    ingress: {
      channels: {
        allowDmPolicies: ['pairing', 'allowlist'],
        denyOpenGroups: true,
        requireMentionInGroups: true,
      },
    },
  },
});

add({
  name: 'ingress-non-bundled-channels-without-credentials',
  description:
    "slack and discord configured without credentials ({enabled:true} / {}): no plugin install is attempted at start-up, and the loader materialises their defaults (dmPolicy pairing, groupPolicy allowlist, slack postAs/mode/…) like telegram's.",
  config: cfg({ channels: { slack: { enabled: true }, discord: {}, telegram: { botToken: '1:a' } } }),
  policy: {
    ingress: {
      channels: { allowDmPolicies: ['allowlist'], denyOpenGroups: true, requireMentionInGroups: true },
    },
  },
});

add({
  name: 'ingress-group-disabled-no-mention-finding',
  description: 'groupPolicy disabled: no open-groups and no mention finding even with requireMention false.',
  config: cfg({
    channels: {
      telegram: { botToken: '1:a', groupPolicy: 'disabled', groups: { '*': { requireMention: false } } },
    },
  }),
  policy: { ingress: { channels: { denyOpenGroups: true, requireMentionInGroups: true } } },
});

add({
  name: 'ingress-dm-policy-disabled-allowed',
  description:
    'dmPolicy disabled with allowDmPolicies [disabled]: no finding; pairing would be unapproved for a second account.',
  config: cfg({
    channels: {
      telegram: { accounts: { a: { botToken: '1:a', dmPolicy: 'disabled' }, b: { botToken: '2:b' } } },
    },
  }),
  policy: { ingress: { channels: { allowDmPolicies: ['disabled'] } } },
});

add({
  name: 'shape-ingress-dm-scope-case',
  description:
    'ingress.session.requireDmScope `Per-Peer` (case-sensitive enum): shape finding; ingress findings skipped.',
  config: cfg(),
  policy: { ingress: { session: { requireDmScope: 'Per-Peer' } } },
});

add({
  name: 'shape-ingress-dm-policies-case',
  description: 'ingress.channels.allowDmPolicies ["Open"]: "must be a supported DM policy" (case-sensitive).',
  config: cfg(TELEGRAM),
  policy: { ingress: { channels: { allowDmPolicies: ['pairing', 'Open'] } } },
});

add({
  name: 'shape-ingress-unknown-keys',
  description: 'ingress.groups is not supported in ingress policy.',
  config: cfg(),
  policy: { ingress: { groups: {} } },
});

add({
  name: 'shape-ingress-channels-unknown-key',
  description: 'ingress.channels.allowGroupPolicies is not supported.',
  config: cfg(),
  policy: { ingress: { channels: { allowGroupPolicies: ['open'] } } },
});

add({
  name: 'shape-ingress-session-unknown-key',
  description: 'ingress.session.scope is not supported.',
  config: cfg(),
  policy: { ingress: { session: { scope: 'main' } } },
});

add({
  name: 'shape-ingress-boolean',
  description: 'ingress.channels.denyOpenGroups as a string: must be a boolean.',
  config: cfg(),
  policy: { ingress: { channels: { denyOpenGroups: 'true' } } },
});

// --- gateway ---------------------------------------------------------------------------------

const GATEWAY_ALL = {
  exposure: { allowNonLoopbackBind: false, allowTailscaleFunnel: false },
  auth: { requireAuth: true, requireExplicitRateLimit: true },
  controlUi: { allowInsecure: false },
  remote: { allow: false },
  http: { denyEndpoints: ['chatCompletions', 'responses'], requireUrlAllowlists: true },
  nodes: { denyCommands: ['system.run', 'camera.snap'] },
};

add({
  name: 'gateway-exposed',
  description:
    'Gateway bind lan, auth none, no rate limit, host-header origin fallback on, both HTTP endpoints on with URL fetch, node commands allowed: most gateway checks fire.',
  config: cfg({
    gateway: {
      bind: 'lan',
      auth: { mode: 'none' },
      controlUi: { dangerouslyAllowHostHeaderOriginFallback: true },
      http: {
        endpoints: {
          chatCompletions: { enabled: true, images: { allowUrl: true } },
          responses: { enabled: true },
        },
      },
      nodes: { commands: { allow: ['system.run', 'camera.snap'], deny: ['camera.snap'] } },
    },
  }),
  policy: { gateway: GATEWAY_ALL },
});

add({
  name: 'gateway-bind-omitted',
  description:
    'No gateway.bind: "Gateway bind is omitted while the runtime default can permit non-loopback exposure."; default auth token without rate limit.',
  config: cfg(),
  policy: { gateway: GATEWAY_ALL },
});

add({
  name: 'gateway-loopback-tailscale-funnel',
  description: 'bind loopback with tailscale funnel: funnel finding; password auth with explicit rate limit.',
  config: cfg({
    gateway: {
      bind: 'loopback',
      tailscale: { mode: 'funnel' },
      auth: { mode: 'password', password: 'pw', rateLimit: { maxAttempts: 5 } },
    },
  }),
  policy: { gateway: GATEWAY_ALL },
});

add({
  name: 'gateway-custom-bind-host',
  description:
    'bind custom with customBindHost 10.0.0.5 (non-loopback) and 127.0.0.1 variant evidence; token auth with rate limit.',
  config: cfg({
    gateway: {
      bind: 'custom',
      customBindHost: '10.0.0.5',
      auth: { mode: 'token', token: 't', rateLimit: { maxAttempts: 5 } },
    },
  }),
  policy: { gateway: { exposure: { allowNonLoopbackBind: false } } },
});

add({
  name: 'gateway-tailscale-serve',
  description:
    'tailscale serve with bind omitted: the bind default becomes loopback (not flagged); serve is not funnel.',
  config: cfg({ gateway: { tailscale: { mode: 'serve' } } }),
  policy: { gateway: { exposure: { allowNonLoopbackBind: false, allowTailscaleFunnel: false } } },
});

add({
  name: 'gateway-tailscale-preserve-funnel',
  description:
    'tailscale serve with preserveFunnel true: gateway-tailscale-preserve-funnel evidence with value funnel -> gateway-tailscale-funnel.',
  config: cfg({
    gateway: { tailscale: { mode: 'serve', preserveFunnel: true }, auth: { mode: 'token', token: 't' } },
  }),
  policy: { gateway: { exposure: { allowTailscaleFunnel: false, allowNonLoopbackBind: false } } },
});

add({
  name: 'gateway-auth-none-loopback',
  description: 'Loopback bind with auth mode none: gateway-auth-disabled only (rate limit not required).',
  config: cfg({ gateway: { bind: 'loopback', auth: { mode: 'none' } } }),
  policy: { gateway: { auth: { requireAuth: true }, exposure: { allowNonLoopbackBind: false } } },
});

add({
  name: 'gateway-remote-mode-without-url',
  description:
    'gateway.mode remote without a remote url: one gateway-remote-enabled finding (gateway-mode-remote).',
  config: cfg({ gateway: { mode: 'remote' } }),
  policy: { gateway: { remote: { allow: false } } },
});

add({
  name: 'gateway-remote-mode',
  description: 'gateway.mode remote with a remote url: gateway-remote-enabled for both remote entries.',
  config: cfg({ gateway: { mode: 'remote', remote: { url: 'wss://gw.example.com' } } }),
  policy: { gateway: { remote: { allow: false } } },
});

add({
  name: 'gateway-http-url-allowlists',
  description:
    'responses endpoint with a files allowlist (effective) and an images allowlist of only "*" (not effective); chatCompletions images allowUrl false.',
  config: cfg({
    gateway: {
      http: {
        endpoints: {
          responses: {
            enabled: true,
            files: { urlAllowlist: ['files.example.com'] },
            images: { urlAllowlist: ['*'] },
          },
          chatCompletions: { enabled: true, images: { allowUrl: false } },
        },
      },
    },
  }),
  policy: { gateway: { http: { requireUrlAllowlists: true, denyEndpoints: ['responses'] } } },
});

add({
  name: 'gateway-node-commands',
  description:
    'gateway.nodes.denyCommands: commands not denied by config are findings (case-sensitive, trimmed); config-denied ones are not.',
  config: cfg({ gateway: { nodes: { commands: { deny: [' system.run ', 'Camera.Snap'] } } } }),
  policy: { gateway: { nodes: { denyCommands: ['system.run', 'camera.snap', ' screen.record '] } } },
});

add({
  name: 'gateway-all-allowed-no-findings',
  description:
    'Every gateway rule in its permissive form (allow true / require false / empty lists): evidence only.',
  config: cfg({ gateway: { bind: 'lan', auth: { mode: 'none' } } }),
  policy: {
    gateway: {
      exposure: { allowNonLoopbackBind: true, allowTailscaleFunnel: true },
      auth: { requireAuth: false, requireExplicitRateLimit: false },
      controlUi: { allowInsecure: true },
      remote: { allow: true },
      http: { denyEndpoints: [], requireUrlAllowlists: false },
      nodes: { denyCommands: [] },
    },
  },
});

add({
  name: 'shape-gateway-unknown-section',
  description: 'gateway.tls is not supported in Gateway policy.',
  config: cfg(),
  policy: { gateway: { tls: {} } },
});

add({
  name: 'shape-gateway-unknown-rule',
  description: 'gateway.auth.requireMfa is not supported.',
  config: cfg(),
  policy: { gateway: { auth: { requireMfa: true } } },
});

add({
  name: 'shape-gateway-boolean',
  description: 'gateway.remote.allow as a string.',
  config: cfg(),
  policy: { gateway: { remote: { allow: 'false' } } },
});

add({
  name: 'shape-gateway-endpoint-id',
  description:
    'gateway.http.denyEndpoints ["Responses"]: not a supported endpoint id (case-sensitive); the gateway evaluator has no shape gate.',
  config: cfg({ gateway: { http: { endpoints: { responses: { enabled: true } } } } }),
  policy: { gateway: { http: { denyEndpoints: ['Responses', 'responses'] } } },
});

add({
  name: 'shape-gateway-node-commands-not-array',
  description: 'gateway.nodes.denyCommands as a string.',
  config: cfg(),
  policy: { gateway: { nodes: { denyCommands: 'system.run' } } },
});

// --- agents workspace ------------------------------------------------------------------------

add({
  name: 'agents-workspace-defaults',
  description:
    'agents.workspace rules against the implicit agent main and agents.defaults: sandbox mode off is not allowed, none of the five tools denied.',
  config: cfg(),
  policy: {
    agents: {
      workspace: {
        allowedAccess: ['none', 'ro'],
        denyTools: ['exec', 'process', 'write', 'edit', 'apply_patch'],
      },
    },
  },
});

add({
  name: 'agents-workspace-access-and-denies',
  agentWorkspace: 'main',
  description:
    'sandbox mode all with workspaceAccess rw (not allowed); global tools.deny with group:fs and bash alias; agent-level deny; sandbox tools deny used only under mode all.',
  args: ['--agent', 'main'],
  config: cfg({
    tools: { deny: ['bash', 'group:fs'], sandbox: { tools: { deny: ['process'] } } },
    agents: {
      defaults: { sandbox: { mode: 'all', workspaceAccess: 'rw' } },
      list: [
        { id: 'main', default: true, sandbox: { mode: 'all', workspaceAccess: 'ro' } },
        { id: 'ops', tools: { deny: ['apply-patch'] }, sandbox: { mode: 'non-main' } },
      ],
    },
  }),
  policy: {
    agents: {
      workspace: {
        allowedAccess: ['none', 'ro'],
        denyTools: ['exec', 'process', 'write', 'edit', 'apply_patch'],
      },
    },
  },
});

add({
  name: 'agents-workspace-all-denied-ok',
  description:
    'tools.deny ["*"] denies every required tool, sandbox mode all with workspaceAccess none: no findings.',
  config: cfg({
    tools: { deny: ['*'] },
    agents: { defaults: { sandbox: { mode: 'all', workspaceAccess: 'none' } } },
  }),
  policy: { agents: { workspace: { allowedAccess: ['none'], denyTools: ['exec', 'write'] } } },
});

add({
  name: 'shape-agents-workspace-access-case',
  description:
    'agents.workspace.allowedAccess ["RO"]: "must be none, ro, or rw." (compared raw, case-sensitive).',
  config: cfg(),
  policy: { agents: { workspace: { allowedAccess: ['RO'] } } },
});

add({
  name: 'shape-agents-workspace-deny-tool',
  description: 'agents.workspace.denyTools ["browser"]: not a supported agent workspace tool id.',
  config: cfg(),
  policy: { agents: { workspace: { denyTools: ['exec', 'browser'] } } },
});

add({
  name: 'shape-agents-unknown-key',
  description: 'agents.defaults is not supported in agents policy.',
  config: cfg(),
  policy: { agents: { defaults: {} } },
});

add({
  name: 'shape-agents-workspace-unknown-key',
  description: 'agents.workspace.requireSandbox is not supported in agent workspace policy.',
  config: cfg(),
  policy: { agents: { workspace: { requireSandbox: true } } },
});

// --- tools posture ---------------------------------------------------------------------------

const TOOLS_POSTURE = {
  profiles: { allow: ['minimal', 'messaging'] },
  fs: { requireWorkspaceOnly: true },
  exec: { allowSecurity: ['deny', 'allowlist'], requireAsk: ['always', 'on-miss'], allowHosts: ['sandbox'] },
  elevated: { allow: false },
  alsoAllow: { expected: ['browser', 'canvas'] },
  denyTools: ['group:runtime', 'write'],
};

add({
  name: 'tools-posture-global',
  description:
    'Every tools posture rule against a permissive global tools config (implicit agent main inherits): profile, fs, exec security/ask/host, elevated, alsoAllow missing/unexpected, deny.',
  config: cfg({
    tools: {
      profile: 'coding',
      fs: { workspaceOnly: false },
      exec: { host: 'gateway', security: 'full', ask: 'off' },
      elevated: { enabled: true, allowFrom: { telegram: ['123'], 'web chat': ['*'] } },
      alsoAllow: ['browser', 'cron'],
      deny: ['exec'],
    },
  }),
  policy: { tools: TOOLS_POSTURE },
});

add({
  name: 'tools-posture-defaults',
  description:
    'Tools posture rules with no tools config: defaults (profile full, exec host auto, security full, ask off, elevated enabled, no alsoAllow).',
  config: cfg(),
  policy: { tools: TOOLS_POSTURE },
});

add({
  name: 'tools-posture-exec-mode',
  agentWorkspace: 'main',
  description:
    'tools.exec.mode ask derives security allowlist / ask on-miss with source …/exec/mode; an agent inherits; another agent sets its own security.',
  args: ['--agent', 'main'],
  config: cfg({
    tools: { exec: { mode: 'ask' } },
    agents: {
      list: [
        { id: 'main', default: true },
        { id: 'ops', tools: { exec: { security: 'full', host: 'node' } } },
        { id: 'lab', tools: { exec: { mode: 'full' } } },
      ],
    },
  }),
  policy: {
    tools: {
      exec: { allowSecurity: ['allowlist'], requireAsk: ['on-miss'], allowHosts: ['auto', 'sandbox'] },
    },
  },
});

add({
  name: 'tools-posture-per-agent',
  agentWorkspace: 'ops',
  description: 'Per-agent tools (profile, deny, alsoAllow, elevated) inherit from and override global tools.',
  args: ['--agent', 'ops'],
  config: cfg({
    tools: { profile: 'messaging', deny: ['group:runtime'], elevated: { enabled: false } },
    agents: {
      list: [
        { id: 'main', default: true, tools: { profile: 'minimal', alsoAllow: ['browser'] } },
        { id: 'ops', tools: { profile: 'full', deny: ['write'], elevated: { enabled: true } } },
      ],
    },
  }),
  policy: {
    tools: {
      profiles: { allow: ['minimal', 'messaging'] },
      elevated: { allow: false },
      alsoAllow: { expected: [] },
      denyTools: ['exec', 'write'],
    },
  },
});

add({
  name: 'tools-posture-sandbox-host-default',
  description: 'exec host sandbox makes the default security deny; fs workspaceOnly true satisfies the rule.',
  config: cfg({ tools: { exec: { host: 'sandbox' }, fs: { workspaceOnly: true } } }),
  policy: {
    tools: { fs: { requireWorkspaceOnly: true }, exec: { allowSecurity: ['deny'], allowHosts: ['sandbox'] } },
  },
});

add({
  name: 'tools-deny-groups-expanded',
  description:
    'tools.denyTools with groups (group:fs, group:runtime) expanded to tool ids; a glob deny (`file*`) covers some of them.',
  config: cfg({ tools: { deny: ['read', 'ex*'] } }),
  policy: { tools: { denyTools: ['group:fs', 'group:runtime'] } },
});

add({
  name: 'shape-tools-profile-case',
  description: 'tools.profiles.allow ["Coding"]: not a supported tool profile id (case-sensitive).',
  config: cfg(),
  policy: { tools: { profiles: { allow: ['Coding'] } } },
});

add({
  name: 'shape-tools-unknown-key',
  description: 'tools.settings (E3) is not supported in tools policy.',
  config: cfg(),
  policy: { tools: { settings: {} } },
});

add({
  name: 'shape-tools-exec-unknown-key',
  description: 'tools.exec.allowModes is not supported (hint: a supported tools exec policy rule).',
  config: cfg(),
  policy: { tools: { exec: { allowModes: ['ask'] } } },
});

add({
  name: 'shape-tools-exec-security-value',
  description: 'tools.exec.allowSecurity ["ask"]: not a supported exec security mode.',
  config: cfg(),
  policy: { tools: { exec: { allowSecurity: ['ask'] } } },
});

add({
  name: 'shape-tools-elevated-not-boolean',
  description: 'tools.elevated.allow as a string.',
  config: cfg(),
  policy: { tools: { elevated: { allow: 'no' } } },
});

add({
  name: 'shape-tools-also-allow-not-array',
  description: 'tools.alsoAllow.expected as a string.',
  config: cfg(),
  policy: { tools: { alsoAllow: { expected: 'browser' } } },
});

add({
  name: 'shape-tools-deny-tools-blank',
  description: 'tools.denyTools with a blank entry.',
  config: cfg(),
  policy: { tools: { denyTools: ['exec', ''] } },
});

add({
  name: 'shape-tools-fs-not-object',
  description: 'tools.fs as a boolean: must be an object.',
  config: cfg(),
  policy: { tools: { fs: true } },
});

// --- sandbox ---------------------------------------------------------------------------------

const SANDBOX_ALL = {
  requireMode: ['all'],
  allowBackends: ['docker'],
  containers: {
    denyHostNetwork: true,
    denyContainerNamespaceJoin: true,
    requireReadOnlyMounts: true,
    denyContainerRuntimeSocketMounts: true,
    denyUnconfinedProfiles: true,
  },
  browser: { requireCdpSourceRange: true },
};

add({
  name: 'sandbox-docker-binds-and-browser',
  description:
    'Docker sandbox with a docker.sock bind, a rw bind, a ro bind and a browser without cdpSourceRange: mount-mode, runtime-socket and cdp findings; mode non-main unapproved.',
  config: cfg({
    agents: {
      defaults: {
        sandbox: {
          mode: 'non-main',
          docker: {
            binds: [
              '/var/run/docker.sock:/var/run/docker.sock',
              '/data:/data:ro',
              '/src:/src:rw',
              '/cache:/cache',
            ],
          },
          browser: { enabled: true },
        },
      },
    },
  }),
  policy: { sandbox: SANDBOX_ALL },
});

add({
  name: 'sandbox-namespace-join',
  description:
    'docker.network container:other (allowed by the schema with dangerouslyAllowContainerNamespaceJoin): namespace-join finding.',
  config: cfg({
    agents: {
      defaults: {
        sandbox: {
          mode: 'all',
          docker: { network: 'container:other', dangerouslyAllowContainerNamespaceJoin: true },
        },
      },
    },
  }),
  policy: { sandbox: SANDBOX_ALL },
});

add({
  name: 'sandbox-namespace-join-per-agent',
  args: ['--agent', 'main'],
  agentWorkspace: 'main',
  description:
    'Agent ops joins container:db (schema-allowed with dangerouslyAllowContainerNamespaceJoin); main and the defaults use network none.',
  config: cfg({
    agents: {
      list: [
        { id: 'main', default: true },
        {
          id: 'ops',
          sandbox: {
            mode: 'all',
            docker: { network: 'container:db', dangerouslyAllowContainerNamespaceJoin: true },
          },
        },
      ],
    },
  }),
  policy: { sandbox: { containers: { denyContainerNamespaceJoin: true, denyHostNetwork: true } } },
});

add({
  name: 'sandbox-unobservable-backend',
  description:
    'Backend ssh cannot observe container posture: one unobservable finding per enabled container rule; backend unapproved.',
  config: cfg({ agents: { defaults: { sandbox: { mode: 'all', backend: 'ssh' } } } }),
  policy: { sandbox: SANDBOX_ALL },
});

add({
  name: 'sandbox-podman-per-agent',
  agentWorkspace: 'main',
  description:
    'Per-agent sandboxes: main podman with a podman socket bind and a browser with cdpSourceRange; ops inherits docker defaults; a shared scope agent.',
  args: ['--agent', 'main'],
  config: cfg({
    agents: {
      defaults: { sandbox: { mode: 'all', docker: { binds: ['/srv:/srv:ro'] } } },
      list: [
        {
          id: 'main',
          default: true,
          sandbox: {
            backend: 'podman',
            docker: { binds: ['/run/podman/podman.sock:/run/podman/podman.sock'] },
            browser: { enabled: true, cdpSourceRange: '10.0.0.0/8' },
          },
        },
        { id: 'ops', sandbox: { mode: 'off' } },
        { id: 'shared', sandbox: { scope: 'shared', browser: { enabled: true } } },
      ],
    },
  }),
  policy: { sandbox: SANDBOX_ALL },
});

add({
  name: 'sandbox-defaults-mode-off',
  description:
    'Sandbox rules with no sandbox config: mode off unapproved, backend docker allowed, docker network none.',
  config: cfg(),
  policy: { sandbox: SANDBOX_ALL },
});

add({
  name: 'sandbox-host-network-schema-invalid',
  description:
    'docker.network host and unconfined profiles are blocked by the 2026.9.6 schema: the real CLI refuses (exit 1 envelope).',
  config: cfg({
    agents: {
      defaults: { sandbox: { mode: 'all', docker: { network: 'host', seccompProfile: 'unconfined' } } },
    },
  }),
  policy: { sandbox: SANDBOX_ALL },
});

add({
  name: 'sandbox-host-network-unvalidated',
  oracle: 'plugin-command-unvalidated',
  description:
    'Raw config with docker.network host and unconfined seccomp/apparmor profiles: host-network and unconfined-profile findings (unreachable via the real CLI).',
  config: cfg({
    agents: {
      defaults: {
        sandbox: {
          mode: 'all',
          docker: { network: 'host', seccompProfile: 'unconfined', apparmorProfile: 'Unconfined' },
        },
      },
    },
  }),
  policy: { sandbox: SANDBOX_ALL },
});

add({
  name: 'sandbox-per-agent-unvalidated',
  oracle: 'plugin-command-unvalidated',
  description:
    'Raw config, two agents (agents.list with a default:true marker, no loader migration, so main stays the legacy data owner and its workspace is ~/.openclaw/workspace): HOST network for one agent, unconfined apparmor for the other.',
  args: ['--agent', 'main'],
  config: cfg({
    agents: {
      list: [
        { id: 'main', default: true, sandbox: { mode: 'all', docker: { network: 'HOST' } } },
        {
          id: 'ops',
          sandbox: { mode: 'all', docker: { apparmorProfile: 'unconfined', seccompProfile: 'unconfined' } },
        },
      ],
    },
  }),
  policy: { sandbox: { containers: { denyHostNetwork: true, denyUnconfinedProfiles: true } } },
});

add({
  name: 'shape-sandbox-mode-value',
  description: 'sandbox.requireMode ["always"]: not a supported sandbox mode.',
  config: cfg(),
  policy: { sandbox: { requireMode: ['always'] } },
});

add({
  name: 'shape-sandbox-containers-unknown-key',
  description: 'sandbox.containers.denyPrivileged is not supported.',
  config: cfg(),
  policy: { sandbox: { containers: { denyPrivileged: true } } },
});

add({
  name: 'shape-sandbox-browser-boolean',
  description: 'sandbox.browser.requireCdpSourceRange as a number.',
  config: cfg(),
  policy: { sandbox: { browser: { requireCdpSourceRange: 1 } } },
});

add({
  name: 'shape-sandbox-unknown-key',
  description: 'sandbox.network is not supported in sandbox policy.',
  config: cfg(),
  policy: { sandbox: { network: {} } },
});

// --- data handling ---------------------------------------------------------------------------

const DATA_ALL = {
  sensitiveLogging: { requireRedaction: true },
  telemetry: { denyContentCapture: true },
  retention: { requireSessionMaintenance: true },
  memory: { denySessionTranscriptIndexing: true },
};

add({
  name: 'data-handling-all-findings',
  description:
    'otel content capture on, session maintenance warn, memory search over sessions with rememberAcrossConversations: three data-handling findings (global + implicit agent main).',
  config: cfg({
    diagnostics: { enabled: true, otel: { enabled: true, captureContent: true } },
    session: { maintenance: { mode: 'warn' } },
    memory: { search: { enabled: true, sources: ['memory', 'sessions'], rememberAcrossConversations: true } },
  }),
  policy: { dataHandling: DATA_ALL },
});

add({
  name: 'data-handling-defaults-clean',
  description:
    'Data-handling rules with no related config: capture off, maintenance enforce, no transcript memory: evidence only.',
  config: cfg(),
  policy: { dataHandling: DATA_ALL },
});

add({
  name: 'data-handling-session-memory-experimental',
  description:
    'memory.search.experimental.sessionMemory with sources [sessions] counts as transcript indexing (global entry and agent main).',
  config: cfg({ memory: { search: { sources: ['sessions'], experimental: { sessionMemory: true } } } }),
  policy: { dataHandling: { memory: { denySessionTranscriptIndexing: true } } },
});

add({
  name: 'data-handling-capture-object-form',
  oracle: 'plugin-command-unvalidated',
  description:
    'captureContent object form (SPEC §7.4) is rejected by the 2026.9.6 schema (boolean only), so raw config: capture and memory findings.',
  config: cfg({
    diagnostics: {
      otel: { enabled: true, captureContent: { enabled: true, traces: true, inputMessages: true } },
    },
    memory: { search: { sources: ['sessions'], experimental: { sessionMemory: true } } },
  }),
  policy: {
    dataHandling: {
      telemetry: { denyContentCapture: true },
      memory: { denySessionTranscriptIndexing: true },
    },
  },
});

add({
  name: 'data-handling-otel-disabled',
  description:
    'captureContent true but otel disabled (diagnostics.enabled false): value false, no finding; maintenance mode warn flagged.',
  config: cfg({
    diagnostics: { enabled: false, otel: { enabled: true, captureContent: true } },
    session: { maintenance: { mode: 'warn' } },
  }),
  policy: { dataHandling: DATA_ALL },
});

add({
  name: 'shape-data-handling-unknown-section',
  description:
    'dataHandling.audit is not supported (all data-handling shape findings are collected, and they replace the data-handling findings).',
  config: cfg({ session: { maintenance: { mode: 'warn' } } }),
  policy: { dataHandling: { audit: {}, retention: { requireSessionMaintenance: true } } },
});

add({
  name: 'shape-data-handling-section-and-rule',
  description:
    'dataHandling.telemetry not an object and retention.keepDays unknown: every data-handling finding collected, the container check reports only the first failure.',
  config: cfg(),
  policy: {
    dataHandling: {
      telemetry: true,
      retention: { keepDays: 30 },
      memory: { denySessionTranscriptIndexing: 'yes' },
    },
  },
});

add({
  name: 'shape-data-handling-not-object',
  description: 'dataHandling as an array: must be an object.',
  config: cfg(),
  policy: { dataHandling: [] },
});

// --- secrets and auth ------------------------------------------------------------------------

add({
  name: 'secrets-unmanaged-and-denied',
  description:
    'An exec secret provider (denied source), a SecretRef to an undeclared env provider (unmanaged), a `${VAR}` string ref and a file ref to the declared provider.',
  config: cfg({
    secrets: {
      providers: {
        vault: { source: 'exec', command: '/usr/bin/vault-helper' },
        files: { source: 'file', path: '/etc/secrets.json' },
      },
    },
    models: {
      providers: { openai: { apiKey: { source: 'env', provider: 'default', id: 'OPENAI_API_KEY' } } },
    },
    gateway: { auth: { mode: 'token', token: '${GW_TOKEN}' } },
    channels: { telegram: { botToken: { source: 'file', provider: 'files', id: '/telegram' } } },
  }),
  policy: {
    secrets: { requireManagedProviders: true, denySources: ['EXEC', 'env'], allowInsecureProviders: false },
  },
});

add({
  name: 'secrets-managed-ok',
  description:
    'All SecretRefs point at declared providers and no source is denied: evidence only; allowInsecureProviders false never fires.',
  config: cfg({
    secrets: { providers: { default: { source: 'env' } } },
    models: {
      providers: { openai: { apiKey: { source: 'env', provider: 'default', id: 'OPENAI_API_KEY' } } },
    },
  }),
  policy: {
    secrets: { requireManagedProviders: true, denySources: ['exec'], allowInsecureProviders: false },
  },
});

add({
  name: 'secrets-env-template-unmanaged',
  description:
    '`${VAR}` strings become env refs with provider default: unmanaged when no env provider is declared; denied env source.',
  config: cfg({
    gateway: { auth: { mode: 'password', password: '${GW_PASSWORD}' } },
    channels: { telegram: { botToken: '${TELEGRAM_TOKEN}' } },
  }),
  policy: { secrets: { requireManagedProviders: true, denySources: ['env'] } },
});

add({
  name: 'shape-secrets',
  description:
    'secrets shape: requireManagedProviders not boolean, denySources with a blank entry (collected), unknown key reported by the container check.',
  config: cfg(),
  policy: { secrets: { requireManagedProviders: 'yes', denySources: ['env', ' '] } },
});

add({
  name: 'shape-secrets-unknown-key',
  description: 'secrets.allowSources is not supported in secrets policy.',
  config: cfg(),
  policy: { secrets: { allowSources: ['env'] } },
});

add({
  name: 'auth-profiles-metadata-and-modes',
  description:
    'Auth profiles: a blank provider (invalid metadata), an oauth profile outside allowModes, an api_key profile allowed; allowModes and requireMetadata lowercased.',
  config: cfg({
    auth: {
      profiles: {
        'openai:default': { provider: 'openai', mode: 'api_key' },
        'anthropic:me': { provider: 'anthropic', mode: 'oauth' },
        blank: { provider: '  ', mode: 'token' },
      },
    },
  }),
  policy: { auth: { profiles: { requireMetadata: ['Provider', 'mode'], allowModes: ['API_KEY', 'token'] } } },
});

add({
  name: 'auth-profiles-unapproved-mode-only',
  description: 'allowModes [api_key] against aws-sdk and token profiles.',
  config: cfg({
    auth: {
      profiles: {
        bedrock: { provider: 'amazon-bedrock', mode: 'aws-sdk' },
        gh: { provider: 'github-copilot', mode: 'token' },
      },
    },
  }),
  policy: { auth: { profiles: { allowModes: ['api_key'] } } },
});

add({
  name: 'auth-profiles-invalid-metadata-only',
  description: 'requireMetadata [provider] with a blank-provider profile; no allowModes.',
  config: cfg({
    auth: { profiles: { a: { provider: '', mode: 'api_key' }, b: { provider: 'openai', mode: 'api_key' } } },
  }),
  policy: { auth: { profiles: { requireMetadata: ['provider'] } } },
});

add({
  name: 'shape-auth-allow-modes',
  description:
    'auth.profiles.allowModes ["password"]: not a supported auth mode (replaces the auth findings).',
  config: cfg({ auth: { profiles: { a: { provider: 'openai', mode: 'oauth' } } } }),
  policy: { auth: { profiles: { allowModes: ['password'] } } },
});

add({
  name: 'shape-auth-require-metadata',
  description:
    'auth.profiles.requireMetadata not an array: appended shape finding; does not suppress the allowModes findings.',
  config: cfg({ auth: { profiles: { a: { provider: 'openai', mode: 'oauth' } } } }),
  policy: { auth: { profiles: { requireMetadata: 'provider', allowModes: ['api_key'] } } },
});

add({
  name: 'shape-auth-unknown-keys',
  description: 'auth.profiles.denyModes is not supported in auth profile policy.',
  config: cfg(),
  policy: { auth: { profiles: { denyModes: [] } } },
});

// --- exec approvals --------------------------------------------------------------------------

add({
  name: 'exec-approvals-security-unapproved',
  description:
    'Exec approvals row present: defaults security full and agent main allowlist outside the allowed modes; evidence from the sqlite row.',
  config: cfg(),
  policy: {
    execApprovals: {
      requireFile: true,
      defaults: { allowSecurity: ['deny', 'allowlist'] },
      agents: { allowSecurity: ['deny'] },
    },
  },
  execApprovals: {
    version: 1,
    defaults: { security: 'full', ask: 'on-miss' },
    agents: { main: { security: 'allowlist', allowlist: [{ pattern: 'ls' }] } },
  },
});

add({
  name: 'exec-approvals-missing-require-file',
  description:
    'requireFile true and no exec-approvals row: exec-approvals-missing, path is the state locator ~/.openclaw/state/openclaw.sqlite#exec_approvals_config.',
  config: cfg(),
  policy: { execApprovals: { requireFile: true } },
});

add({
  name: 'exec-approvals-missing-agent-rules',
  description:
    'Agent rules without requireFile and no row: exec-approvals-missing with requirement oc://policy.jsonc/execApprovals.',
  config: cfg(),
  policy: { execApprovals: { agents: { allowSecurity: ['deny'] } } },
});

add({
  name: 'exec-approvals-invalid-json',
  description: 'A row whose raw_json is not JSON: exec-approvals-invalid with the V8 JSON.parse message.',
  config: cfg(),
  policy: { execApprovals: { requireFile: true } },
  execApprovals: '{ "version": 1, ',
});

add({
  name: 'exec-approvals-wrong-version',
  description: 'A row with version 2: exec-approvals-invalid "unsupported exec approvals version".',
  config: cfg(),
  policy: { execApprovals: { defaults: { allowSecurity: ['deny'] } } },
  execApprovals: { version: 2, defaults: { security: 'deny' } },
});

add({
  name: 'exec-approvals-not-object',
  description: 'A row holding a JSON array: exec-approvals-invalid.',
  config: cfg(),
  policy: { execApprovals: { requireFile: true } },
  execApprovals: '[1, 2]\n',
});

add({
  name: 'exec-approvals-legacy-file',
  description:
    'A legacy ~/.openclaw/exec-approvals.json exists: reading exec approvals throws "Legacy exec approvals exist at …", exit 2.',
  config: cfg(),
  policy: { execApprovals: { requireFile: true } },
  legacyExecApprovals: { version: 1, defaults: { security: 'deny' } },
});

add({
  name: 'exec-approvals-legacy-file-without-rules',
  description:
    'A legacy exec-approvals.json but no exec-approval rules: the row is never read, normal report.',
  config: cfg(),
  policy: { mcp: { servers: { deny: ['x'] } } },
  legacyExecApprovals: { version: 1 },
});

add({
  name: 'exec-approvals-auto-allow-and-allowlist',
  description:
    'autoAllowSkills on defaults and an agent; allowlist with missing and unexpected patterns (argPattern, string entries trimmed, allow-always entry source).',
  config: cfg(),
  policy: {
    execApprovals: {
      agents: {
        allowAutoAllowSkills: false,
        allowlist: { expected: ['git status', { pattern: 'deploy', argPattern: '^--prod$' }, 'make'] },
      },
    },
  },
  execApprovals: {
    version: 1,
    defaults: { security: 'allowlist', autoAllowSkills: true },
    agents: {
      main: {
        security: 'allowlist',
        autoAllowSkills: true,
        allowlist: [
          ' git status ',
          { pattern: 'rm', argPattern: '-rf' },
          { pattern: 'deploy', source: 'allow-always' },
          { pattern: '  ' },
        ],
      },
    },
  },
});

add({
  name: 'exec-approvals-wildcard-and-legacy-default',
  description:
    'Agents "*" and legacy "default" (merged into main) with security modes; the agent-security check covers wildcard, explicit and defaults.',
  config: cfg(),
  policy: {
    execApprovals: {
      defaults: { allowSecurity: ['deny'] },
      agents: { allowSecurity: ['deny', 'allowlist'], allowAutoAllowSkills: false },
    },
  },
  execApprovals: {
    version: 1,
    defaults: { security: 'allowlist', ask: 'always', askFallback: 'deny' },
    agents: {
      '*': { security: 'full', autoAllowSkills: true },
      default: { security: 'full', allowlist: [{ pattern: 'ls' }] },
      ops: { security: 'deny' },
    },
  },
});

add({
  name: 'exec-approvals-ok',
  description: 'Exec approvals matching every rule: evidence only.',
  config: cfg(),
  policy: {
    execApprovals: {
      requireFile: true,
      defaults: { allowSecurity: ['deny'] },
      agents: {
        allowSecurity: ['deny', 'allowlist'],
        allowAutoAllowSkills: false,
        allowlist: { expected: ['ls'] },
      },
    },
  },
  execApprovals: {
    version: 1,
    defaults: { security: 'deny' },
    agents: { main: { security: 'allowlist', allowlist: ['ls'] } },
  },
});

add({
  name: 'exec-approvals-defaults-implicit-full',
  description:
    'A row without defaults.security: the default security full is unapproved; synthetic agent entry.',
  config: cfg(),
  policy: {
    execApprovals: {
      defaults: { allowSecurity: ['deny', 'allowlist'] },
      agents: { allowSecurity: ['deny'] },
    },
  },
  execApprovals: { version: 1 },
});

add({
  name: 'shape-exec-approvals-duplicated',
  description:
    'An invalid execApprovals section: the same shape finding twice (container check and exec-approvals step).',
  config: cfg(),
  policy: { execApprovals: { requireFile: 'yes' } },
});

add({
  name: 'shape-exec-approvals-unknown-key',
  description: 'execApprovals.socket is not supported (duplicated finding).',
  config: cfg(),
  policy: { execApprovals: { socket: {} } },
});

add({
  name: 'shape-exec-approvals-defaults-key',
  description:
    'execApprovals.defaults.ask is not supported: whole hint "Use execApprovals.defaults.allowSecurity or remove the unsupported rule."',
  config: cfg(),
  policy: { execApprovals: { defaults: { ask: ['off'] } } },
});

add({
  name: 'shape-exec-approvals-allowlist-entry',
  description: 'execApprovals.agents.allowlist.expected with an object entry carrying an unknown key.',
  config: cfg(),
  policy: { execApprovals: { agents: { allowlist: { expected: ['ls', { pattern: 'git', args: '*' }] } } } },
});

add({
  name: 'shape-exec-approvals-allowlist-not-array',
  description: 'execApprovals.agents.allowlist.expected as a string.',
  config: cfg(),
  policy: { execApprovals: { agents: { allowlist: { expected: 'ls' } } } },
});

add({
  name: 'shape-exec-approvals-security-value',
  description: 'execApprovals.agents.allowSecurity ["ask"]: not a supported exec approval security mode.',
  config: cfg(),
  policy: { execApprovals: { agents: { allowSecurity: ['ask'] } } },
});

// --- tool metadata: AGENTS.md vs TOOLS.md ----------------------------------------------------

const ALL_META = { tools: { requireMetadata: ['risk', 'sensitivity', 'owner'] } };

add({
  name: 'tools-agents-md-metadata',
  description:
    'AGENTS.md ## Tools with headings and bullets: missing risk, unknown risk, missing/unknown sensitivity, missing owner.',
  config: cfg(),
  policy: ALL_META,
  files: {
    'AGENTS.md': lines(
      '# Agents',
      '',
      'Intro text.',
      '',
      '## Tools',
      '',
      '### fetch',
      'risk: low',
      'sensitivity: internal',
      'owner: platform',
      '',
      '### deploy_prod',
      'risk: extreme sensitivity: secret',
      '',
      '- search: R2 sensitivity: public owner: @search-team',
      '- shell: runs commands',
      '',
      '## Other',
      '- notatool: risk: low',
    ),
  },
});

add({
  name: 'tools-md-migration-required',
  description:
    'A TOOLS.md in the workspace with tools.requireMetadata set: tools-md-migration-required; tools still scanned from AGENTS.md.',
  config: cfg(),
  policy: { tools: { requireMetadata: ['risk'] } },
  files: {
    'TOOLS.md': lines('# Tools', '', '### fetch', 'risk: low'),
    'AGENTS.md': lines('# Agents', '', '## Tools', '', '### search', 'risk: low', '### exec'),
  },
});

add({
  name: 'tools-md-empty-file-still-migration',
  description: 'An empty TOOLS.md still triggers the migration finding; no AGENTS.md -> tools evidence [].',
  config: cfg(),
  policy: { tools: { requireMetadata: ['owner'] } },
  files: { 'TOOLS.md': '' },
});

add({
  name: 'tools-md-without-require-metadata',
  description:
    'TOOLS.md present but no tools.requireMetadata: not read, no migration finding, no tools evidence.',
  config: cfg(),
  policy: { tools: { profiles: { allow: ['full'] } } },
  files: { 'TOOLS.md': '### fetch\n' },
});

add({
  name: 'tools-risk-aliases',
  description:
    'R0–R5 review aliases (R0/R1 low, R2/R3 medium, R4 high, R5 critical), risk: beats an alias, `_R4`/`R4D` are not aliases, R6 is nothing.',
  config: cfg(),
  policy: { tools: { requireMetadata: ['risk'] } },
  files: {
    'AGENTS.md': lines(
      '## Tools',
      '- t0: R0',
      '- t1: R1',
      '- t2: R2',
      '- t3: R3',
      '- t4: R4',
      '- t5: R5',
      '- t6: R6',
      '- both: R5 risk: low',
      '- under: _R4',
      '- suffix: R4D',
      '- lower: r4',
    ),
  },
});

add({
  name: 'tools-sensitivity-and-owner-variants',
  description:
    'Sensitivity tokens (public/internal/confidential/restricted and unknown), owner forms (`owner:Bob`, `co-owner:`, `OWNER:`), capabilities tokens.',
  config: cfg(),
  policy: ALL_META,
  files: {
    'AGENTS.md': lines(
      '## Tools',
      '',
      '### read_docs NET_READ FS_READ',
      'risk: low sensitivity: PUBLIC owner:Bob',
      '',
      '### crm',
      'risk: medium',
      'sensitivity: confidential',
      'co-owner: sales',
      '',
      '### vault',
      'risk: critical sensitivity: top-secret OWNER:Sec',
      'capabilities: SECRET_READ, AUDIT',
      '',
      '### hr',
      'risk:high sensitivity:restricted',
      'owner: #people',
    ),
  },
});

add({
  name: 'tools-local-notes-plain',
  description:
    'Local notes mode (the "Skills provide your tools. … Keep local notes … TOOLS.md" line and a `### Local notes` child heading): declarations inside are skipped.',
  config: cfg(),
  policy: { tools: { requireMetadata: ['risk'] } },
  files: {
    'AGENTS.md': lines(
      '# Agent',
      '## Tools',
      'Skills provide your tools. Keep local notes about them in this section instead of TOOLS.md.',
      '- skipped_one: nothing',
      '### fetch',
      'no risk here',
      '### Local notes',
      '- skipped_two: no risk',
      '### after_notes',
      'risk: low',
    ),
  },
});

add({
  name: 'tools-local-notes-migrated',
  description:
    'doctor --fix places TOOLS.md under "### Local notes (migrated from TOOLS.md)": migrated declarations are not evaluated, even after later child headings.',
  config: cfg(),
  policy: { tools: { requireMetadata: ['risk', 'owner'] } },
  files: {
    'AGENTS.md': lines(
      '# Agent',
      '',
      '## Tools',
      '',
      '### search',
      'risk: low owner: web',
      '',
      '### Local notes (migrated from TOOLS.md)',
      '',
      '### deploy',
      'no metadata',
      '- shell: none',
      '',
      '## Memory',
      '- remember: things',
    ),
  },
});

add({
  name: 'tools-migrated-text-with-tools-heading',
  description:
    'Migrated local notes that themselves contain a `## Tools` heading: a same-depth tools heading ends local-notes mode and continues the section.',
  config: cfg(),
  policy: { tools: { requireMetadata: ['risk'] } },
  files: {
    'AGENTS.md': lines(
      '## Tools',
      '### Local notes (migrated from TOOLS.md)',
      '### hidden',
      '## Tools',
      '### visible',
      '- also_visible: R1',
    ),
  },
});

add({
  name: 'tools-fenced-blocks',
  description:
    'Declarations inside ``` and ~~~ fences are ignored (closing fence same char, at least as long); an unclosed fence hides the rest.',
  config: cfg(),
  policy: { tools: { requireMetadata: ['risk'] } },
  files: {
    'AGENTS.md': lines(
      '## Tools',
      '```md',
      '### in_fence',
      '```',
      '### real_one',
      '~~~~',
      '- fenced_bullet: x',
      '~~~',
      '- still_fenced: x',
      '~~~~',
      '- after_fence: R3',
      '```',
      '### never_closed',
    ),
  },
});

add({
  name: 'tools-no-tools-section',
  description: 'AGENTS.md without a Tools section: tools evidence [], no tool findings.',
  config: cfg(),
  policy: ALL_META,
  files: { 'AGENTS.md': lines('# Agent', '', '### fetch', '- shell: x', '## Skills', '- a: b') },
});

add({
  name: 'tools-agents-md-missing',
  description: 'No AGENTS.md and no TOOLS.md: tools evidence [] and no findings.',
  config: cfg(),
  policy: ALL_META,
});

add({
  name: 'tools-section-depth-1-and-3',
  description:
    '`# Tools` (depth 1): tools are `##` children; a `### Tools` heading later is a plain line; a later `# Tools` continues the section.',
  config: cfg(),
  policy: { tools: { requireMetadata: ['risk'] } },
  files: {
    'AGENTS.md': lines(
      '# Tools',
      '## alpha',
      '### Tools',
      '- beta: R2',
      '# Other',
      '## gamma',
      '# Tools',
      '## delta',
    ),
  },
});

add({
  name: 'tools-section-h3-not-a-section',
  description: 'Only a `### Tools` heading (depth 3 > 2): no Tools section at all.',
  config: cfg(),
  policy: { tools: { requireMetadata: ['risk'] } },
  files: { 'AGENTS.md': lines('# Agent', '### Tools', '#### fetch', '- shell: x') },
});

add({
  name: 'tools-bullets-vs-headings',
  description:
    'Bullet grammar: `-`, `*`, `+` bullets with a colon declare tools; bullets without colon, `-name:` without space, indented bullets and `###name` are not declarations; metadata stops at the next bullet tool.',
  config: cfg(),
  policy: { tools: { requireMetadata: ['risk', 'owner'] } },
  files: {
    'AGENTS.md': lines(
      '## Tools',
      '- dash: risk: low',
      'owner: a',
      '* star: risk: medium owner: b',
      '+ plus: risk: high',
      '- no colon here',
      '-nospace: risk: low',
      '  - indented: risk: low',
      '###noSpace',
      '### Heading Tool With Spaces',
      'risk: low owner: c',
      '- Mixed_Case.Name: owner: d',
      '- : empty name',
    ),
  },
});

add({
  name: 'tools-crlf-and-bom',
  description:
    'AGENTS.md with CRLF line endings and a BOM: lines split on \\r?\\n, line numbers are physical lines.',
  config: cfg(),
  policy: { tools: { requireMetadata: ['risk'] } },
  files: {
    'AGENTS.md': '\uFEFF# Agent\r\n\r\n## Tools\r\n\r\n### fetch\r\nrisk: low\r\n### push\r\nnothing\r\n',
  },
});

add({
  name: 'tools-binary-agents-md',
  description:
    'A binary AGENTS.md (NUL bytes, invalid UTF-8) read as UTF-8: no Tools section found, tools [].',
  config: cfg(),
  policy: { tools: { requireMetadata: ['risk'] } },
  files: {
    'AGENTS.md': Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe, 0x23, 0x23, 0x20,
      0x54, 0x6f, 0x6f, 0x6c, 0x73, 0x0a, 0xc3, 0x28, 0x0a,
    ]),
  },
});

add({
  name: 'tools-binary-with-tools-section',
  description:
    'Invalid UTF-8 bytes inside a Tools section: replacement characters end up in slugs/metadata as the decoder produced them.',
  config: cfg(),
  policy: { tools: { requireMetadata: ['risk', 'owner'] } },
  files: {
    'AGENTS.md': Buffer.concat([
      Buffer.from('## Tools\n### caf'),
      Buffer.from([0xe9]),
      Buffer.from('\nrisk: low owner: x\x00y\n- zero\x00byte: R1\n'),
    ]),
  },
});

add({
  name: 'tools-huge-agents-md',
  description:
    'A ~1.2 MB AGENTS.md: 20,000 filler lines inside the Tools section around three tools (line numbers far down the file).',
  config: cfg(),
  policy: ALL_META,
  files: {
    'AGENTS.md': (() => {
      const out = ['# Agent', '', '## Tools', ''];
      const filler =
        'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.';
      for (let i = 0; i < 10000; i += 1) out.push(`${filler} ${i}`);
      out.push('### mid_tool', 'risk: medium sensitivity: internal');
      for (let i = 0; i < 10000; i += 1) out.push(`${filler} ${i}`);
      out.push('### last_tool', 'R4 owner: ops', '- bullet_tool: sensitivity: restricted');
      return `${out.join('\n')}\n`;
    })(),
  },
});

add({
  name: 'tools-require-metadata-single-owner',
  description: 'requireMetadata ["owner"] only: only missing-owner findings, risk/sensitivity not checked.',
  config: cfg(),
  policy: { tools: { requireMetadata: [' OWNER '] } },
  files: { 'AGENTS.md': lines('## Tools', '- a: risk: low', '- b: owner: me', '- c: sensitivity: nope') },
});

add({
  name: 'tools-require-metadata-sensitivity',
  description: 'requireMetadata ["sensitivity"]: per tool missing or unknown sensitivity.',
  config: cfg(),
  policy: { tools: { requireMetadata: ['sensitivity'] } },
  files: {
    'AGENTS.md': lines(
      '## Tools',
      '- a: sensitivity: internal',
      '- b: sensitivity: secretive',
      '- c: nothing',
      '### d',
      'sensitivity:confidential',
    ),
  },
});

add({
  name: 'tools-duplicate-and-empty-slugs',
  description:
    "Duplicate tool ids are kept as separate entries; a declaration whose slug is empty (`### ***`) ends the previous tool's metadata.",
  config: cfg(),
  policy: { tools: { requireMetadata: ['risk'] } },
  files: {
    'AGENTS.md': lines(
      '## Tools',
      '### fetch',
      '### ***',
      'risk: low',
      '### fetch',
      'risk: high',
      '- FETCH: R1',
      '- 日本語: R2',
    ),
  },
});

add({
  name: 'shape-tools-require-metadata-not-array',
  description:
    'tools.requireMetadata as a string: shape finding, AGENTS.md/TOOLS.md not read (no tools evidence, no migration finding).',
  config: cfg(),
  policy: { tools: { requireMetadata: 'risk' } },
  files: { 'TOOLS.md': '### x\n', 'AGENTS.md': '## Tools\n### y\n' },
});

add({
  name: 'shape-tools-require-metadata-bad-key',
  description:
    'tools.requireMetadata ["risk", "cost"]: one finding (step 12.16; the container tools-posture check does not validate requireMetadata values); no tools read.',
  config: cfg(),
  policy: { tools: { requireMetadata: ['risk', 'cost'] } },
  files: { 'AGENTS.md': '## Tools\n### y\n' },
});

// --- scopes ----------------------------------------------------------------------------------

const TWO_AGENTS = { agents: { list: [{ id: 'main', default: true }, { id: 'ops' }] } };

add({
  name: 'scopes-agent-tools',
  agentWorkspace: 'main',
  args: ['--agent', 'main'],
  description:
    'An agentIds scope with tools rules for ops (stricter than top level): scoped findings with requirements under scopes/<name>/tools.',
  config: cfg({
    ...TWO_AGENTS,
    tools: { profile: 'coding', exec: { security: 'full' } },
    agents: {
      list: [
        { id: 'main', default: true },
        { id: 'ops', tools: { profile: 'full', elevated: { enabled: true } } },
      ],
    },
  }),
  policy: {
    tools: { profiles: { allow: ['coding', 'full'] } },
    scopes: {
      'ops team': {
        agentIds: ['OPS'],
        tools: {
          profiles: { allow: ['coding'] },
          exec: { allowSecurity: ['deny', 'allowlist'] },
          elevated: { allow: false },
        },
      },
    },
  },
});

add({
  name: 'scopes-channel-ingress',
  description: 'A channelIds scope with ingress.channels rules for telegram only; discord unaffected.',
  config: cfg({
    channels: {
      telegram: { botToken: '1:a', groupPolicy: 'open' },
      discord: { token: 'x', groupPolicy: 'open' },
    },
  }),
  policy: {
    scopes: {
      tg: {
        channelIds: [' Telegram '],
        ingress: { channels: { denyOpenGroups: true, allowDmPolicies: ['allowlist'] } },
      },
    },
  },
});

add({
  name: 'scopes-exec-approvals-agent',
  description:
    "A scoped execApprovals overlay for agent main: scoped allowSecurity and allowlist against the agent's effective entry (wildcard).",
  config: cfg(),
  policy: {
    scopes: {
      main: {
        agentIds: ['main'],
        execApprovals: { agents: { allowSecurity: ['deny'], allowlist: { expected: ['git'] } } },
      },
    },
  },
  execApprovals: { version: 1, agents: { '*': { security: 'allowlist', allowlist: ['ls'] } } },
});

add({
  name: 'scopes-exec-approvals-missing',
  description: 'Scoped exec-approval rules without a row: one exec-approvals-missing per scope name.',
  config: cfg(),
  policy: {
    scopes: {
      a: { agentIds: ['main'], execApprovals: { agents: { allowSecurity: ['deny'] } } },
      b: { agentIds: ['main', 'other'], execApprovals: { agents: { allowAutoAllowSkills: false } } },
    },
  },
});

add({
  name: 'scopes-data-handling-memory',
  agentWorkspace: 'main',
  args: ['--agent', 'main'],
  description: 'A scoped dataHandling.memory rule for agent ops with transcript memory enabled globally.',
  config: cfg({
    ...TWO_AGENTS,
    memory: { search: { sources: ['sessions'], rememberAcrossConversations: true } },
  }),
  policy: {
    scopes: { ops: { agentIds: ['ops'], dataHandling: { memory: { denySessionTranscriptIndexing: true } } } },
  },
});

add({
  name: 'scopes-sandbox-and-agents-workspace',
  agentWorkspace: 'main',
  args: ['--agent', 'main'],
  description:
    'Scoped sandbox and agents.workspace rules for ops; defaults entries skipped when the agent has its own.',
  config: cfg({
    agents: {
      defaults: { sandbox: { mode: 'all', workspaceAccess: 'ro' } },
      list: [
        { id: 'main', default: true },
        { id: 'ops', sandbox: { mode: 'non-main', backend: 'ssh' } },
      ],
    },
  }),
  policy: {
    scopes: {
      ops: {
        agentIds: ['ops'],
        sandbox: {
          requireMode: ['all'],
          allowBackends: ['docker'],
          containers: { requireReadOnlyMounts: true },
        },
        agents: { workspace: { allowedAccess: ['none'], denyTools: ['exec'] } },
      },
    },
  },
});

add({
  name: 'shape-scopes-not-object',
  description: 'scopes as an array: "<d> scopes must be an object."',
  config: cfg(),
  policy: { scopes: [] },
});

add({
  name: 'shape-scope-not-object',
  description: 'A scope that is a string: "the named policy scope is an object" hint.',
  config: cfg(),
  policy: { scopes: { ops: 'agent ops' } },
});

add({
  name: 'shape-scope-no-selector',
  description: 'A scope with neither agentIds nor channelIds.',
  config: cfg(),
  policy: { scopes: { ops: { tools: { elevated: { allow: false } } } } },
});

add({
  name: 'shape-scope-empty-agent-ids',
  description: 'agentIds []: must include at least one agent id.',
  config: cfg(),
  policy: { scopes: { ops: { agentIds: [], tools: { elevated: { allow: false } } } } },
});

add({
  name: 'shape-scope-duplicate-agent-ids',
  description: 'agentIds ["Ops", "ops "] duplicate after normalisation.',
  config: cfg(),
  policy: { scopes: { ops: { agentIds: ['Ops', 'ops '], tools: { elevated: { allow: false } } } } },
});

add({
  name: 'shape-scope-duplicate-channel-ids',
  description: 'channelIds ["telegram", "TELEGRAM"] duplicate after normalisation.',
  config: cfg(),
  policy: {
    scopes: { tg: { channelIds: ['telegram', 'TELEGRAM'], ingress: { channels: { denyOpenGroups: true } } } },
  },
});

add({
  name: 'shape-scope-ingress-without-channel-ids',
  description: 'A scope with ingress but only agentIds: requires the channelIds selector.',
  config: cfg(),
  policy: { scopes: { s: { agentIds: ['main'], ingress: { channels: { denyOpenGroups: true } } } } },
});

add({
  name: 'shape-scope-agent-sections-without-agent-ids',
  description: 'A channel scope with tools: uses agent-scoped sections without agentIds.',
  config: cfg(),
  policy: { scopes: { s: { channelIds: ['telegram'], tools: { elevated: { allow: false } } } } },
});

add({
  name: 'shape-scope-unknown-section',
  description: 'scopes.s.mcp is not a supported scoped policy section.',
  config: cfg(),
  policy: { scopes: { s: { agentIds: ['main'], mcp: { servers: { deny: ['x'] } } } } },
});

add({
  name: 'shape-scope-ingress-session',
  description: 'scopes.s.ingress.session: not supported by the channelIds selector.',
  config: cfg(),
  policy: { scopes: { s: { channelIds: ['telegram'], ingress: { session: { requireDmScope: 'main' } } } } },
});

add({
  name: 'shape-scope-tools-require-metadata',
  description:
    'scopes.s.tools.requireMetadata: rejected by the agent-scoped tools keys step ("Move … to top-level tools …").',
  config: cfg(),
  policy: { scopes: { s: { agentIds: ['main'], tools: { requireMetadata: ['risk'] } } } },
});

add({
  name: 'shape-scope-data-handling-retention',
  description: 'scopes.s.dataHandling.retention: not a supported scoped policy section.',
  config: cfg(),
  policy: {
    scopes: { s: { agentIds: ['main'], dataHandling: { retention: { requireSessionMaintenance: true } } } },
  },
});

add({
  name: 'shape-scope-exec-approvals-defaults',
  description: 'scopes.s.execApprovals.defaults: scoped exec approvals allow only agents.',
  config: cfg(),
  policy: { scopes: { s: { agentIds: ['main'], execApprovals: { defaults: { allowSecurity: ['deny'] } } } } },
});

add({
  name: 'shape-scope-agents-unknown-key',
  description: 'scopes.s.agents.list: "is not supported by the agentIds selector."',
  config: cfg(),
  policy: { scopes: { s: { agentIds: ['main'], agents: { list: [] } } } },
});

add({
  name: 'shape-scope-weaker-than-top-level',
  description:
    'A scoped tools.profiles.allow that is wider than the top-level rule: "is weaker than the top-level … policy."',
  config: cfg(),
  policy: {
    tools: { profiles: { allow: ['minimal'] } },
    scopes: { s: { agentIds: ['main'], tools: { profiles: { allow: ['minimal', 'full'] } } } },
  },
});

add({
  name: 'shape-scope-override-not-stricter',
  description:
    'Two scopes set elevated.allow for the same agent, the later one weaker: "is not an equally or more restrictive override of scopes.a…".',
  config: cfg(),
  policy: {
    scopes: {
      a: { agentIds: ['main'], tools: { elevated: { allow: false } } },
      b: { agentIds: ['MAIN'], tools: { elevated: { allow: true } } },
    },
  },
});

add({
  name: 'shape-scope-channel-override-not-stricter',
  description: 'Two channel scopes for telegram, the later one with a wider DM policy allowlist.',
  config: cfg(TELEGRAM),
  policy: {
    scopes: {
      a: { channelIds: ['telegram'], ingress: { channels: { allowDmPolicies: ['pairing'] } } },
      b: { channelIds: ['telegram'], ingress: { channels: { allowDmPolicies: ['pairing', 'open'] } } },
    },
  },
});

add({
  name: 'shape-scope-tools-value',
  description:
    'A scoped tools.exec.allowHosts ["cloud"]: scoped posture value check with property scopes.s.tools.exec.allowHosts.',
  config: cfg(),
  policy: { scopes: { s: { agentIds: ['main'], tools: { exec: { allowHosts: ['cloud'] } } } } },
});

// --- --agent and multi-agent configs ---------------------------------------------------------

add({
  name: 'agent-multi-without-agent-flag',
  description:
    'Two configured agents and no --agent: exit 2, "Multiple agents are configured, but policy check has no explicit owner."',
  config: cfg({ agents: { list: [{ id: 'main', default: true }, { id: 'ops' }] } }),
  policy: {},
});

add({
  name: 'agent-multi-with-agent-main',
  args: ['--agent', 'main'],
  description:
    '--agent main on a two-agent config: main is not the legacy data owner any more, its workspace is ~/.openclaw/workspace-main, so the policy.jsonc of the default workspace is not read (policy-jsonc-missing).',
  config: cfg({ agents: { list: [{ id: 'main', default: true }, { id: 'ops' }] } }),
  policy: { tools: { elevated: { allow: false } } },
});

add({
  name: 'agent-multi-main-workspace-main',
  args: ['--agent', 'main'],
  agentWorkspace: 'main',
  description:
    '--agent main on a two-agent config with the policy in ~/.openclaw/workspace-main: per-agent evidence for both agents.',
  config: cfg({ agents: { list: [{ id: 'main', default: true }, { id: 'ops' }] } }),
  policy: { tools: { elevated: { allow: false } } },
});

add({
  name: 'agent-multi-with-agent-ops-state-workspace',
  args: ['--agent', 'ops'],
  description:
    '--agent ops without a configured workspace: ~/.openclaw/workspace-ops (policy from there, not the default workspace).',
  config: cfg({ agents: { list: [{ id: 'main', default: true }, { id: 'ops' }] } }),
  policy: { mcp: { servers: { deny: ['never-used'] } } },
  home: {
    '.openclaw/workspace-ops/policy.jsonc': `${JSON.stringify({ tools: { elevated: { allow: false } } }, null, 2)}\n`,
  },
});

add({
  name: 'agent-ops-relative-workspace',
  args: ['--agent', 'ops'],
  description:
    'An agent workspace `ops-ws` (relative) resolves against the process cwd ($H/.openclaw/workspace), so the policy is read from ops-ws/.',
  config: cfg({
    agents: {
      list: [
        { id: 'main', default: true },
        { id: 'ops', workspace: 'ops-ws' },
      ],
    },
  }),
  policy: { 'x-not-used': 1 },
  files: {
    'ops-ws/policy.jsonc': `${JSON.stringify({ tools: { profiles: { allow: ['minimal'] } } }, null, 2)}\n`,
  },
});

add({
  name: 'agent-ops-home-workspace-missing-policy',
  args: ['--agent', 'ops'],
  description: 'An agent workspace `~/ops-home` without a policy: policy-jsonc-missing for that workspace.',
  config: cfg({
    agents: {
      list: [
        { id: 'main', default: true },
        { id: 'ops', workspace: '~/ops-home' },
      ],
    },
  }),
  policy: {},
  home: { 'ops-home/README.md': 'ops workspace\n' },
});

add({
  name: 'agent-unknown',
  args: ['--agent', 'nobody'],
  description: '--agent with an id that is not configured: exit 2, Unknown agent id "nobody".',
  config: cfg(),
  policy: {},
});

add({
  name: 'agent-blank',
  args: ['--agent', '   '],
  description: '--agent "   ": exit 2, "--agent must not be blank".',
  config: cfg(),
  policy: {},
});

add({
  name: 'agent-implicit-main-flag',
  args: ['--agent', ' MAIN '],
  description: '--agent " MAIN " is trimmed and normalised to the implicit agent main.',
  config: cfg(),
  policy: { tools: { elevated: { allow: false } } },
});

add({
  name: 'agent-unknown-shows-raw-trimmed',
  args: ['--agent', ' Support Bot '],
  description: 'Unknown agent message shows the trimmed raw value (not the normalised id).',
  config: cfg({ agents: { list: [{ id: 'main', default: true }, { id: 'ops' }] } }),
  policy: {},
});

add({
  name: 'agent-entries-config',
  args: ['--agent', 'ops'],
  description:
    'A config written with agents.entries and agents.ownership explicit: no migration warnings; ops selected.',
  config: cfg({
    agents: { ownership: 'explicit', entries: { main: {}, ops: { tools: { profile: 'minimal' } } } },
  }),
  policy: {},
  home: {
    '.openclaw/workspace-ops/policy.jsonc': `${JSON.stringify({ tools: { profiles: { allow: ['coding'] } } }, null, 2)}\n`,
  },
});

add({
  name: 'agent-list-without-default-schema-invalid',
  description:
    'A multi-agent list without a default marker is rejected by the 2026.9.6 loader: the real CLI refuses.',
  config: cfg({ agents: { list: [{ id: 'alpha' }, { id: 'beta' }] } }),
  policy: {},
});

add({
  name: 'agent-list-non-canonical-id-schema-invalid',
  description:
    'An agents.list id that is not canonical lowercase (`Support-Bot`): the config is invalid, the real CLI refuses.',
  config: cfg({ agents: { list: [{ id: 'Support-Bot', default: true }] } }),
  policy: {},
});

add({
  name: 'agent-single-list-entry',
  description:
    'A single agents.list entry with default:true: migrated to agents.entries, no --agent needed; per-agent evidence for it.',
  config: cfg({ agents: { list: [{ id: 'solo', default: true, tools: { profile: 'coding' } }] } }),
  policy: { tools: { profiles: { allow: ['minimal'] } } },
  home: { '.openclaw/workspace-solo/.keep': '' },
});

// --- policy watch --------------------------------------------------------------------------

add({
  name: 'watch-once-clean',
  verb: 'watch',
  description: 'policy watch --once on a clean workspace: status clean, exit 0.',
  config: cfg(TELEGRAM),
  policy: {},
});

add({
  name: 'watch-once-findings',
  verb: 'watch',
  description:
    'policy watch --once with rule findings: status findings, exit 1; findings carry fixRecommendation.',
  config: cfg({ mcp: { servers: { shell: { command: 'sh-mcp' } } } }),
  policy: LOCK_POLICY,
});

add({
  name: 'watch-once-stale',
  verb: 'watch',
  description:
    'Clean workspace but expectedAttestationHash differs: the only finding is attestation-hash-mismatch -> status stale, exit 1; expectedAttestationHash echoed raw.',
  config: cfg({}, { expectedAttestationHash: ' sha256:8888 ' }),
  policy: {},
});

add({
  name: 'watch-once-stale-with-findings',
  verb: 'watch',
  description:
    'Rule findings hidden behind the attestation mismatch: visible findings are only the mismatch -> status stale.',
  config: cfg(
    { mcp: { servers: { shell: { command: 'sh-mcp' } } } },
    { expectedAttestationHash: 'sha256:9999' },
  ),
  policy: LOCK_POLICY,
});

add({
  name: 'watch-once-accepted',
  verb: 'watch',
  description:
    'expectedAttestationHash equal to the current attestation of a clean workspace: status clean, exit 0.',
  config: cfg({}, { expectedAttestationHash: 'ATTESTATION_OF:clean-no-channels' }),
  policy: {},
});

add({
  name: 'watch-once-missing-policy',
  verb: 'watch',
  description: 'watch --once with a missing policy: the warning makes status findings, exit 1.',
  config: cfg(),
});

add({
  name: 'watch-once-severity-min-error',
  verb: 'watch',
  args: ['--severity-min', 'error'],
  description: 'watch --once --severity-min error with only a warning: ok, status clean, exit 0.',
  config: cfg(),
});

add({
  name: 'watch-interval-too-small',
  verb: 'watch',
  args: ['--interval-ms', '100'],
  description:
    '--interval-ms 100: exit 2, "--interval-ms must be an integer >= 250." (validated before the first evaluation).',
  config: cfg(),
  policy: {},
});

add({
  name: 'watch-interval-not-integer',
  verb: 'watch',
  args: ['--interval-ms', '1e3'],
  description: '--interval-ms 1e3 does not match /^\\+?\\d+$/: exit 2.',
  config: cfg(),
  policy: {},
});

add({
  name: 'watch-interval-plus-sign',
  verb: 'watch',
  args: ['--interval-ms', '+500'],
  description: '--interval-ms +500 is accepted; --once evaluates once, status clean.',
  config: cfg(),
  policy: {},
});

add({
  name: 'watch-multi-agent-without-agent',
  verb: 'watch',
  description: 'watch on a two-agent config without --agent: exit 2, message names policy watch.',
  config: cfg(TWO_AGENTS),
  policy: {},
});

add({
  name: 'watch-once-with-agent',
  verb: 'watch',
  args: ['--agent', 'ops'],
  description: 'watch --once --agent ops: the ops workspace policy.',
  config: cfg(TWO_AGENTS),
  policy: {},
  home: { '.openclaw/workspace-ops/policy.jsonc': '{ "tools": { "elevated": { "allow": false } } }\n' },
});

add({
  name: 'watch-once-shape-error-and-lock',
  verb: 'watch',
  description:
    'A shape error with a wrong expectedAttestationHash: validation finding wins -> status findings.',
  config: cfg({}, { expectedAttestationHash: 'sha256:abab' }),
  policy: { bogus: true },
});

// --- policy compare --------------------------------------------------------------------------

const writeJson = (v) => `${JSON.stringify(v, null, 2)}\n`;

add({
  name: 'compare-weaker-and-missing',
  verb: 'compare',
  args: ['--baseline', 'baseline.jsonc'],
  description: 'policy compare: a weaker allowlist and a missing rule against the baseline.',
  config: cfg(),
  policy: { mcp: { servers: { allow: ['docs', 'wiki'] } } },
  files: { 'baseline.jsonc': writeJson({ mcp: { servers: { allow: ['docs'], deny: ['shell'] } } }) },
});

add({
  name: 'compare-ok-stricter',
  verb: 'compare',
  args: ['--baseline', 'baseline.jsonc'],
  description:
    'The candidate is at least as strict on every rule kind (subset, superset, ordered string, requires-true/false, exact list): ok, rulesChecked counts the baseline claims.',
  config: cfg(),
  policy: {
    mcp: { servers: { allow: ['docs'], deny: ['shell', 'ftp'] } },
    models: { providers: { allow: ['OpenAI'] } },
    network: { privateNetwork: { allow: false } },
    ingress: { session: { requireDmScope: 'per-account-channel-peer' } },
    gateway: { auth: { requireAuth: true }, http: { denyEndpoints: ['responses', 'chatCompletions'] } },
    tools: {
      alsoAllow: { expected: ['canvas', 'browser'] },
      denyTools: ['group:runtime'],
      profiles: { allow: ['minimal'] },
    },
  },
  files: {
    'baseline.jsonc': writeJson({
      mcp: { servers: { allow: ['docs', 'wiki'], deny: ['shell'] } },
      models: { providers: { allow: ['openai', 'anthropic'] } },
      network: { privateNetwork: { allow: false } },
      ingress: { session: { requireDmScope: 'per-peer' } },
      gateway: { auth: { requireAuth: true }, http: { denyEndpoints: ['responses'] } },
      tools: {
        alsoAllow: { expected: ['browser', 'canvas'] },
        denyTools: ['exec'],
        profiles: { allow: ['minimal', 'coding'] },
      },
    }),
  },
});

add({
  name: 'compare-weaker-every-kind',
  verb: 'compare',
  args: ['--baseline', 'baseline.jsonc'],
  description:
    'Weaker candidate for each strictness kind: allowlist superset, denylist subset, lower ordered string, requires-true false, requires-false true, different exact list, empty allowlist vs non-empty baseline.',
  config: cfg(),
  policy: {
    mcp: { servers: { allow: [], deny: [] } },
    models: { providers: { allow: ['openai', 'anthropic', 'mistral'] } },
    network: { privateNetwork: { allow: true } },
    ingress: { session: { requireDmScope: 'main' } },
    gateway: { auth: { requireAuth: false } },
    tools: { alsoAllow: { expected: ['browser'] }, denyTools: ['read'] },
  },
  files: {
    'baseline.jsonc': writeJson({
      mcp: { servers: { allow: ['docs'], deny: ['shell'] } },
      models: { providers: { allow: ['openai', 'anthropic'] } },
      network: { privateNetwork: { allow: false } },
      ingress: { session: { requireDmScope: 'per-peer' } },
      gateway: { auth: { requireAuth: true } },
      tools: { alsoAllow: { expected: ['browser', 'canvas'] }, denyTools: ['group:fs'] },
    }),
  },
});

add({
  name: 'compare-noop-baseline-claims',
  verb: 'compare',
  args: ['--baseline', 'baseline.jsonc'],
  description:
    'No-op baseline claims (empty allowlist, empty denylist, requires-true false, requires-false true, empty probes) are skipped: ok against an empty candidate.',
  config: cfg(),
  policy: {},
  files: {
    'baseline.jsonc': writeJson({
      mcp: { servers: { allow: [], deny: [] } },
      network: { privateNetwork: { allow: true } },
      gateway: { auth: { requireAuth: false } },
      routing: { probes: [] },
    }),
  },
});

add({
  name: 'compare-baseline-parse-error',
  verb: 'compare',
  args: ['--baseline', 'baseline.jsonc'],
  description:
    'An unparseable baseline: policy-conformance-invalid "baseline.jsonc could not be parsed: JSON5: …", rulesChecked 0.',
  config: cfg(),
  policy: {},
  files: { 'baseline.jsonc': '{ mcp: ' },
});

add({
  name: 'compare-baseline-missing-file',
  verb: 'compare',
  args: ['--baseline', 'nope/baseline.jsonc'],
  description:
    'A baseline that does not exist: "baseline.jsonc could not be read: ENOENT …" with the absolute path ($H).',
  config: cfg(),
  policy: {},
});

add({
  name: 'compare-baseline-is-directory',
  verb: 'compare',
  args: ['--baseline', 'baselines'],
  description: 'A baseline path that is a directory: read error EISDIR.',
  config: cfg(),
  policy: {},
  files: { 'baselines/.keep': '' },
});

add({
  name: 'compare-both-invalid',
  verb: 'compare',
  args: ['--baseline', 'baseline.jsonc'],
  description: 'Unparseable baseline and missing candidate: both invalid findings, baseline first.',
  config: cfg(),
  files: { 'baseline.jsonc': 'nope' },
});

add({
  name: 'compare-invalid-shapes',
  verb: 'compare',
  args: ['--baseline', 'baseline.jsonc'],
  description:
    'Shape errors in both documents (container finding per document, scoped-selector problem, invalid claim value): only invalid findings, ok false, rulesChecked 0.',
  config: cfg(),
  policy: { tools: { profiles: { allow: ['Coding'] } } },
  files: {
    'baseline.jsonc': writeJson({ bogus: 1, scopes: { s: { tools: { elevated: { allow: false } } } } }),
  },
});

add({
  name: 'compare-scoped-claims',
  verb: 'compare',
  args: ['--baseline', 'baseline.jsonc'],
  description:
    'Scoped baseline claims: one satisfied by a global candidate claim, one weaker scoped claim, one missing scoped claim (channel scope).',
  config: cfg(),
  policy: {
    tools: { elevated: { allow: false } },
    scopes: {
      ops: { agentIds: ['ops'], tools: { profiles: { allow: ['minimal', 'coding'] } } },
    },
  },
  files: {
    'baseline.jsonc': writeJson({
      scopes: {
        ops: { agentIds: ['ops'], tools: { elevated: { allow: false }, profiles: { allow: ['minimal'] } } },
        tg: { channelIds: ['telegram'], ingress: { channels: { denyOpenGroups: true } } },
      },
    }),
  },
});

add({
  name: 'compare-routing-probes',
  verb: 'compare',
  args: ['--baseline', 'baseline.jsonc'],
  description:
    'Routing probes: a probe missing from the candidate, a probe with a different expected agent, one with a wider matchedBy, one identical after canonicalisation.',
  config: cfg(),
  policy: {
    routing: {
      probes: [
        {
          id: 'a',
          route: { channel: 'Telegram', peer: { kind: 'direct', id: ' 1 ' } },
          expect: { agentId: 'main' },
        },
        { id: 'b', route: { channel: 'telegram' }, expect: { agentId: 'ops' } },
        {
          id: 'c',
          route: { channel: 'telegram' },
          expect: { agentId: 'main', matchedBy: ['binding.channel', 'default'] },
        },
      ],
    },
  },
  files: {
    'baseline.jsonc': writeJson({
      routing: {
        probes: [
          {
            id: 'a',
            route: { channel: 'telegram', peer: { kind: 'direct', id: '1' } },
            expect: { agentId: 'main' },
          },
          { id: 'b', route: { channel: 'telegram' }, expect: { agentId: 'main' } },
          {
            id: 'c',
            route: { channel: 'telegram' },
            expect: { agentId: 'main', matchedBy: ['binding.channel'] },
          },
          { id: 'd', route: { channel: 'slack' }, expect: { agentId: 'main' } },
        ],
      },
    }),
  },
});

add({
  name: 'compare-deny-tools-matcher',
  verb: 'compare',
  args: ['--baseline', 'baseline.jsonc'],
  description:
    'tools.denyTools compare: candidate ["*"] covers a group baseline; a glob covering part of a group is weaker.',
  config: cfg(),
  policy: { tools: { denyTools: ['*'] }, agents: { workspace: { denyTools: ['exec'] } } },
  files: {
    'baseline.jsonc': writeJson({
      tools: { denyTools: ['group:runtime', 'write'] },
      agents: { workspace: { denyTools: ['exec', 'write'] } },
    }),
  },
});

add({
  name: 'compare-policy-flag',
  verb: 'compare',
  args: ['--baseline', 'baseline.jsonc', '--policy', ' candidates/strict.jsonc '],
  description:
    '--policy (trimmed, relative to the cwd) picks the candidate instead of the configured policy.',
  config: cfg(),
  policy: {},
  files: {
    'baseline.jsonc': writeJson({ gateway: { remote: { allow: false } } }),
    'candidates/strict.jsonc': writeJson({ gateway: { remote: { allow: false } } }),
  },
});

add({
  name: 'compare-configured-policy-path',
  verb: 'compare',
  args: ['--baseline', 'baseline.jsonc'],
  description:
    'Without --policy the configured plugins.entries.policy.config.path is the candidate (display name = basename).',
  config: cfg({}, { path: 'policies/team.policy.jsonc' }),
  policyFile: 'policies/team.policy.jsonc',
  policy: { sandbox: { requireMode: ['all', 'non-main'] } },
  files: { 'baseline.jsonc': writeJson({ sandbox: { requireMode: ['all'] } }) },
});

add({
  name: 'compare-missing-baseline-option',
  verb: 'compare',
  description:
    'No --baseline: caught by the CLI framework, exit 1 with the envelope "Missing required option …".',
  config: cfg(),
  policy: {},
});

add({
  name: 'compare-blank-baseline',
  verb: 'compare',
  args: ['--baseline', '  '],
  description: '--baseline "  ": the action\'s own "Missing required --baseline value." (exit 2).',
  config: cfg(),
  policy: {},
});

add({
  name: 'compare-multi-agent-without-agent',
  verb: 'compare',
  args: ['--baseline', 'baseline.jsonc'],
  description:
    'compare on a two-agent config without --policy or --agent: exit 2, message names policy compare.',
  config: cfg(TWO_AGENTS),
  policy: {},
  files: { 'baseline.jsonc': '{}\n' },
});

add({
  name: 'compare-multi-agent-with-agent',
  verb: 'compare',
  args: ['--baseline', 'baseline.jsonc', '--agent', 'ops'],
  description: 'compare --agent ops: the candidate is the ops workspace policy.',
  config: cfg(TWO_AGENTS),
  policy: {},
  files: { 'baseline.jsonc': writeJson({ tools: { elevated: { allow: false } } }) },
  home: { '.openclaw/workspace-ops/policy.jsonc': writeJson({ tools: { elevated: { allow: false } } }) },
});

add({
  name: 'compare-invalid-config-falls-back',
  verb: 'compare',
  args: ['--baseline', 'baseline.jsonc'],
  description:
    'compare with a schema-invalid config: the real CLI refuses before the command runs (exit 1 envelope).',
  config: cfg({ surprise: 1 }),
  policy: {},
  files: { 'baseline.jsonc': '{}\n' },
});

add({
  name: 'compare-invalid-config-plugin-command',
  verb: 'compare',
  oracle: 'plugin-command',
  args: ['--baseline', 'baseline.jsonc'],
  description:
    'The plugin command itself with a schema-invalid config: falls back to policy.jsonc relative to the cwd.',
  config: cfg({ surprise: 1 }),
  policy: { gateway: { remote: { allow: true } } },
  files: { 'baseline.jsonc': writeJson({ gateway: { remote: { allow: false } } }) },
});

// --- human output (stdout is a terminal) -----------------------------------------------------

add({
  name: 'human-check-findings',
  description:
    'Human output (stdout is a terminal, no --json): header line, one line per finding, ":line" for AGENTS.md findings.',
  tty: true,
  config: cfg(TELEGRAM),
  policy: {
    channels: { denyRules: [{ when: { provider: 'telegram' } }] },
    tools: { requireMetadata: ['risk'] },
  },
  files: { 'AGENTS.md': lines('# A', '## Tools', '### fetch', 'does things') },
});

add({
  name: 'human-check-clean',
  tty: true,
  description:
    'Human output for a clean workspace: "policy check: no findings (policy <hash>, evidence <hash>)".',
  config: cfg(TELEGRAM),
  policy: {},
});

add({
  name: 'human-check-missing-policy',
  tty: true,
  description: 'Human output with a missing policy: the warning line (path policy.jsonc, no line).',
  config: cfg(),
});

add({
  name: 'human-check-disabled',
  tty: true,
  description: 'Human output with checks disabled: "no findings (policy missing, evidence <hash>)".',
  config: cfg({}, { enabled: false }),
  policy: {},
});

add({
  name: 'human-check-severity-filtered',
  tty: true,
  args: ['--severity-min', 'error'],
  description:
    'Human output, warning filtered out by --severity-min error: "no findings (policy missing, …)".',
  config: cfg(),
});

add({
  name: 'human-check-json-flag-wins',
  tty: true,
  args: ['--json'],
  description: 'On a terminal with --json: JSON output.',
  config: cfg(),
  policy: {},
});

add({
  name: 'human-watch-clean',
  tty: true,
  verb: 'watch',
  description: 'Human watch --once, clean: "policy watch: clean (attestation <hash>, evidence <hash>)".',
  config: cfg(),
  policy: {},
});

add({
  name: 'human-watch-stale',
  tty: true,
  verb: 'watch',
  description: 'Human watch --once, stale: current and expected hashes (expected printed raw).',
  config: cfg({}, { expectedAttestationHash: 'sha256:cdcd' }),
  policy: {},
});

add({
  name: 'human-watch-findings',
  tty: true,
  verb: 'watch',
  description:
    'Human watch --once with findings: "policy watch: N finding(s); accepted attestation cannot be updated until policy check is clean."',
  config: cfg({ mcp: { servers: { shell: { command: 'sh-mcp' } } } }),
  policy: LOCK_POLICY,
});

add({
  name: 'human-compare-ok',
  tty: true,
  verb: 'compare',
  args: ['--baseline', 'baseline.jsonc'],
  description:
    'Human compare, ok: "policy compare: no findings (policy.jsonc is at least as strict as baseline.jsonc; N rule(s) checked)".',
  config: cfg(),
  policy: { gateway: { remote: { allow: false } } },
  files: { 'baseline.jsonc': writeJson({ gateway: { remote: { allow: false } } }) },
});

add({
  name: 'human-compare-findings',
  tty: true,
  verb: 'compare',
  args: ['--baseline', 'baseline.jsonc'],
  description: 'Human compare with findings: "[error] <checkId> - <message>" lines.',
  config: cfg(),
  policy: { gateway: { remote: { allow: true } } },
  files: {
    'baseline.jsonc': writeJson({ gateway: { remote: { allow: false }, auth: { requireAuth: true } } }),
  },
});

add({
  name: 'human-check-error-exit-2',
  tty: true,
  args: ['--severity-min', 'nope'],
  description: 'Human mode with an invalid --severity-min: the error line on the terminal, exit 2.',
  config: cfg(),
  policy: {},
});

// --- big mixed workspaces --------------------------------------------------------------------

function bigAgentsMd(count, { bullets }) {
  const risks = [
    'risk: low',
    'risk: medium',
    'risk: high',
    'risk: critical',
    'R0',
    'R3',
    'R5',
    'risk: unknown-level',
    '',
  ];
  const sens = [
    'sensitivity: public',
    'sensitivity: internal',
    'sensitivity: confidential',
    'sensitivity: restricted',
    'sensitivity: secretish',
    '',
  ];
  const owners = ['owner: platform', 'owner: @sec-team', 'owner: data', ''];
  const out = ['# Agent handbook', '', 'General guidance for the agents.', '', '## Tools', ''];
  for (let i = 0; i < count; i += 1) {
    const meta = [
      risks[i % risks.length],
      sens[(i * 7) % sens.length],
      owners[(i * 5) % owners.length],
    ].filter((s) => s !== '');
    const name = `tool_${String(i).padStart(3, '0')}${i % 11 === 0 ? ' NET_READ FS_WRITE' : ''}`;
    if (bullets && i % 2 === 1) out.push(`- ${name.replace(/ .*/, '')}: ${meta.join(' ')}`);
    else {
      out.push(`### ${name}`);
      for (const m of meta) out.push(m);
      if (i % 13 === 0) out.push('```', '### fenced_not_a_tool', '```');
      out.push('');
    }
  }
  out.push('## Memory', '', '- not_a_tool: risk: low', '');
  return `${out.join('\n')}\n`;
}

const BIG_POLICY = {
  channels: {
    denyRules: [
      { id: 'no-irc', when: { provider: 'irc' }, reason: 'IRC is not approved.' },
      { when: { provider: 'signal' } },
    ],
  },
  mcp: {
    servers: {
      allow: Array.from({ length: 30 }, (_, i) => `mcp-${String(i).padStart(2, '0')}`),
      deny: ['mcp-05', 'mcp-59', 'shell'],
    },
  },
  models: { providers: { allow: ['openai', 'anthropic', 'google'], deny: ['openrouter', 'deepseek'] } },
  network: { privateNetwork: { allow: false } },
  routing: { requireBindings: true, requireConfiguredChannels: true },
  ingress: INGRESS_ALL,
  gateway: GATEWAY_ALL,
  agents: {
    workspace: {
      allowedAccess: ['none', 'ro'],
      denyTools: ['exec', 'process', 'write', 'edit', 'apply_patch'],
    },
  },
  tools: { ...TOOLS_POSTURE, requireMetadata: ['risk', 'sensitivity', 'owner'] },
  sandbox: SANDBOX_ALL,
  dataHandling: DATA_ALL,
  secrets: { requireManagedProviders: true, denySources: ['exec'], allowInsecureProviders: false },
  auth: { profiles: { requireMetadata: ['provider', 'mode'], allowModes: ['api_key', 'token'] } },
  execApprovals: {
    requireFile: true,
    defaults: { allowSecurity: ['deny', 'allowlist'] },
    agents: {
      allowSecurity: ['deny', 'allowlist'],
      allowAutoAllowSkills: false,
      allowlist: { expected: ['git status', 'ls', { pattern: 'make', argPattern: '^test$' }] },
    },
  },
};

add({
  name: 'big-mixed-single-agent',
  description:
    "Big mixed workspace (implicit agent main): 320 tools in AGENTS.md, telegram accounts + discord/slack/signal/irc, 60 MCP servers, 40 model-map refs, secrets, auth profiles, gateway exposure, sandbox binds, exec approvals, every family's rules.",
  config: cfg({
    channels: {
      defaults: { groupPolicy: 'open' },
      telegram: {
        accounts: Object.fromEntries(
          Array.from({ length: 12 }, (_, i) => [
            `acct${i}`,
            {
              botToken: `${i}:tok`,
              ...(i % 3 === 0 ? { dmPolicy: 'open', allowFrom: ['*'] } : {}),
              ...(i % 4 === 0 ? { groupPolicy: 'open', groups: { '*': { requireMention: false } } } : {}),
            },
          ]),
        ),
      },
      discord: { token: 'x', groupPolicy: 'open' },
      slack: { botToken: 'xoxb-1', appToken: 'xapp-1' },
      signal: { account: '+15550001' },
      irc: { host: 'irc.example.com', nick: 'claw' },
    },
    mcp: {
      servers: Object.fromEntries(
        Array.from({ length: 60 }, (_, i) => [
          `mcp-${String(i).padStart(2, '0')}`,
          i % 3 === 0
            ? { command: `mcp-bin-${i}` }
            : {
                url: `https://mcp${i}.example.com/path/${i}?token=${i}`,
                ...(i % 3 === 1 ? { transport: 'sse' } : {}),
              },
        ]),
      ),
    },
    models: {
      providers: {
        openrouter: { baseUrl: 'https://openrouter.example.com/v1', models: [] },
        openai: { apiKey: { source: 'env', provider: 'default', id: 'OPENAI_API_KEY' } },
      },
    },
    agents: {
      defaults: {
        model: {
          primary: 'anthropic/claude-sonnet-4-5',
          fallbacks: ['openai/gpt-5', 'openrouter/auto', 'DeepSeek/deepseek-chat'],
        },
        models: Object.fromEntries(
          Array.from({ length: 40 }, (_, i) => [
            `${['openai', 'anthropic', 'google', 'mistral', 'openrouter'][i % 5]}/model-${i}`,
            {},
          ]),
        ),
        sandbox: {
          mode: 'non-main',
          workspaceAccess: 'rw',
          docker: { binds: ['/var/run/docker.sock:/var/run/docker.sock', '/data:/data:ro', '/src:/src'] },
          browser: { enabled: true },
        },
      },
    },
    browser: { ssrfPolicy: { dangerouslyAllowPrivateNetwork: true } },
    tools: {
      profile: 'coding',
      exec: { host: 'gateway', security: 'full' },
      elevated: { enabled: true, allowFrom: { telegram: ['1'] } },
      alsoAllow: ['browser', 'cron'],
      web: { fetch: { ssrfPolicy: { allowRfc2544BenchmarkRange: true } } },
    },
    gateway: {
      bind: 'lan',
      auth: { mode: 'token', token: '${GW_TOKEN}' },
      controlUi: { dangerouslyAllowHostHeaderOriginFallback: true },
      http: { endpoints: { responses: { enabled: true } } },
      nodes: { commands: { deny: ['camera.snap'] } },
    },
    session: { dmScope: 'per-peer', maintenance: { mode: 'warn' } },
    diagnostics: { otel: { enabled: true, captureContent: true } },
    memory: { search: { sources: ['sessions'], rememberAcrossConversations: true } },
    secrets: { providers: { vault: { source: 'exec', command: '/usr/bin/vault' } } },
    auth: {
      profiles: {
        'openai:default': { provider: 'openai', mode: 'api_key' },
        'anthropic:oauth': { provider: 'anthropic', mode: 'oauth' },
        blank: { provider: ' ', mode: 'token' },
      },
    },
    bindings: [
      { agentId: 'main', match: { channel: 'telegram', accountId: 'acct1' } },
      { agentId: 'main', match: { channel: 'whatsapp' } },
    ],
  }),
  policy: BIG_POLICY,
  files: { 'AGENTS.md': bigAgentsMd(320, { bullets: false }) },
  execApprovals: {
    version: 1,
    defaults: { security: 'full', autoAllowSkills: true },
    agents: {
      main: {
        security: 'allowlist',
        allowlist: ['git status', 'rm -rf', { pattern: 'make', argPattern: '^all$' }],
      },
      '*': { security: 'full' },
    },
  },
});

const BIG_AGENTS = ['main', 'ops', 'sales', 'research', 'support', 'lab'];

add({
  name: 'big-mixed-multi-agent',
  agentWorkspace: 'main',
  args: ['--agent', 'main'],
  description:
    'Big mixed multi-agent workspace: six agents with their own tools/sandbox/models, route bindings and probes, scopes for agents and channels, exec approvals for every agent, 240 tools (headings and bullets) in AGENTS.md.',
  config: cfg({
    channels: {
      telegram: { botToken: '1:a', groupPolicy: 'open', groups: { '-100': { requireMention: false } } },
      slack: { botToken: 'xoxb-1', appToken: 'xapp-1', dmPolicy: 'open', allowFrom: ['*'] },
    },
    mcp: {
      servers: Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`srv${i}`, { command: `srv-${i}` }])),
    },
    agents: {
      defaults: {
        model: 'openai/gpt-5',
        sandbox: { mode: 'all', workspaceAccess: 'ro', docker: { binds: ['/opt/tools:/opt/tools:ro'] } },
      },
      list: BIG_AGENTS.map((id, i) => ({
        id,
        ...(i === 0 ? { default: true } : {}),
        model: `${['anthropic', 'openai', 'google', 'mistral', 'openrouter', 'anthropic'][i]}/agent-model-${i}`,
        tools: {
          profile: ['minimal', 'coding', 'messaging', 'full', 'coding', 'minimal'][i],
          ...(i % 2 === 0 ? { deny: ['exec', 'process'] } : { alsoAllow: ['browser'] }),
          ...(i === 3 ? { elevated: { enabled: true } } : {}),
        },
        ...(i === 4 ? { sandbox: { mode: 'off' } } : {}),
        ...(i === 5 ? { sandbox: { backend: 'ssh' } } : {}),
      })),
    },
    tools: { elevated: { enabled: true }, exec: { security: 'allowlist', ask: 'on-miss' } },
    bindings: [
      { agentId: 'ops', match: { channel: 'telegram', peer: { kind: 'group', id: '-100' } } },
      { agentId: 'sales', match: { channel: 'slack', accountId: '*' } },
      { agentId: 'support', match: { channel: 'discord' } },
    ],
    memory: { search: { sources: ['sessions'], rememberAcrossConversations: true } },
  }),
  policy: {
    ...BIG_POLICY,
    routing: {
      requireBindings: true,
      requireConfiguredChannels: true,
      probes: [
        {
          id: 'ops-group',
          route: { channel: 'telegram', peer: { kind: 'group', id: '-100' } },
          expect: { agentId: 'ops', matchedBy: ['binding.peer'] },
        },
        {
          id: 'slack-any',
          route: { channel: 'slack', peer: { kind: 'direct', id: 'U1' } },
          expect: { agentId: 'support' },
        },
        {
          id: 'tg-dm',
          route: { channel: 'telegram', peer: { kind: 'direct', id: '5' } },
          expect: { agentId: 'main', matchedBy: ['default'] },
        },
      ],
    },
    scopes: {
      research: {
        agentIds: ['research', 'lab'],
        tools: { profiles: { allow: ['minimal'] }, elevated: { allow: false } },
        sandbox: { requireMode: ['all'] },
      },
      chat: {
        channelIds: ['telegram', 'slack'],
        ingress: { channels: { allowDmPolicies: ['pairing'], denyOpenGroups: true } },
      },
      memory: {
        agentIds: ['support'],
        dataHandling: { memory: { denySessionTranscriptIndexing: true } },
        execApprovals: { agents: { allowSecurity: ['deny'] } },
      },
    },
  },
  files: { 'AGENTS.md': bigAgentsMd(240, { bullets: true }) },
  execApprovals: {
    version: 1,
    defaults: { security: 'allowlist' },
    agents: Object.fromEntries(
      BIG_AGENTS.map((id, i) => [
        id,
        {
          security: ['deny', 'allowlist', 'full'][i % 3],
          autoAllowSkills: i % 2 === 0,
          allowlist: Array.from({ length: i + 1 }, (_, j) =>
            j % 2 ? { pattern: `cmd${j}`, argPattern: `^${j}$` } : `cmd${j}`,
          ),
        },
      ]),
    ),
  },
});

// --- the bundled example workspaces ----------------------------------------------------------

add({
  name: 'example-workspace',
  description:
    'The bundled examples/workspace (npm run example): clean in the real 2026.9.6, the rules of most new families set (routing probe, ingress with a channel scope, gateway, tool posture, sandbox, agent workspace, data handling) and tool metadata in AGENTS.md.',
  copyFrom: join(REPO, 'examples/workspace'),
});

add({
  name: 'example-openclaw-2026.5.20',
  description:
    'examples/openclaw-2026.5.20 as is (a 2026.5.20 workspace with TOOLS.md and no plugins.entries.policy): the real 2026.9.6 CLI refuses the command.',
  copyFrom: join(REPO, 'examples/openclaw-2026.5.20'),
});

add({
  name: 'example-openclaw-2026.5.20-enabled',
  description:
    'examples/openclaw-2026.5.20 with plugins.entries.policy.enabled:true merged into its config: the 2026.9.6 report (TOOLS.md migration finding, agents.list migrated).',
  copyFrom: join(REPO, 'examples/openclaw-2026.5.20'),
  config: () =>
    cfg(JSON.parse(readFileSync(join(REPO, 'examples/openclaw-2026.5.20/openclaw.json'), 'utf8'))),
});

// ---------------------------------------------------------------------------------------------
// Generator.

export function argsOf(c) {
  if (c.rawArgs !== undefined) return c.rawArgs;
  const verb = c.verb ?? 'check';
  const json = c.tty === true ? [] : ['--json'];
  const head =
    verb === 'watch'
      ? ['watch', '--once', ...json]
      : verb === 'compare'
        ? ['compare', ...json]
        : ['check', ...json];
  return [...head, '--cwd', '.', '--openclaw', '2026.9.6', ...(c.args ?? [])];
}

/**
 * `ATTESTATION_OF:<case>` strings in a config become the attestationHash recorded for that case
 * (its workspace must equal this one up to the lock). Before that case is recorded they stay
 * unresolved (`sha256:unresolved-…`): generate, record, generate again, record again.
 */
function resolvePlaceholders(v) {
  if (typeof v === 'string' && v.startsWith('ATTESTATION_OF:')) {
    const name = v.slice('ATTESTATION_OF:'.length);
    try {
      const recorded = JSON.parse(readFileSync(join(OUT, name, 'case.json'), 'utf8'));
      const hash = recorded.stdout?.attestation?.attestationHash;
      if (typeof hash === 'string') return hash;
    } catch {
      // not recorded yet
    }
    console.warn(`warning: ${name} has no recorded attestation yet; record it and generate again`);
    return `sha256:unresolved-${name}`;
  }
  if (Array.isArray(v)) return v.map(resolvePlaceholders);
  if (isPlain(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolvePlaceholders(x)]));
  return v;
}

const textOf = (v) => (typeof v === 'string' ? v : `${JSON.stringify(v, null, 2)}\n`);

function writeTree(root, files) {
  for (const [rel, text] of Object.entries(files)) {
    const p = join(root, rel);
    mkdirSync(dirname(p), { recursive: true });
    if (Buffer.isBuffer(text)) writeFileSync(p, text);
    else writeFileSync(p, text);
  }
}

function generate(argv) {
  let only;
  let prune = false;
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--only') only = new Set(argv[++i].split(','));
    else if (argv[i] === '--prune') prune = true;
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  const names = new Set();
  for (const c of CASES) {
    if (names.has(c.name)) throw new Error(`duplicate case ${c.name}`);
    names.add(c.name);
  }
  mkdirSync(OUT, { recursive: true });
  let written = 0;
  for (const c of CASES) {
    if (only !== undefined && !only.has(c.name)) continue;
    const dir = join(OUT, c.name);
    for (const sub of ['workspace', 'home', 'state'])
      rmSync(join(dir, sub), { recursive: true, force: true });
    mkdirSync(join(dir, 'workspace'), { recursive: true });
    if (c.copyFrom !== undefined) cpSync(c.copyFrom, join(dir, 'workspace'), { recursive: true });
    const ws = {};
    const config = typeof c.config === 'function' ? c.config() : c.config;
    if (config !== undefined) ws[c.configFile ?? 'openclaw.json'] = textOf(resolvePlaceholders(config));
    if (c.policy !== undefined) ws[c.policyFile ?? 'policy.jsonc'] = textOf(c.policy);
    Object.assign(ws, c.files ?? {});
    const home = { ...(c.home ?? {}) };
    if (c.agentWorkspace !== undefined) {
      // The selected agent's workspace is not the default workspace (multi-agent configs:
      // ~/.openclaw/workspace-<id>): everything but the config goes there.
      const configName = c.configFile ?? 'openclaw.json';
      for (const [rel, text] of Object.entries(ws)) {
        if (rel === configName) continue;
        home[`.openclaw/workspace-${c.agentWorkspace}/${rel}`] = text;
        delete ws[rel];
      }
    }
    writeTree(join(dir, 'workspace'), ws);
    if (Object.keys(home).length > 0) writeTree(join(dir, 'home'), home);
    const state = {};
    if (c.execApprovals !== undefined) state['exec-approvals.json'] = textOf(c.execApprovals);
    if (c.legacyExecApprovals !== undefined)
      state['legacy-exec-approvals.json'] = textOf(c.legacyExecApprovals);
    if (Object.keys(state).length > 0) writeTree(join(dir, 'state'), state);
    const caseFile = join(dir, 'case.json');
    const old = existsSync(caseFile) ? JSON.parse(readFileSync(caseFile, 'utf8')) : {};
    const next = { description: c.description, args: argsOf(c) };
    if (c.oracle !== undefined) next.oracle = c.oracle;
    if (c.tty !== undefined) next.tty = c.tty;
    for (const [k, v] of Object.entries(old))
      if (!['description', 'args', 'oracle', 'tty'].includes(k)) next[k] = v;
    writeFileSync(caseFile, `${JSON.stringify(next, null, 2)}\n`);
    written += 1;
  }
  if (prune) {
    for (const d of readdirSync(OUT, { withFileTypes: true })) {
      if (d.isDirectory() && !names.has(d.name)) {
        rmSync(join(OUT, d.name), { recursive: true, force: true });
        console.log(`pruned ${d.name}`);
      }
    }
  }
  console.log(`${written} case(s) written to ${OUT} (${CASES.length} defined)`);
}

if (process.argv[1] !== undefined && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  generate(process.argv.slice(2));
}
