// Keeps a settled snapshot of the workspace and notices changes without a restart: fs.watch on
// the directories of every file read (renames included), a periodic fingerprint check as the
// fallback, and a fingerprint check after every call arrived and before it is answered. A change
// starts a reload; until it is published, answers wait (never the old state). Inputs that are no
// file of their own (the exec-approvals row of OpenClaw's state database) are re-read on every
// poll instead, so a change there is noticed within one poll interval.
import { watch as fsWatch } from 'node:fs';
import path from 'node:path';
import { DeclarationsPin, toolDeclarationsFingerprint } from './accepted-declarations.js';
import { readSettledWorkspace, type SettleResult } from './settle-workspace.js';
import {
  settledSnapshot,
  unsettledSnapshot,
  type Answer,
  type CallRequest,
  type SidecarSnapshot,
} from './sidecar-snapshot.js';
import {
  readPolledInputs,
  readWorkspacePass,
  type Fingerprint,
  type WorkspaceSource,
} from './workspace-files.js';

/** Watches one directory; `fileName` is undefined when the platform does not say which file. */
export type WatchDirectory = (
  directory: string,
  onChange: (fileName: string | undefined) => void,
) => { close(): void };

export interface MonitorOptions {
  source: WorkspaceSource;
  /** How long a change may take to settle before the snapshot is used as read (or denies). */
  graceMs: number;
  pollIntervalMs: number;
  retryDelayMs: number;
  /** Monotonic milliseconds. */
  now: () => number;
  fingerprint: Fingerprint;
  watch: WatchDirectory;
  /**
   * Hold the tool declarations read with each version of the accepted file as accepted, and deny
   * every call as stale while they differ (accepted-declarations.ts). The sidecar sets it: its
   * accepted attestation does not cover the declarations when no tool metadata is required.
   */
  pinToolDeclarations?: boolean;
}

export class WorkspaceMonitor {
  private snapshot: SidecarSnapshot | undefined;
  private noticeSeq = 0;
  private changed = false;
  private loading: Promise<void> | undefined;
  private readonly waiters = new Set<(published: boolean) => void>();
  private readonly watchers = new Map<string, { close(): void }>();
  private watchedFiles = new Set<string>();
  /** The fingerprint check shared by every call that arrived in this turn of the event loop. */
  private pendingCheck: Promise<void> | undefined;
  private poller: ReturnType<typeof setInterval> | undefined;
  /** Resolves `start` at the first published snapshot, settled or not. */
  private firstPublished: (() => void) | undefined;
  /** A re-read of the polled inputs is in flight. */
  private polling = false;
  private closed = false;
  private readonly declarationsPin = new DeclarationsPin();

  constructor(private readonly options: MonitorOptions) {}

  /**
   * Reads the first snapshot (settled, or unsettled after the grace) and starts watching. Files
   * that never hold still do not keep it waiting: the deny-everything snapshot is published after
   * the grace, and reading goes on in the background.
   */
  async start(): Promise<void> {
    const published = new Promise<void>((resolve) => (this.firstPublished = resolve));
    this.noticeChange();
    await Promise.race([published, this.loading]);
    this.poller = setInterval(() => {
      if (this.loading !== undefined || this.snapshot === undefined) return;
      if (!this.fingerprintsMatch(this.snapshot)) this.noticeChange();
      else void this.pollInputs(this.snapshot);
    }, this.options.pollIntervalMs);
    this.poller.unref();
  }

  private now(): number {
    return this.options.now();
  }

  current(): SidecarSnapshot {
    if (this.snapshot === undefined) throw new Error('the workspace monitor has not been started');
    return this.snapshot;
  }

  /** True when no change was noticed since the snapshot's read and its files still match it. */
  private isCurrent(snapshot: SidecarSnapshot): boolean {
    if (snapshot.seq !== this.noticeSeq || snapshot !== this.snapshot) return false;
    if (this.fingerprintsMatch(snapshot)) return true;
    this.noticeChange();
    return false;
  }

  /**
   * `isCurrent`, checked once for all the calls that arrived in this turn of the event loop: the
   * check runs in the turn's check phase (setImmediate), after every one of them was read and
   * before any is answered, so each answer still reflects the files as they were at some moment
   * between its call's arrival and its answer. Under load one set of stat calls serves many calls.
   */
  private async confirmCurrent(snapshot: SidecarSnapshot): Promise<boolean> {
    if (snapshot.seq !== this.noticeSeq || snapshot !== this.snapshot) return false;
    this.pendingCheck ??= new Promise<void>((resolve) =>
      setImmediate(() => {
        this.pendingCheck = undefined;
        if (this.snapshot !== undefined && this.snapshot.seq === this.noticeSeq)
          this.isCurrent(this.snapshot);
        resolve();
      }),
    );
    await this.pendingCheck;
    // A change noticed by the check (or by a watch event meanwhile) has moved the notice counter.
    return snapshot.seq === this.noticeSeq && snapshot === this.snapshot;
  }

  /** Resolves true at the next published snapshot, false at the deadline (or on close). */
  nextPublish(deadline: number): Promise<boolean> {
    return new Promise((resolve) => {
      const remaining = deadline - this.now();
      if (remaining <= 0 || this.closed) {
        resolve(false);
        return;
      }
      const finish = (published: boolean): void => {
        clearTimeout(timer);
        this.waiters.delete(finish);
        resolve(published);
      };
      const timer = setTimeout(() => finish(false), remaining);
      this.waiters.add(finish);
    });
  }

