import { SUPPORTED_RELEASES, type OpenClawRelease } from '../engine/release-profile.js';
import { normalizeRelative } from '../workspace/workspace-reader.js';
import { isAcceptorName, SETTING_KEYS, type SettingKey } from '../gate/settings-file.js';

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
  /** The OpenClaw release to check against; undefined: the accepted attestation's, else the current. */
  openclawVersion: OpenClawRelease | undefined;
  /** The agent to evaluate (2026.9.6 with several agents configured). */
  agent: string | undefined;
  /** A committed exec approvals JSON document, relative to each workspace. */
  execApprovals: string | undefined;
  /**
   * The settings `.github/policy-gate.yml` also sets that the workflow gave explicitly (not left
   * to the default): only those can tighten the file (see src/gate/gate-settings.ts).
   */
  given: ReadonlySet<SettingKey>;
}

/** Every problem with the inputs, not only the first: one sentence each, saying what to change. */
export class InputValidationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join(' '));
  }
}

/** Reads inputs through `getInput` (so tests and @actions/core share one path) and validates them. */
export function readGateInputs(getInput: (name: string) => string): GateInputs {
  const problems: string[] = [];
  const text = (name: string) => getInput(name).trim();
  const optional = (name: string) => text(name) || undefined;
  const token = text('token');
  if (token === '')
    problems.push(
      '`token` is empty: pass `token: ${{ github.token }}` or a token with the permissions listed in the README.',
    );
  const workspaces = list(text('workspace') || '.').flatMap((dir) => {
    const normalized = dir === '.' ? '.' : normalizeRelative(dir);
    if (normalized === undefined)
      problems.push(`\`workspace\` must be directories inside the repository, got '${dir}'.`);
    return normalized === undefined ? [] : [normalized];
  });
  const acceptors = list(text('acceptors'));
  for (const acceptor of acceptors) {
    if (!isAcceptorName(acceptor))
      problems.push(`\`acceptors\` must be a list of users or org/team slugs, got '${acceptor}'.`);
  }
  const attestation = text('attestation') || 'policy.attestation.json';
  if (normalizeRelative(attestation) === undefined)
    problems.push(`\`attestation\` must be a path inside the workspace, got '${attestation}'.`);
  const openclawVersion = optional('openclaw-version');
  if (openclawVersion !== undefined && !(SUPPORTED_RELEASES as readonly string[]).includes(openclawVersion))
    problems.push(
      `\`openclaw-version\` must be one of ${SUPPORTED_RELEASES.join(', ')}, got '${openclawVersion}'.`,
    );
  const execApprovals = optional('exec-approvals');
  if (execApprovals !== undefined && normalizeRelative(execApprovals) === undefined)
    problems.push(`\`exec-approvals\` must be a path inside the workspace, got '${execApprovals}'.`);
  const choice = <T extends string>(name: string, fallback: T, allowed: readonly T[]): T => {
    const value = text(name) || fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push(`\`${name}\` must be one of ${allowed.join(', ')}, got '${value}'.`);
    return fallback;
  };
  const inputs: GateInputs = {
    token,
    workspaces: [...new Set(workspaces)],
    policy: optional('policy'),
    config: optional('config'),
    attestation,
    mode: choice('mode', 'enforce', ['enforce', 'advisory'] as const),
    comment: choice('comment', 'always', ['always', 'on-change', 'never'] as const),
    checkRun: choice('check-run', 'true', ['true', 'false'] as const) === 'true',
    acceptors,
    baseRef: optional('base-ref'),
    headRef: optional('head-ref'),
    openclawVersion: openclawVersion as OpenClawRelease | undefined,
    agent: optional('agent'),
    execApprovals,
    given: new Set(SETTING_KEYS.filter((key) => text(key === 'workspaces' ? 'workspace' : key) !== '')),
  };
  if (problems.length > 0) throw new InputValidationError(problems);
  return inputs;
}

/** Comma, space or newline separated. */
function list(value: string): string[] {
  return value.split(/[\s,]+/).filter((entry) => entry !== '');
}
