import { describe, expect, it } from 'vitest';
import { checkOf, messages } from '../support/check-helpers.js';

const config = {
  channels: {
    telegram: {},
    slack: { enabled: false },
    discord: { enabled: true },
    defaults: {},
    modelByChannel: {},
  },
  mcp: { servers: { docs: { url: 'https://docs.example.com' }, shell: { command: 'sh' }, extra: {} } },
  models: { providers: { 'AWS-Bedrock': {}, openai: {}, mistral: {} } },
  agents: {
    defaults: { model: { primary: 'openai/gpt-5', fallbacks: ['bedrock/claude', 'groq/llama'] } },
    list: [{ id: 'a', imageModel: 'mistral/pixtral' }],
  },
  browser: { ssrfPolicy: { dangerouslyAllowPrivateNetwork: true, allowPrivateNetwork: false } },
  tools: { web: { fetch: { ssrfPolicy: { allowIpv6UniqueLocalRange: true } } } },
};

const policy = {
  channels: {
    denyRules: [
      { id: 'chat', when: { provider: 'telegram' }, reason: 'Telegram is not approved here.' },
      { when: { provider: 'slack' } },
      { when: { provider: 'discord' } },
    ],
  },
  mcp: { servers: { allow: ['docs', 'shell'], deny: ['shell'] } },
  models: { providers: { allow: ['openai', 'Amazon-Bedrock', 'groq'], deny: ['aws-bedrock', 'groq'] } },
  network: { privateNetwork: { allow: false } },
};

