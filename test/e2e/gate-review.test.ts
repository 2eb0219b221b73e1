// Issues 4 and 11: a pull request may loosen the policy or downgrade a tool only with an acceptor's
// approval, and the reviewer sees exactly what is loosened — in the comment and as annotations:
// under 2026.5.20 (policy-gate's own rule comparison, TOOLS.md) and under 2026.9.6 (the release's
// rule claims, AGENTS.md's `## Tools` section, where a tool leaving the section leaves governance).
// Waiting for that approval is the verdict `awaiting-acceptance` (issue 13); approved, `reaccepted`.
import { describe, expect, it } from 'vitest';
import { pullRequestEvent, pullRequestReviewEvent } from './harness/event-payloads.js';
import {
  cleanUpAfterAll,
  EXAMPLE,
  EXAMPLES,
  ownComments,
  scenario,
  verdictLineOf,
  withAttestation,
  type Scenario,
} from './gate-scenario.js';

cleanUpAfterAll();

/** The 2026.5.20 example: these weakening and downgrade texts are policy-gate's own comparison's. */
const OLDER = EXAMPLES['2026.5.20'].files;
const BASE = await withAttestation(OLDER, '.', '2026.5.20');

/** Every weakening kind at once; the head stays free of findings. */
const WEAKER_POLICY = `{
  "channels": { "denyRules": [] },
  "mcp": { "servers": { "allow": ["docs", "github", "filesystem", "extra"], "deny": [] } },
  "models": { "providers": { "allow": ["openai", "anthropic", "amazon-bedrock", "mistral"], "deny": [] } },
  "network": { "privateNetwork": { "allow": true } },
  "tools": { "requireMetadata": ["risk"] }
}
`;
const WEAKENED = await withAttestation({ ...OLDER, 'policy.jsonc': WEAKER_POLICY }, '.', '2026.5.20');

/** The verdict line of a re-proposal that waits for an acceptor, with `more` reasons after the first. */
function awaitingLine(more: number): string {
  const also = more === 0 ? '' : ` (and ${more} more reason${more === 1 ? '' : 's'})`;
  return `⏳ **awaiting-acceptance** — everything else holds, but this PR needs an approval by an acceptor on this commit: this pull request proposes a new attestation${also}`;
}

/** Every downgrade kind at once: risk and sensitivity lowered, a capability removed, an owner changed. */
const DOWNGRADED_TOOLS = (OLDER['TOOLS.md'] ?? '')
  .replace(
    '### deploy_preview R4 sensitivity:confidential owner:@release-eng',
    '### deploy_preview risk:low sensitivity:confidential owner:@release-eng',
  )
  .replace('Capabilities: IRREVERSIBLE_EXTERNAL, NETWORK', 'Capabilities: NETWORK')
  .replace('  - sensitivity: confidential', '  - sensitivity: public')
  .replace('owner:@support-platform', 'owner:@someone-else');
const DOWNGRADED = await withAttestation({ ...OLDER, 'TOOLS.md': DOWNGRADED_TOOLS }, '.', '2026.5.20');

