#!/usr/bin/env node
// Copies the GitHub REST operations policy-gate uses, plus every component they `$ref`, out of
// @octokit/openapi's 13 MB description into a small file that can be committed and read by the
// e2e fake (test/e2e/harness/contract.ts).
//
//   mkdir -p /tmp/openapi && npm --prefix /tmp/openapi install @octokit/openapi
//   node scripts/extract-github-spec.mjs \
//     /tmp/openapi/node_modules/@octokit/openapi/generated/api.github.com.json \
//     test/fixtures/github/rest-subset.json
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const OPERATIONS_USED = {
  '/repos/{owner}/{repo}': ['get'],
  '/repos/{owner}/{repo}/contents/{path}': ['get'],
  '/repos/{owner}/{repo}/git/trees/{tree_sha}': ['get'],
  '/repos/{owner}/{repo}/pulls/{pull_number}': ['get'],
  '/repos/{owner}/{repo}/pulls/{pull_number}/files': ['get'],
  '/repos/{owner}/{repo}/pulls/{pull_number}/reviews': ['get'],
  '/repos/{owner}/{repo}/issues/{issue_number}/comments': ['get', 'post'],
  '/repos/{owner}/{repo}/issues/comments/{comment_id}': ['get', 'patch'],
  '/repos/{owner}/{repo}/check-runs': ['post'],
  '/repos/{owner}/{repo}/check-runs/{check_run_id}': ['get', 'patch'],
  '/user': ['get'],
  '/orgs/{org}/teams/{team_slug}/memberships/{username}': ['get'],
};

const [sourcePath, outputPath] = process.argv.slice(2);
if (!sourcePath || !outputPath) {
  console.error('usage: extract-github-spec.mjs <api.github.com.json> <rest-subset.json>');
  process.exit(2);
}

const spec = JSON.parse(readFileSync(sourcePath, 'utf8'));

/** The version of the @octokit/openapi package the description came from (generated/ sits in it). */
function packageVersion() {
  const packageJson = join(dirname(sourcePath), '..', 'package.json');
  if (!existsSync(packageJson)) return spec.info?.version ?? 'unknown';
  const { name, version } = JSON.parse(readFileSync(packageJson, 'utf8'));
  return name === '@octokit/openapi' ? version : (spec.info?.version ?? 'unknown');
}

const paths = {};
for (const [path, methods] of Object.entries(OPERATIONS_USED)) {
  const item = spec.paths[path];
  if (!item) throw new Error(`path ${path} is not in ${sourcePath}`);
  paths[path] = {};
  if (item.parameters) paths[path].parameters = item.parameters;
  for (const method of methods) {
    if (!item[method]) throw new Error(`${method.toUpperCase()} ${path} is not in ${sourcePath}`);
    paths[path][method] = item[method];
  }
}

const components = {};
const seenRefs = new Set();
function copyReferencedComponents(node) {
  if (Array.isArray(node)) return node.forEach(copyReferencedComponents);
  if (!node || typeof node !== 'object') return;
  if (typeof node.$ref === 'string' && !seenRefs.has(node.$ref)) {
    seenRefs.add(node.$ref);
    const [hash, root, kind, name, ...rest] = node.$ref.split('/');
    if (hash !== '#' || root !== 'components' || !kind || !name || rest.length > 0) {
      throw new Error(`unsupported $ref ${node.$ref}`);
    }
    const target = spec.components?.[kind]?.[name];
    if (target === undefined) throw new Error(`dangling $ref ${node.$ref}`);
    (components[kind] ??= {})[name] = target;
    copyReferencedComponents(target);
  }
  for (const value of Object.values(node)) copyReferencedComponents(value);
}
copyReferencedComponents(paths);

const sortedComponents = Object.fromEntries(
  Object.keys(components)
    .sort()
    .map((kind) => [
      kind,
      Object.fromEntries(
        Object.keys(components[kind])
          .sort()
          .map((n) => [n, components[kind][n]]),
      ),
    ]),
);

const subset = {
  openapi: spec.openapi,
  info: {
    ...spec.info,
    'x-policy-gate-subset': {
      source: '@octokit/openapi',
      version: packageVersion(),
      file: 'generated/api.github.com.json',
      regenerate:
        'node scripts/extract-github-spec.mjs <api.github.com.json> test/fixtures/github/rest-subset.json',
      operations: Object.entries(OPERATIONS_USED).flatMap(([p, ms]) =>
        ms.map((m) => `${m.toUpperCase()} ${p}`),
      ),
    },
  },
  servers: spec.servers,
  paths,
  components: sortedComponents,
};
writeFileSync(outputPath, JSON.stringify(subset, null, 1) + '\n');
const count = Object.values(sortedComponents).reduce((n, group) => n + Object.keys(group).length, 0);
console.log(
  `${outputPath}: ${Object.keys(paths).length} paths, ${count} components, from @octokit/openapi ${packageVersion()}`,
);