  /**
   * The answer for one call, from a settled snapshot that is current when it is given: after a
   * noticed change (or while the files will not hold still), the call waits for the reload, up
   * to `holdMs`, instead of being answered from the old state. If no current snapshot comes in
   * time, a denial stands and anything else becomes a `workspace_unsettled` denial.
   */
  async answer(request: CallRequest, holdMs: number): Promise<Answer> {
    const deadline = this.now() + holdMs;
    for (;;) {
      const snapshot = this.current();
      const answer = snapshot.answer(request);
      if (snapshot.settled && (await this.confirmCurrent(snapshot))) return answer;
      if (!(await this.nextPublish(deadline))) {
        if (answer.decision.action === 'deny') return answer;
        return unsettledSnapshot(
          -1,
          'a change was still being read when the decision was due',
          holdMs,
        ).answer(request);
      }
    }
  }

  /** Called on a watch event or a fingerprint change: schedules a reload. */
  noticeChange(): void {
    if (this.closed) return;
    this.noticeSeq += 1;
    this.changed = true;
    this.ensureReloading();
  }

  private ensureReloading(): void {
    if (this.loading !== undefined || this.closed) return;
    this.loading = this.reloadLoop().finally(() => {
      this.loading = undefined;
      // A notice that arrived while the loop was finishing must not be lost.
      if (this.changed) this.ensureReloading();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.poller !== undefined) clearInterval(this.poller);
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
    for (const waiter of [...this.waiters]) waiter(false);
    await this.loading;
  }

  private async reloadLoop(): Promise<void> {
    const { options } = this;
    while (this.changed && !this.closed) {
      this.changed = false;
      let passSeq = this.noticeSeq;
      try {
        const result = await readSettledWorkspace(
          {
            readPass: () => {
              passSeq = this.noticeSeq;
              return readWorkspacePass(options.source);
            },
            fingerprint: options.fingerprint,
            now: options.now,
            delay,
          },
          { deadline: options.now() + options.graceMs, retryDelayMs: options.retryDelayMs },
        );
        if (result.kind === 'settled') {
          this.publish(
            settledSnapshot(passSeq, result.pass, result.fingerprints, this.acceptedDeclarations(result)),
          );
          this.watchFiles([...result.fingerprints.keys()]);
          continue;
        }
        this.publish(unsettledSnapshot(-1, result.reason, options.graceMs));
      } catch (error) {
        this.publish(
          unsettledSnapshot(
            -1,
            `reading failed: ${error instanceof Error ? error.message : String(error)}`,
            options.graceMs,
          ),
        );
      }
      // Unsettled: keep trying until the files hold still.
      this.changed = true;
      await delay(options.retryDelayMs);
    }
  }

  /** With `pinToolDeclarations`: the declarations accepted with the accepted file this read saw. */
  private acceptedDeclarations(result: Extract<SettleResult, { kind: 'settled' }>): string | undefined {
    if (this.options.pinToolDeclarations !== true) return undefined;
    const acceptedText = result.pass.contents.get(this.options.source.acceptedFile) ?? '';
    return this.declarationsPin.accepted(acceptedText, toolDeclarationsFingerprint(result.pass.input));
  }

  private publish(snapshot: SidecarSnapshot): void {
    this.snapshot = snapshot;
    this.firstPublished?.();
    this.firstPublished = undefined;
    for (const waiter of [...this.waiters]) waiter(true);
  }

  /** Re-reads the snapshot's polled inputs; a difference is a noticed change. Never rejects. */
  private async pollInputs(snapshot: SidecarSnapshot): Promise<void> {
    if (snapshot.polled.size === 0 || this.polling) return;
    this.polling = true;
    try {
      const now = await readPolledInputs(this.options.source, snapshot.polled.keys());
      const same =
        now.size === snapshot.polled.size &&
        [...now].every(([key, content]) => snapshot.polled.get(key) === content);
      if (!same && snapshot === this.snapshot) this.noticeChange();
    } catch {
      // Not expected (the re-read reports failures as content); read the whole workspace again.
      this.noticeChange();
    } finally {
      this.polling = false;
    }
  }

  private fingerprintsMatch(snapshot: SidecarSnapshot): boolean {
    for (const [file, fingerprint] of snapshot.fingerprints)
      if (this.options.fingerprint(file) !== fingerprint) return false;
    return true;
  }

  /** Watches the directory of every file read, so creations and renames are seen too. */
  private watchFiles(files: string[]): void {
    if (this.closed) return;
    this.watchedFiles = new Set(files);
    const directories = new Set(files.map((file) => path.dirname(file)));
    for (const [directory, watcher] of this.watchers) {
      if (!directories.has(directory)) {
        watcher.close();
        this.watchers.delete(directory);
      }
    }
    for (const directory of directories) {
      if (this.watchers.has(directory)) continue;
      try {
        this.watchers.set(
          directory,
          this.options.watch(directory, (fileName) => {
            if (fileName === undefined || this.watchedFiles.has(path.join(directory, fileName)))
              this.noticeChange();
          }),
        );
      } catch {
        // No watch on this directory (missing, or no inotify): the periodic fingerprint check covers it.
        continue;
      }
    }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** fs.watch on a directory, not keeping the process alive; errors end the watch (polling remains). */
export const watchDirectory: WatchDirectory = (directory, onChange) => {
  const watcher = fsWatch(directory, { persistent: false }, (_event, fileName) =>
    onChange(fileName === null ? undefined : String(fileName)),
  );
  watcher.on('error', () => watcher.close());
  return watcher;
};
