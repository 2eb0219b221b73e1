// The bad-input matrix as data: every (target, fault, variant, channel) the suite tries, what it
// must give, and the counts the README table publishes (a test holds the table to these counts).
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  BOM,
  binaryBytes,
  CLEAN_CONFIG,
  CLEAN_POLICY,
  CLEAN_TOOLS,
  crlf,
  FINDING_CONFIG,
  makeFifo,
  reportText,
  withBytes,
  writeSparse,
} from './bad-input-fixtures.js';

export type Target = 'policy' | 'config' | 'tools' | 'attestation';
/** `check`: `policy-gate check`; `gate`: `attestationState` (+ `verdictFor`); `diff`: `policy-gate diff`. */
export type Channel = 'check' | 'gate' | 'diff';
export type Fault =
  | 'truncated'
  | 'empty'
  | 'binary'
  | 'invalid UTF-8'
  | 'BOM'
  | 'CRLF'
  | 'duplicate keys'
  | '10,000-level nesting'
  | '100 MB'
  | 'symlink to a file outside'
  | 'symlink to a directory outside'
  | 'FIFO'
  | 'directory'
  | 'hand edit: finding deleted'
  | 'hand edit: hash changed'
  | 'hand edit: evidence changed';

export type Expected =
  /** exit 2, nothing on stdout, one stderr line matching `reason` (check, diff). */
  | { kind: 'refused'; reason: RegExp }
  /** exit 1 with a finding of this check id (check). */
  | { kind: 'finding'; checkId: string }
  /** Valid input by the SPEC, but the attested state moves: the gate says drift, never passes (check). */
  | { kind: 'drift'; why: string }
  /** Not bad input (BOM, CRLF): the very same hashes as the clean file. */
  | { kind: 'same' }
  /** `attestationState` says corrupt, with this reason; `verdictFor` gives error (gate). */
  | { kind: 'corrupt'; reason: RegExp };

export interface BadInputCase {
  target: Target;
  fault: Fault;
  variant?: string;
  channel: Channel;
  expected: Expected;
  /** A known defect: the case runs as `it.fails` and this says what is wrong. */
  bug?: string;
  /** Writes the faulty file into `ws` (the clean files are already there); `outside` holds the would-leak files. */
  prepare(ws: string, outside: string): void;
}

export const FILE_OF: Record<Target, string> = {
  policy: 'policy.jsonc',
  config: 'openclaw.json',
  tools: 'TOOLS.md',
  attestation: 'policy.attestation.json',
};

/** The attestation file the attestation cases start from: an accepted state with one finding. */
export const CLEAN_ATTESTATION = reportText(JSON.parse(FINDING_CONFIG) as Record<string, unknown>);

const CLEAN_TEXT: Record<Target, string> = {
  policy: CLEAN_POLICY,
  config: CLEAN_CONFIG,
  tools: CLEAN_TOOLS,
  attestation: CLEAN_ATTESTATION,
};

// --- ways to put a faulty file in place -------------------------------------------------------

type Prepare = BadInputCase['prepare'];
const put =
  (file: string, content: string | Buffer): Prepare =>
  (ws) =>
    writeFileSync(path.join(ws, file), content);
/** The clean file goes first: these faults replace it with something that is not a text file. */
const replaced =
  (file: string, create: (at: string, ws: string, outside: string) => void): Prepare =>
  (ws, outside) => {
    const at = path.join(ws, file);
    rmSync(at, { force: true });
    create(at, ws, outside);
  };
const link = (file: string, target: (outside: string) => string): Prepare =>
  replaced(file, (at, _ws, outside) => symlinkSync(target(outside), at));
const fifo = (file: string): Prepare => replaced(file, makeFifo);
const directory = (file: string): Prepare => replaced(file, (at) => mkdirSync(at));
const sparse = (file: string, start: string): Prepare => replaced(file, (at) => writeSparse(at, start));
const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const utf8 = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

const REFUSED = {
  duplicate: /duplicate key "[^"]+" .*remove the other\./,
  deep: /nests deeper than 512 levels/,
  big: /is 104857600 bytes, over the 16777216-byte limit/,
  linkOut: /is a symbolic link that leads outside the workspace/,
  fifo: /is a named pipe \(FIFO\), not a regular file/,
  directory: /is a directory, not a file/,
};

