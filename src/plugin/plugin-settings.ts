// The OpenClaw plugin's settings (`plugins.entries.policy-gate.config`): one JSON schema, shipped
// as the manifest's `configSchema` (OpenClaw validates the config against it before the plugin
// loads and refuses the config otherwise), and the same rules applied again here, so the plugin
// never trusts a host to have done it. Pure.
import path from 'node:path';
import { DEFAULT_RELEASE } from '../engine/release-profile.js';

/** The plugin id: the `plugins.entries.<id>` key and the manifest's `id`. */
export const PLUGIN_ID = 'policy-gate';
/** The trusted tool policy's local id (declared in the manifest's `contracts.trustedToolPolicies`). */
export const TRUSTED_POLICY_ID = 'accepted-attestation';
export const DEFAULT_ATTESTATION_FILE = 'policy.attestation.json';

/** Where the accepted attestation comes from. */
export type AcceptedFrom = 'attestationFile' | 'expectedAttestationHash';

export interface EnforcementSettings {
  /** Absolute workspace directory (what `policy-gate accept --cwd` was given). */
  workspace: string;
  /** The OpenClaw config file, relative to the workspace (`--config`); default the loader's. */
  config?: string;
  /** The policy file (`--policy`); default `plugins.entries.policy.config.path`, then policy.jsonc. */
  policy?: string;
  acceptedFrom: AcceptedFrom;
  /** Absolute path of the accepted attestation file (`policy-gate accept` output). */
  attestationFile: string;
  /** The OpenClaw release whose `policy check` the attestation was accepted with (`--openclaw`). */
  openclaw: string;
  /** The agent evaluated (`--agent`; 2026.9.6 configs with several agents need one). */
  agent?: string;
}

const ABSOLUTE_OR_HOME = '^(~(/|$)|/|[A-Za-z]:[\\\\/])';
const RELEASE_SHAPE = '^[0-9]{4}\\.[0-9]{1,2}\\.[0-9]{1,2}$';

/**
 * The manifest's `configSchema`. `openclaw` is checked for shape only: which releases this build
 * supports is the runtime library's list, so an unsupported one loads and blocks every call with
 * a message naming the supported releases instead of refusing the whole OpenClaw config.
 */
export const PLUGIN_CONFIG_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['workspace'],
  properties: {
    workspace: {
      type: 'string',
      pattern: ABSOLUTE_OR_HOME,
      description:
        'The workspace directory, absolute or ~/…: the one `policy-gate accept --cwd` attested (its OpenClaw config, policy and tool declarations).',
    },
    config: {
      type: 'string',
      minLength: 1,
      description:
        'The OpenClaw config file, relative to the workspace or absolute (`policy-gate --config`). Default: openclaw.jsonc, then openclaw.json in the workspace.',
    },
    policy: {
      type: 'string',
      minLength: 1,
      description:
        'The policy file (`policy-gate --policy`). Default: plugins.entries.policy.config.path, then policy.jsonc.',
    },
    acceptedFrom: {
      type: 'string',
      enum: ['attestationFile', 'expectedAttestationHash'],
      default: 'attestationFile',
      description:
        "Where the accepted attestation comes from: the attestation file `policy-gate accept` wrote, or the policy plugin's expectedAttestationHash in the OpenClaw config.",
    },
    attestationFile: {
      type: 'string',
      minLength: 1,
      default: DEFAULT_ATTESTATION_FILE,
      description: 'The accepted attestation file, relative to the workspace or absolute.',
    },
    openclaw: {
      type: 'string',
      pattern: RELEASE_SHAPE,
      default: DEFAULT_RELEASE,
      description:
        'The OpenClaw release whose policy check the attestation was accepted with (`policy-gate accept --openclaw`).',
    },
    agent: {
      type: 'string',
      minLength: 1,
      description: 'The agent whose workspace is evaluated (`policy-gate --agent`).',
    },
  },
} as const;

export type SettingsResult = { ok: true; settings: EnforcementSettings } | { ok: false; problem: string };

/**
 * The settings from the plugin's config (as OpenClaw hands it over, defaults applied or not), or
 * the first thing wrong with it, phrased as what to change.
 */
export function enforcementSettingsFrom(pluginConfig: unknown, homeDir: string): SettingsResult {
  const where = `plugins.entries.${PLUGIN_ID}.config`;
  const fail = (problem: string): SettingsResult => ({ ok: false, problem: `${where}${problem}` });
  const raw = pluginConfig ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw)) return fail(' must be an object.');
  const config = raw as Record<string, unknown>;
  const known = Object.keys(PLUGIN_CONFIG_SCHEMA.properties);
  const unknown = Object.keys(config).find((key) => !known.includes(key));
  if (unknown !== undefined) return fail(` has no setting '${unknown}' (settings: ${known.join(', ')}).`);

  const strings: Record<string, string | undefined> = {};
  for (const key of known) {
    const value = config[key];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.trim() === '')
      return fail(`.${key} must be a non-empty string, got ${JSON.stringify(value)}.`);
    strings[key] = value;
  }
  const workspace = strings.workspace;
  if (workspace === undefined)
    return fail('.workspace is required: the directory `policy-gate accept --cwd` attested.');
  if (!new RegExp(ABSOLUTE_OR_HOME).test(workspace))
    return fail(`.workspace must be absolute or start with ~/, got '${workspace}'.`);
  const openclaw = strings.openclaw ?? DEFAULT_RELEASE;
  if (!new RegExp(RELEASE_SHAPE).test(openclaw))
    return fail(`.openclaw must be a release such as ${DEFAULT_RELEASE}, got '${openclaw}'.`);
  const acceptedFrom = strings.acceptedFrom ?? 'attestationFile';
  if (acceptedFrom !== 'attestationFile' && acceptedFrom !== 'expectedAttestationHash')
    return fail(`.acceptedFrom must be attestationFile or expectedAttestationHash, got '${acceptedFrom}'.`);

  const root = path.resolve(expandHome(workspace, homeDir));
  return {
    ok: true,
    settings: {
      workspace: root,
      ...(strings.config === undefined ? {} : { config: strings.config }),
      ...(strings.policy === undefined ? {} : { policy: strings.policy }),
      acceptedFrom,
      attestationFile: path.resolve(
        root,
        expandHome(strings.attestationFile ?? DEFAULT_ATTESTATION_FILE, homeDir),
      ),
      openclaw,
      ...(strings.agent === undefined ? {} : { agent: strings.agent }),
    },
  };
}

function expandHome(value: string, homeDir: string): string {
  if (value === '~') return homeDir;
  return value.startsWith('~/') ? path.join(homeDir, value.slice(2)) : value;
}
