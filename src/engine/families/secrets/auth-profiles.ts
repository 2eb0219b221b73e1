// Auth profiles of OpenClaw 2026.9.6 (SPEC-2026.9 §5.13, §7 `authProfiles`, §10.2): the
// provider/mode metadata of `auth.profiles.<id>`, and the two checks on it.
import { sortByKey } from '../../canonical-json.js';
import { policyEvidenceFinding } from '../../current/evidence-finding.js';
import { lowercasedPolicyList } from '../../current/policy-rule-values.js';
import { requirementOf, topLevelRules, type RuleLocation } from '../../current/rule-location.js';
import { configAddress, ocSegment } from '../../oc-path.js';
import { isRecord, recordOrEmpty } from '../../record.js';
import type { PolicyName } from '../../rule-family.js';
import type { Finding } from '../../types.js';

export interface AuthProfileEntry {
  id: string;
  source: string;
  validMetadata: boolean;
  provider?: string;
  mode?: string;
}

const AUTH_PROFILE_MODES: readonly string[] = ['api_key', 'aws-sdk', 'oauth', 'token'];
const AUTH_PROFILE_METADATA: readonly string[] = ['provider', 'mode'];

const hasProvider = (provider: unknown) => typeof provider === 'string' && provider.trim() !== '';
const isAuthProfileMode = (mode: unknown) => AUTH_PROFILE_MODES.includes(mode as string);

export function scanAuthProfiles(config: Record<string, unknown>): AuthProfileEntry[] {
  const profiles = recordOrEmpty(recordOrEmpty(config.auth).profiles);
  return sortByKey(Object.entries(profiles), ([id]) => id).map(([id, value]) => {
    const entry: AuthProfileEntry = {
      id,
      source: configAddress('auth', 'profiles', ocSegment(id)),
      validMetadata: isRecord(value) && hasProvider(value.provider) && isAuthProfileMode(value.mode),
    };
    if (isRecord(value)) {
      if (typeof value.provider === 'string') entry.provider = value.provider;
      if (typeof value.mode === 'string') entry.mode = value.mode;
    }
    return entry;
  });
}

/** `auth.profiles.requireMetadata` and `auth.profiles.allowModes` over the profiles. */
export function authProfileFindings(
  policy: unknown,
  name: PolicyName,
  profiles: readonly AuthProfileEntry[],
): Finding[] {
  if (!isRecord(policy)) return [];
  const location = topLevelRules(name, 'auth/profiles');
  return [
    ...missingMetadataFindings(policy, location, profiles),
    ...unapprovedModeFindings(policy, location, profiles),
  ];
}

function missingMetadataFindings(
  policy: Record<string, unknown>,
  location: RuleLocation,
  profiles: readonly AuthProfileEntry[],
): Finding[] {
  const required = new Set(
    lowercasedPolicyList(policy, ['auth', 'profiles', 'requireMetadata']).filter((entry) =>
      AUTH_PROFILE_METADATA.includes(entry),
    ),
  );
  if (required.size === 0) return [];
  return profiles.flatMap((profile) => {
    const missing = [...required].filter((metadata) =>
      metadata === 'provider' ? !hasProvider(profile.provider) : !isAuthProfileMode(profile.mode),
    );
    if (missing.length === 0) return [];
    return [
      policyEvidenceFinding(profile.source, {
        checkId: 'policy/auth-profile-invalid-metadata',
        message: `Auth profile '${profile.id}' is missing required metadata: ${missing.join(', ')}.`,
        requirement: requirementOf(location, 'requireMetadata'),
        fixHint: 'Set auth.profiles.<id>.provider and a supported auth profile mode.',
      }),
    ];
  });
}

function unapprovedModeFindings(
  policy: Record<string, unknown>,
  location: RuleLocation,
  profiles: readonly AuthProfileEntry[],
): Finding[] {
  const allowed = new Set(lowercasedPolicyList(policy, ['auth', 'profiles', 'allowModes']));
  if (allowed.size === 0) return [];
  return profiles
    .filter((profile) => profile.mode !== undefined && !allowed.has(profile.mode))
    .map((profile) =>
      policyEvidenceFinding(profile.source, {
        checkId: 'policy/auth-profile-unapproved-mode',
        message: `Auth profile '${profile.id}' uses mode '${String(profile.mode)}' outside the policy allowlist.`,
        requirement: requirementOf(location, 'allowModes'),
        fixHint: 'Change the auth profile mode or update policy after review.',
      }),
    );
}
