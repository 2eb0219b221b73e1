// Paths asked for through the API are relative to the repository root. They come from
// configuration and from pull-request content, so anything that could mean "somewhere else" is
// refused rather than interpreted.

export type RepositoryPathCheck = { ok: true; path: string } | { ok: false; reason: string };

export function normaliseRepositoryPath(path: string): RepositoryPathCheck {
  if (path.includes('\0')) return { ok: false, reason: 'the path contains a NUL character' };
  if (path.includes('\\'))
    return { ok: false, reason: 'the path contains a backslash; use / between folders' };
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) {
    return { ok: false, reason: 'the path is absolute; paths are relative to the repository root' };
  }
  const segments = path.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..'))
    return { ok: false, reason: 'the path contains "..", which could lead out of the repository' };
  if (segments.length === 0) return { ok: false, reason: 'the path names the repository root, not a file' };
  return { ok: true, path: segments.join('/') };
}

/** The folder holding a normalised path: `''` for the root. */
export function parentFolder(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