describe('rule findings (SPEC.md §2.3) in evaluation order', () => {
  it('produces every configuration check with exact texts', () => {
    expect(messages(checkOf({ policy, config }))).toEqual([
      "policy/channels-denied-provider | Channel 'discord' uses denied provider 'discord'.",
      "policy/channels-denied-provider | Channel 'telegram' uses denied provider 'telegram'.",
      "policy/mcp-unapproved-server | MCP server 'extra' is not in the policy allowlist.",
      "policy/mcp-denied-server | MCP server 'shell' is denied by policy.",
      "policy/models-denied-provider | Model provider 'amazon-bedrock' is denied by policy.",
      "policy/models-unapproved-provider | Model provider 'mistral' is not in the policy allowlist.",
      "policy/models-denied-provider | Model ref 'amazon-bedrock/claude' uses denied provider 'amazon-bedrock'.",
      "policy/models-denied-provider | Model ref 'groq/llama' uses denied provider 'groq'.",
      "policy/models-unapproved-provider | Model ref 'mistral/pixtral' uses unapproved provider 'mistral'.",
      "policy/network-private-access-enabled | Network setting 'browser-private-network' allows private-network access.",
      "policy/network-private-access-enabled | Network setting 'web-fetch-ipv6-unique-local-range' allows private-network access.",
    ]);
  });

  it('cites the first matching deny rule and uses its reason as the fix hint', () => {
    const findings = checkOf({ policy, config }).visibleFindings;
    expect(findings[1]).toEqual({
      checkId: 'policy/channels-denied-provider',
      severity: 'error',
      message: "Channel 'telegram' uses denied provider 'telegram'.",
      source: 'policy',
      path: 'openclaw config',
      ocPath: 'oc://openclaw.config/channels/telegram',
      target: 'oc://openclaw.config/channels/telegram',
      requirement: 'oc://policy.jsonc/channels/denyRules/#0',
      fixHint: 'Telegram is not approved here.',
    });
    expect(findings[0]?.fixHint).toBe(
      'Disable this channel, remove it from config, or update the policy deny rule.',
    );
    expect(findings[0]?.requirement).toBe('oc://policy.jsonc/channels/denyRules/#2');
  });

  it('gives MCP, model and network findings their requirements and hints', () => {
    const byMessage = new Map(checkOf({ policy, config }).visibleFindings.map((f) => [f.message, f]));
    expect(byMessage.get("MCP server 'shell' is denied by policy.")).toMatchObject({
      requirement: 'oc://policy.jsonc/mcp/servers/deny',
      fixHint: 'Remove this configured MCP server or update the policy after review.',
    });
    expect(byMessage.get("MCP server 'extra' is not in the policy allowlist.")).toMatchObject({
      requirement: 'oc://policy.jsonc/mcp/servers/allow',
      fixHint: 'Use an approved MCP server or update the policy after review.',
    });
    expect(byMessage.get("Model provider 'amazon-bedrock' is denied by policy.")).toMatchObject({
      target: 'oc://openclaw.config/models/providers/AWS-Bedrock',
      fixHint: 'Remove this configured provider or update the policy after review.',
    });
    expect(byMessage.get("Model provider 'mistral' is not in the policy allowlist.")).toMatchObject({
      fixHint: 'Use an approved model provider or update the policy after review.',
    });
    expect(byMessage.get("Model ref 'groq/llama' uses denied provider 'groq'.")).toMatchObject({
      target: 'oc://openclaw.config/agents/defaults/model/fallbacks/#1',
      fixHint: 'Select an approved model provider or update the policy after review.',
    });
    expect(byMessage.get("Model ref 'mistral/pixtral' uses unapproved provider 'mistral'.")).toMatchObject({
      target: 'oc://openclaw.config/agents/list/#0/imageModel',
      requirement: 'oc://policy.jsonc/models/providers/allow',
    });
    expect(
      byMessage.get("Network setting 'browser-private-network' allows private-network access."),
    ).toMatchObject({
      target: 'oc://openclaw.config/browser/ssrfPolicy/dangerouslyAllowPrivateNetwork',
      requirement: 'oc://policy.jsonc/network/privateNetwork/allow',
      fixHint: 'Disable this private-network access setting or update policy after review.',
    });
  });

  it('does nothing for empty namespaces and empty allowlists, or privateNetwork.allow: true', () => {
    const lax = {
      mcp: { servers: { allow: [] } },
      models: { providers: { allow: [] } },
      network: { privateNetwork: { allow: true } },
    };
    expect(checkOf({ policy: lax, config }).visibleFindings).toEqual([]);
  });

  const tools = [
    '# Tools',
    '### alpha risk:low sensitivity:public owner:@core',
    '### beta',
    '- gamma: risk: extreme sensitivity: secret',
    '- delta: R4 sensitivity:internal owner: ops',
    '',
  ].join('\n');
  const toolPolicy = { tools: { requireMetadata: ['risk', 'sensitivity', 'owner'] } };

  it('orders tool findings: missing risk, unknown risk, sensitivity per tool, missing owner', () => {
    expect(messages(checkOf({ policy: toolPolicy, tools }))).toEqual([
      "policy/tools-missing-risk-level | TOOLS.md tool 'beta' has no explicit risk classification.",
      "policy/tools-unknown-risk-level | TOOLS.md tool 'gamma' declares unknown risk 'extreme'.",
      "policy/tools-missing-sensitivity-token | TOOLS.md tool 'beta' has no declared artifact sensitivity.",
      "policy/tools-unknown-sensitivity-token | TOOLS.md tool 'gamma' declares unknown sensitivity 'secret'.",
      "policy/tools-missing-owner | TOOLS.md tool 'beta' has no declared owner.",
      "policy/tools-missing-owner | TOOLS.md tool 'gamma' has no declared owner.",
    ]);
  });

  it('addresses tool findings at TOOLS.md lines with the fixed hints', () => {
    const findings = checkOf({ policy: toolPolicy, tools }).visibleFindings;
    expect(findings[0]).toEqual({
      checkId: 'policy/tools-missing-risk-level',
      severity: 'error',
      message: "TOOLS.md tool 'beta' has no explicit risk classification.",
      source: 'policy',
      path: 'TOOLS.md',
      line: 3,
      ocPath: 'oc://TOOLS.md/tools/beta',
      target: 'oc://TOOLS.md/tools/beta',
      requirement: 'oc://policy.jsonc/tools/requireMetadata',
      fixHint: 'Declare risk:low, risk:medium, risk:high, risk:critical, or an R0-R5 review alias.',
    });
    expect(findings.map((f) => f.fixHint)).toEqual([
      'Declare risk:low, risk:medium, risk:high, risk:critical, or an R0-R5 review alias.',
      'Use one of: low, medium, high, critical.',
      'Declare sensitivity as one of: public, internal, confidential, restricted.',
      'Use one of: public, internal, confidential, restricted.',
      'Declare owner:<team-or-person> for this tool.',
      'Declare owner:<team-or-person> for this tool.',
    ]);
  });

  it('checks only the metadata keys that are required', () => {
    expect(messages(checkOf({ policy: { tools: { requireMetadata: [' OWNER '] } }, tools }))).toEqual([
      "policy/tools-missing-owner | TOOLS.md tool 'beta' has no declared owner.",
      "policy/tools-missing-owner | TOOLS.md tool 'gamma' has no declared owner.",
    ]);
  });
});

