// Paths as the Checks API and readers want them: relative to the repository root, `/`-separated.
import type { SourceLocation } from '../gate/report.js';

/**
 * `workspaceDir` joined with a workspace-relative `file`, normalised (`.` and empty segments
 * removed, `\` read as `/`). Undefined when the result would be absolute (`/x`, `C:\x`, `\\host`)
 * or leave the repository through `..`: an annotation must never point outside it.
 */
export function repoRelativePath(workspaceDir: string, file: string): string | undefined {
  if (isAbsolute(file)) return undefined;
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
