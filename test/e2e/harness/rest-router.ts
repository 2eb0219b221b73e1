// Which handler answers a REST path: the OpenAPI templates of the operations the fake serves.
import type { Route } from './fake-context.js';
import { checkRunRoutes } from './routes/check-run-routes.js';
import { commentRoutes } from './routes/comment-routes.js';
import { identityRoutes } from './routes/identity-routes.js';
import { pullRequestRoutes } from './routes/pull-request-routes.js';
import { repositoryRoutes } from './routes/repository-routes.js';

export interface MatchedRoute {
  route: Route;
  params: Record<string, string>;
}

interface CompiledRoute {
  route: Route;
  pattern: RegExp;
  names: string[];
}

const compiled: CompiledRoute[] = [
  ...repositoryRoutes,
  ...pullRequestRoutes,
  ...commentRoutes,
  ...checkRunRoutes,
  ...identityRoutes,
].map((route) => {
  const names: string[] = [];
  const source = route.template.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    // `{path}` in contents is multi-segment: `a/b.json` and `a%2Fb.json` are the same file.
    return name === 'path' ? '(.+)' : '([^/]+)';
  });
  return { route, pattern: new RegExp(`^${source}$`), names };
});

export function matchRoute(method: string, path: string): MatchedRoute | undefined {
  for (const candidate of compiled) {
    if (candidate.route.method !== method) continue;
    const match = candidate.pattern.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    candidate.names.forEach((name, index) => {
      params[name] = decodeURIComponent(match[index + 1] ?? '');
    });
    return { route: candidate.route, params };
  }
  return undefined;
}
