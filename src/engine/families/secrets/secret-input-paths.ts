// Which config paths hold secret inputs (`isSecretInputPath` of the release, SPEC-2026.9 §7.7):
// credential-like keys anywhere, plus the header, auth and TLS values of configured provider
// requests. A path is the list of keys from the config root, array items written `#<index>`.

type Pattern = readonly string[];

/** Pattern segments: `*` any non-empty key, `#` any array item (`#<index>`), else the key itself. */
function matchesPrefix(path: readonly string[], pattern: Pattern): boolean {
  if (path.length < pattern.length) return false;
  return pattern.every((segment, index) => {
    const key = path[index] as string;
    if (segment === '*') return key !== '';
    if (segment === '#') return key.startsWith('#');
    return key === segment;
  });
}

const matches = (path: readonly string[], pattern: Pattern) =>
  path.length === pattern.length && matchesPrefix(path, pattern);

const ACPX_MCP_SERVER_ENV: Pattern = ['plugins', 'entries', 'acpx', 'config', 'mcpServers', '*', 'env', '*'];

const HEADER_MAPS: readonly Pattern[] = [
  ['models', 'providers', '*', 'headers', '*'],
  ['memory', 'search', 'remote', 'headers', '*'],
  ['agents', 'entries', '*', 'memory', 'search', 'remote', 'headers', '*'],
  ['agents', 'list', '#', 'memory', 'search', 'remote', 'headers', '*'],
  ['diagnostics', 'otel', 'headers', '*'],
];

/** Owners of a `request` block (headers, auth, TLS) whose values are secret inputs. */
const PROVIDER_REQUEST_OWNERS: readonly Pattern[] = [
  ['models', 'providers', '*'],
  ['tools', 'media', 'models', '#'],
  ['tools', 'media', 'audio'],
  ['tools', 'media', 'image'],
  ['tools', 'media', 'video'],
];

const EXACT_SECRET_KEYS = new Set([
  'apikey',
  'keyref',
  'token',
  'tokenref',
  'password',
  'secret',
  'encryptkey',
  'webhooksecret',
  'serviceaccount',
  'serviceaccountref',
  'privatekey',
  'certificate',
  'certificatedata',
  'identitydata',
  'knownhosts',
  'knownhostsdata',
]);
const SECRET_KEY_SUFFIXES = ['apikey', 'token', 'secret', 'password'];

/** Credential-like key names, case-insensitive. */
function isSecretInputKey(key: string): boolean {
  const normalized = key.toLowerCase();
  return (
    EXACT_SECRET_KEYS.has(normalized) || SECRET_KEY_SUFFIXES.some((suffix) => normalized.endsWith(suffix))
  );
}

const TLS_SECRET_KEYS = new Set(['ca', 'cert', 'key', 'passphrase']);
const AUTH_SECRET_KEYS = new Set(['token', 'value']);

/** `<owner>/request/{headers/<h> | auth/<token|value> | tls/<k> | proxy/tls/<k>}`. */
function isProviderRequestSecretPath(path: readonly string[], owner: Pattern): boolean {
  if (path.length < owner.length + 3 || !matchesPrefix(path, owner)) return false;
  if (path[owner.length] !== 'request') return false;
  const [first, second, third] = path.slice(owner.length + 1);
  const rest = path.length - owner.length - 1;
  if (rest === 2) {
    if (first === 'headers') return true;
    if (first === 'auth') return AUTH_SECRET_KEYS.has(second as string);
    if (first === 'tls') return TLS_SECRET_KEYS.has(second as string);
    return false;
  }
  return rest === 3 && first === 'proxy' && second === 'tls' && TLS_SECRET_KEYS.has(third as string);
}

export function isSecretInputPath(path: readonly string[]): boolean {
  const key = path.at(-1);
  if (key === undefined) return false;
  if (matches(path, ACPX_MCP_SERVER_ENV)) return true;
  // Other `env` maps hold raw environment values, whatever their names.
  if (path.length >= 2 && path.at(-2) === 'env') return false;
  if (isSecretInputKey(key)) return true;
  return (
    HEADER_MAPS.some((pattern) => matches(path, pattern)) ||
    PROVIDER_REQUEST_OWNERS.some((owner) => isProviderRequestSecretPath(path, owner))
  );
}
