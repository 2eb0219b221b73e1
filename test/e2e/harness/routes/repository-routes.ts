// GET /repos/{owner}/{repo} and GET /repos/{owner}/{repo}/contents/{path}?ref= from the git repo.
import { posix } from 'node:path';
import type { GitTreeEntry } from '../git-reader.js';
import { githubError, notFound, type RouteResponse } from '../github-errors.js';
import { fullRepositoryObject } from '../github-objects.js';
import { baseRepositoryFacts, type FakeContext, type Route, type RouteRequest } from '../fake-context.js';

const CONTENTS_DOCS = 'https://docs.github.com/rest/repos/contents#get-repository-content';
/** The default media type returns file content up to 1 MB; raw and object go to 100 MB. */
const JSON_CONTENT_MAX_BYTES = 1024 * 1024;

export const repositoryRoutes: Route[] = [
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}',
    handler: async (context) => ({
      status: 200,
      body: fullRepositoryObject(context.urls, baseRepositoryFacts(context)),
    }),
  },
  { method: 'GET', template: '/repos/{owner}/{repo}/contents/{path}', handler: getContent },
  { method: 'GET', template: '/repos/{owner}/{repo}/git/trees/{tree_sha}', handler: getTree },
];

const TREES_DOCS = 'https://docs.github.com/rest/git/trees#get-a-tree';

/** GET a tree by tree SHA or any commit-ish; `recursive` (any value) lists every descendant. */
async function getTree(context: FakeContext, request: RouteRequest): Promise<RouteResponse> {
  const sha = request.params.tree_sha ?? '';
  const commit = await context.git.resolveCommit(sha);
  const treeOid = commit ? (await context.git.entryAt(commit, ''))?.oid : sha;
  const root = treeOid === undefined ? undefined : await context.git.objectByOid(treeOid);
  if (root?.type !== 'tree') return notFound(TREES_DOCS);
  const recursive = request.url.searchParams.has('recursive');
  const entries = recursive ? await context.git.treeEntriesRecursive(root.oid) : root.entries;
  const full = `${context.repo.owner}/${context.repo.name}`;
  const url = (kind: string, oid: string) => `${context.urls.apiUrl}/repos/${full}/git/${kind}/${oid}`;
  return {
    status: 200,
    body: {
      sha: root.oid,
      url: url('trees', root.oid),
      tree: entries.map((entry) => ({
        path: entry.path,
        mode: entry.mode,
        type: entry.type,
        sha: entry.oid,
        ...(entry.type === 'blob' ? { size: entry.size } : {}),
        url: url(entry.type === 'tree' ? 'trees' : 'blobs', entry.oid),
      })),
      truncated: false,
    },
  };
}

type MediaFormat = 'json' | 'raw' | 'object' | 'html';

function mediaFormat(accept: string | undefined): MediaFormat {
  if (!accept) return 'json';
  if (/application\/vnd\.github(\.v3)?\.raw/.test(accept)) return 'raw';
  if (/application\/vnd\.github(\.v3)?\.object/.test(accept)) return 'object';
  if (/application\/vnd\.github(\.v3)?\.html/.test(accept)) return 'html';
  return 'json';
}

