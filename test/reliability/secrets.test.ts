// No secret leaves (issue 6, item 5). Canaries are planted everywhere an OpenClaw config keeps a
// secret — credentials and a token in an MCP server URL, an `env` block, `args`, `headers`, a model
// provider's `apiKey`, a channel's `botToken` — and every output is scanned for them: the CLI's
// `check` (JSON and human), `diff`, `watch`, `accept` and the file it writes; then the action bundle
// end to end against the fake GitHub: comment bodies, check-run output and annotations, every
// request body sent to GitHub, the job summary, GITHUB_OUTPUT, the report file, stdout and stderr.
// The action's own token must appear in none of them either.
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acceptedAttestation } from '../support/attestation-files.js';
import { makeWorkspace as makeTempWorkspace, runCli, type CliRun } from '../support/cli-harness.js';
import { pullRequestEvent } from '../e2e/harness/event-payloads.js';
import { startFakeGitHub } from '../e2e/harness/fake-github.js';
import { createGitRepo } from '../e2e/harness/git-repo.js';
import { runAction } from '../e2e/harness/run-action.js';
import { allText, canariesIn, STACK_TRACE } from './output-scan.js';

const run = randomBytes(6).toString('hex');
/** CANARY1 … CANARY7, each unique to this run. */
const CANARY = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((n) => [n, `CANARY${n}${run}${n}`])) as Record<
  1 | 2 | 3 | 4 | 5 | 6 | 7,
  string
>;
const CANARIES = Object.values(CANARY);

/** Every place an OpenClaw config holds a secret, each holding a canary. */
const SECRET_CONFIG = {
  channels: { telegram: { enabled: true, botToken: CANARY[6] } },
  mcp: {
    servers: {
      docs: { url: 'https://docs.example.com/mcp' },
      remote: {
        url: `https://user:${CANARY[1]}@mcp.example.com/path?token=${CANARY[2]}`,
        headers: { Authorization: `Bearer ${CANARY[7]}` },
      },
      local: { command: 'npx', args: ['--token', CANARY[4]], env: { API_KEY: CANARY[3] } },
    },
  },
  models: {
    providers: { openai: { apiKey: CANARY[5], baseUrl: `https://api.example.com/v1?key=${CANARY[2]}` } },
  },
  agents: { defaults: { model: 'openai/gpt-5' } },
};
const SECRET_CONFIG_TEXT = `${JSON.stringify(SECRET_CONFIG, null, 2)}\n`;
const PLAIN_CONFIG_TEXT = `${JSON.stringify({ mcp: { servers: { docs: { url: 'https://docs.example.com/mcp' }, remote: { url: 'https://old.example.com' } } } }, null, 2)}\n`;

/** Every secret-bearing entry is also the subject of a finding, so messages and annotations name them. */
const STRICT_POLICY = `{
  channels: { denyRules: [{ id: "no-telegram", when: { provider: "telegram" }, reason: "Telegram bots are not approved." }] },
  mcp: { servers: { allow: ["docs", "remote"], deny: ["remote"] } },
  models: { providers: { deny: ["openai"] } },
}
`;
/** No rule fires: the secret config changes only evidence (a drift). */
const LENIENT_POLICY = '{ network: { privateNetwork: { allow: false } } }\n';

const workspaces: string[] = [];
function makeWorkspace(files: Record<string, string>): string {
  const dir = makeTempWorkspace(files);
  workspaces.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of workspaces) rmSync(dir, { recursive: true, force: true });
});

/** Outputs scanned so far (the README publishes the total; the last test checks it). */
let scanned = 0;
const SCANNED_OUTPUTS = 54;

function expectNoSecret(where: string, text: string, extra: string[] = []): void {
  scanned += 1;
  expect(canariesIn(text, [...CANARIES, ...extra]), `${where} leaks`).toEqual([]);
  expect(canariesIn(text.toLowerCase(), [run]), `${where} leaks a canary's unique part`).toEqual([]);
  expect(text, where).not.toMatch(STACK_TRACE);
}

function scanRuns(runs: Record<string, CliRun>): void {
  for (const [name, result] of Object.entries(runs)) {
    expectNoSecret(`${name} stdout`, result.stdout);
    expectNoSecret(`${name} stderr`, result.stderr);
  }
}

