import { compareAllowlist, compareDenylist } from '../strictness.js';
import { finding } from '../findings.js';
import { policyAddress } from '../oc-path.js';
import { policyStringList, presentList } from '../policy-lists.js';
import { normalizeProviderId } from '../provider-ids.js';
import type { HashedForm, PolicyName, RuleFamily } from '../rule-family.js';
import type { Evidence, Finding, ModelProviderEvidence, ModelRefEvidence } from '../types.js';
import { scanModelProviders, scanModelRefs } from './model-refs.js';

const DENIED = 'policy/models-denied-provider';
const UNAPPROVED = 'policy/models-unapproved-provider';
const PROVIDER_IDS = { one: 'a model provider id', many: 'model provider ids' };
const ALLOW = ['models', 'providers', 'allow'];
const DENY = ['models', 'providers', 'deny'];

export const modelsFamily: RuleFamily = {
  name: 'models',
  checkIds: [DENIED, UNAPPROVED],
  containers: [
    { path: ['models'], kind: 'object' },
    { path: ['models', 'providers'], kind: 'object' },
    { path: ['models', 'providers', 'allow'], kind: 'string-list', noun: PROVIDER_IDS },
    { path: ['models', 'providers', 'deny'], kind: 'string-list', noun: PROVIDER_IDS },
  ],
  collectEvidence: ({ config }) => ({
    modelProviders: scanModelProviders(config),
    modelRefs: scanModelRefs(config),
  }),
  hashedEntries: {
    modelProviders: (p: ModelProviderEvidence): HashedForm<ModelProviderEvidence> => ({
      id: p.id,
      source: p.source,
    }),
    modelRefs: (r: ModelRefEvidence): HashedForm<ModelRefEvidence> => ({
      model: r.model,
      provider: r.provider,
      ref: r.ref,
      source: r.source,
    }),
  },
  describeRules: (policy) => [
    ...policyStringList(policy, ['models', 'providers', 'allow'], normalizeProviderId).map((value) => ({
      rule: 'models.providers.allow',
      value,
    })),
    ...policyStringList(policy, ['models', 'providers', 'deny'], normalizeProviderId).map((value) => ({
      rule: 'models.providers.deny',
      value,
    })),
  ],
  compareStrictness: (baseline, candidate, names) => [
    ...compareAllowlist(
      names,
      'models.providers.allow',
      policyStringList(baseline, ALLOW, normalizeProviderId),
      presentList(candidate, ALLOW, normalizeProviderId),
    ),
    ...compareDenylist(
      names,
      'models.providers.deny',
      policyStringList(baseline, DENY, normalizeProviderId),
      presentList(candidate, DENY, normalizeProviderId),
    ),
  ],
  findings: ({ policy, name, evidence }) =>
    modelProviderFindings(policy, name, evidence, normalizeProviderId),
};

/** Providers and refs judged against the allow and deny lists, providers compared after `normalize`. */
export function modelProviderFindings(
  policy: Record<string, unknown>,
  name: PolicyName,
  evidence: Evidence,
  normalize: (raw: string) => string,
): Finding[] {
  const allow = new Set(policyStringList(policy, ['models', 'providers', 'allow'], normalize));
  const deny = new Set(policyStringList(policy, ['models', 'providers', 'deny'], normalize));
  const denyRequirement = policyAddress(name.document, 'models', 'providers', 'deny');
  const allowRequirement = policyAddress(name.document, 'models', 'providers', 'allow');
  const out: Finding[] = [];
  // Texts are built only for a provider that is judged: most are allowed.
  const judge = (provider: string, source: string, texts: () => ProviderTexts): void => {
    const denied = deny.has(provider);
    if (!denied && (allow.size === 0 || allow.has(provider))) return;
    const text = texts();
    out.push(
      finding({
        checkId: denied ? DENIED : UNAPPROVED,
        message: denied ? text.denied : text.unapproved,
        path: 'openclaw config',
        ocPath: source,
        target: source,
        requirement: denied ? denyRequirement : allowRequirement,
        fixHint: denied ? text.deniedHint : text.unapprovedHint,
      }),
    );
  };
  for (const provider of evidence.modelProviders) {
    judge(provider.id, provider.source, () => ({
      denied: `Model provider '${provider.id}' is denied by policy.`,
      deniedHint: 'Remove this configured provider or update the policy after review.',
      unapproved: `Model provider '${provider.id}' is not in the policy allowlist.`,
      unapprovedHint: 'Use an approved model provider or update the policy after review.',
    }));
  }
  for (const ref of evidence.modelRefs) {
    judge(ref.provider, ref.source, () => ({
      denied: `Model ref '${ref.ref}' uses denied provider '${ref.provider}'.`,
      deniedHint: 'Select an approved model provider or update the policy after review.',
      unapproved: `Model ref '${ref.ref}' uses unapproved provider '${ref.provider}'.`,
      unapprovedHint: 'Select an approved model provider or update the policy after review.',
    }));
  }
  return out;
}

interface ProviderTexts {
  denied: string;
  deniedHint: string;
  unapproved: string;
  unapprovedHint: string;
}