describe('precedence (SPEC.md §2.2)', () => {
  it('a missing policy is one warning and has no policy hash', () => {
    const check = checkOf({ config });
    expect(check.visibleFindings).toEqual([
      {
        checkId: 'policy/policy-jsonc-missing',
        severity: 'warning',
        message: 'policy.jsonc is missing for the enabled Policy plugin.',
        source: 'policy',
        path: 'policy.jsonc',
        fixHint: 'Restore policy.jsonc or add the policy artifact for this workspace.',
      },
    ]);
    expect(check.policyHash).toBeUndefined();
  });

  it('a parse failure is one finding carrying json5 message', () => {
    expect(checkOf({ policyText: '{"mcp": ' }).visibleFindings).toEqual([
      {
        checkId: 'policy/policy-jsonc-invalid',
        severity: 'error',
        message: 'policy.jsonc could not be parsed: JSON5: invalid end of input at 1:9',
        source: 'policy',
        path: 'policy.jsonc',
        target: 'oc://policy.jsonc',
        fixHint: 'Fix policy.jsonc so policy conformance checks can run.',
      },
    ]);
  });

  it('an expectedHash mismatch stops before rule findings', () => {
    const locked = { ...config, plugins: { entries: { policy: { config: { expectedHash: 'sha256:0' } } } } };
    expect(messages(checkOf({ policy, config: locked }))).toEqual([
      'policy/policy-hash-mismatch | policy.jsonc does not match the configured policy hash.',
    ]);
    const good = checkOf({ policy, config });
    const matching = {
      ...config,
      plugins: {
        entries: { policy: { config: { expectedHash: good.policyHash, expectedAttestationHash: '  ' } } },
      },
    };
    expect(checkOf({ policy, config: matching }).visibleFindings).toHaveLength(11);
  });

  it('an attestation mismatch hides rule findings but keeps them attested', () => {
    const clean = checkOf({ policy: {}, config: {} });
    const stale = checkOf({
      policy,
      config: {
        ...config,
        plugins: { entries: { policy: { config: { expectedAttestationHash: clean.attestationHash } } } },
      },
    });
    expect(stale.visibleFindings.map((f) => f.checkId)).toEqual(['policy/attestation-hash-mismatch']);
    expect(stale.visibleFindings[0]?.fixHint).toBe(
      `Run policy check, review attestation ${stale.attestationHash}, then update plugins.entries.policy.config.expectedAttestationHash and the supervisor/gateway accepted attestation.`,
    );
    expect(stale.attestedFindings).toHaveLength(11);
    expect(stale.ok).toBe(false);
  });

  it('an invalid policy is never masked by the attestation lock', () => {
    const locked = { plugins: { entries: { policy: { config: { expectedAttestationHash: 'sha256:x' } } } } };
    expect(checkOf({ policy: { mcp: [] }, config: locked }).visibleFindings.map((f) => f.checkId)).toEqual([
      'policy/policy-jsonc-invalid',
    ]);
  });

  it('config.enabled: false disables checks; an entry-level enabled: false does not', () => {
    const disabled = checkOf({
      policy,
      config: { ...config, plugins: { entries: { policy: { config: { enabled: false } } } } },
    });
    expect(disabled.visibleFindings).toEqual([]);
    expect(disabled.policyHash).toBeUndefined();
    expect(disabled.enabled).toBe(false);
    const entryOff = checkOf({
      policy,
      config: { ...config, plugins: { entries: { policy: { enabled: false } } } },
    });
    expect(entryOff.enabled).toBe(true);
    expect(entryOff.visibleFindings).toHaveLength(11);
  });

  it('rewrites agent-level model refs as the OpenClaw config loader does', () => {
    const check = checkOf({
      policy: {},
      config: {
        agents: {
          defaults: {
            model: ' Bedrock/titan ',
            imageModel: ' z.ai/glm ',
            models: { 'doubao/pro': {}, 'volcengine/pro': {}, noslash: {} },
          },
          list: [{ model: { primary: 'kimi-code/k2' }, subagents: { model: 'kimi-code/k3' } }],
        },
      },
    });
    expect(check.evidence.modelRefs.map((r) => [r.ref, r.source])).toEqual([
      ['amazon-bedrock/titan', 'oc://openclaw.config/agents/defaults/model'],
      ['kimi/k2', 'oc://openclaw.config/agents/list/#0/model/primary'],
      ['kimi-code/k3', 'oc://openclaw.config/agents/list/#0/subagents/model'],
      ['volcengine/pro', 'oc://openclaw.config/agents/defaults/models/"volcengine/pro"'],
      [' z.ai/glm ', 'oc://openclaw.config/agents/defaults/imageModel'],
    ]);
  });
});

