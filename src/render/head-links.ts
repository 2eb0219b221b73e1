// Links to lines of the pull request's head commit (`…/blob/<sha>/<path>#L<line>`). Every part is
// checked or encoded here, so no text from the pull request can shape a link: the server is an
// http(s) origin, the repository `owner/name`, the commit a full hex SHA, the path percent-encoded
// segment by segment, the line a positive integer.
import type { SourceLocation } from '../gate/report.js';
import { codeSpan, markdownText } from './escape.js';
import { locationText, repoRelativePath } from './repo-paths.js';

/** Where the head's files can be browsed; build it with `headLinks`. */
export interface HeadLinks {
  /** `https://github.com`, or a GitHub Enterprise Server origin. */
  serverUrl: string;
  repository: string;
  headSha: string;
}

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;

/**
 * The links of a run (`serverUrl` from `GITHUB_SERVER_URL`, default `https://github.com`), or
 * undefined when a part is not what GitHub would give: the renderers then show locations as text.
 */
export function headLinks(options: {
  serverUrl?: string;
  repository: string;
  headSha: string;
}): HeadLinks | undefined {
  let origin: string;
  try {
    const url = new URL(options.serverUrl ?? 'https://github.com');
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username !== '' || url.password !== '')
      return undefined;
    origin = url.origin;
  } catch {
    return undefined;
  }
  if (!REPOSITORY.test(options.repository) || !COMMIT.test(options.headSha)) return undefined;
  return { serverUrl: origin, repository: options.repository, headSha: options.headSha.toLowerCase() };
}

/** The head's line of a repository path, or undefined for a line that is not a positive integer. */
export function lineUrl(links: HeadLinks, repoPath: string, line: number): string | undefined {
  if (!Number.isSafeInteger(line) || line < 1) return undefined;
  let encoded: string;
  try {
    encoded = repoPath.split('/').map(encodeSegment).join('/');
  } catch (error) {
    // A lone surrogate: no file on GitHub has such a name, so there is nothing to link to.
    if (error instanceof URIError) return undefined;
    throw error;
  }
  return `${links.serverUrl}/${links.repository}/blob/${links.headSha}/${encoded}#L${line}`;
}

/**
 * `packages/a/openclaw.json:12` as markdown: a link to the head's line when `links` are given and
 * the file is inside the repository, else a code span (as locations were always shown).
 */
export function markdownLocation(
  workspaceDir: string,
  location: SourceLocation,
  links: HeadLinks | undefined,
): string {
  const text = locationText(workspaceDir, location);
  const repoPath = repoRelativePath(workspaceDir, location.file);
  const url = links && repoPath !== undefined ? lineUrl(links, repoPath, location.line) : undefined;
  return url === undefined ? codeSpan(text) : `[${markdownText(text)}](${url})`;
}

/** encodeURIComponent, plus the characters it leaves that end or confuse a markdown link. */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
