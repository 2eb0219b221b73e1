// Paths as the Checks API and readers want them: relative to the repository root, `/`-separated.
import type { SourceLocation } from '../gate/report.js';

const MAX_PATH = 4096;

/**
 * `workspaceDir` joined with a workspace-relative `file`, normalised (`.` and empty segments
 * removed, `\` read as `/`). Undefined when the result would be absolute (`/x`, `C:\x`, `\\host`)
 * or leave the repository through `..`, or is longer than any real path: an annotation must never
 * point outside the repository.
 */
export function repoRelativePath(workspaceDir: string, file: string): string | undefined {
  // No real path is longer (PATH_MAX); refusing early keeps a forged megabyte path cheap.
  if (file.length + workspaceDir.length > MAX_PATH || isAbsolute(file)) return undefined;
  const base = workspaceDir === '' ? '.' : workspaceDir;
  if (isAbsolute(base)) return undefined;
  const segments: string[] = [];
  for (const segment of `${base}/${file}`.split(/[\\/]/)) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
    } else {
      segments.push(segment);
    }
  }
  return segments.length === 0 ? undefined : segments.join('/');
}

/** `packages/a/openclaw.jsonc:12` — the repository path when it can be made, else the file as given. */
export function locationText(workspaceDir: string, location: SourceLocation): string {
  return `${repoRelativePath(workspaceDir, location.file) ?? location.file}:${location.line}`;
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:/.test(path);
}
