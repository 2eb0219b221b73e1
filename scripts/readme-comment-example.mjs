#!/usr/bin/env node
// readme-comment-example.mjs: the README's example pull-request comment, rendered by the real gate
// code from the real example workspace.
//
// DEV ONLY. `npx tsc -p tsconfig.build.json` (or `npm run bundle`) first, then
//   node scripts/readme-comment-example.mjs [--full-hashes]
// prints the sticky comment the gate writes for a pull request on `examples/workspace` (OpenClaw
// 2026.9.6) that adds a tool to AGENTS.md, lowers another tool's risk and allows a weaker sandbox
// mode, without re-proposing the attestation: a `drift`, with tool changes, evidence changes, a
// policy weakening, the acceptors it waits for and how to accept (the inputs of the README's
// workflow example). The base is the example as it is, accepted with
// `policy-gate accept`. Hashes are shortened to 8 hex digits (`--full-hashes` keeps them).
//
// How: the gate's own `gateWorkspaces` (lib/action/gate-workspaces.js) runs with an in-memory
// GitHub client that answers its one GraphQL read from the two commits' files (no symbolic links,
// no reviews), then `renderComment` renders the result, as the action does. Nothing is sent
// anywhere. When the gate starts calling another API, this script says which.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLE = join(REPO, 'examples/workspace');
const REPOSITORY = { owner: 'acme', repo: 'agents' };
const BASE_SHA = '0123456789abcdef0123456789abcdef01234567';
const HEAD_SHA = 'fedcba9876543210fedcba9876543210fedcba98';

const { gateWorkspaces } = await import(join(REPO, 'lib/action/gate-workspaces.js'));
const { readGateInputs } = await import(join(REPO, 'lib/action/inputs.js'));
const { renderComment } = await import(join(REPO, 'lib/render/comment.js'));

/** The example's files, and the attestation `policy-gate accept` writes for them. */
function acceptedExample() {
  const files = Object.fromEntries(
    readdirSync(EXAMPLE).map((name) => [name, readFileSync(join(EXAMPLE, name), 'utf8')]),
  );
  const dir = mkdtempSync(join(tmpdir(), 'policy-gate-readme-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const accept = spawnSync(process.execPath, [join(REPO, 'bin/policy-gate.js'), 'accept', '--cwd', dir], {
      encoding: 'utf8',
    });
    if (accept.status !== 0) throw new Error(`policy-gate accept failed: ${accept.stderr}`);
    files['policy.attestation.json'] = readFileSync(join(dir, 'policy.attestation.json'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return files;
}

/** `text` with `from` replaced by `to`, which must be there. */
function edit(text, from, to) {
  if (!text.includes(from)) throw new Error(`the example no longer contains ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

const base = acceptedExample();
const head = {
  ...base,
  'AGENTS.md': edit(
    edit(
      base['AGENTS.md'],
      '### deploy_preview R4 sensitivity:confidential owner:@release-eng',
      '### deploy_preview risk:low sensitivity:confidential owner:@release-eng',
    ),
    '## Escalation',
    '### rotate_keys risk:high sensitivity:restricted owner:@security\nRotates the signing keys.\n\n## Escalation',
  ),
  'policy.jsonc': edit(base['policy.jsonc'], '"requireMode": ["all"]', '"requireMode": ["all", "non-main"]'),
};
const commits = new Map([
  [BASE_SHA, base],
  [HEAD_SHA, head],
]);

/** `<sha>:<path>` → the file, the folder (`<sha>:` or `<sha>:dir`) → its entries, else null. */
function objectAt(expression, kind) {
  const colon = expression.indexOf(':');
  const files = commits.get(expression.slice(0, colon));
  const path = expression.slice(colon + 1);
  if (files === undefined || colon < 0) return null;
  if (kind === 'Tree') {
    const prefix = path === '' ? '' : `${path}/`;
    const names = new Set(
      Object.keys(files)
        .filter((name) => name.startsWith(prefix))
        .map((name) => name.slice(prefix.length).split('/')[0]),
    );
    if (names.size === 0) return null;
    return {
      __typename: 'Tree',
      entries: [...names].map((name) => ({ name, type: 'blob', mode: 0o100644 })),
    };
  }
  const text = files[path];
  if (text === undefined) return null;
  return { __typename: 'Blob', text, isBinary: false, isTruncated: false, byteSize: Buffer.byteLength(text) };
}

const client = new Proxy(
  {
    async graphql(query, variables) {
      const repository = {};
      for (const match of query.matchAll(
        /(o\d+): object\(expression: \$(e\d+)\) \{ __typename \.\.\. on (\w+)/g,
      )) {
        const [, alias, variable, kind] = match;
        repository[alias] = kind === 'Commit' ? null : objectAt(variables[variable], kind);
      }
      return { viewer: { login: 'github-actions[bot]' }, repository };
    },
    // No review yet: the comment shows the acceptors it waits for.
    paginate: async () => [],
    rest: {
      git: { getTree: async () => ({ data: { tree: [], truncated: false } }) },
      pulls: { listReviews: () => undefined },
    },
  },
  {
    get(target, key) {
      if (key in target) return target[key];
      if (typeof key === 'symbol' || key === 'then') return undefined;
      throw new Error(
        `the gate now calls client.${String(key)}: teach scripts/readme-comment-example.mjs to answer it`,
      );
    },
  },
);

// The inputs of the README's workflow example.
const given = { token: 'unused', acceptors: 'alice, acme/agent-governance' };
const inputs = readGateInputs((name) => given[name] ?? '');
const { report } = await gateWorkspaces({
  client,
  event: {
    name: 'pull_request',
    ...REPOSITORY,
    head: { sha: HEAD_SHA },
    base: { sha: BASE_SHA },
    baseLabel: 'main',
    pullRequest: { number: 42, author: 'octocat', fromFork: false },
    commentable: true,
    headSha: HEAD_SHA,
    baseSha: BASE_SHA,
  },
  inputs,
  now: new Date(),
});
const [result] = report.workspaces;
let body = renderComment(result, {
  repository: `${REPOSITORY.owner}/${REPOSITORY.repo}`,
  headSha: HEAD_SHA,
  baseRef: 'main',
});
if (!process.argv.includes('--full-hashes'))
  body = body.replace(/sha256:([0-9a-f]{8})[0-9a-f]{56}/g, 'sha256:$1…');
process.stdout.write(`${body}\n`);
