// Resolves a workspace-relative path one component at a time, following symbolic links by hand,
// so that a link whose target leaves the workspace is refused *before* anything outside is
// touched (not even stat'ed). `fs.realpath` would walk the outside tree first and tell us only
// afterwards. Pull-request content controls every link in the workspace; nothing else does.
import type { Stats } from 'node:fs';
import * as path from 'node:path';
import { lstat, readlink, type FsProgram } from './fs-ops.js';

// Linux's own limit (MAXSYMLINKS); also what stops a link cycle.
const MAX_SYMLINK_HOPS = 40;

export type ConfinedResolution =
  | { kind: 'resolved'; realPath: string; stats: Stats }
  | { kind: 'missing' }
  | { kind: 'refused'; reason: string };

/** The symbolic link whose expansion produced a pending component, for error messages. */
interface LinkOrigin {
  linkPath: string;
  target: string;
}

interface PendingComponent {
  name: string;
  origin: LinkOrigin | undefined;
}

const separators = process.platform === 'win32' ? /[\\/]+/ : /\/+/;

function components(relative: string, origin: LinkOrigin | undefined): PendingComponent[] {
  return relative
    .split(separators)
    .filter((name) => name !== '' && name !== '.')
    .map((name) => ({ name, origin }));
}

/** `child` relative to `root` when it lies inside it (lexically), else undefined. */
export function relativeInside(root: string, child: string): string | undefined {
  const relative = path.relative(root, child);
  if (relative === '') return '';
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return undefined;
  }
  return relative;
}

function isMissingError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/**
 * @param realRoot the workspace root after realpath (trusted: the caller chose it)
 * @param lexicalRoot the workspace root as given, absolute; absolute link targets under it are
 *   mapped onto `realRoot` (e.g. `/tmp/ws` vs `/private/tmp/ws` on macOS)
 * @param relative the path to resolve, relative to the root
 * @param display how the requested path is named in reasons
 */
export function* resolveInsideWorkspace(
  realRoot: string,
  lexicalRoot: string,
  relative: string,
  display: string,
): FsProgram<ConfinedResolution> {
  const requested = path.normalize(relative);
  const pending = components(relative, undefined);
  let current = realRoot;
  let hops = 0;

  const leaving = (origin: LinkOrigin | undefined): ConfinedResolution => {
    if (!origin) return { kind: 'refused', reason: `${display} points outside the workspace` };
    const linkName = path.relative(realRoot, origin.linkPath);
    const how =
      linkName === requested
        ? `${display} is a symbolic link that leads outside the workspace`
        : `${display} is reached through the symbolic link ${linkName}, which leads outside the workspace`;
    return { kind: 'refused', reason: `${how} (to ${origin.target})` };
  };

  for (let next = pending.shift(); next; next = pending.shift()) {
    if (next.name === '..') {
      if (current === realRoot) return leaving(next.origin);
      current = path.dirname(current);
      continue;
    }
    const candidate = path.join(current, next.name);
    let stats: Stats;
    try {
      stats = yield* lstat(candidate);
    } catch (error) {
      if (isMissingError(error)) return { kind: 'missing' };
      throw error;
    }
    if (!stats.isSymbolicLink()) {
      // Walking on below a file is what the kernel reports as ENOTDIR: missing, like readFile.
      if (pending.length > 0 && !stats.isDirectory()) return { kind: 'missing' };
      current = candidate;
      continue;
    }
    hops += 1;
    if (hops > MAX_SYMLINK_HOPS) {
      return { kind: 'refused', reason: `${display} has too many levels of symbolic links` };
    }
    const target = yield* readlink(candidate);
    const origin: LinkOrigin = { linkPath: candidate, target: path.resolve(current, target) };
    if (path.isAbsolute(target)) {
      // A literal prefix test, then a physical walk of the rest: `..` after a linked directory
      // means that directory's real parent, so normalising the target here would be wrong.
      const root = [realRoot, lexicalRoot].find((candidateRoot) => startsWithRoot(target, candidateRoot));
      if (root === undefined) return leaving(origin);
      current = realRoot;
      pending.unshift(...components(target.slice(root.length), origin));
    } else {
      pending.unshift(...components(target, origin));
    }
  }

  // The final component was lstat'ed above unless the path ended in `..`/was empty; one more
  // lstat keeps the stats and the resolved path in step in every case.
  try {
    return { kind: 'resolved', realPath: current, stats: yield* lstat(current) };
  } catch (error) {
    if (isMissingError(error)) return { kind: 'missing' };
    throw error;
  }
}

/** True when `target` literally begins with the root directory `root` (no `..` tricks). */
function startsWithRoot(target: string, root: string): boolean {
  if (target === root) return true;
  const withSeparator = root.endsWith(path.sep) ? root : root + path.sep;
  return target.startsWith(withSeparator);
}
