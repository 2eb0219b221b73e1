// Auth profiles of OpenClaw 2026.9.6 (SPEC-2026.9 §5.13, §7 `authProfiles`, §10.2): the
// provider/mode metadata of `auth.profiles.<id>`, and the two checks on it.
import { sortByKey } from '../../canonical-json.js';
import { configAddress, ocSegment } from '../../oc-path.js';
import { policyStringList } from '../../policy-lists.js';
import { isRecord, recordOrEmpty } from '../../record.js';
import type { Finding } from '../../types.js';
import { evidenceFinding } from '../data-handling.js';

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

const lowercased = (entry: string) => entry.trim().toLowerCase();

/** `auth.profiles.requireMetadata` and `auth.profiles.allowModes` over the profiles. */
export function authProfileFindings(
  policy: unknown,
  policyDocument: string,
  profiles: readonly AuthProfileEntry[],
): Finding[] {
  if (!isRecord(policy)) return [];
  return [
    ...missingMetadataFindings(policy, policyDocument, profiles),
    ...unapprovedModeFindings(policy, policyDocument, profiles),
  ];
}

function missingMetadataFindings(
  policy: Record<string, unknown>,
  policyDocument: string,
  profiles: readonly AuthProfileEntry[],
): Finding[] {
  const required = new Set(
    policyStringList(policy, ['auth', 'profiles', 'requireMetadata'], lowercased).filter((entry) =>
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
      evidenceFinding(profile, {
        checkId: 'policy/auth-profile-invalid-metadata',
        message: `Auth profile '${profile.id}' is missing required metadata: ${missing.join(', ')}.`,
        requirement: `oc://${policyDocument}/auth/profiles/requireMetadata`,
        fixHint: 'Set auth.profiles.<id>.provider and a supported auth profile mode.',
      }),
    ];
  });
}

function unapprovedModeFindings(
  policy: Record<string, unknown>,
  policyDocument: string,
  profiles: readonly AuthProfileEntry[],
): Finding[] {
  const allowed = new Set(policyStringList(policy, ['auth', 'profiles', 'allowModes'], lowercased));
  if (allowed.size === 0) return [];
  return profiles
    .filter((profile) => profile.mode !== undefined && !allowed.has(profile.mode))
    .map((profile) =>
      evidenceFinding(profile, {
        checkId: 'policy/auth-profile-unapproved-mode',
        message: `Auth profile '${profile.id}' uses mode '${String(profile.mode)}' outside the policy allowlist.`,
        requirement: `oc://${policyDocument}/auth/profiles/allowModes`,
        fixHint: 'Change the auth profile mode or update policy after review.',
      }),
    );
}
