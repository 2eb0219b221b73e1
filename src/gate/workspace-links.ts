// Symbolic links a pull request adds to (or re-points in) a workspace, base → head (issue 12).
import type { GuardedChange } from './guarded-settings.js';

export interface LinkListing {
  complete: boolean;
  /** Repository path → blob SHA of the link's target text. */
  links: ReadonlyMap<string, string>;
}

/** Links under `workspace` (`.` for the whole repository) that are new or point elsewhere on the head. */
export function workspaceLinkChanges(
  workspace: string,
  base: LinkListing,
  head: LinkListing,
): GuardedChange[] {
  const inside = (path: string) => workspace === '.' || path.startsWith(`${workspace}/`);
  const changes: GuardedChange[] = [];
  for (const [path, target] of head.links) {
    if (!inside(path)) continue;
    const before = base.links.get(path);
    if (before === target) continue;
    changes.push({
      setting: path,
      change: before === undefined ? 'added' : 'changed',
      after: 'symbolic link',
      ...(before === undefined ? {} : { before: 'symbolic link' }),
    });
  }
  if (!head.complete || !base.complete)
    changes.push({
      setting: workspace,
      change: 'changed',
      after: 'unknown: GitHub truncated the repository listing, so added symbolic links cannot be ruled out',
    });
  return changes;
}