describe('no secret leaves the CLI', () => {
  it('check (JSON and human) names every secret-bearing entry without a secret', async () => {
    const cwd = makeWorkspace({ 'policy.jsonc': STRICT_POLICY, 'openclaw.json': SECRET_CONFIG_TEXT });
    const json = await runCli(['check', '--openclaw', '2026.5.20', '--json', '--cwd', cwd]);
    const human = await runCli(['check', '--openclaw', '2026.5.20', '--cwd', cwd], { terminal: true });
    scanRuns({ json, human });
    expect(json.code).toBe(1);
    const report = json.json() as {
      evidence: { mcpServers: { id: string; url?: string; command?: string }[] };
      findings: { checkId: string; target?: string }[];
    };
    // Nothing lost: the entries and their findings are all there, with what is safe to show.
    expect(report.evidence.mcpServers).toEqual([
      expect.objectContaining({ id: 'docs', url: 'https://docs.example.com' }),
      expect.objectContaining({ id: 'local', command: 'npx' }),
      expect.objectContaining({ id: 'remote', url: 'https://mcp.example.com' }),
    ]);
    expect(report.findings.map((f) => f.target)).toEqual(
      expect.arrayContaining([
        'oc://openclaw.config/channels/telegram',
        'oc://openclaw.config/mcp/servers/remote',
        'oc://openclaw.config/mcp/servers/local',
      ]),
    );
    expect(human.stdout).toContain("MCP server 'remote' is denied by policy.");
  });

  it('diff, watch and accept (its output and the file it writes)', async () => {
    const cwd = makeWorkspace({
      'policy.jsonc': LENIENT_POLICY,
      'openclaw.json': PLAIN_CONFIG_TEXT,
      'strict.jsonc': STRICT_POLICY,
    });
    const before = await runCli(['check', '--openclaw', '2026.5.20', '--json', '--cwd', cwd]);
    writeFileSync(path.join(cwd, 'before.json'), before.stdout);
    writeFileSync(path.join(cwd, 'openclaw.json'), SECRET_CONFIG_TEXT);
    const after = await runCli(['check', '--openclaw', '2026.5.20', '--json', '--cwd', cwd]);
    writeFileSync(path.join(cwd, 'after.json'), after.stdout);
    const policies = [
      '--before-policy',
      path.join(cwd, 'policy.jsonc'),
      '--after-policy',
      path.join(cwd, 'strict.jsonc'),
    ];
    const runs = {
      'diff --json': await runCli(['diff', 'before.json', 'after.json', '--json', ...policies], { cwd }),
      diff: await runCli(['diff', 'before.json', 'after.json', ...policies], { cwd, terminal: true }),
      'watch --once --json': await runCli([
        'watch',
        '--openclaw',
        '2026.5.20',
        '--once',
        '--json',
        '--cwd',
        cwd,
      ]),
      'watch --once': await runCli(['watch', '--openclaw', '2026.5.20', '--once', '--cwd', cwd], {
        terminal: true,
      }),
      'accept --json': await runCli(['accept', '--openclaw', '2026.5.20', '--json', '--cwd', cwd]),
      accept: await runCli(
        [
          'accept',
          '--openclaw',
          '2026.5.20',
          '--cwd',
          cwd,
          '--policy',
          'strict.jsonc',
          '--out',
          'strict.attestation.json',
        ],
        { terminal: true },
      ),
    };
    scanRuns({ after, ...runs });
    expect(runs['diff --json'].code).toBe(1);
    // Nothing lost: the diff still explains the change, with the redacted URL.
    expect(runs.diff.stdout).toContain(
      '~ mcpServers oc://openclaw.config/mcp/servers/remote: url "https://old.example.com" -> "https://mcp.example.com"',
    );
    expect(runs.diff.stdout).toContain('+ mcpServers oc://openclaw.config/mcp/servers/local');
    expect(runs['accept --json'].code).toBe(0);
    expect(runs.accept.code).toBe(1);
    for (const file of ['policy.attestation.json', 'strict.attestation.json']) {
      const written = readFileSync(path.join(cwd, file), 'utf8');
      expectNoSecret(file, written);
      expect(written).toContain('oc://openclaw.config/channels/telegram');
    }
  });

  it('refusals and parse errors of a secret-bearing config quote no secret', async () => {
    const cases = {
      // The value right before the syntax error is a secret: json5 names only one character.
      'syntax error after a secret': SECRET_CONFIG_TEXT.replace(
        `"${CANARY[5]}",`,
        `"${CANARY[5]}" "${CANARY[3]}",`,
      ),
      'duplicate key holding a secret': SECRET_CONFIG_TEXT.replace(
        '"botToken"',
        `"botToken": "${CANARY[7]}",\n      "botToken"`,
      ),
      'top level not an object': JSON.stringify([CANARY[1], SECRET_CONFIG]),
    };
    for (const [name, text] of Object.entries(cases)) {
      const cwd = makeWorkspace({ 'policy.jsonc': STRICT_POLICY, 'openclaw.json': text });
      const json = await runCli(['check', '--openclaw', '2026.5.20', '--json', '--cwd', cwd]);
      const human = await runCli(['check', '--openclaw', '2026.5.20', '--cwd', cwd], { terminal: true });
      scanRuns({ [`${name} (json)`]: json, [`${name} (human)`]: human });
      expect(json.code, name).not.toBe(0);
    }
  });
});

