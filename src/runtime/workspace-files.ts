import { statSync } from 'node:fs';
import path from 'node:path';
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
}

/**
 * Reads the workspace once, recording every file the loader looked at (the config candidates it
 * tried, the policy the config names, TOOLS.md) and the accepted attestation file. Those paths are
 * what the sidecar then watches and fingerprints.
 */
export async function readWorkspacePass(source: WorkspaceSource): Promise<ReadPass> {
  const contents = new Map<string, string>();
  const disk = diskReader(source.root);
  const reader: WorkspaceReader = {
    describe: disk.describe,
    displayPath: disk.displayPath,
    async read(filePath, options) {
      const result = await source.readFile(source.root, filePath, options);
      contents.set(path.resolve(source.root, filePath), contentOf(result));
      return result;
    },
  };
  const input = await loadRuntimeInput(reader, { config: source.config, policy: source.policy });
  const acceptedRead = await source.readFile(source.root, source.acceptedFile);
  contents.set(source.acceptedFile, contentOf(acceptedRead));
  return {
    input,
    accepted: acceptedAttestationFrom(acceptedRead, disk.displayPath(source.acceptedFile)),
    contents,
  };
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