describe.concurrent('policy weakening and risk downgrades need acceptance (OpenClaw 2026.5.20)', () => {
  it('shows every weakening kind, annotates the head policy, and waits for an acceptor', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: WEAKENED });
    const run = await s.run(pullRequestEvent({ repo: s.repo }), { inputs: { acceptors: 'alice' } });
    expect(run.outputs.verdict).toBe('awaiting-acceptance');
    expect(run.exitCode).toBe(1);
    const body = ownComments(s.fake)[0]?.body ?? '';
    expect(verdictLineOf(body)).toBe(awaitingLine(7)); // and one per loosened rule
    expect(body).toContain('Policy weakened: 7 rule(s) loosened');
    for (const line of [
      "**missing** `channels.denyRules`: no longer denies channels of provider 'telegram'",
      "**weaker** `mcp.servers.allow`: allows 'extra', not in the baseline allowlist",
      "**missing** `mcp.servers.deny`: no longer denies 'shell'",
      "**weaker** `models.providers.allow`: allows 'mistral', not in the baseline allowlist",
      "**missing** `models.providers.deny`: no longer denies 'openrouter'",
      '**weaker** `network.privateNetwork.allow`: private-network access went from allow: false to allow: true',
      '**weaker** `tools.requireMetadata`: no longer requires sensitivity, owner metadata for tools',
    ]) {
      expect(body).toContain(line);
    }
    const annotations = s.fake.state.checkRuns.at(-1)?.annotations ?? [];
    const weakening = annotations.filter((a) => a.title?.startsWith('Policy weakened'));
    expect(weakening.map((a) => a.title)).toEqual([
      'Policy weakened (missing): channels.denyRules',
      'Policy weakened (weaker): mcp.servers.allow',
      'Policy weakened (missing): mcp.servers.deny',
      'Policy weakened (weaker): models.providers.allow',
      'Policy weakened (missing): models.providers.deny',
      'Policy weakened (weaker): network.privateNetwork.allow',
      'Policy weakened (weaker): tools.requireMetadata',
    ]);
    expect(weakening.every((a) => a.path === 'policy.jsonc' && a.start_line > 1)).toBe(true);
    expect(s.fake.violations).toEqual([]);

    s.fake.addReview({ user: 'alice', state: 'APPROVED', commitId: s.repo.headSha });
    const approved = await s.run(
      pullRequestReviewEvent({ repo: s.repo, action: 'submitted', reviewer: 'alice' }),
      { inputs: { acceptors: 'alice' } },
    );
    expect(approved.exitCode).toBe(0);
    expect(approved.outputs.verdict).toBe('reaccepted');
  });

  it('without acceptors a weakening passes, and the comment says nobody was required', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: WEAKENED });
    const run = await s.run(pullRequestEvent({ repo: s.repo }));
    expect(run.exitCode).toBe(0);
    expect(ownComments(s.fake)[0]?.body ?? '').toContain('not required: no acceptors are configured');
  });

  it('lists every downgrade kind per tool and waits for an acceptor', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: DOWNGRADED });
    const run = await s.run(pullRequestEvent({ repo: s.repo }), { inputs: { acceptors: 'alice' } });
    expect(run.exitCode).toBe(1);
    const body = ownComments(s.fake)[0]?.body ?? '';
    expect(body).toContain('Tool changes in TOOLS.md: 4 (4 downgrade(s) or removal(s) need acceptance)');
    for (const line of [
      '**downgrade** `search-docs` owner changed: `@support-platform` → `@someone-else`',
      '**downgrade** `open-pull-request` sensitivity lowered: `confidential` → `public`',
      '**downgrade** `deploy-preview` risk lowered: `high` → `low`',
      '**downgrade** `deploy-preview` capability removed: `IRREVERSIBLE_EXTERNAL` → _none_',
    ]) {
      expect(body).toContain(line);
    }
    const titles = (s.fake.state.checkRuns.at(-1)?.annotations ?? [])
      .filter((a) => a.title?.startsWith('Tool downgrade'))
      .map((a) => `${a.title} ${a.path}:${a.start_line}`);
    expect(titles).toEqual([
      'Tool downgrade: owner changed TOOLS.md:7',
      'Tool downgrade: sensitivity lowered TOOLS.md:11',
      'Tool downgrade: risk lowered TOOLS.md:17',
      'Tool downgrade: capability removed TOOLS.md:17',
    ]);
    expect(run.outputs.verdict).toBe('awaiting-acceptance');
    expect(verdictLineOf(body)).toBe(awaitingLine(1)); // and: the tools are downgraded
  });

  it('a dismissed approval does not accept', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: DOWNGRADED });
    s.fake.addReview({ user: 'alice', state: 'APPROVED', commitId: s.repo.headSha });
    s.fake.addReview({ user: 'alice', state: 'DISMISSED', commitId: s.repo.headSha });
    const run = await s.run(
      pullRequestReviewEvent({ repo: s.repo, action: 'dismissed', reviewer: 'alice' }),
      { inputs: { acceptors: 'alice' } },
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('awaiting-acceptance');
  });
});

// ---- OpenClaw 2026.9.6: the example workspace (AGENTS.md, the rules of most new families) ----

const CURRENT_BASE = await withAttestation(EXAMPLE);
const AGENTS = EXAMPLE['AGENTS.md'] ?? '';
const POLICY = EXAMPLE['policy.jsonc'] ?? '';

/** A pull request that changes `changes` and re-proposes the attestation of the result. */
async function reproposing(changes: Record<string, string>): Promise<Record<string, string>> {
  for (const [file, text] of Object.entries(changes)) expect(text, file).not.toBe(EXAMPLE[file]);
  return withAttestation({ ...EXAMPLE, ...changes });
}

/**
 * The re-proposal fails awaiting alice (for the proposal and `more` reasons); her approval of the
 * head passes it. Returns the first comment.
 */