async function getContent(context: FakeContext, request: RouteRequest): Promise<RouteResponse> {
  const ref = request.url.searchParams.get('ref') || context.settings.defaultBranch;
  const commit = await context.git.resolveCommit(ref);
  if (!commit) return githubError(404, `No commit found for the ref ${ref}`, CONTENTS_DOCS);
  const path = (request.params.path ?? '').replace(/^\/+|\/+$/g, '');
  const entry = await context.git.entryAt(commit, path);
  if (!entry) return notFound(CONTENTS_DOCS);
  const format = mediaFormat(request.headers.accept);
  const links = linksFor(context, ref);

  if (entry.type === 'tree') {
    const listing = (await context.git.treeEntries(entry.oid, path)).map((child) =>
      describeEntry(child, links),
    );
    if (format === 'object') {
      return {
        status: 200,
        body: { ...links(entry, 'dir'), type: 'dir', size: 0, entries: listing },
        contentType: 'application/vnd.github.object',
      };
    }
    return { status: 200, body: listing };
  }
  if (entry.mode === '120000') {
    const target = (await context.git.blob(entry.oid)).toString('utf8');
    const resolved = posix.normalize(posix.join(posix.dirname(path), target));
    const targetEntry =
      resolved.startsWith('..') || posix.isAbsolute(target)
        ? undefined
        : await context.git.entryAt(commit, resolved);
    // GitHub answers a symlink to a normal file in the repository with that file's content.
    if (targetEntry?.type === 'blob' && targetEntry.mode !== '120000')
      return fileResponse(context, targetEntry, format, links);
    return { status: 200, body: { ...links(entry, 'file'), type: 'symlink', target, size: entry.size } };
  }
  if (entry.type === 'commit') {
    return {
      status: 200,
      body: {
        ...links(entry, 'file'),
        type: 'submodule',
        size: 0,
        submodule_git_url: `${context.urls.serverUrl}/submodules/${entry.name}.git`,
        download_url: null,
      },
    };
  }
  return fileResponse(context, entry, format, links);
}

async function fileResponse(
  context: FakeContext,
  entry: GitTreeEntry,
  format: MediaFormat,
  links: ReturnType<typeof linksFor>,
): Promise<RouteResponse> {
  const bytes = await context.git.blob(entry.oid);
  // GitHub labels raw content text/plain; charset=utf-8, so Octokit decodes it as UTF-8 text.
  if (format === 'raw') return { status: 200, rawBody: bytes, contentType: 'text/plain; charset=utf-8' };
  if (bytes.length > JSON_CONTENT_MAX_BYTES && format !== 'object') {
    return githubError(
      403,
      'This API returns blobs up to 1 MB in size. The requested blob is too large to fetch via the API, but you can use the Git Data API to request blobs up to 100 MB in size.',
      CONTENTS_DOCS,
      { errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }] },
    );
  }
  const tooLarge = bytes.length > JSON_CONTENT_MAX_BYTES;
  return {
    status: 200,
    body: {
      ...links(entry, 'file'),
      type: 'file',
      size: bytes.length,
      encoding: tooLarge ? 'none' : 'base64',
      // GitHub wraps base64 at 60 characters and ends with a newline.
      content: tooLarge
        ? ''
        : bytes.toString('base64').replace(/.{60}/g, '$&\n') + (bytes.length > 0 ? '\n' : ''),
    },
    ...(format === 'object' ? { contentType: 'application/vnd.github.object' } : {}),
  };
}

function describeEntry(entry: GitTreeEntry, links: ReturnType<typeof linksFor>) {
  const type =
    entry.type === 'tree'
      ? 'dir'
      : entry.type === 'commit'
        ? 'submodule'
        : entry.mode === '120000'
          ? 'symlink'
          : 'file';
  return {
    ...links(entry, type === 'dir' ? 'dir' : 'file'),
    type,
    size: entry.type === 'blob' ? entry.size : 0,
  };
}

function linksFor(context: FakeContext, ref: string) {
  const { apiUrl, serverUrl } = context.urls;
  const full = `${context.repo.owner}/${context.repo.name}`;
  return (entry: GitTreeEntry, kind: 'file' | 'dir') => {
    const encodedPath = entry.path.split('/').map(encodeURIComponent).join('/');
    const self = `${apiUrl}/repos/${full}/contents/${encodedPath}?ref=${encodeURIComponent(ref)}`;
    const git = `${apiUrl}/repos/${full}/git/${kind === 'dir' ? 'trees' : 'blobs'}/${entry.oid}`;
    const html = `${serverUrl}/${full}/${kind === 'dir' ? 'tree' : 'blob'}/${encodeURIComponent(ref)}/${encodedPath}`;
    return {
      name: entry.name,
      path: entry.path,
      sha: entry.oid,
      url: self,
      git_url: git,
      html_url: html,
      download_url:
        kind === 'dir' ? null : `${serverUrl}/${full}/raw/${encodeURIComponent(ref)}/${encodedPath}`,
      _links: { self, git, html },
    };
  };
}