/** The faults every target shares that are about the file system, not the content. */
function fileSystemCases(target: Target, channels: Channel[]): BadInputCase[] {
  const file = FILE_OF[target];
  const start = target === 'tools' ? '## Tools\n' : '{';
  const out: BadInputCase[] = [];
  for (const channel of channels) {
    // The gate turns an unreadable attestation file into `corrupt`; the CLI verbs refuse with exit 2.
    const expect = (reason: RegExp): Expected => (channel === 'gate' ? corrupt(reason) : refused(reason));
    out.push({
      target,
      channel,
      fault: '100 MB',
      variant: 'sparse',
      expected: expect(REFUSED.big),
      prepare: sparse(file, start),
    });
    if (channel !== 'diff') {
      // `diff` reads files the user names on the command line, wherever they are (read-json-file.ts):
      // it has no workspace to leave, so the symlink faults do not apply to it.
      out.push(
        {
          target,
          channel,
          fault: 'symlink to a file outside',
          variant: 'absolute',
          expected: expect(REFUSED.linkOut),
          prepare: link(file, (o) => path.join(o, file)),
        },
        {
          target,
          channel,
          fault: 'symlink to a file outside',
          variant: 'relative ../',
          expected: expect(REFUSED.linkOut),
          prepare: link(file, () => `../outside/${file}`),
        },
        {
          target,
          channel,
          fault: 'symlink to a directory outside',
          expected: expect(REFUSED.linkOut),
          prepare: link(file, (o) => path.join(o, 'dir')),
        },
      );
    }
    out.push(
      { target, channel, fault: 'FIFO', expected: expect(REFUSED.fifo), prepare: fifo(file) },
      { target, channel, fault: 'directory', expected: expect(REFUSED.directory), prepare: directory(file) },
    );
  }
  return out;
}

const same: Expected = { kind: 'same' };
function refused(reason: RegExp): Expected {
  return { kind: 'refused', reason };
}
function corrupt(reason: RegExp): Expected {
  return { kind: 'corrupt', reason };
}
const finding = (checkId: string): Expected => ({ kind: 'finding', checkId });

// --- policy -------------------------------------------------------------------------------------

function policyCases(): BadInputCase[] {
  const file = FILE_OF.policy;
  const invalid = finding('policy/policy-jsonc-invalid');
  const t = (fault: Fault, expected: Expected, prepare: Prepare, variant?: string): BadInputCase => ({
    target: 'policy',
    channel: 'check',
    fault,
    variant,
    expected,
    prepare,
  });
  const withConfig =
    (extra: Record<string, unknown>): Prepare =>
    (ws) =>
      writeFileSync(
        path.join(ws, FILE_OF.config),
        JSON.stringify({ ...(JSON.parse(CLEAN_CONFIG) as object), ...extra }),
      );
  return [
    t('truncated', invalid, put(file, CLEAN_POLICY.slice(0, Math.floor(CLEAN_POLICY.length / 2)))),
    t('empty', invalid, put(file, '')),
    t('binary', invalid, put(file, binaryBytes())),
    t(
      'invalid UTF-8',
      finding('policy/mcp-unapproved-server'),
      put(file, withBytes(CLEAN_POLICY, '"docs"', utf8('"do', [0xff], 'cs"'))),
      'inside an allowlist entry',
    ),
    t(
      'invalid UTF-8',
      invalid,
      put(file, withBytes(CLEAN_POLICY, 'mcp:', utf8([0xc3, 0x28], ' mcp:'))),
      'between tokens',
    ),
    t('BOM', same, put(file, BOM + CLEAN_POLICY)),
    t('CRLF', same, put(file, crlf(CLEAN_POLICY))),
    t('BOM', same, put(file, BOM + crlf(CLEAN_POLICY)), 'with CRLF'),
    t(
      'duplicate keys',
      refused(REFUSED.duplicate),
      put(file, CLEAN_POLICY.replace('deny: ["shell"]', 'deny: ["shell"], deny: []')),
    ),
    t(
      '10,000-level nesting',
      refused(REFUSED.deep),
      put(file, `${'{ "a": '.repeat(10_000)}1${'}'.repeat(10_000)}`),
      'objects',
    ),
    t(
      '10,000-level nesting',
      refused(REFUSED.deep),
      put(file, CLEAN_POLICY.replace('deny: ["shell"]', `deny: ${nested(10_000)}`)),
      'arrays inside a rule',
    ),
    t(
      'symlink to a directory outside',
      refused(
        /reached through the symbolic link linked, which leads outside the workspace .*plugins\.entries\.policy\.config\.path/,
      ),
      (ws, outside) => {
        symlinkSync(path.join(outside, 'dir'), path.join(ws, 'linked'));
        withConfig({ plugins: { entries: { policy: { config: { path: 'linked/policy.jsonc' } } } } })(
          ws,
          outside,
        );
      },
      'reached through the config’s policy path',
    ),
    t(
      'symlink to a file outside',
      refused(/policy\.jsonc is outside the workspace \(plugins\.entries\.policy\.config\.path\)/),
      (ws, outside) =>
        withConfig({
          plugins: { entries: { policy: { config: { path: path.join(outside, 'policy.jsonc') } } } },
        })(ws, outside),
      'absolute policy path in the config',
    ),
    ...fileSystemCases('policy', ['check']),
  ];
}

