// SKELETON: the secrets and auth-profile families of OpenClaw 2026.9.6 (SPEC-2026.9 §5.13, §7.7).
import { collectedWhen, type FindingsBlock, type PolicyFamily } from '../current/policy-family.js';
import { policyHasAuthProfileRules, policyHasSecretRules } from '../current/policy-scope.js';

export const secretsFamily: PolicyFamily = {
  name: 'secrets',
  evidence: [
    collectedWhen('secrets', policyHasSecretRules, () => []),
    collectedWhen('authProfiles', policyHasAuthProfileRules, () => []),
  ],
  /** Secrets shape-or-findings, then auth-profile allowModes shape-or-findings (§4 step 12.13). */
  findings: () => [],
};

/** §4 step 12.15: the `auth.profiles.requireMetadata` shape finding. */
export const authMetadataRequirementBlock: FindingsBlock = () => [];
