// Issue 4: a pull request may loosen the policy or downgrade a tool only with an acceptor's
// approval, and the reviewer sees exactly what is loosened — in the comment and as annotations.
import { describe, expect, it } from 'vitest';
import { pullRequestEvent, pullRequestReviewEvent } from './harness/event-payloads.js';
import {
  cleanUpAfterAll,
  EXAMPLE,
  ownComments,
  scenario,
  verdictLineOf,
  withAttestation,
} from './gate-scenario.js';

cleanUpAfterAll();

const BASE = await withAttestation(EXAMPLE);

/** Every weakening kind at once; the head stays free of findings. */
const WEAKER_POLICY = `{
  "channels": { "denyRules": [] },
  "mcp": { "servers": { "allow": ["docs", "github", "filesystem", "extra"], "deny": [] } },
  "models": { "providers": { "allow": ["openai", "anthropic", "amazon-bedrock", "mistral"], "deny": [] } },
  "network": { "privateNetwork": { "allow": true } },
  "tools": { "requireMetadata": ["risk"] }
}
`;
const WEAKENED = await withAttestation({ ...EXAMPLE, 'policy.jsonc': WEAKER_POLICY });

/** Every downgrade kind at once: risk and sensitivity lowered, a capability removed, an owner changed. */
const DOWNGRADED_TOOLS = (EXAMPLE['TOOLS.md'] ?? '')
  .replace(
    '### deploy_preview R4 sensitivity:confidential owner:@release-eng',
    '### deploy_preview risk:low sensitivity:confidential owner:@release-eng',
  )
  .replace('Capabilities: IRREVERSIBLE_EXTERNAL, NETWORK', 'Capabilities: NETWORK')
  .replace('  - sensitivity: confidential', '  - sensitivity: public')
  .replace('owner:@support-platform', 'owner:@someone-else');
const DOWNGRADED = await withAttestation({ ...EXAMPLE, 'TOOLS.md': DOWNGRADED_TOOLS });

describe.concurrent('policy weakening and risk downgrades need acceptance', () => {
  it('shows every weakening kind, annotates the head policy, and waits for an acceptor', async () => {
    const s = await scenario({ baseFiles: BASE, headChanges: WEAKENED });
    const run = await s.run(pullRequestEvent({ repo: s.repo }), { inputs: { acceptors: 'alice' } });
    expect(run.outputs.verdict).toBe('reaccepted');
    expect(run.exitCode).toBe(1);
    const body = ownComments(s.fake)[0]?.body ?? '';
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
    expect(body).toContain('4 downgrade(s) need acceptance');
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
    expect(verdictLineOf(body)).toMatch(/reaccepted/);
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
    expect(run.outputs.verdict).toBe('reaccepted');
  });
});