// --- OpenClaw config ----------------------------------------------------------------------------

function configCases(): BadInputCase[] {
  const file = FILE_OF.config;
  const invalid = finding('policy/config-invalid');
  const t = (fault: Fault, expected: Expected, prepare: Prepare, variant?: string): BadInputCase => ({
    target: 'config',
    channel: 'check',
    fault,
    variant,
    expected,
    prepare,
  });
  return [
    t('truncated', invalid, put(file, CLEAN_CONFIG.slice(0, Math.floor(CLEAN_CONFIG.length / 2)))),
    t('empty', invalid, put(file, '')),
    t('binary', invalid, put(file, binaryBytes())),
    t(
      'invalid UTF-8',
      finding('policy/mcp-unapproved-server'),
      put(file, withBytes(CLEAN_CONFIG, '"docs"', utf8('"do', [0xff], 'cs"'))),
      'inside an MCP server id',
    ),
    t(
      'invalid UTF-8',
      invalid,
      put(file, withBytes(CLEAN_CONFIG, '"mcp"', utf8([0xe2, 0x82], '"mcp"'))),
      'between tokens',
    ),
    t('BOM', same, put(file, BOM + CLEAN_CONFIG)),
    t('CRLF', same, put(file, crlf(CLEAN_CONFIG))),
    t('BOM', same, put(file, BOM + crlf(CLEAN_CONFIG)), 'with CRLF'),
    t(
      'duplicate keys',
      refused(REFUSED.duplicate),
      put(
        file,
        CLEAN_CONFIG.replace('"search": {', '"docs": { "url": "https://evil.example" },\n      "search": {'),
      ),
    ),
    t(
      '10,000-level nesting',
      refused(REFUSED.deep),
      put(file, `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`),
      'objects',
    ),
    t(
      '10,000-level nesting',
      refused(REFUSED.deep),
      put(file, CLEAN_CONFIG.replace('"channels": {', `"agents_list": ${nested(10_000)},\n  "channels": {`)),
      'arrays',
    ),
    ...fileSystemCases('config', ['check']),
  ];
}

// --- TOOLS.md -------------------------------------------------------------------------------------

function toolsCases(): BadInputCase[] {
  const file = FILE_OF.tools;
  const t = (
    fault: Fault,
    expected: Expected,
    prepare: Prepare,
    variant?: string,
    bug?: string,
  ): BadInputCase => ({ target: 'tools', channel: 'check', fault, variant, expected, prepare, bug });
  const noTools: Expected = {
    kind: 'drift',
    why: 'SPEC §1/§3.3: a TOOLS.md without a Tools section declares no tools (as a missing one does); every accepted tool disappears from the evidence',
  };
  const fromTools = CLEAN_TOOLS.slice(CLEAN_TOOLS.indexOf('## Tools'));
  return [
    t(
      'truncated',
      finding('policy/tools-missing-sensitivity-token'),
      put(file, CLEAN_TOOLS.slice(0, CLEAN_TOOLS.indexOf('  - sensitivity: confidential'))),
    ),
    t('empty', noTools, put(file, '')),
    t('binary', noTools, put(file, binaryBytes())),
    t(
      'invalid UTF-8',
      finding('policy/tools-unknown-risk-level'),
      put(file, withBytes(CLEAN_TOOLS, 'risk:low', utf8('risk:lo', [0xff], 'w'))),
      'inside a risk value',
    ),
    t('BOM', same, put(file, BOM + CLEAN_TOOLS), 'before a title heading'),
    t(
      'BOM',
      {
        kind: 'drift',
        why: 'SPEC §3.3: a BOM right before the Tools heading hides it, exactly as in OpenClaw',
      },
      put(file, BOM + fromTools),
      'right before the Tools heading',
    ),
    t('CRLF', same, put(file, crlf(CLEAN_TOOLS))),
    t('BOM', same, put(file, BOM + crlf(CLEAN_TOOLS)), 'with CRLF'),
    t(
      'duplicate keys',
      {
        kind: 'drift',
        why: 'a repeated declaration is a second evidence entry (SPEC §3.1: not de-duplicated)',
      },
      put(file, `${CLEAN_TOOLS}\n### search_docs risk:critical sensitivity:restricted owner:@other\n`),
      'a tool declared twice',
    ),
    // A field repeated inside one tool with another value is refused, like duplicate JSON keys.
    t(
      'duplicate keys',
      refused(/TOOLS\.md:\d+: tool 'search-docs' declares risk more than once \(low, critical\)/),
      put(file, CLEAN_TOOLS.replace('owner:@support', 'owner:@support risk:critical')),
      'a field repeated in one tool',
    ),
    t(
      '10,000-level nesting',
      // The nested lines are metadata of `nested`, which gets `risk: low` from them and nothing else.
      finding('policy/tools-missing-owner'),
      put(
        file,
        `${CLEAN_TOOLS}\n- nested: ${nested(10_000)}\n${'>'.repeat(10_000)} ### hidden risk:low\n${'  '.repeat(10_000)}- risk: low\n`,
      ),
      'brackets, blockquotes, indentation',
    ),
    ...fileSystemCases('tools', ['check']),
  ];
}

