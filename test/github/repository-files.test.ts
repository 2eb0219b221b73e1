import { afterEach, describe, expect, it } from 'vitest';
import { readFilesAtCommits } from '../../src/github/repository-files.js';
import { closeOpenFixtures, requestLines, startGitHubFixture, type GitHubFixture } from './github-fixture.js';

const BASE_POLICY = '{ "tools": { "allow": ["read"] } }\n';
const HEAD_POLICY = '{ "tools": { "allow": ["read", "write"] } }\n';
const UNICODE_PATH = 'docs/ünïcode dir/my file.json';
const QUOTED_PATH = 'odd/"quoted" $name {x}.json';

let fixture: GitHubFixture;

afterEach(closeOpenFixtures);

async function startWithFiles(): Promise<GitHubFixture> {
  return startGitHubFixture({
    baseFiles: {
      'policy.jsonc': BASE_POLICY,
      [UNICODE_PATH]: '{"ok": "☂"}\n',
      [QUOTED_PATH]: 'quoted\n',
      'link.json': { symlinkTo: 'policy.jsonc' },
      'bin/data.bin': new Uint8Array([0x89, 0x50, 0x00, 0x01, 0x02]),
      'big.txt': 'x'.repeat(2_000),
      'nested/deeper/file.txt': 'deep\n',
    },
    headChanges: { 'policy.jsonc': HEAD_POLICY, 'TOOLS.md': '# Tools\n' },
  });
}

