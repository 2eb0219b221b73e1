// Issue 12, item 6: an answer of 10 MB or more is refused with a sentence, before Octokit's JSON
// parser sees it, and is not downloaded again by the retry plugin.
import { afterEach, describe, expect, it } from 'vitest';
import { describeGitHubFailure } from '../../src/github/errors.js';
import { classifyFailure } from '../../src/github/failure-classification.js';
import { readFilesAtCommits } from '../../src/github/repository-files.js';
import { fetchWithTimeout } from '../../src/github/request-timeout.js';
import { GitHubResponseTooLarge, MAX_RESPONSE_BYTES, readBodyWithin } from '../../src/github/response-size.js';
import { listReviews } from '../../src/github/reviews.js';
import { closeOpenFixtures, startGitHubFixture } from './github-fixture.js';

afterEach(closeOpenFixtures);

/** A body of `bytes` bytes in chunks of 64 KiB, without a Content-Length (as a chunked reply). */
function streamed(bytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const size = Math.min(65_536, bytes - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
}

describe('readBodyWithin', () => {
  it('refuses a declared Content-Length at the limit without reading the body', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(10));
      },
    });
    const response = new Response(body, { headers: { 'content-length': String(MAX_RESPONSE_BYTES) } });
    const error = await readBodyWithin(response, MAX_RESPONSE_BYTES, 'GET').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubResponseTooLarge);
    expect(error).toMatchObject({ bytes: MAX_RESPONSE_BYTES, declared: true });
    expect(pulled).toBeLessThanOrEqual(1); // a stream may pre-pull once; nothing is accumulated
  });

  it('stops a streamed body as soon as it reaches the limit', async () => {
    const response = new Response(streamed(MAX_RESPONSE_BYTES * 5));
    const error = await readBodyWithin(response, MAX_RESPONSE_BYTES, 'POST').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubResponseTooLarge);
    const { bytes, declared } = error as GitHubResponseTooLarge;
    expect(declared).toBe(false);
    expect(bytes).toBeGreaterThanOrEqual(MAX_RESPONSE_BYTES);
    expect(bytes).toBeLessThan(MAX_RESPONSE_BYTES + 65_536);
  });

  it('returns a body one byte under the limit whole', async () => {
    const body = await readBodyWithin(new Response(streamed(MAX_RESPONSE_BYTES - 1)), MAX_RESPONSE_BYTES, 'GET');
    expect(body?.byteLength).toBe(MAX_RESPONSE_BYTES - 1);
  });

  it('counts inflated bytes: a small compressed answer that inflates past the limit is refused', async () => {
    const compressed = await new Response(
      new Response(streamed(MAX_RESPONSE_BYTES + 1)).body!.pipeThrough(new CompressionStream('gzip')),
    ).arrayBuffer();
    expect(compressed.byteLength).toBeLessThan(100_000);
    const inflated = new Response(new Blob([compressed]).stream().pipeThrough(new DecompressionStream('gzip')), {
      headers: { 'content-length': String(compressed.byteLength) },
    });
    await expect(readBodyWithin(inflated, MAX_RESPONSE_BYTES, 'GET')).rejects.toBeInstanceOf(GitHubResponseTooLarge);
  });
});

describe('the client refuses an answer of 10 MB or more', () => {
  it('fetchWithTimeout applies the limit to error answers too', async () => {
    const fetch = fetchWithTimeout(5_000, async () => new Response(streamed(2_000), { status: 502 }), 1_000);
    await expect(fetch('http://github.invalid/')).rejects.toBeInstanceOf(GitHubResponseTooLarge);
  });

  it('a 10 MB review list: one request, no retry, a sentence that names the limit', async () => {
    const fixture = await startGitHubFixture();
    const { fake, repo } = fixture;
    const review = {
      id: 1,
      user: { login: 'alice' },
      state: 'APPROVED',
      commit_id: repo.headSha,
      body: 'x'.repeat(MAX_RESPONSE_BYTES),
    };
    fake.injectFault({ method: 'GET', pathPattern: '/repos/*/*/pulls/*/reviews', status: 200, body: [review] });
    const failure = await listReviews(fixture.client, {
      owner: repo.owner,
      repo: repo.name,
      pullNumber: repo.pullRequest.number,
    }).catch((error: unknown) => error);
    expect(classifyFailure(failure)).toMatchObject({ kind: 'too-large', limit: MAX_RESPONSE_BYTES });
    expect((failure as Error).message).toMatch(
      /^Could not list the pull request's reviews: GitHub's answer (reached|declared) 10(\.\d)? MB, and policy-gate refuses any answer of 10 MB or more rather than parse it; /,
    );
    expect(fake.requests).toHaveLength(1);
    expect(fixture.warnings).toEqual([]);
  });

  it('a 10 MB GraphQL answer fails the file read the same way (one request)', async () => {
    const fixture = await startGitHubFixture();
    const { fake, repo } = fixture;
    fake.injectFault({
      pathPattern: '/graphql',
      status: 200,
      body: { data: { viewer: { login: 'x'.repeat(MAX_RESPONSE_BYTES) } } },
    });
    const failure = await readFilesAtCommits(fixture.client, { owner: repo.owner, repo: repo.name }, [
      { commit: repo.headSha, paths: ['policy.jsonc'] },
    ]).catch((error: unknown) => error);
    expect(describeGitHubFailure(failure, 'read-files')).toMatch(
      /^Could not read files from the repository: GitHub's answer (reached|declared) 10(\.\d)? MB/,
    );
    expect(fake.requests).toHaveLength(1);
    expect(fixture.warnings).toEqual([]);
  });

  it('an answer just under the limit is read as usual', async () => {
    const fixture = await startGitHubFixture();
    const { fake, repo } = fixture;
    const review = { id: 1, user: { login: 'alice' }, state: 'APPROVED', commit_id: repo.headSha, body: '' };
    const padding = 'x'.repeat(MAX_RESPONSE_BYTES - 1_000);
    fake.injectFault({
      method: 'GET',
      pathPattern: '/repos/*/*/pulls/*/reviews',
      status: 200,
      body: [{ ...review, body: padding }],
    });
    const reviews = await listReviews(fixture.client, {
      owner: repo.owner,
      repo: repo.name,
      pullNumber: repo.pullRequest.number,
    });
    expect(reviews.map((r) => [r.login, r.state])).toEqual([['alice', 'APPROVED']]);
  });
});