describe('no secret leaves the action', () => {
  const actionDir = path.resolve(import.meta.dirname, '../..');
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  async function gateRun(policy: string) {
    const base = { 'policy.jsonc': policy, 'openclaw.json': PLAIN_CONFIG_TEXT };
    const repo = createGitRepo({
      baseFiles: { ...base, 'policy.attestation.json': await acceptedAttestation(base) },
      headChanges: { 'openclaw.json': SECRET_CONFIG_TEXT },
    });
    cleanups.push(() => repo.cleanup());
    const fake = await startFakeGitHub({ repo });
    cleanups.push(() => fake.close());
    const result = await runAction({
      actionDir,
      workspaceDir: repo.dir,
      ...pullRequestEvent({ repo }),
      apiUrl: fake.apiUrl,
      token: fake.token,
      timeoutMs: 60_000,
    });
    cleanups.push(() => result.cleanup());
    const reportFile = result.outputs.report;
    // `::add-mask::<token>` is how an action tells the runner to mask its token in every later log
    // line (the runner swallows the command itself): the one place the token may, and must, appear.
    const maskLine = `::add-mask::${fake.token}\n`;
    expect(result.stdout.startsWith(maskLine), 'the token is masked before anything is logged').toBe(true);
    const outputs: Record<string, string> = {
      stdout: result.stdout.slice(maskLine.length),
      stderr: result.stderr,
      'job summary': result.summary,
      GITHUB_OUTPUT: allText(result.outputs),
      GITHUB_STATE: allText(result.state),
      GITHUB_ENV: allText(result.exportedEnv),
      'report file': reportFile ? readFileSync(reportFile, 'utf8') : '',
      comments: fake.state.comments.map((c) => c.body).join('\n'),
      'check-run output': allText(fake.state.checkRuns.map((c) => c.output)),
      annotations: allText(fake.state.checkRuns.map((c) => c.annotations)),
      'request bodies sent to GitHub': fake.requests.map((r) => allText(r.body)).join('\n'),
    };
    return { result, fake, outputs };
  }

  it('findings verdict: comment, check run, annotations, summary, outputs, report, logs', async () => {
    const { result, fake, outputs } = await gateRun(STRICT_POLICY);
    expect(result.outputs.verdict).toBe('findings');
    expect(fake.violations).toEqual([]);
    for (const [where, text] of Object.entries(outputs)) expectNoSecret(where, text, [fake.token]);
    // Nothing lost: the findings about the secret-bearing entries are all shown and annotated.
    expect(outputs.comments).toContain('remote');
    expect(outputs.comments).toContain('telegram');
    expect(fake.state.checkRuns.flatMap((c) => c.annotations).length).toBeGreaterThanOrEqual(4);
    expect(outputs['report file']).toContain('oc://openclaw.config/mcp/servers/local');
  });

  it('drift verdict: evidence changes rendered without a secret', async () => {
    const { result, fake, outputs } = await gateRun(LENIENT_POLICY);
    expect(result.outputs.verdict).toBe('drift');
    expect(fake.violations).toEqual([]);
    for (const [where, text] of Object.entries(outputs)) expectNoSecret(where, text, [fake.token]);
    expect(outputs.comments).toContain('mcp.example.com');
    expect(outputs['job summary']).toContain('local');
  });
});

describe('the count', () => {
  it(`${SCANNED_OUTPUTS} outputs were scanned for ${CANARIES.length} canaries (and the action's token)`, () => {
    expect(scanned).toBe(SCANNED_OUTPUTS);
  });
});