// --- attestation file -------------------------------------------------------------------------------

function attestationCases(): BadInputCase[] {
  const file = FILE_OF.attestation;
  const clean = CLEAN_ATTESTATION;
  const edit = (change: (report: AttestationJson) => void): string => {
    const report = JSON.parse(clean) as AttestationJson;
    change(report);
    return `${JSON.stringify(report, null, 2)}\n`;
  };
  // `policy-gate diff` re-derives each file's hashes (reportVerificationProblem) and refuses
  // duplicate keys, as the gate does; the rows below hold it to that.
  const rows: {
    fault: Fault;
    variant?: string;
    prepare: Prepare;
    gate: Expected;
    diff: Expected;
  }[] = [
    {
      fault: 'truncated',
      prepare: put(file, clean.slice(0, Math.floor(clean.length / 2))),
      gate: corrupt(/could not be parsed: JSON5: invalid end of input/),
      diff: refused(/could not be parsed: JSON5: invalid end of input/),
    },
    {
      fault: 'empty',
      prepare: put(file, ''),
      gate: corrupt(/could not be parsed/),
      diff: refused(/could not be parsed/),
    },
    {
      fault: 'binary',
      prepare: put(file, binaryBytes()),
      gate: corrupt(/could not be parsed: JSON5: invalid character/),
      diff: refused(/could not be parsed: JSON5: invalid character/),
    },
    {
      fault: 'invalid UTF-8',
      variant: 'inside a hashed evidence string',
      prepare: put(file, withBytes(clean, '"id": "shell"', utf8('"id": "sh', [0xff], 'ell"'))),
      gate: corrupt(/does not verify: its evidence hashes to/),
      diff: refused(/does not verify/),
    },
    {
      fault: 'invalid UTF-8',
      variant: 'between tokens',
      prepare: put(file, withBytes(clean, '"ok"', utf8([0xf0, 0x9f], '"ok"'))),
      gate: corrupt(/could not be parsed/),
      diff: refused(/could not be parsed/),
    },
    { fault: 'BOM', prepare: put(file, BOM + clean), gate: same, diff: same },
    { fault: 'CRLF', prepare: put(file, crlf(clean)), gate: same, diff: same },
    { fault: 'BOM', variant: 'with CRLF', prepare: put(file, BOM + crlf(clean)), gate: same, diff: same },
    {
      fault: 'duplicate keys',
      variant: '"findings": [] first, the real findings last',
      prepare: put(file, clean.replace('{\n', '{\n  "findings": [],\n')),
      gate: corrupt(/repeats the key "findings"/),
      diff: refused(/duplicate key "findings"/),
    },
    {
      fault: '10,000-level nesting',
      prepare: put(file, clean.replace('{\n', `{\n  "padding": ${nested(10_000)},\n`)),
      gate: corrupt(REFUSED.deep),
      diff: refused(REFUSED.deep),
    },
    {
      fault: 'hand edit: finding deleted',
      prepare: put(
        file,
        edit((r) => (r.findings = [])),
      ),
      gate: corrupt(/does not verify: its findings hash to/),
      diff: refused(/does not verify/),
    },
    {
      fault: 'hand edit: finding deleted',
      variant: 'and ok set to true',
      prepare: put(
        file,
        edit((r) => ((r.findings = []), (r.ok = true))),
      ),
      gate: corrupt(/does not verify: its findings hash to/),
      diff: refused(/does not verify/),
    },
    {
      fault: 'hand edit: hash changed',
      variant: 'attestationHash',
      prepare: put(
        file,
        edit((r) => (r.attestation.attestationHash = `sha256:${'0'.repeat(64)}`)),
      ),
      gate: corrupt(/does not verify: its parts hash to/),
      diff: refused(/does not verify/),
    },
    {
      fault: 'hand edit: hash changed',
      variant: 'findingsHash',
      prepare: put(
        file,
        edit((r) => (r.attestation.findingsHash = `sha256:${'1'.repeat(64)}`)),
      ),
      gate: corrupt(/does not verify: its findings hash to/),
      diff: refused(/does not verify/),
    },
    {
      fault: 'hand edit: hash changed',
      variant: 'workspace.hash',
      prepare: put(
        file,
        edit((r) => (r.attestation.workspace.hash = `sha256:${'2'.repeat(64)}`)),
      ),
      gate: corrupt(/does not verify: its evidence hashes to/),
      diff: refused(/does not verify/),
    },
    {
      fault: 'hand edit: hash changed',
      variant: 'policy.hash',
      prepare: put(
        file,
        edit((r) => (r.attestation.policy.hash = `sha256:${'3'.repeat(64)}`)),
      ),
      gate: corrupt(/does not verify: its parts hash to/),
      diff: refused(/does not verify/),
    },
    {
      fault: 'hand edit: evidence changed',
      variant: 'a denied MCP server removed',
      prepare: put(
        file,
        edit((r) => (r.evidence.mcpServers = r.evidence.mcpServers.filter((s) => s.id !== 'shell'))),
      ),
      gate: corrupt(/does not verify: its evidence hashes to/),
      diff: refused(/does not verify/),
    },
  ];
  const out: BadInputCase[] = [];
  for (const row of rows) {
    out.push({
      target: 'attestation',
      channel: 'gate',
      fault: row.fault,
      variant: row.variant,
      expected: row.gate,
      prepare: row.prepare,
    });
    out.push({
      target: 'attestation',
      channel: 'diff',
      fault: row.fault,
      variant: row.variant,
      expected: row.diff,
      prepare: row.prepare,
    });
  }
  out.push(...fileSystemCases('attestation', ['gate', 'diff']));
  return out;
}