describe('readFilesAtCommits', () => {
  it('reads files at two commits in one GraphQL request, refusing what is not a plain text file', async () => {
    fixture = await startWithFiles();
    const { repo, client, fake } = fixture;
    const { owner, name } = repo;
    const result = await readFilesAtCommits(
      client,
      { owner, repo: name },
      [
        {
          commit: repo.baseSha,
          paths: [
            'policy.jsonc',
            'TOOLS.md',
            'link.json',
            'bin/data.bin',
            '../outside.json',
            'docs/../policy.jsonc',
            '/etc/passwd',
            'docs\\windows.json',
            UNICODE_PATH,
            QUOTED_PATH,
            'big.txt',
            'nested',
            './nested//deeper/file.txt',
          ],
        },
        { commit: repo.headSha, paths: ['policy.jsonc', 'TOOLS.md', 'missing/dir/file.json'] },
      ],
      { maxBytes: 1_000 },
    );

    expect(requestLines(fake)).toEqual(['POST graphql']);
    expect(result.viewerLogin).toBe('github-actions[bot]');
    const at = (commit: string, path: string) => result.files.get(`${commit}:${path}`);
    const base = repo.baseSha;
    expect(at(base, 'policy.jsonc')).toEqual({ kind: 'text', text: BASE_POLICY, bytes: BASE_POLICY.length });
    expect(at(base, 'TOOLS.md')).toEqual({ kind: 'missing' });
    expect(at(base, 'link.json')).toEqual({
      kind: 'unreadable',
      reason: expect.stringContaining('symbolic link'),
    });
    expect(at(base, 'bin/data.bin')).toEqual({
      kind: 'unreadable',
      reason: expect.stringContaining('binary'),
    });
    expect(at(base, '../outside.json')).toEqual({
      kind: 'unreadable',
      reason: expect.stringContaining('".."'),
    });
    expect(at(base, 'docs/../policy.jsonc')).toEqual({
      kind: 'unreadable',
      reason: expect.stringContaining('".."'),
    });
    expect(at(base, '/etc/passwd')).toEqual({
      kind: 'unreadable',
      reason: expect.stringContaining('absolute'),
    });
    expect(at(base, 'docs\\windows.json')).toEqual({
      kind: 'unreadable',
      reason: expect.stringContaining('backslash'),
    });
    expect(at(base, UNICODE_PATH)).toEqual({ kind: 'text', text: '{"ok": "☂"}\n', bytes: 14 });
    expect(at(base, QUOTED_PATH)).toEqual({ kind: 'text', text: 'quoted\n', bytes: 7 });
    expect(at(base, 'big.txt')).toEqual({
      kind: 'unreadable',
      reason: 'big.txt is 2000 bytes, over the limit of 1000',
    });
    expect(at(base, 'nested')).toEqual({ kind: 'unreadable', reason: 'nested is a folder, not a file' });
    expect(at(base, './nested//deeper/file.txt')).toEqual({ kind: 'text', text: 'deep\n', bytes: 5 });
    const head = repo.headSha;
    expect(at(head, 'policy.jsonc')).toEqual({ kind: 'text', text: HEAD_POLICY, bytes: HEAD_POLICY.length });
    expect(at(head, 'TOOLS.md')).toEqual({ kind: 'text', text: '# Tools\n', bytes: 8 });
    expect(at(head, 'missing/dir/file.json')).toEqual({ kind: 'missing' });
    expect(result.files.size).toBe(16);

    // Paths travel as variables; none is spliced into the query text.
    const body = fake.requests[0]?.body as { query: string; variables: Record<string, string> };
    expect(body.query).not.toContain('ünïcode');
    expect(body.query).not.toContain('quoted');
    expect(Object.values(body.variables)).toContain(`${base}:${QUOTED_PATH}`);
  });

  it('splits more than 100 objects over several requests, asking for the viewer once', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 120 }, (_, i) => [`files/f${i}.txt`, `file ${i}\n`]),
    );
    fixture = await startGitHubFixture({ baseFiles: many });
    const { repo, client, fake } = fixture;
    const paths = Object.keys(many);
    const result = await readFilesAtCommits(client, { owner: repo.owner, repo: repo.name }, [
      { commit: repo.baseSha, paths },
    ]);
    expect(requestLines(fake)).toEqual(['POST graphql', 'POST graphql']);
    const queries = fake.requests.map((request) => (request.body as { query: string }).query);
    expect(queries.map((query) => query.includes('viewer'))).toEqual([true, false]);
    expect(result.viewerLogin).toBe('github-actions[bot]');
    expect(paths.map((path) => result.files.get(`${repo.baseSha}:${path}`))).toEqual(
      paths.map((_, i) => ({ kind: 'text', text: `file ${i}\n`, bytes: `file ${i}\n`.length })),
    );
  });

  it('asks only for the viewer when there is nothing to read, and refuses a commit that is not a full SHA', async () => {
    fixture = await startGitHubFixture();
    const { repo, client, fake } = fixture;
    const repository = { owner: repo.owner, repo: repo.name };
    expect(await readFilesAtCommits(client, repository, [])).toEqual({
      viewerLogin: 'github-actions[bot]',
      files: new Map(),
    });
    await expect(
      readFilesAtCommits(client, repository, [{ commit: 'main', paths: ['policy.jsonc'] }]),
    ).rejects.toThrow('"main" is not a full 40-character commit SHA');
    await expect(
      readFilesAtCommits(client, repository, [{ commit: `${repo.baseSha.slice(0, 39)}"`, paths: ['a'] }]),
    ).rejects.toThrow(/not a full 40-character commit SHA/);
    expect(fake.requests).toHaveLength(1);
  });

  it('reports the viewer the token is, for finding its own comments', async () => {
    fixture = await startGitHubFixture(undefined, { viewerLogin: 'policy-app[bot]' });
    const { repo, client } = fixture;
    const result = await readFilesAtCommits(client, { owner: repo.owner, repo: repo.name }, [
      { commit: repo.headSha, paths: ['policy.jsonc'] },
    ]);
    expect(result.viewerLogin).toBe('policy-app[bot]');
  });

  it('fails with the permission to add when the repository cannot be read', async () => {
    fixture = await startGitHubFixture();
    const { repo, client } = fixture;
    await expect(
      readFilesAtCommits(client, { owner: repo.owner, repo: 'not-there' }, [
        { commit: repo.headSha, paths: ['policy.jsonc'] },
      ]),
    ).rejects.toMatchObject({
      name: 'GitHubOperationFailure',
      operation: 'read-files',
      message: expect.stringMatching(
        /^Could not read files from the repository: .*could not find it.*`contents: read`/,
      ),
    });
  });
});
