// The secrets and auth-profile families of OpenClaw 2026.9.6: SecretRef coercion, the secret
// input path rules, exact evidence and findings for small configs.
import { describe, expect, it } from 'vitest';
import type { FindingsInput } from '../../../src/engine/current/policy-family.js';
import {
  authMetadataRequirementBlock,
  scanAuthProfiles,
  scanSecrets,
  secretsFamily,
} from '../../../src/engine/families/secrets.js';
import { isSecretInputPath } from '../../../src/engine/families/secrets/secret-input-paths.js';
import { coerceSecretRef, secretRefDefaults } from '../../../src/engine/families/secrets/secret-refs.js';
import type { Evidence } from '../../../src/engine/types.js';

const NAME = { display: 'policy.jsonc', document: 'policy.jsonc' };

function findingsFor(policy: unknown, config: Record<string, unknown>) {
  const input: FindingsInput = {
    policy,
    name: NAME,
    evidence: { secrets: scanSecrets(config), authProfiles: scanAuthProfiles(config) } as unknown as Evidence,
    execApprovalsFile: undefined,
    execApprovalsLocator: '',
    legacyToolsFile: false,
  };
  return [...secretsFamily.findings(input), ...authMetadataRequirementBlock(input)];
}

describe('SecretRef coercion', () => {
  it('takes canonical refs as they are (exactly three keys)', () => {
    expect(coerceSecretRef({ source: 'exec', provider: 'vault', id: 'a/b' }, undefined)).toEqual({
      source: 'exec',
      provider: 'vault',
      id: 'a/b',
    });
    expect(
      coerceSecretRef({ source: 'exec', provider: 'vault', id: 'a', extra: 1 }, undefined),
    ).toBeUndefined();
    expect(coerceSecretRef({ source: 'vault', provider: 'v', id: 'a' }, undefined)).toBeUndefined();
    expect(coerceSecretRef({ source: 'env', provider: ' ', id: 'A' }, undefined)).toBeUndefined();
  });

  it('gives legacy refs without a provider the default of their source', () => {
    const defaults = secretRefDefaults({ file: 'files', env: 7 });
    expect(defaults).toEqual({ file: 'files' });
    expect(coerceSecretRef({ source: 'file', id: '/x', note: 'kept' }, defaults)).toEqual({
      source: 'file',
      provider: 'files',
      id: '/x',
    });
    expect(coerceSecretRef({ source: 'env', id: 'X' }, defaults)?.provider).toBe('default');
  });

  it('reads ${NAME} and $NAME strings as env refs', () => {
    expect(coerceSecretRef(' ${OPENAI_API_KEY} ', { env: 'envs' })).toEqual({
      source: 'env',
      provider: 'envs',
      id: 'OPENAI_API_KEY',
    });
    expect(coerceSecretRef('$GW_TOKEN', { env: '  ' })?.provider).toBe('default');
    expect(coerceSecretRef('$lower', undefined)).toBeUndefined();
    expect(coerceSecretRef('sk-literal', undefined)).toBeUndefined();
    expect(coerceSecretRef('prefix ${A}', undefined)).toBeUndefined();
  });
});

describe('secret input paths', () => {
  it.each([
    [['models', 'providers', 'openai', 'apiKey'], true],
    [['channels', 'telegram', 'botToken'], true],
    [['gateway', 'auth', 'password'], true],
    [['x', 'webhookSecret'], true],
    [['x', 'ServiceAccountRef'], true],
    [['x', 'tokens'], false],
    [['tools', 'exec', 'env', 'API_TOKEN'], false],
    [['plugins', 'entries', 'acpx', 'config', 'mcpServers', 'fs', 'env', 'HOME'], true],
    [['models', 'providers', 'openai', 'headers', 'X-Org'], true],
    [['models', 'providers', 'openai', 'request', 'headers', 'X-Org'], true],
    [['models', 'providers', 'openai', 'request', 'auth', 'value'], true],
    [['models', 'providers', 'openai', 'request', 'auth', 'scheme'], false],
    [['models', 'providers', 'openai', 'request', 'tls', 'ca'], true],
    [['models', 'providers', 'openai', 'request', 'proxy', 'tls', 'passphrase'], true],
    [['tools', 'media', 'models', '#2', 'request', 'headers', 'A'], true],
    [['tools', 'media', 'audio', 'request', 'tls', 'cert'], true],
    [['memory', 'search', 'remote', 'headers', 'A'], true],
    [['agents', 'entries', 'ops', 'memory', 'search', 'remote', 'headers', 'A'], true],
    [['agents', 'list', '#0', 'memory', 'search', 'remote', 'headers', 'A'], true],
    [['diagnostics', 'otel', 'headers', 'A'], true],
    [['diagnostics', 'otel', 'endpoint'], false],
  ])('%j → %s', (path, expected) => {
    expect(isSecretInputPath(path)).toBe(expected);
  });
});

const CONFIG = {
  secrets: {
    providers: {
      vault: { source: 'exec', command: '/usr/bin/vault-read' },
      envs: { source: 'env' },
      'Odd Name': { source: 'store' },
    },
    defaults: { env: 'envs' },
  },
  models: {
    providers: {
      openai: { apiKey: { source: 'env', provider: 'default', id: 'OPENAI_API_KEY' }, models: [] },
    },
  },
  channels: { telegram: { accounts: [{ botToken: '${TG_TOKEN}' }] } },
  gateway: { auth: { token: { source: 'exec', provider: 'vault', id: 'gw/token' }, mode: 'token' } },
  auth: {
    profiles: {
      'openai:default': { provider: 'openai', mode: 'api_key' },
      blank: { provider: ' ', mode: 'token' },
      odd: { provider: 'x', mode: 'magic' },
    },
  },
};

