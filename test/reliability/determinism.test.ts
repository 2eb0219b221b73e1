// Determinism across platforms (issue 6, item 6). One workspace, written every way a checkout on
// another machine might write it — CRLF, a UTF-8 BOM, keys in another order, comments and trailing
// commas, `openclaw.jsonc` instead of `openclaw.json` — and checked by the real CLI
// (`node bin/policy-gate.js check --json`, over lib/) under LANG=C, sv_SE.UTF-8 and tr_TR.UTF-8, must
// give the very same policy, workspace, findings and attestation hashes. Keys and ids are chosen so
// that Swedish and Turkish collation order them differently from en-US: without the pinned
// collation (README, "Compatibility decisions") the hashes would move with the locale.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, runCli } from '../support/cli-harness.js';
import { BOM, crlf } from './bad-input-fixtures.js';

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, '../..');
const cli = path.join(repoRoot, 'bin', 'policy-gate.js');
const LOCALES = ['C', 'sv_SE.UTF-8', 'tr_TR.UTF-8'] as const;

// Ids and keys that collate differently in en-US, sv and tr (å/ä/ö after z in Swedish; dotless ı
// before I in Turkish).
const IDS = ['zulu', 'ärende', 'ılık', 'ilk', 'İlk', 'åtgärd', 'öz', 'oz'];

const POLICY = {
  metadata: Object.fromEntries(IDS.map((id, i) => [id, i])),
  mcp: { servers: { allow: ['zulu', 'ilk'], deny: ['öz'] } },
  models: { providers: { allow: ['openai'] } },
  channels: { denyRules: [{ id: 'no-irc', when: { provider: 'irc' }, reason: 'IRC is not approved.' }] },
  tools: { requireMetadata: ['risk', 'owner'] },
};

const CONFIG = {
  channels: Object.fromEntries([...IDS.map((id) => [`${id}-chat`, { enabled: true }]), ['irc', {}]]),
  mcp: { servers: Object.fromEntries(IDS.map((id) => [id, { command: `${id}-mcp` }])) },
  models: { providers: { openai: {}, ärende: {}, zulu: {} } },
  agents: { defaults: { model: 'openai/gpt-5', models: { 'zulu/large': {}, 'ärende/small': {} } } },
};

const TOOLS = `# Agent tools

## Tools

### search_docs risk:low owner:@support
Capabilities: READ_ONLY

### ärende_sync R4
  - owner: @ops

### deploy_preview risk:high
`;

/** The same object with every key order reversed (arrays keep theirs: their order is meaning). */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversedKeys(v)]),
  );
}

/** JSON5 as a person writes it: comments, unquoted keys where possible, single quotes, trailing commas. */
function json5Text(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (Array.isArray(value))
    return `[\n${value.map((v) => `${inner}${json5Text(v, inner)},`).join('\n')}\n${indent}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => {
      const key = /^[A-Za-z_$][\w$]*$/.test(k) ? k : `'${k}'`;
      return `${inner}// ${k}\n${inner}${key}: ${json5Text(v, inner)}, /* end of ${k} */`;
    });
    return `{\n${entries.join('\n')}\n${indent}}`;
  }
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

interface Variant {
  name: string;
  files: Record<string, string>;
}

const VARIANTS: Variant[] = [
  {
    name: 'LF, strict JSON',
    files: { 'policy.jsonc': json(POLICY), 'openclaw.json': json(CONFIG), 'TOOLS.md': TOOLS },
  },
  {
    name: 'CRLF everywhere',
    files: {
      'policy.jsonc': crlf(json(POLICY)),
      'openclaw.json': crlf(json(CONFIG)),
      'TOOLS.md': crlf(TOOLS),
    },
  },
  {
    name: 'BOM on policy and config',
    files: { 'policy.jsonc': BOM + json(POLICY), 'openclaw.json': BOM + json(CONFIG), 'TOOLS.md': TOOLS },
  },
  {
    name: 'BOM and CRLF',
    files: {
      'policy.jsonc': BOM + crlf(json(POLICY)),
      'openclaw.json': BOM + crlf(json(CONFIG)),
      'TOOLS.md': crlf(TOOLS),
    },
  },
  {
    name: 'keys reordered',
    files: {
      'policy.jsonc': json(reversedKeys(POLICY)),
      'openclaw.json': json(reversedKeys(CONFIG)),
      'TOOLS.md': TOOLS,
    },
  },
  {
    name: 'comments and trailing commas, openclaw.jsonc',
    files: {
      'policy.jsonc': `// policy\n${json5Text(POLICY)}\n`,
      'openclaw.jsonc': `/* config */\n${json5Text(CONFIG)}\n`,
      'TOOLS.md': TOOLS,
    },
  },
  {
    name: 'strict JSON named openclaw.jsonc',
    files: { 'policy.jsonc': json(POLICY), 'openclaw.jsonc': json(CONFIG), 'TOOLS.md': TOOLS },
  },
  {
    name: 'all at once: BOM, CRLF, reordered, comments, openclaw.jsonc',
    files: {
      'policy.jsonc': BOM + crlf(`// policy\n${json5Text(reversedKeys(POLICY))}\n`),
      'openclaw.jsonc': BOM + crlf(`/* config */\n${json5Text(reversedKeys(CONFIG))}\n`),
      'TOOLS.md': crlf(TOOLS),
    },
  },
];

