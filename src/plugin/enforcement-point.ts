// The plugin's one piece of state: the workspace as the runtime library's monitor keeps it
// (settled reads only, fs.watch plus fingerprints after every call, a deny while the files will
// not hold still), started on the first tool call so that OpenClaw's discovery loads of the
// plugin read nothing. Every failure, before or inside the runtime library, is a deny.
import { homedir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { releaseProfile, type ReleaseProfile } from '../engine/release-profile.js';
import type { GovernanceDecision } from '../runtime/govern-tool-call.js';
import {
  statFingerprint,
  type Fingerprint,
  type ReadFile,
  type WorkspaceSource,
} from '../runtime/workspace-files.js';
import { watchDirectory, WorkspaceMonitor, type WatchDirectory } from '../runtime/workspace-monitor.js';
import { diskHost, type OpenClawHost } from '../workspace/openclaw-host.js';
import type { Environment } from '../workspace/openclaw-state.js';
import { readWorkspaceFile } from '../workspace/safe-read.js';
import { ConfigLockViews } from './config-lock-view.js';
import { failClosedDecision, type FailClosed } from './hook-result.js';
import { PLUGIN_ID, type EnforcementSettings, type SettingsResult } from './plugin-settings.js';

export interface EnforcementTiming {
  /** How long a change may look half-written before it is used as read (or denies, unsettled). */
  graceMs: number;
  /** The longest a call waits for a changed workspace to be re-read before it is denied. */
  holdMs: number;
  pollIntervalMs: number;
  retryDelayMs: number;
}

/** The sidecar's values (`policy-gate serve`): the same files, the same patience. */
export const DEFAULT_ENFORCEMENT_TIMING: EnforcementTiming = {
  graceMs: 200,
  holdMs: 250,
  pollIntervalMs: 250,
  retryDelayMs: 5,
};

/** Injected seams (tests): clock, file reads, fingerprints, watching, the OpenClaw process. */
export interface EnforcementSeams {
  now: () => number;
  readFile: ReadFile;
  fingerprint: Fingerprint;
  watch: WatchDirectory;
  timing: EnforcementTiming;
  /** The Gateway's environment and home: where OpenClaw's own state (exec approvals) lives. */
  env: Environment;
  osHome: string;
  cwd: string;
  /** OpenClaw's config-loader warnings (2026.9.6), one line each, printed once. */
  warn: (line: string) => void;
}

export const DISK_SEAMS: EnforcementSeams = {
  now: () => performance.now(),
  readFile: readWorkspaceFile,
  fingerprint: statFingerprint,
  watch: watchDirectory,
  timing: DEFAULT_ENFORCEMENT_TIMING,
  env: process.env,
  osHome: homedir(),
  cwd: process.cwd(),
  warn: (line) => console.warn(line),
};

export class EnforcementPoint {
  /** Why every call is denied before any file is read (settings, release), if anything. */
  readonly problem: FailClosed | undefined;
  private readonly settings: EnforcementSettings | undefined;
  private readonly profile: ReleaseProfile | undefined;
  private monitor: WorkspaceMonitor | undefined;
  private configLock: ConfigLockViews | undefined;
  private started: Promise<void> | undefined;
  private closed = false;

  constructor(
    setup: SettingsResult,
    private readonly seams: EnforcementSeams = DISK_SEAMS,
  ) {
    if (!setup.ok) {
      this.problem = { code: 'config_invalid', reason: setup.problem };
      return;
    }
    const release = releaseFor(setup.settings);
    if ('problem' in release) this.problem = release.problem;
    else this.profile = release.profile;
    this.settings = setup.settings;
  }

  /** The decision for one call, in the runtime library's vocabulary. Never rejects. */
  async decide(toolName: string): Promise<GovernanceDecision> {
    if (this.problem !== undefined) return failClosedDecision(toolName, this.problem);
    try {
      const monitor = await this.ready();
      const { holdMs } = this.seams.timing;
      if (this.configLock !== undefined) return await this.configLock.decide(toolName, holdMs);
      return (await monitor.answer({ toolName, callerRequiresApproval: false }, holdMs)).decision;
    } catch (error) {
      return failClosedDecision(toolName, {
        code: 'decision_error',
        reason: `${PLUGIN_ID} failed closed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }

  /** Stops watching (gateway stop, plugin replaced). Calls after this are denied. */
  async close(): Promise<void> {
    this.closed = true;
    const monitor = this.monitor;
    this.monitor = undefined;
    this.configLock = undefined;
    this.started = undefined;
    await monitor?.close();
  }

  private async ready(): Promise<WorkspaceMonitor> {
    if (this.closed) throw new Error('the plugin instance was stopped');
    const settings = this.settings!;
    if (this.monitor === undefined) {
      const { seams } = this;
      const source = workspaceSource(settings, this.profile!, seams);
      const { graceMs, pollIntervalMs, retryDelayMs } = seams.timing;
      this.monitor = new WorkspaceMonitor({
        source,
        graceMs,
        pollIntervalMs,
        retryDelayMs,
        now: seams.now,
        fingerprint: seams.fingerprint,
        watch: seams.watch,
      });
      if (settings.acceptedFrom === 'expectedAttestationHash')
        this.configLock = new ConfigLockViews(this.monitor, source, seams.fingerprint, seams.now);
    }
    const monitor = this.monitor;
    // A start that failed is retried by the next call rather than remembered forever.
    this.started ??= monitor.start().catch((error: unknown) => {
      this.started = undefined;
      throw error;
    });
    await this.started;
    return monitor;
  }
}

/**
 * What the monitor reads: the workspace as `policy-gate accept --cwd … --openclaw …` read it,
 * with, for a release that reads OpenClaw's own state, the Gateway's environment as the host.
 */
function workspaceSource(
  settings: EnforcementSettings,
  profile: ReleaseProfile,
  seams: EnforcementSeams,
): WorkspaceSource {
  return {
    root: settings.workspace,
    config: settings.config,
    policy: settings.policy,
    profile,
    ...(hostNeeded(profile) ? { host: openClawHost(settings, seams) } : {}),
    acceptedFile: settings.attestationFile,
    readFile: seams.readFile,
  };
}

function hostNeeded(profile: ReleaseProfile): boolean {
  return profile.loadedConfig || profile.agentSelection || profile.execApprovals;
}

function openClawHost(settings: EnforcementSettings, seams: EnforcementSeams): OpenClawHost {
  const warned = new Set<string>();
  return diskHost({
    // The attestation `policy-gate accept` writes is `policy check`'s.
    surface: 'policy check',
    agent: settings.agent,
    workspaceRoot: settings.workspace,
    cwd: seams.cwd,
    env: seams.env,
    osHome: seams.osHome,
    stateDirFlag: undefined,
    execApprovalsFile: undefined,
    warn: (line) => {
      if (!warned.has(line)) seams.warn(`${PLUGIN_ID}: ${line}`);
      warned.add(line);
    },
  });
}

/** Pure: the profile the settings name, or why it cannot be enforced. */
export function releaseFor(
  settings: Pick<EnforcementSettings, 'openclaw' | 'agent'>,
): { profile: ReleaseProfile } | { problem: FailClosed } {
  const release = settings.openclaw;
  const profile = releaseProfile(release);
  const fix = `set plugins.entries.${PLUGIN_ID}.config.openclaw to the release the attestation was accepted with (\`policy-gate accept --openclaw <release>\`).`;
  const problem = (setting: string, reason: string) => ({
    problem: {
      code: 'config_invalid' as const,
      setting,
      reason: `${reason} Every tool call is denied: ${fix}`,
    },
  });
  if ('unsupported' in profile) return problem('openclaw', profile.unsupported);
  if (settings.agent !== undefined && !profile.agentSelection)
    return {
      problem: {
        code: 'config_invalid',
        setting: 'agent',
        reason: `plugins.entries.${PLUGIN_ID}.config.agent needs agent selection, which OpenClaw ${release} does not have: remove it. Every tool call is denied until then.`,
      },
    };
  return { profile };
}