interface AttestationJson {
  ok: boolean;
  findings: unknown[];
  evidence: { mcpServers: { id: string }[] };
  attestation: {
    attestationHash: string;
    findingsHash: string;
    workspace: { hash: string };
    policy: { hash: string };
  };
}

export const BAD_INPUT_CASES: readonly BadInputCase[] = [
  ...policyCases(),
  ...configCases(),
  ...toolsCases(),
  ...attestationCases(),
];

export function caseName(c: BadInputCase): string {
  return `${c.target} × ${c.fault}${c.variant ? ` (${c.variant})` : ''} → ${c.channel}`;
}

export function cleanText(target: Target): string {
  return CLEAN_TEXT[target];
}

// --- counts for the README ------------------------------------------------------------------------

export interface MatrixCounts {
  cases: number;
  refused: number;
  finding: number;
  corrupt: number;
  drift: number;
  same: number;
  knownBugs: number;
}

export function countCases(cases: readonly BadInputCase[]): MatrixCounts {
  const counts: MatrixCounts = {
    cases: 0,
    refused: 0,
    finding: 0,
    corrupt: 0,
    drift: 0,
    same: 0,
    knownBugs: 0,
  };
  for (const c of cases) {
    counts.cases += 1;
    if (c.bug) counts.knownBugs += 1;
    else counts[c.expected.kind] += 1;
  }
  return counts;
}

/** The README's bad-input table, one row per target and channel, then the total. */
export function badInputTable(cases: readonly BadInputCase[] = BAD_INPUT_CASES): string {
  const label: Record<string, string> = {
    'policy/check': 'policy → `check`',
    'config/check': 'OpenClaw config → `check`',
    'tools/check': '`TOOLS.md` → `check`',
    'attestation/gate': 'attestation → gate (`attestationState`, `verdictFor`)',
    'attestation/diff': 'attestation → `diff`',
  };
  const lines = [
    '| input → where | cases | exit 2, one line | finding (exit 1) | corrupt → `error` | drift (SPEC-valid, gate fails) | BOM/CRLF: same hashes | known bug (`it.fails`) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const row = (name: string, c: MatrixCounts) =>
    `| ${name} | ${c.cases} | ${c.refused} | ${c.finding} | ${c.corrupt} | ${c.drift} | ${c.same} | ${c.knownBugs} |`;
  for (const [key, name] of Object.entries(label)) {
    lines.push(row(name, countCases(cases.filter((c) => `${c.target}/${c.channel}` === key))));
  }
  lines.push(row('**total**', countCases(cases)));
  return lines.join('\n');
}
