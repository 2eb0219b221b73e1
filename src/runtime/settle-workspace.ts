// The half-written-file rule. A pass is trusted only when two consecutive passes read the same
// bytes from the same files and every file's fingerprint is unchanged between the end of one
// pass and the end of the next. A settled pass that still looks half-written (a parse error, an
// unreadable or unverifiable file) is re-read until the grace deadline; after it, it is used as
// read (so a policy that is really broken blocks, instead of being waited on forever). If the
// passes never agree before the deadline, the result is `unsettled` and the sidecar denies.
import { looksHalfWritten, type Fingerprint, type ReadPass } from './workspace-files.js';

export interface SettleDeps {
  readPass: () => Promise<ReadPass>;
  fingerprint: Fingerprint;
  /** Monotonic milliseconds. */
  now: () => number;
  delay: (ms: number) => Promise<void>;
}

export type SettleResult =
  | { kind: 'settled'; pass: ReadPass; fingerprints: ReadonlyMap<string, string> }
  | { kind: 'unsettled'; reason: string };

export async function readSettledWorkspace(
  deps: SettleDeps,
  options: { deadline: number; retryDelayMs: number },
): Promise<SettleResult> {
  let previous: { pass: ReadPass; fingerprints: Map<string, string> } | undefined;
  for (;;) {
    const pass = await deps.readPass();
    const fingerprints = fingerprintsOf(pass, deps.fingerprint);
    const agrees =
      previous !== undefined &&
      sameEntries(previous.pass.contents, pass.contents) &&
      sameEntries(previous.fingerprints, fingerprints);
    const late = deps.now() >= options.deadline;
    if (agrees && (late || !looksHalfWritten(pass))) return { kind: 'settled', pass, fingerprints };
    if (late && previous !== undefined) {
      return { kind: 'unsettled', reason: 'the workspace files kept changing between reads' };
    }
    previous = { pass, fingerprints };
    await deps.delay(options.retryDelayMs);
  }
}

/** Every file read, but the polled inputs (no file of theirs tells when they change). */
function fingerprintsOf(pass: ReadPass, fingerprint: Fingerprint): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of pass.contents.keys()) if (!pass.polled?.has(file)) out.set(file, fingerprint(file));
  return out;
}

function sameEntries(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}
