// Whether a channel that lists accounts also configures an implicit default account at channel
// level (OpenClaw 2026.9.6 `hasImplicitDefaultAccountConfig`). Only then does the ingress scan
// report the channel-level settings besides the accounts' (SPEC-2026.9 §7.1): a channel with
// accounts and no credentials of its own receives no traffic as itself.

/** Channels whose default account exists as soon as any one of these fields is set. */
const ANY_OF_FIELDS: Readonly<Record<string, readonly string[]>> = {
  discord: ['token'],
  googlechat: ['serviceAccount', 'serviceAccountFile'],
  imessage: ['cliPath', 'dbPath'],
  'qa-channel': ['baseUrl'],
  qqbot: ['appId', 'clientSecret', 'clientSecretFile'],
  signal: ['account'],
  slack: ['appToken', 'botToken', 'signingSecret'],
  'synology-chat': ['token'],
  telegram: ['botToken', 'tokenFile'],
  tlon: ['ship'],
  twitch: ['username'],
  whatsapp: ['authDir'],
  zalo: ['botToken', 'tokenFile'],
  zalouser: ['profile'],
};

/** Channels that need a combination of fields (a server address and a credential, say). */
const COMBINED_RULES: Readonly<Record<string, (config: Record<string, unknown>) => boolean>> = {
  clickclack: (c) => all(c, 'baseUrl', 'workspace', 'token'),
  feishu: (c) => all(c, 'appId', 'appSecret'),
  irc: (c) => all(c, 'host', 'nick'),
  line: (c) => any(c, 'channelAccessToken', 'tokenFile'),
  matrix: (c) => all(c, 'homeserver') && (any(c, 'accessToken') || all(c, 'userId', 'password')),
  mattermost: (c) => all(c, 'baseUrl', 'botToken'),
  'nextcloud-talk': (c) => all(c, 'baseUrl') && any(c, 'botSecret', 'botSecretFile'),
};

export function hasImplicitDefaultAccount(channel: string, config: Record<string, unknown>): boolean {
  // Own properties only: the release indexes a plain object literal, so a channel named after an
  // Object.prototype member (`toString`) throws there; here it simply has no credential fields.
  if (Object.hasOwn(COMBINED_RULES, channel)) return COMBINED_RULES[channel]!(config);
  const fields = Object.hasOwn(ANY_OF_FIELDS, channel) ? ANY_OF_FIELDS[channel]! : [];
  return any(config, ...fields);
}

/** A credential counts when it is a non-blank string or any other value than null. */
function isConfigured(value: unknown): boolean {
  return typeof value === 'string' ? value.trim().length > 0 : value !== undefined && value !== null;
}

function all(config: Record<string, unknown>, ...fields: string[]): boolean {
  return fields.every((field) => isConfigured(config[field]));
}

function any(config: Record<string, unknown>, ...fields: string[]): boolean {
  return fields.some((field) => isConfigured(config[field]));
}
