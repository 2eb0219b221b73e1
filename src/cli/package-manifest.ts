/** What policy-gate says about itself (`--version`, the SARIF tool), from its package.json. */
export interface PackageManifest {
  version: string;
  /** `homepage`, else the repository's URL, when package.json names either. */
  informationUri?: string;
}

/**
 * policy-gate's package.json, read when asked: lib/cli/main.js (tsc) and dist/cli/index.js (the
 * bundle, also inside an installed package) are both two folders below it. The folders are climbed
 * in a loop because ncc would copy a literal `../../package.json` into the bundle, which then went
 * stale with every edit of package.json.
 */
export async function packageManifest(levelsUp = 2): Promise<PackageManifest> {
  const [{ readFile }, path, { fileURLToPath }] = await Promise.all([
    import('node:fs/promises'),
    import('node:path'),
    import('node:url'),
  ]);
  let root = path.dirname(fileURLToPath(import.meta.url));
  for (let level = 0; level < levelsUp; level++) root = path.dirname(root);
  const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
    version?: unknown;
    homepage?: unknown;
    repository?: unknown;
  };
  const informationUri = httpUrl(manifest.homepage) ?? httpUrl(repositoryUrl(manifest.repository));
  return {
    version: String(manifest.version),
    ...(informationUri === undefined ? {} : { informationUri }),
  };
}

function repositoryUrl(repository: unknown): unknown {
  if (typeof repository === 'object' && repository !== null && 'url' in repository) return repository.url;
  return repository;
}

/** An http(s) URL as given (`git+https://…` and `.git` trimmed), else undefined. */
function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const url = value.replace(/^git\+/, '').replace(/\.git$/, '');
  return /^https?:\/\/\S+$/.test(url) ? url : undefined;
}
