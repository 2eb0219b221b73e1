import { normalizeRelative } from '../workspace/workspace-reader.js';

/** Every input of action.yml, its default, and its validation, in one place. */
export interface GateInputs {
  token: string;
  workspaces: string[];
  policy: string | undefined;
  config: string | undefined;
  attestation: string;
  mode: 'enforce' | 'advisory';
  comment: 'always' | 'on-change' | 'never';
  checkRun: boolean;
  acceptors: string[];
  baseRef: string | undefined;
  headRef: string | undefined;
}

export class InputValidationError extends Error {}

/** Reads inputs through `getInput` (so tests and @actions/core share one path) and validates them. */
export function readGateInputs(getInput: (name: string) => string): GateInputs {
  const text = (name: string) => getInput(name).trim();
  const optional = (name: string) => text(name) || undefined;
  const token = text('token');
  if (token === '')
    throw new InputValidationError(
      '`token` is empty: pass `token: ${{ github.token }}` or a token with the permissions listed in the README.',
    );
  const workspaces = list(text('workspace') || '.').map((dir) => {
    const normalized = dir === '.' ? '.' : normalizeRelative(dir);
    if (normalized === undefined)
      throw new InputValidationError(
        `\`workspace\` must be directories inside the repository, got '${dir}'.`,
      );
    return normalized;
  });
  const acceptors = list(text('acceptors'));
  for (const acceptor of acceptors) {
    if (!/^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/.test(acceptor)) {
      throw new InputValidationError(
        `\`acceptors\` must be a list of users or org/team slugs, got '${acceptor}'.`,
      );
    }
  }
  const attestation = text('attestation') || 'policy.attestation.json';
  if (normalizeRelative(attestation) === undefined)
    throw new InputValidationError(
      `\`attestation\` must be a path inside the workspace, got '${attestation}'.`,
    );
  return {
    token,
    workspaces: [...new Set(workspaces)],
    policy: optional('policy'),
    config: optional('config'),
    attestation,
    mode: oneOf('mode', text('mode') || 'enforce', ['enforce', 'advisory'] as const),
    comment: oneOf('comment', text('comment') || 'always', ['always', 'on-change', 'never'] as const),
    checkRun: oneOf('check-run', text('check-run') || 'true', ['true', 'false'] as const) === 'true',
    acceptors,
    baseRef: optional('base-ref'),
    headRef: optional('head-ref'),
  };
}

/** Comma, space or newline separated. */
function list(value: string): string[] {
  return value.split(/[\s,]+/).filter((entry) => entry !== '');
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputValidationError(`\`${name}\` must be one of ${allowed.join(', ')}, got '${value}'.`);
}
