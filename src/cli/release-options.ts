// `--openclaw <release>` and the flags only a release with agent selection and a state database
// reads (`--agent`, `--state-dir`, `--exec-approvals`), turned into a profile and an OpenClaw host.
import { homedir } from 'node:os';
import type { PolicySurface } from '../engine/current/loaded-config/index.js';
import { releaseProfile, type ReleaseProfile } from '../engine/release-profile.js';
import { diskHost, type OpenClawHost } from '../workspace/openclaw-host.js';
import { UsageError, type CliIo } from './cli-io.js';

export const RELEASE_FLAG = { openclaw: { type: 'string' } } as const;

export const HOST_FLAGS = {
  agent: { type: 'string' },
  'state-dir': { type: 'string' },
  'exec-approvals': { type: 'string' },
} as const;

export interface HostFlagValues {
  agent?: string;
  'state-dir'?: string;
  'exec-approvals'?: string;
}

/** The release a verb reproduces: `--openclaw`, default the current one. */
export function releaseFrom(value: string | undefined): ReleaseProfile {
  const profile = releaseProfile(value);
  if ('unsupported' in profile) throw new UsageError(`--openclaw: ${profile.unsupported}`);
  return profile;
}

/**
 * The OpenClaw host of a run of `surface` in `workspaceRoot`, or undefined for a release that reads
 * nothing besides the workspace; its flags are refused there rather than silently ignored.
 */
export function hostFrom(
  profile: ReleaseProfile,
  values: HostFlagValues,
  io: CliIo,
  workspaceRoot: string,
  surface: PolicySurface,
): OpenClawHost | undefined {
  if (!profile.agentSelection && values.agent !== undefined)
    throw new UsageError(`--agent needs agent selection, which OpenClaw ${profile.release} does not have.`);
  for (const flag of ['state-dir', 'exec-approvals'] as const) {
    if (!profile.execApprovals && values[flag] !== undefined)
      throw new UsageError(
        `--${flag} is for exec approvals in OpenClaw's state database, which OpenClaw ${profile.release} does not read.`,
      );
  }
  if (!profile.loadedConfig && !profile.agentSelection && !profile.execApprovals) return undefined;
  // Like OpenClaw, which prints them once at start-up: `watch` must not repeat them every round.
  const warned = new Set<string>();
  return diskHost({
    surface,
    agent: values.agent,
    workspaceRoot,
    cwd: io.cwd,
    env: io.env ?? {},
    osHome: io.osHome ?? homedir(),
    stateDirFlag: values['state-dir'],
    execApprovalsFile: values['exec-approvals'],
    warn: (line) => {
      if (!warned.has(line)) io.stderr(`${line}\n`);
      warned.add(line);
    },
  });
}