/** The environment of a machine in `locale`: LANG set, nothing that would override it. */
function localeEnv(locale: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: locale };
  for (const name of Object.keys(env)) if (name.startsWith('LC_') || name === 'LANGUAGE') delete env[name];
  return env;
}

interface Hashes {
  policy: string | undefined;
  workspace: string | undefined;
  findings: string | undefined;
  attestation: string | undefined;
}

let base: string;
const results: {
  variant: string;
  locale: string;
  code: number;
  hashes: Hashes;
  evidence: unknown;
  findings: unknown;
}[] = [];

beforeAll(async () => {
  if (!existsSync(path.join(repoRoot, 'lib', 'cli', 'main.js'))) {
    throw new Error(
      'lib/ is not built: run `npx tsc -p tsconfig.build.json` (`npm test` does it first, through `pretest`).',
    );
  }
  base = mkdtempSync(path.join(tmpdir(), 'policy-gate-determinism-'));
  const jobs = VARIANTS.flatMap((variant, index) => {
    const cwd = path.join(base, `v${index}`);
    mkdirSync(cwd);
    for (const [name, text] of Object.entries(variant.files)) writeFileSync(path.join(cwd, name), text);
    return LOCALES.map((locale) => ({ variant: variant.name, locale, cwd }));
  });
  // Two at a time: the machine has two cores.
  for (let i = 0; i < jobs.length; i += 2) {
    await Promise.all(
      jobs.slice(i, i + 2).map(async (job) => {
        const { stdout, code } = await run(
          process.execPath,
          [cli, 'check', '--openclaw', '2026.5.20', '--json', '--cwd', job.cwd],
          {
            env: localeEnv(job.locale),
          },
        ).then(
          (r) => ({ stdout: r.stdout, code: 0 }),
          (error: { stdout?: string; stderr?: string; code?: number }) => {
            if (error.code !== 1)
              throw new Error(`${job.variant} under ${job.locale}: exit ${error.code}: ${error.stderr}`);
            return { stdout: error.stdout ?? '', code: 1 };
          },
        );
        const report = JSON.parse(stdout) as {
          attestation?: {
            policy?: { hash: string };
            workspace: { hash: string };
            findingsHash: string;
            attestationHash: string;
          };
          evidence: unknown;
          findings: unknown;
        };
        const a = report.attestation;
        results.push({
          variant: job.variant,
          locale: job.locale,
          code,
          hashes: {
            policy: a?.policy?.hash,
            workspace: a?.workspace.hash,
            findings: a?.findingsHash,
            attestation: a?.attestationHash,
          },
          evidence: report.evidence,
          findings: report.findings,
        });
      }),
    );
  }
});

afterAll(() => {
  if (base) rmSync(base, { recursive: true, force: true });
});

describe('determinism across platforms', () => {
  it('the locales really collate differently on this machine (else the test would prove nothing)', async () => {
    const script = `process.stdout.write(${JSON.stringify(IDS)}.sort((a, b) => a.localeCompare(b)).join(' '))`;
    const orders = await Promise.all(
      LOCALES.map(
        async (locale) => (await run(process.execPath, ['-e', script], { env: localeEnv(locale) })).stdout,
      ),
    );
    expect(new Set(orders).size).toBe(3);
  });

  it(`${VARIANTS.length} spellings × ${LOCALES.length} locales give identical hashes, evidence and findings`, () => {
    expect(results).toHaveLength(VARIANTS.length * LOCALES.length);
    const [first] = results;
    if (!first) throw new Error('no results');
    expect(first.code).toBe(1);
    expect(first.hashes.policy).toMatch(/^sha256:[0-9a-f]{64}$/);
    for (const result of results) {
      expect({ variant: result.variant, locale: result.locale, ...result.hashes }).toEqual({
        variant: result.variant,
        locale: result.locale,
        ...first.hashes,
      });
      expect(result.evidence, `${result.variant} under ${result.locale}`).toEqual(first.evidence);
      expect(result.findings, `${result.variant} under ${result.locale}`).toEqual(first.findings);
    }
  });

  it('orders ids by en-US collation whatever the locale', () => {
    const enUS = new Intl.Collator('en-US').compare;
    const evidence = results[0]?.evidence as { mcpServers: { id: string }[] };
    expect(evidence.mcpServers.map((s) => s.id)).toEqual([...IDS].sort(enUS));
  });
});

describe('keys that collate as equal', () => {
  // Two *different* keys can collate as equal (NFC "é" and NFD "e\u0301", "a" and "a\u200b").
  // compareKeys breaks such ties by code units, so the hash never depends on key order (OpenClaw's
  // stable localeCompare sort keeps file order there; found by the hasher fuzz property).
  it('give the same hashes whatever their order in the file', async () => {
    const hashes = [];
    for (const policy of ['{ "meta": { "é": 1, "e\u0301": 2 } }', '{ "meta": { "e\u0301": 2, "é": 1 } }']) {
      const run = await runCli([
        'check',
        '--openclaw',
        '2026.5.20',
        '--json',
        '--cwd',
        makeWorkspace({ 'policy.jsonc': policy }),
      ]);
      hashes.push((run.json().attestation as { policy: { hash: string } }).policy.hash);
    }
    expect(hashes[1]).toBe(hashes[0]);
  });
});
