// `${VAR}` templates in config strings, as the release's reader resolves them before validation:
// a set variable is substituted, a missing or empty one is kept as written and reported
// ("Missing env var …"), and `$${VAR}` is the escape for a literal `${VAR}`. The environment is
// the caller's (policy-gate passes none: the recorded CLI runs had no such variables) plus the
// config's own `env.vars` / `env.<NAME>` strings, which the reader applies first.

import { isRecord } from '../../record.js';
import type { ConfigWarning } from './config-warnings.js';

const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;
const PORTABLE_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

interface Token {
  kind: 'escaped' | 'substitution';
  name: string;
  end: number;
}

function tokenAt(value: string, index: number): Token | undefined {
  const escaped = value[index + 1] === '$' && value[index + 2] === '{';
  const start = escaped ? index + 3 : value[index + 1] === '{' ? index + 2 : -1;
  if (start < 0) return undefined;
  const end = value.indexOf('}', start);
  if (end < 0) return undefined;
  const name = value.slice(start, end);
  if (!ENV_NAME.test(name)) return undefined;
  return { kind: escaped ? 'escaped' : 'substitution', name, end };
}

function substituteString(
  value: string,
  env: Readonly<Record<string, string>>,
  path: string,
  warnings: ConfigWarning[],
): string {
  if (!value.includes('$')) return value;
  let out = '';
  for (let i = 0; i < value.length; i += 1) {
    const token = value[i] === '$' ? tokenAt(value, i) : undefined;
    if (token === undefined) {
      out += value[i];
      continue;
    }
    const resolved = token.kind === 'substitution' ? env[token.name] : undefined;
    if (token.kind === 'substitution' && (resolved === undefined || resolved === '')) {
      warnings.push({
        path,
        message: `Missing env var "${token.name}" - feature using this value will be unavailable`,
      });
    }
    out += resolved !== undefined && resolved !== '' ? resolved : `\${${token.name}}`;
    i = token.end;
  }
  return out;
}

/** The reader's path text: `a.b`, `a[0]`, and `a["odd key"]` for keys that are not identifiers. */
function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!/^[A-Za-z_$][A-Za-z0-9_$:-]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** Where a value sits, written out (childPath from the root) only when a warning needs it. */
interface ValuePath {
  parent: ValuePath | undefined;
  key: string | number;
}

function pathText(at: ValuePath | undefined): string {
  return at === undefined ? '' : childPath(pathText(at.parent), at.key);
}

/** The value with its templates resolved; the same object where nothing in it changed. */
function substitute(
  value: unknown,
  env: Readonly<Record<string, string>>,
  at: ValuePath | undefined,
  warnings: ConfigWarning[],
): unknown {
  if (typeof value === 'string') {
    return value.includes('$') ? substituteString(value, env, pathText(at), warnings) : value;
  }
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((item: unknown, index) => {
      const next = substitute(item, env, { parent: at, key: index }, warnings);
      if (next !== item) changed = true;
      return next;
    });
    return changed ? out : value;
  }
  if (isRecord(value)) {
    let changed = false;
    const entries = Object.entries(value).map(([key, child]): [string, unknown] => {
      const next = substitute(child, env, { parent: at, key }, warnings);
      if (next !== child) changed = true;
      return [key, next];
    });
    return changed ? Object.fromEntries(entries) : value;
  }
  return value;
}

/** The config's own environment (`env.vars` and plain `env.<NAME>` strings) over `baseEnv`. */
function environmentWithConfigVars(
  config: Record<string, unknown>,
  baseEnv: Readonly<Record<string, string>>,
): Record<string, string> {
  const env = { ...baseEnv };
  const envSection = isRecord(config.env) ? config.env : {};
  const vars = isRecord(envSection.vars) ? envSection.vars : {};
  const plain = Object.entries(envSection).filter(([key]) => key !== 'vars' && key !== 'shellEnv');
  for (const [key, value] of [...Object.entries(vars), ...plain]) {
    if (typeof value !== 'string' || value.trim() === '' || !PORTABLE_KEY.test(key)) continue;
    if (env[key]?.trim() || value.includes('${')) continue;
    env[key] = value;
  }
  return env;
}

/** The config with its `${VAR}` templates resolved, and a warning per missing variable. */
export function resolveEnvTemplates(
  config: Record<string, unknown>,
  baseEnv: Readonly<Record<string, string>>,
): { config: Record<string, unknown>; warnings: ConfigWarning[] } {
  const warnings: ConfigWarning[] = [];
  const env = environmentWithConfigVars(config, baseEnv);
  const resolved = substitute(config, env, undefined, warnings) as Record<string, unknown>;
  return { config: resolved, warnings };
}
