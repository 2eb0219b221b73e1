import { open, type FileHandle } from 'node:fs/promises';

/**
 * An append-only JSON-lines file. The file is opened with O_APPEND and each record is written
 * as one whole line in one write call, so lines never interleave, even with another process
 * appending; appends are queued so they land in the order they were made. `close` waits for
 * every queued line, syncs the file to disk and closes it.
 */
export class AuditLog {
  private handle: Promise<FileHandle> | undefined;
  private queue: Promise<void> = Promise.resolve();

  constructor(readonly file: string) {}

  /** Resolves once the line is written; rejects (for that record only) when it cannot be. */
  append(record: Record<string, unknown>): Promise<void> {
    const line = Buffer.from(`${JSON.stringify(record)}\n`, 'utf8');
    const written = this.queue.then(async () => writeWhole(await this.opened(), line));
    this.queue = written.catch(() => undefined);
    return written;
  }

  async close(): Promise<void> {
    await this.queue;
    if (this.handle === undefined) return;
    const handle = await this.handle.catch(() => undefined);
    this.handle = undefined;
    if (handle === undefined) return;
    await handle.sync().finally(() => handle.close());
  }

  private opened(): Promise<FileHandle> {
    this.handle ??= open(this.file, 'a', 0o600);
    const handle = this.handle;
    // A failed open is retried on the next record rather than failing every later one.
    handle.catch(() => {
      if (this.handle === handle) this.handle = undefined;
    });
    return handle;
  }
}

async function writeWhole(handle: FileHandle, line: Buffer): Promise<void> {
  let offset = 0;
  while (offset < line.length) {
    const { bytesWritten } = await handle.write(line, offset, line.length - offset);
    offset += bytesWritten;
  }
}
