// GitHub's page-based pagination: `per_page` (default 30, at most 100) and `page` (from 1), with a
// Link header (first/prev/next/last) built from the request's own URL so a client following it
// keeps every other query parameter.
import type { RouteResponse } from './github-errors.js';

export interface Page<T> {
  items: T[];
  /** The Link header value, or undefined when everything fits on one page. */
  link: string | undefined;
}

export const MAX_PER_PAGE = 100;
const DEFAULT_PER_PAGE = 30;

export function paginate<T>(items: readonly T[], requestUrl: URL): Page<T> {
  const perPage = clamp(
    Number(requestUrl.searchParams.get('per_page') ?? DEFAULT_PER_PAGE) || DEFAULT_PER_PAGE,
    1,
    MAX_PER_PAGE,
  );
  const page = Math.max(1, Math.floor(Number(requestUrl.searchParams.get('page') ?? 1)) || 1);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const pageUrl = (n: number): string => {
    const url = new URL(requestUrl);
    url.searchParams.set('per_page', String(perPage));
    url.searchParams.set('page', String(n));
    return url.toString();
  };
  const relations: string[] = [];
  if (page > 1) relations.push(`<${pageUrl(Math.min(page - 1, lastPage))}>; rel="prev"`);
  if (page < lastPage)
    relations.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`);
  if (page > 1) relations.push(`<${pageUrl(1)}>; rel="first"`);
  return { items: slice, link: relations.length > 0 ? relations.join(', ') : undefined };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.floor(value)));
}

/** A 200 reply with one page of `items` and its Link header. */
export function pageResponse(items: readonly unknown[], requestUrl: URL): RouteResponse {
  const page = paginate(items, requestUrl);
  return { status: 200, body: page.items, ...(page.link ? { headers: { link: page.link } } : {}) };
}
