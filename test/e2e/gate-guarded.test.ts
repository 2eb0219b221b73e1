// Issue 12, item 1: settings the running agent obeys that OpenClaw's attestation leaves out. A pull
// request that changes one keeps every hash, yet must be shown and wait for an acceptor; a second
// config candidate is refused; a channel routed to a denied provider fails like a finding.
import { describe, expect, it } from 'vitest';
import { pullRequestEvent, pullRequestReviewEvent } from './harness/event-payloads.js';
import { cleanUpAfterAll, EXAMPLE, ownComments, scenario, withAttestation } from './gate-scenario.js';

cleanUpAfterAll();

const BASE = await withAttestation(EXAMPLE);
/** The parts of the example config these tests edit. */
interface ExampleConfig {
  mcp: { servers: Record<string, Record<string, unknown>> };
  channels: Record<string, unknown>;
}
const CONFIG = JSON.parse(EXAMPLE['openclaw.json'] ?? '{}') as ExampleConfig;
const configWith = (change: (config: ExampleConfig) => void): string => {
  const config = structuredClone(CONFIG);
  change(config);
  return `${JSON.stringify(config, null, 2)}\n`;
};

describe.concurrent('guarded settings (the attestation does not cover them)', () => {
  it("an MCP server's args and secret env change: same hashes, shown redacted, needs an acceptor", async () => {
    const head = configWith((config) => {
      const github = config.mcp.servers.github ?? {};
      github.args = ['stdio', '--allow-write'];
      github.env = { GITHUB_TOKEN: 'ghp_do_not_print_me' };
    });
    const s = await scenario({ baseFiles: BASE, headChanges: { 'openclaw.json': head } });
    const run = await s.run(pullRequestEvent({ repo: s.repo }), { inputs: { acceptors: 'alice' } });
    expect(run.outputs.verdict).toBe('awaiting-acceptance');
    expect(run.outputs['attestation-hash']).toBe(run.outputs['accepted-hash']);
    expect(run.exitCode).toBe(1);
    const body = ownComments(s.fake)[0]?.body ?? '';
    expect(body).toContain('Guarded settings changed: 2 — needs acceptance');
    expect(body).toMatch(
      /`mcp\.servers\.github\.args` changed: `secret sha256:[0-9a-f]{12}` → `secret sha256:[0-9a-f]{12}`/,
    );
    expect(body).toMatch(
      /`mcp\.servers\.github\.env\.GITHUB_TOKEN` added: _none_ → `secret sha256:[0-9a-f]{12}`/,
    );
    expect(JSON.stringify(s.fake.state)).not.toContain('ghp_do_not_print_me');
    expect(s.fake.violations).toEqual([]);

    s.fake.addReview({ user: 'alice', state: 'APPROVED', commitId: s.repo.headSha });
    const approved = await s.run(
      pullRequestReviewEvent({ repo: s.repo, action: 'submitted', reviewer: 'alice' }),
      { inputs: { acceptors: 'alice' } },
    );
    expect(approved.exitCode).toBe(0);
    expect(approved.outputs.verdict).toBe('unchanged');
  });

  it('a .gitattributes line that re-encodes AGENTS.md on checkout needs an acceptor', async () => {
    const s = await scenario({
      baseFiles: BASE,
      headChanges: { '.gitattributes': 'AGENTS.md working-tree-encoding=UTF-16LE\n' },
    });
    const run = await s.run(pullRequestEvent({ repo: s.repo }), { inputs: { acceptors: 'alice' } });
    expect(run.exitCode).toBe(1);
    expect(ownComments(s.fake)[0]?.body ?? '').toContain(
      '`.gitattributes` added: _none_ → `AGENTS.md working-tree-encoding=UTF-16LE`',
    );
  });

  it('a symbolic link added to the workspace needs an acceptor', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: { skills: { symlinkTo: '/etc' } } });
    const run = await s.run(pullRequestEvent({ repo: s.repo }), { inputs: { acceptors: 'alice' } });
    expect(run.exitCode).toBe(1);
    expect(ownComments(s.fake)[0]?.body ?? '').toContain('`skills` added: _none_ → `symbolic link`');
    expect(s.fake.violations).toEqual([]);
  });

  it('openclaw.jsonc next to openclaw.json is ambiguous: an error naming both', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: { 'openclaw.jsonc': '{}\n' } });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    expect(run.outputs.verdict).toBe('error');
    expect(ownComments(s.fake)[0]?.body ?? '').toContain(
      'openclaw.jsonc and openclaw.json are both present, so which OpenClaw config applies is ambiguous',
    );
  });

  it('a channel routed to a provider the policy denies fails like a finding, saying which', async () => {
    const head = configWith((config) => {
      config.channels.modelByChannel = { telegram: { default: 'openrouter/some-model' } };
    });
    const s = await scenario({ baseFiles: BASE, headChanges: { 'openclaw.json': head } });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    expect(run.outputs.verdict).toBe('findings');
    expect(run.exitCode).toBe(1);
    expect(ownComments(s.fake)[0]?.body ?? '').toContain(
      "channels.modelByChannel.telegram.default routes to 'openrouter/some-model', of provider 'openrouter', which the policy denies (models.providers.deny).",
    );
  });
});