describe('hash invariants', () => {
  it('policyHash ignores comments, whitespace, key order, trailing commas and quoting', () => {
    const a = checkOf({ policyText: '{"mcp":{"servers":{"deny":["x"],"allow":["y"]}}}' });
    const b = checkOf({
      policyText: '// c\n{\n  mcp: { servers: { allow: [\'y\',], /* z */ deny: ["x"], }, },\n}\n',
    });
    expect(b.policyHash).toBe(a.policyHash);
    expect(b.attestationHash).toBe(a.attestationHash);
  });

  it('evidence of a policy without tool rules is unmoved by TOOLS.md', () => {
    const without = checkOf({ policy, config });
    const withTools = checkOf({ policy, config, tools: '# Tools\n### x risk:low\n' });
    expect(withTools.evidence.tools).toBeUndefined();
    expect(withTools.evidenceHash).toBe(without.evidenceHash);
  });

  it('redacts MCP URLs to scheme and host, and never copies args or env', () => {
    const check = checkOf({
      policy: {},
      config: {
        mcp: {
          servers: {
            a: { url: 'https://user:secret@mcp.example.com:8443/path?token=abc#frag' },
            b: { url: 'not a url', transport: 'sse' },
            c: { command: 'npx', args: ['--token', 'abc'], env: { KEY: 'secret' } },
          },
        },
      },
    });
    expect(check.evidence.mcpServers).toEqual([
      {
        id: 'a',
        transport: 'streamable-http',
        source: 'oc://openclaw.config/mcp/servers/a',
        url: 'https://mcp.example.com:8443',
      },
      { id: 'b', transport: 'sse', source: 'oc://openclaw.config/mcp/servers/b', url: '[redacted-url]' },
      { id: 'c', transport: 'stdio', source: 'oc://openclaw.config/mcp/servers/c', command: 'npx' },
    ]);
    expect(JSON.stringify(check.evidence)).not.toMatch(/secret|abc|token/);
  });

  it('attestation covers ok, policy, evidence and findings hashes', () => {
    const clean = checkOf({ policy: {}, config: {} });
    const other = checkOf({ policy: { mcp: {} }, config: {} });
    expect(other.evidenceHash).toBe(clean.evidenceHash);
    expect(other.findingsHash).toBe(clean.findingsHash);
    expect(other.attestationHash).not.toBe(clean.attestationHash);
  });
});
