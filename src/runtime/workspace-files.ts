import { statSync } from 'node:fs';
import path from 'node:path';
import type { ReleaseProfile } from '../engine/release-profile.js';
import type { OpenClawHost } from '../workspace/openclaw-host.js';
import type { ExecApprovalsRow } from '../workspace/openclaw-state.js';
import type { FileReadResult, ReadWorkspaceFileOptions } from '../workspace/safe-read.js';
import { diskReader, type WorkspaceReader } from '../workspace/workspace-reader.js';
import { acceptedAttestationFrom, type AcceptedAttestation } from './accepted-attestation.js';
import { loadRuntimeInput } from './load-runtime-input.js';
import type { RuntimeInput } from './tool-call-decision.js';

/** The safe reader's signature (`readWorkspaceFile`), injectable for tests. */
export type ReadFile = (
  root: string,
  filePath: string,
  options?: ReadWorkspaceFileOptions,
) => Promise<FileReadResult>;

/** A cheap identity of a file's current version; equal strings mean "unchanged". */
export type Fingerprint = (absolutePath: string) => string;

/** Where the sidecar's inputs live. */
export interface WorkspaceSource {
  /** Absolute workspace directory. */
  root: string;
  config?: string;
  policy?: string;
  /** The release (default 2026.5.20). */
  profile?: ReleaseProfile;
  /** 2026.9.6: the OpenClaw host (other agents' workspaces, the exec approvals). */
  host?: OpenClawHost;
  /** Absolute path of the exec-approvals document the host reads instead of its state database. */
  execApprovalsFile?: string;
  /** Absolute path of the accepted attestation file. */
  acceptedFile: string;
  readFile: ReadFile;
}

/** One read of every input, with what each file held. */
export interface ReadPass {
  input: RuntimeInput;
  accepted: AcceptedAttestation;
  /** Absolute path → what was read there (`missing`, `unreadable…`, or the text). */
  contents: ReadonlyMap<string, string>;
  /**
   * The inputs no file fingerprint follows (the exec-approvals row of OpenClaw's state database,
   * which OpenClaw writes for other reasons all the time): key → content, also in `contents`. The
   * monitor re-reads them on every poll instead (`readPolledInputs`).
   */
  polled?: ReadonlyMap<string, string>;
}

/**
 * Reads the workspace once, recording every file the loader looked at (the config candidates it
 * tried, the policy the config names, TOOLS.md or AGENTS.md, another agent's workspace, the
 * exec-approvals document) and the accepted attestation file. Those paths are what the sidecar
 * then watches and fingerprints.
 */
export async function readWorkspacePass(source: WorkspaceSource): Promise<ReadPass> {
  const contents = new Map<string, string>();
  const polled = new Map<string, string>();
  const disk = diskReader(source.root);
  const recording = (inner: WorkspaceReader, root: string): WorkspaceReader => ({
    describe: inner.describe,
    displayPath: (filePath) => inner.displayPath(filePath),
    async read(filePath, options) {
      const result = await inner.read(filePath, options);
      contents.set(path.resolve(root, filePath), contentOf(result));
      return result;
    },
  });
  const reader = recording(
    { ...disk, read: (filePath, options) => source.readFile(source.root, filePath, options) },
    source.root,
  );
  const { host } = source;
  const input = await loadRuntimeInput(reader, {
    config: source.config,
    policy: source.policy,
    ...(source.profile === undefined ? {} : { profile: source.profile }),
    ...(host === undefined
      ? {}
      : {
          host: {
            ...host,
            readerFor: (dir) => recording(host.readerFor(dir), dir),
            readExecApprovals: () => recordedExecApprovals(source, host, contents, polled),
          },
        }),
  });
  const acceptedRead = await source.readFile(source.root, source.acceptedFile);
  contents.set(source.acceptedFile, contentOf(acceptedRead));
  return {
    input,
    accepted: acceptedAttestationFrom(acceptedRead, disk.displayPath(source.acceptedFile)),
    contents,
    polled,
  };
}

/**
 * The host's exec approvals, recorded: the `--exec-approvals` document as a watched file; the
 * state database's row as a polled input, with the legacy files whose appearance refuses it
 * (SPEC-2026.9 §3.1) watched.
 */
async function recordedExecApprovals(
  source: WorkspaceSource,
  host: OpenClawHost,
  contents: Map<string, string>,
  polled: Map<string, string>,
): Promise<ExecApprovalsRow> {
  const key = source.execApprovalsFile ?? stateDatabaseKey(host);
  if (source.execApprovalsFile === undefined) {
    const legacy = path.join(host.stateDir.path, 'exec-approvals.json');
    for (const file of [legacy, `${legacy}.doctor-importing`]) contents.set(file, 'watched');
  }
  try {
    const row = await host.readExecApprovals();
    contents.set(key, rowContent(row));
    if (source.execApprovalsFile === undefined) polled.set(key, rowContent(row));
    return row;
  } catch (error) {
    const failed = `unreadable\0${error instanceof Error ? error.message : String(error)}`;
    contents.set(key, failed);
    if (source.execApprovalsFile === undefined) polled.set(key, failed);
    throw error;
  }
}

/** What `readPolledInputs` compares: the database's path stands for its exec-approvals row. */
function stateDatabaseKey(host: OpenClawHost): string {
  return path.join(host.stateDir.path, 'state', 'openclaw.sqlite#exec_approvals_config');
}

function rowContent(row: ExecApprovalsRow): string {
  return `row\0${row.locator}\0${row.raw === null ? 'null' : `text\0${row.raw}`}`;
}

/** The polled inputs as they are now (the keys a pass recorded in `polled`). */
export async function readPolledInputs(
  source: WorkspaceSource,
  keys: Iterable<string>,
): Promise<Map<string, string>> {
  const now = new Map<string, string>();
  const { host } = source;
  for (const key of keys) {
    if (host === undefined || key !== stateDatabaseKey(host)) continue;
    try {
      now.set(key, rowContent(await host.readExecApprovals()));
    } catch (error) {
      now.set(key, `unreadable\0${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return now;
}

function contentOf(result: FileReadResult): string {
  switch (result.kind) {
    case 'missing':
      return 'missing';
    case 'unreadable':
      return `unreadable\0${result.reason}`;
    case 'text':
      return `text\0${result.text}`;
  }
}

/**
 * Device, inode, size, and modification and change times (sub-millisecond on current Linux file
 * systems). An atomic rename changes the inode; an in-place rewrite changes the times and usually
 * the size. A same-size rewrite within one timestamp tick is the one change this cannot see,
 * which is why the sidecar also listens to fs.watch.
 */
export function statFingerprint(absolutePath: string): string {
  try {
    const stats = statSync(absolutePath, { throwIfNoEntry: false });
    if (stats === undefined) return 'missing';
    return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
  } catch (error) {
    return `error:${(error as NodeJS.ErrnoException | null)?.code ?? String(error)}`;
  }
}

/** Whether a pass looks like it caught a file mid-write (worth re-reading before deciding from it). */
export function looksHalfWritten(pass: ReadPass): boolean {
  const { input } = pass;
  if (input.kind !== 'input') return true;
  return input.input.policy.state === 'unparseable' || pass.accepted.state === 'invalid';
}
