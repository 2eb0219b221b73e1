import { describe, expect, it } from 'vitest';
import { claimWeakenings } from '../../src/gate/claim-weakenings.js';

const compare = (base: unknown, head: unknown) =>
  claimWeakenings({ name: 'policy.jsonc', value: base }, { name: 'policy.jsonc', value: head });

/** One weakening per 2026.9.6 family: [family, base policy, head policy, rule, kind, detail]. */
const PER_FAMILY: [string, unknown, unknown, string, 'missing' | 'weaker', string][] = [
  [
    'channels',
    { channels: { denyRules: [{ when: { provider: 'discord' } }, { when: { provider: 'slack' } }] } },
    { channels: { denyRules: [{ when: { provider: 'discord' } }] } },
    'channels.denyRules',
    'weaker',
    "no longer denies 'slack'",
  ],
  [
    'mcp',
    { mcp: { servers: { allow: ['docs'] } } },
    { mcp: { servers: { allow: ['docs', 'shell'] } } },
    'mcp.servers.allow',
    'weaker',
    "allows 'shell' (not allowed on the base)",
  ],
  [
    'models',
    { models: { providers: { deny: ['deepseek'] } } },
    { models: {} },
    'models.providers.deny',
    'missing',
    "is no longer set (the base requires 'deepseek')",
  ],
  [
    'network',
    { network: { privateNetwork: { allow: false } } },
    { network: { privateNetwork: { allow: true } } },
    'network.privateNetwork.allow',
    'weaker',
    'is no longer false (now true)',
  ],
  [
    'routing',
    { routing: { requireBindings: true } },
    { routing: { requireBindings: false } },
    'routing.requireBindings',
    'weaker',
    'is no longer true (now false)',
  ],
  [
    'ingress (ordered enum)',
    { ingress: { session: { requireDmScope: 'per-channel-peer' } } },
    { ingress: { session: { requireDmScope: 'main' } } },
    'ingress.session.requireDmScope',
    'weaker',
    'moves from "per-channel-peer" to "main" (from strictest last: main < per-peer < per-channel-peer < per-account-channel-peer)',
  ],
  [
    'gateway',
    { gateway: { http: { denyEndpoints: ['chatCompletions', 'responses'] } } },
    { gateway: { http: { denyEndpoints: ['responses'] } } },
    'gateway.http.denyEndpoints',
    'weaker',
    "no longer denies 'chatCompletions'",
  ],
  [
    'agents',
    { agents: { workspace: { allowedAccess: ['none', 'ro'] } } },
    { agents: { workspace: { allowedAccess: ['none', 'ro', 'rw'] } } },
    'agents.workspace.allowedAccess',
    'weaker',
    "allows 'rw' (not allowed on the base)",
  ],
  [
    'tools',
    { tools: { exec: { allowSecurity: ['deny', 'allowlist'] } } },
    { tools: { exec: { allowSecurity: ['allowlist', 'full'] } } },
    'tools.exec.allowSecurity',
    'weaker',
    "allows 'full' (not allowed on the base)",
  ],
  [
    'sandbox',
    { sandbox: { requireMode: ['all'] } },
    { sandbox: { requireMode: ['non-main', 'all'] } },
    'sandbox.requireMode',
    'weaker',
    "allows 'non-main' (not allowed on the base)",
  ],
  [
    'dataHandling',
    { dataHandling: { telemetry: { denyContentCapture: true } } },
    { dataHandling: { telemetry: {} } },
    'dataHandling.telemetry.denyContentCapture',
    'missing',
    'is no longer set (the base requires true)',
  ],
  [
    'secrets',
    { secrets: { denySources: ['env', 'file'] } },
    { secrets: { denySources: ['file'] } },
    'secrets.denySources',
    'weaker',
    "no longer denies 'env'",
  ],
  [
    'auth',
    { auth: { profiles: { allowModes: ['oauth'] } } },
    { auth: { profiles: { allowModes: ['oauth', 'api_key'] } } },
    'auth.profiles.allowModes',
    'weaker',
    "allows 'api_key' (not allowed on the base)",
  ],
  [
    'execApprovals',
    { execApprovals: { agents: { allowAutoAllowSkills: false } } },
    { execApprovals: { agents: { allowAutoAllowSkills: true } } },
    'execApprovals.agents.allowAutoAllowSkills',
    'weaker',
    'is no longer false (now true)',
  ],
  [
    'tools metadata',
    { tools: { requireMetadata: ['risk', 'owner'] } },
    { tools: { requireMetadata: ['risk'] } },
    'tools.requireMetadata',
    'weaker',
    "no longer denies 'owner'",
  ],
];

describe('claimWeakenings: the 2026.9.6 rule metadata, one weakening per family', () => {
  it.each(PER_FAMILY)('%s', (_family, base, head, rule, kind, detail) => {
    const result = compare(base, head);
    expect(result).toHaveProperty('weakenings');
    const weakenings = 'weakenings' in result ? result.weakenings : [];
    expect(weakenings.map((w) => [w.rule, w.kind, w.detail])).toEqual([[rule, kind, detail]]);
    expect(weakenings[0]?.finding.checkId).toBe(
      kind === 'missing' ? 'policy/policy-conformance-missing' : 'policy/policy-conformance-weaker',
    );
  });

  it('the same policy gives nothing', () => {
    for (const [, base, head] of PER_FAMILY) {
      expect(compare(base, base)).toEqual({ weakenings: [] });
      expect(compare(head, head)).toEqual({ weakenings: [] });
    }
  });

  it('a scope overlay loosened for one agent is a weakening of that scoped rule', () => {
    const scoped = (modes: string[]) => ({
      scopes: { ops: { agentIds: ['ops'], sandbox: { requireMode: modes } } },
    });
    const result = compare(scoped(['all']), scoped(['non-main', 'all']));
    expect('weakenings' in result && result.weakenings.map((w) => [w.rule, w.kind, w.detail])).toEqual([
      ['scopes.ops.sandbox.requireMode', 'weaker', "allows 'non-main' (not allowed on the base)"],
    ]);
  });

  it('a global rule moved into a scope no longer holds for every agent: missing', () => {
    const result = compare(
      { sandbox: { requireMode: ['all'] } },
      { scopes: { ops: { agentIds: ['ops'], sandbox: { requireMode: ['all'] } } } },
    );
    expect('weakenings' in result && result.weakenings.map((w) => [w.rule, w.kind])).toEqual([
      ['sandbox.requireMode', 'missing'],
    ]);
  });

  it("a scope loosening the head's own global rule is refused by the release: not comparable", () => {
    const result = compare(
      { sandbox: { requireMode: ['all'] } },
      {
        sandbox: { requireMode: ['all'] },
        scopes: { ops: { agentIds: ['ops'], sandbox: { requireMode: ['off', 'all'] } } },
      },
    );
    expect(result).toEqual({
      incomparable:
        'policy.jsonc scopes.ops.sandbox.requireMode is weaker than the top-level sandbox.requireMode policy.',
    });
  });

  it('policies that cannot be compared rule by rule say why (never "as strict")', () => {
    const result = compare({ sandbox: { requireMode: ['all'] } }, { sandbox: { requireMode: 'all' } });
    expect(result).toEqual({ incomparable: expect.stringContaining('sandbox') });
  });
});
