import { describe, expect, it } from 'vitest';
import { comparePolicies } from '../../src/engine/policy-compare.js';

const names = {
  baseline: { display: 'base.jsonc', document: 'base.jsonc' },
  candidate: { display: 'policy.jsonc', document: 'policy.jsonc' },
};
const strict = {
  channels: { denyRules: [{ when: { provider: 'telegram' } }, { when: { provider: 'discord' } }] },
  mcp: { servers: { allow: ['docs', 'github'], deny: ['shell'] } },
  models: { providers: { allow: ['openai', 'anthropic'], deny: ['openrouter'] } },
  network: { privateNetwork: { allow: false } },
  tools: { requireMetadata: ['risk', 'owner'] },
};
const weakenings = (candidate: unknown) =>
  comparePolicies(strict, candidate, names).weakenings.map((w) => `${w.kind} ${w.rule}: ${w.detail}`);
const edit = (patch: (p: typeof strict) => void) => {
  const copy = structuredClone(strict);
  patch(copy);
  return copy;
};

describe('comparePolicies: each family brings its own comparison', () => {
  it('an identical or stricter policy is ok', () => {
    expect(comparePolicies(strict, strict, names)).toMatchObject({
      ok: true,
      rulesChecked: 11,
      findings: [],
    });
    const stricter = edit((p) => {
      p.mcp.servers.allow = ['docs'];
      p.mcp.servers.deny.push('ftp');
      p.tools.requireMetadata.push('sensitivity');
      p.models.providers.allow = ['OpenAI'];
      p.channels.denyRules.push({ when: { provider: 'slack' } });
    });
    expect(weakenings(stricter)).toEqual([]);
  });

  it('allowlists may only shrink and may not become empty or disappear', () => {
    expect(weakenings(edit((p) => p.mcp.servers.allow.push('shell')))).toEqual([
      "weaker mcp.servers.allow: allows 'shell', not in the baseline allowlist",
    ]);
    expect(weakenings(edit((p) => (p.mcp.servers.allow = [])))).toEqual([
      "missing mcp.servers.allow: the allowlist ('docs', 'github') was removed or emptied, which allows everything",
    ]);
    expect(
      weakenings(edit((p) => delete (p.models.providers as Partial<typeof p.models.providers>).allow)),
    ).toEqual([
      "missing models.providers.allow: the allowlist ('openai', 'anthropic') was removed or emptied, which allows everything",
    ]);
    // Provider ids compare normalised: an alias is not a new provider.
    expect(weakenings(edit((p) => p.models.providers.allow.push(' OPENAI ')))).toEqual([]);
  });

  it('denylists and deny rules may only grow', () => {
    expect(weakenings(edit((p) => (p.mcp.servers.deny = ['ftp'])))).toEqual([
      "weaker mcp.servers.deny: no longer denies 'shell'",
    ]);
    expect(weakenings(edit((p) => (p.models.providers.deny = [])))).toEqual([
      "missing models.providers.deny: no longer denies 'openrouter'",
    ]);
    expect(weakenings(edit((p) => p.channels.denyRules.pop()))).toEqual([
      "weaker channels.denyRules: no longer denies channels of provider 'discord'",
    ]);
    expect(weakenings(edit((p) => (p.channels.denyRules = [])))).toEqual([
      "missing channels.denyRules: no longer denies channels of provider 'telegram', 'discord'",
    ]);
  });

  it('requireMetadata may only grow; privateNetwork.allow: false may not be dropped or flipped', () => {
    expect(weakenings(edit((p) => (p.tools.requireMetadata = ['risk'])))).toEqual([
      'weaker tools.requireMetadata: no longer requires owner metadata for tools',
    ]);
    expect(weakenings(edit((p) => (p.network.privateNetwork = {} as never)))).toEqual([
      'missing network.privateNetwork.allow: the rule forbidding private-network access (allow: false) was dropped',
    ]);
    expect(weakenings(edit((p) => (p.network.privateNetwork.allow = true as never)))).toEqual([
      'weaker network.privateNetwork.allow: private-network access went from allow: false to allow: true',
    ]);
  });

  it('reports weakenings as OpenClaw-style conformance findings', () => {
    const result = comparePolicies(
      strict,
      edit((p) => p.mcp.servers.allow.push('x')),
      names,
    );
    expect(result.findings).toEqual([
      {
        checkId: 'policy/policy-conformance-weaker',
        severity: 'error',
        message: 'policy.jsonc mcp.servers.allow is weaker than the baseline policy.',
        source: 'policy',
        path: 'policy.jsonc',
        target: 'oc://policy.jsonc/mcp/servers/allow',
        requirement: 'oc://base.jsonc/mcp/servers/allow',
        fixHint:
          'Use an equally or more restrictive mcp.servers.allow value, or update the baseline policy after review.',
      },
    ]);
  });

  it('a malformed policy is invalid, never "as strict"', () => {
    const result = comparePolicies(strict, { mcp: { servers: { allow: 'docs' } } }, names);
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.checkId, f.message])).toEqual([
      ['policy/policy-conformance-invalid', 'policy.jsonc mcp.servers.allow must be an array.'],
    ]);
    expect(comparePolicies([], strict, names).findings[0]?.message).toBe(
      'base.jsonc must contain a policy object.',
    );
  });
});
