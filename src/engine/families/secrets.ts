// The secrets and auth-profile families of OpenClaw 2026.9.6 (SPEC-2026.9 §5.13, §7.7, §10.2):
// where config credentials come from (SecretRefs and their providers) and the metadata of auth
// profiles. One findings block holds both, as in the release (§4 step 12.13); the
// `auth.profiles.requireMetadata` shape finding comes later, as its own block (step 12.15).
import { policyEvidenceFinding } from '../current/evidence-finding.js';
import { collectedWhen, type FindingsBlock, type PolicyFamily } from '../current/policy-family.js';
import { lowercasedPolicyList } from '../current/policy-rule-values.js';
import { policyHasAuthProfileRules, policyHasSecretRules } from '../current/policy-scope.js';
import { requirementOf, topLevelRules } from '../current/rule-location.js';
import {
  authAllowModesShapeFindings,
  authRequireMetadataShapeFindings,
  secretsShapeFindings,
} from '../current/shape/index.js';
import { isRecord, valueAtPath } from '../record.js';
import type { PolicyName } from '../rule-family.js';
import type { Evidence, Finding } from '../types.js';
import { type AuthProfileEntry, authProfileFindings, scanAuthProfiles } from './secrets/auth-profiles.js';
import { type SecretEntry, scanSecrets } from './secrets/scan.js';

export type { AuthProfileEntry } from './secrets/auth-profiles.js';
export { scanAuthProfiles } from './secrets/auth-profiles.js';
export type { SecretEntry, SecretInputEntry, SecretProviderEntry } from './secrets/scan.js';
export { scanSecrets } from './secrets/scan.js';

export const secretsFamily: PolicyFamily = {
  name: 'secrets',
  evidence: [
    collectedWhen('secrets', policyHasSecretRules, scanSecrets),
    collectedWhen('authProfiles', policyHasAuthProfileRules, scanAuthProfiles),
  ],
  /** Secrets shape-or-findings, then auth-profile allowModes shape-or-findings (§4 step 12.13). */
  findings: ({ policy, name, evidence }) => {
    const secretsShape = secretsShapeFindings(policy, name);
    const authShape = authAllowModesShapeFindings(policy, name);
    const profiles = (evidence.authProfiles as AuthProfileEntry[] | undefined) ?? [];
    return [
      ...(secretsShape.length > 0 ? secretsShape : secretFindings(policy, name, evidence)),
      ...(authShape.length > 0 ? authShape : authProfileFindings(policy, name, profiles)),
    ];
  },
};

/** §4 step 12.15: the `auth.profiles.requireMetadata` shape finding. */
export const authMetadataRequirementBlock: FindingsBlock = ({ policy, name }) =>
  authRequireMetadataShapeFindings(policy, name);

function secretFindings(policy: unknown, name: PolicyName, evidence: Evidence): Finding[] {
  if (!isRecord(policy)) return [];
  const entries = (evidence.secrets as SecretEntry[] | undefined) ?? [];
  const requirement = (rule: string) => requirementOf(topLevelRules(name, 'secrets'), rule);
  return [
    ...unmanagedProviderFindings(policy, entries, requirement('requireManagedProviders')),
    ...deniedSourceFindings(policy, entries, requirement('denySources')),
    ...insecureProviderFindings(policy, entries, requirement('allowInsecureProviders')),
  ];
}

/** Every SecretRef must name a declared provider of the same source. */
function unmanagedProviderFindings(
  policy: Record<string, unknown>,
  entries: readonly SecretEntry[],
  requirement: string,
): Finding[] {
  if (valueAtPath(policy, ['secrets', 'requireManagedProviders']) !== true) return [];
  const declared = new Set(
    entries.flatMap((entry) =>
      entry.kind === 'provider' && entry.providerSource !== undefined
        ? [`${entry.providerSource}:${entry.id}`]
        : [],
    ),
  );
  return entries.flatMap((entry) =>
    entry.kind === 'input' && !declared.has(`${entry.refSource}:${entry.refProvider}`)
      ? [
          policyEvidenceFinding(entry.source, {
            checkId: 'policy/secrets-unmanaged-provider',
            message: `SecretRef uses unmanaged provider '${entry.refProvider}'.`,
            requirement,
            fixHint: 'Declare the referenced provider under secrets.providers or update policy after review.',
          }),
        ]
      : [],
  );
}

function deniedSourceFindings(
  policy: Record<string, unknown>,
  entries: readonly SecretEntry[],
  requirement: string,
): Finding[] {
  const denied = new Set(lowercasedPolicyList(policy, ['secrets', 'denySources']));
  if (denied.size === 0) return [];
  return entries.flatMap((entry) => {
    const source = entry.kind === 'provider' ? entry.providerSource : entry.refSource;
    if (source === undefined || !denied.has(source)) return [];
    return [
      policyEvidenceFinding(entry.source, {
        checkId: 'policy/secrets-denied-provider-source',
        message: `Secret ${entry.kind} '${entry.id}' uses denied source '${source}'.`,
        requirement,
        fixHint: 'Move this secret to an approved source or update policy after review.',
      }),
    ];
  });
}

/** Never fires on the release's evidence: providers carry no insecure flags (SPEC-2026.9 §14.5). */
function insecureProviderFindings(
  policy: Record<string, unknown>,
  entries: readonly SecretEntry[],
  requirement: string,
): Finding[] {
  if (valueAtPath(policy, ['secrets', 'allowInsecureProviders']) !== false) return [];
  return entries.flatMap((entry) =>
    entry.kind === 'provider' && entry.insecure !== undefined && entry.insecure.length > 0
      ? [
          policyEvidenceFinding(entry.source, {
            checkId: 'policy/secrets-insecure-provider',
            message: `Secret provider '${entry.id}' enables insecure posture: ${entry.insecure.join(', ')}.`,
            requirement,
            fixHint: 'Remove insecure provider overrides or update policy after review.',
          }),
        ]
      : [],
  );
}