describe('secrets evidence', () => {
  it('lists providers and SecretRef inputs sorted by source', () => {
    expect(JSON.stringify(scanSecrets(CONFIG))).toBe(
      JSON.stringify([
        {
          id: 'oc://openclaw.config/channels/telegram/accounts/#0/botToken',
          kind: 'input',
          source: 'oc://openclaw.config/channels/telegram/accounts/#0/botToken',
          provenance: 'secretRef',
          refSource: 'env',
          refProvider: 'envs',
        },
        {
          id: 'oc://openclaw.config/gateway/auth/token',
          kind: 'input',
          source: 'oc://openclaw.config/gateway/auth/token',
          provenance: 'secretRef',
          refSource: 'exec',
          refProvider: 'vault',
        },
        {
          id: 'oc://openclaw.config/models/providers/openai/apiKey',
          kind: 'input',
          source: 'oc://openclaw.config/models/providers/openai/apiKey',
          provenance: 'secretRef',
          refSource: 'env',
          refProvider: 'default',
        },
        // ICU sorts the quote (punctuation) before letters.
        {
          id: 'Odd Name',
          kind: 'provider',
          source: 'oc://openclaw.config/secrets/providers/"Odd Name"',
          providerSource: 'store',
        },
        {
          id: 'envs',
          kind: 'provider',
          source: 'oc://openclaw.config/secrets/providers/envs',
          providerSource: 'env',
        },
        {
          id: 'vault',
          kind: 'provider',
          source: 'oc://openclaw.config/secrets/providers/vault',
          providerSource: 'exec',
        },
      ]),
    );
  });

  it('lists auth profiles by id with their metadata', () => {
    expect(JSON.stringify(scanAuthProfiles(CONFIG))).toBe(
      JSON.stringify([
        {
          id: 'blank',
          source: 'oc://openclaw.config/auth/profiles/blank',
          validMetadata: false,
          provider: ' ',
          mode: 'token',
        },
        {
          id: 'odd',
          source: 'oc://openclaw.config/auth/profiles/odd',
          validMetadata: false,
          provider: 'x',
          mode: 'magic',
        },
        {
          id: 'openai:default',
          source: 'oc://openclaw.config/auth/profiles/"openai:default"',
          validMetadata: true,
          provider: 'openai',
          mode: 'api_key',
        },
      ]),
    );
  });
});

describe('secrets and auth-profile findings', () => {
  it('reports unmanaged refs, denied sources and auth profile metadata and modes', () => {
    const findings = findingsFor(
      {
        secrets: { requireManagedProviders: true, denySources: [' EXEC '], allowInsecureProviders: false },
        auth: { profiles: { requireMetadata: ['Mode', 'provider'], allowModes: ['API_KEY', 'token'] } },
      },
      CONFIG,
    );
    expect(findings.map((f) => [f.checkId, f.message, f.target])).toEqual([
      [
        'policy/secrets-unmanaged-provider',
        "SecretRef uses unmanaged provider 'default'.",
        'oc://openclaw.config/models/providers/openai/apiKey',
      ],
      [
        'policy/secrets-denied-provider-source',
        "Secret input 'oc://openclaw.config/gateway/auth/token' uses denied source 'exec'.",
        'oc://openclaw.config/gateway/auth/token',
      ],
      [
        'policy/secrets-denied-provider-source',
        "Secret provider 'vault' uses denied source 'exec'.",
        'oc://openclaw.config/secrets/providers/vault',
      ],
      [
        'policy/auth-profile-invalid-metadata',
        "Auth profile 'blank' is missing required metadata: provider.",
        'oc://openclaw.config/auth/profiles/blank',
      ],
      [
        'policy/auth-profile-invalid-metadata',
        "Auth profile 'odd' is missing required metadata: mode.",
        'oc://openclaw.config/auth/profiles/odd',
      ],
      [
        'policy/auth-profile-unapproved-mode',
        "Auth profile 'odd' uses mode 'magic' outside the policy allowlist.",
        'oc://openclaw.config/auth/profiles/odd',
      ],
    ]);
    expect(findings[0]).toEqual({
      checkId: 'policy/secrets-unmanaged-provider',
      severity: 'error',
      message: "SecretRef uses unmanaged provider 'default'.",
      source: 'policy',
      path: 'openclaw config',
      ocPath: 'oc://openclaw.config/models/providers/openai/apiKey',
      target: 'oc://openclaw.config/models/providers/openai/apiKey',
      requirement: 'oc://policy.jsonc/secrets/requireManagedProviders',
      fixHint: 'Declare the referenced provider under secrets.providers or update policy after review.',
    });
  });

  it('never reports insecure providers (the release computes no insecure flags)', () => {
    expect(findingsFor({ secrets: { allowInsecureProviders: false } }, CONFIG)).toEqual([]);
  });

  it('collects each slice only for its own rules', () => {
    const [secrets, authProfiles] = secretsFamily.evidence;
    const source = (policy: unknown) => ({
      config: {},
      policy,
      execApprovalsRaw: undefined,
      agentsMarkdown: undefined,
    });
    expect(secrets?.collectedFor(source({ secrets: { denySources: [] } }))).toBe(true);
    expect(secrets?.collectedFor(source({ secrets: { providers: {} } }))).toBe(false);
    expect(authProfiles?.collectedFor(source({ auth: { profiles: { allowModes: [] } } }))).toBe(true);
    expect(authProfiles?.collectedFor(source({ secrets: { denySources: [] } }))).toBe(false);
  });
});