async function awaitsAcceptor(s: Scenario, more: number): Promise<string> {
  const run = await s.run(pullRequestEvent({ repo: s.repo }), { inputs: { acceptors: 'alice' } });
  expect(run.stderr).toBe('');
  expect(run.outputs.verdict).toBe('awaiting-acceptance');
  expect(run.exitCode).toBe(1);
  const body = ownComments(s.fake)[0]?.body ?? '';
  expect(verdictLineOf(body)).toBe(awaitingLine(more));
  s.fake.addReview({ user: 'alice', state: 'APPROVED', commitId: s.repo.headSha });
  const approved = await s.run(
    pullRequestReviewEvent({ repo: s.repo, action: 'submitted', reviewer: 'alice' }),
    { inputs: { acceptors: 'alice' } },
  );
  expect(approved.outputs.verdict).toBe('reaccepted');
  expect(approved.exitCode).toBe(0);
  expect(s.fake.violations).toEqual([]);
  return body;
}

describe.concurrent('policy weakening and governed-tool changes need acceptance (OpenClaw 2026.9.6)', () => {
  it('an AGENTS.md downgrade (a risk lowered) is listed at its line and waits for an acceptor', async () => {
    const agents = AGENTS.replace(
      '### deploy_preview R4 sensitivity:confidential owner:@release-eng',
      '### deploy_preview risk:low sensitivity:confidential owner:@release-eng',
    );
    const s = await scenario({
      baseFiles: CURRENT_BASE,
      headChanges: await reproposing({ 'AGENTS.md': agents }),
    });
    const body = await awaitsAcceptor(s, 1);
    expect(body).toContain('Tool changes in AGENTS.md: 1 (1 downgrade(s) or removal(s) need acceptance)');
    expect(body).toContain('- **downgrade** `deploy-preview` risk lowered: `high` → `low` — `AGENTS.md:17`');
    expect(body).toContain('- tools `deploy-preview`: risk `high` → `low`');
    const titles = (s.fake.state.checkRuns[0]?.annotations ?? [])
      .filter((a) => a.title?.startsWith('Tool downgrade'))
      .map((a) => `${a.title} ${a.path}:${a.start_line}`);
    expect(titles).toEqual(['Tool downgrade: risk lowered AGENTS.md:17']);
    expect(body).toContain('AGENTS.md downgrades or removes 1 governed tool declaration(s) (deploy-preview)');
    expect(body).not.toContain('Policy weakened');
  });

  it('tools that leave governance (the `## Tools` heading renamed) are removals that wait for an acceptor', async () => {
    const agents = AGENTS.replace('\n## Tools\n', '\n## Tooling notes\n');
    const s = await scenario({
      baseFiles: CURRENT_BASE,
      headChanges: await reproposing({ 'AGENTS.md': agents }),
    });
    const body = await awaitsAcceptor(s, 1);
    expect(body).toContain('Tool changes in AGENTS.md: 3 (3 downgrade(s) or removal(s) need acceptance)');
    for (const tool of ['search-docs', 'open-pull-request', 'deploy-preview']) {
      expect(body).toContain(`- **downgrade** \`${tool}\` tool removed\n`);
      expect(body).toContain(`- tools \`${tool}\`\n`); // gone from the evidence too
    }
    expect(body).toContain(
      'AGENTS.md downgrades or removes 3 governed tool declaration(s) (search-docs, open-pull-request, deploy-preview)',
    );
  });

  it('2026.9.6 rule weakenings (a sandbox mode allowed, a channel scope loosened) are detailed and wait for an acceptor', async () => {
    const policy = POLICY.replace('"requireMode": ["all"]', '"requireMode": ["all", "non-main"]').replace(
      '"ingress": { "channels": { "requireMentionInGroups": true } }',
      '"ingress": { "channels": { "requireMentionInGroups": false } }',
    );
    const s = await scenario({
      baseFiles: CURRENT_BASE,
      headChanges: await reproposing({ 'policy.jsonc': policy }),
    });
    const body = await awaitsAcceptor(s, 2); // one per loosened rule
    expect(body).toContain('Policy weakened: 2 rule(s) loosened');
    expect(body).toContain(
      "- **weaker** `sandbox.requireMode`: allows 'non-main' (not allowed on the base) — `policy.jsonc:43`",
    );
    expect(body).toContain(
      '- **weaker** `scopes.telegram-groups.ingress.channels.requireMentionInGroups`: is no longer true (now false) — `policy.jsonc:56`',
    );
    expect(body).toContain(
      "the policy is weakened: sandbox.requireMode allows 'non-main' (not allowed on the base)",
    );
    expect(body).not.toContain('Tool changes');
  });
});
