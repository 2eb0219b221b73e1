// The release schema's security rules for sandbox containers and exec policies: blocked network
// modes and security profiles, relative bind sources, and `exec.mode` next to the legacy
// `security`/`ask` pair.

import type { SchemaIssue } from './schema-parse.js';

const custom = (path: (string | number)[], message: string): SchemaIssue => ({
  path,
  message,
  continuable: true,
});

function lowered(value: unknown): string {
  return typeof value === 'string' ? value.trim().toLowerCase() : '';
}

/** The host part of a bind spec `host:container[:options]` (a drive letter is not a separator). */
function bindSource(bind: string): string {
  const separator = bind.indexOf(':', /^[A-Za-z]:[\\/]/.test(bind) ? 2 : 0);
  return separator === -1 ? bind : bind.slice(0, separator);
}

function isAbsoluteHostPath(raw: string): boolean {
  let input = raw;
  if (input.startsWith('\\\\?\\'))
    input = input.slice(4).toUpperCase().startsWith('UNC\\') ? `\\\\${input.slice(8)}` : input.slice(4);
  else if (input.startsWith('//?/'))
    input = input.slice(4).toUpperCase().startsWith('UNC/') ? `//${input.slice(8)}` : input.slice(4);
  return input.startsWith('/') || /^[A-Za-z]:[\\/]/.test(input);
}

function bindIssues(binds: unknown): SchemaIssue[] {
  if (!Array.isArray(binds)) return [];
  return (binds as unknown[]).flatMap((bind, index) => {
    const text = typeof bind === 'string' ? bind : '';
    if (text.trim() === '')
      return [custom(['binds', index], 'Sandbox security: bind mount entry must be a non-empty string.')];
    const source = bindSource(text);
    if (isAbsoluteHostPath(source)) return [];
    return [
      custom(
        ['binds', index],
        `Sandbox security: bind mount "${text}" uses a non-absolute source path "${source}". Only absolute POSIX or Windows drive-letter paths are supported for sandbox binds.`,
      ),
    ];
  });
}

export function sandboxDockerIssues(docker: Record<string, unknown>): SchemaIssue[] {
  const issues = bindIssues(docker.binds);
  const network = lowered(docker.network);
  if (network === 'host') {
    issues.push(
      custom(
        ['network'],
        'Sandbox security: network mode "host" is blocked. Use "bridge" or "none" instead.',
      ),
    );
  } else if (network.startsWith('container:') && docker.dangerouslyAllowContainerNamespaceJoin !== true) {
    issues.push(
      custom(
        ['network'],
        'Sandbox security: network mode "container:*" is blocked by default. Use a custom bridge network, or set dangerouslyAllowContainerNamespaceJoin=true only when you fully trust this runtime.',
      ),
    );
  }
  if (lowered(docker.seccompProfile) === 'unconfined') {
    issues.push(
      custom(
        ['seccompProfile'],
        'Sandbox security: seccomp profile "unconfined" is blocked. Use a custom seccomp profile file or omit this setting.',
      ),
    );
  }
  if (lowered(docker.apparmorProfile) === 'unconfined') {
    issues.push(
      custom(
        ['apparmorProfile'],
        'Sandbox security: AppArmor profile "unconfined" is blocked. Use a named AppArmor profile or omit this setting.',
      ),
    );
  }
  return issues;
}

export function sandboxBrowserIssues(browser: Record<string, unknown>): SchemaIssue[] {
  const issues = bindIssues(browser.binds);
  if (lowered(browser.network) === 'host') {
    issues.push(
      custom(
        ['network'],
        'Sandbox security: browser network mode "host" is blocked. Use "bridge" or a custom bridge network instead.',
      ),
    );
  }
  return issues;
}

/** `mode` from the `security`/`ask` pair, when one mode means exactly that pair. */
function exactModeFor(security: unknown, ask: unknown): string | undefined {
  if (ask === 'always' || (security === 'full' && ask === 'on-miss')) return undefined;
  if (security === 'deny') return 'deny';
  if (security === 'allowlist' && ask === 'off') return 'allowlist';
  if (security === 'full' && ask !== 'always') return 'full';
  return 'ask';
}

export function execModeConflictIssues(exec: Record<string, unknown>): SchemaIssue[] {
  if (exec.mode === undefined || (exec.security === undefined && exec.ask === undefined)) return [];
  const both = exec.security !== undefined && exec.ask !== undefined;
  const exact = both ? exactModeFor(exec.security, exec.ask) : undefined;
  const repair = exact
    ? `Replace security/ask with mode="${exact}" (the equivalent of security="${String(exec.security)}" + ask="${String(exec.ask)}").`
    : both
      ? 'This security/ask pair has no exact mode equivalent. To keep this policy, retain both legacy fields and remove mode.'
      : 'The legacy policy is incomplete. Choose the intended security and ask values before converting; no mode equivalent can be inferred.';
  return [
    custom(
      ['mode'],
      `mode cannot be combined with security or ask in the same exec object. Update the deploy script, template, or patch at this scope. ${repair} Doctor migrates supported legacy policies to mode; run "openclaw doctor --fix" only when the saved file still needs migration.`,
    ),
  ];
}
