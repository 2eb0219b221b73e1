import { describe, expect, it } from 'vitest';
import {
  commentMarker,
  markerWorkspaceId,
  parseCommentMarker,
  renderComment,
} from '../../src/render/comment.js';
import {
  bootstrapResult,
  driftResult,
  errorResult,
  findingsResult,
  HASH_A,
  HASH_B,
  HASH_C,
  HEAD_SHA,
  reacceptedResult,
  staleResult,
  unchangedResult,
} from './fixtures.js';

const context = { repository: 'acme/agents', headSha: HEAD_SHA, baseRef: 'main' };
const cell = (hash: string): string => `<code title="${hash}">${hash.slice(0, 15)}…</code>`;
const row = (component: string, accepted: string, candidate: string, changed: boolean): string =>
  `| ${component} | ${accepted} | ${candidate} | ${changed ? '**changed**' : 'same'} |`;
const TABLE_HEAD =
  '| Component | Accepted (base) | Candidate (this PR) | Changed |\n| --- | --- | --- | --- |';
const MARKER = `<!-- policy-gate:v1 workspace=. head=${HEAD_SHA} -->`;
const FOOTER = '<sub>policy-gate · `acme/agents` at `0123456789ab`</sub>';
const howToAccept = (
  hash: string,
  extra = 'Then one of the acceptors approves the PR on that commit.\n\n',
): string =>
  [
    '<details open><summary>How to accept</summary>',
    '',
    'Run this at the repository root on the PR branch, then commit and push the attestation file it writes:',
    '',
    '```sh',
    'npx policy-gate accept --cwd .',
    '# writes policy.attestation.json',
    `# attestationHash: ${hash}`,
    '```',
    '',
    `${extra}</details>`,
  ].join('\n');

describe('renderComment', () => {
  it('renders a drift exactly', () => {
    expect(renderComment(driftResult(), context)).toBe(
      [
        MARKER,
        '❌ **drift** — the attestation on this PR differs from the one accepted on `main`',
        '',
        [
          TABLE_HEAD,
          row('result', 'true', 'true', false),
          row('policy', cell(HASH_A), cell(HASH_A), false),
          row('evidence', cell(HASH_B), cell(HASH_C), true),
          row('findings', cell(HASH_C), cell(HASH_C), false),
          row('attestation', cell(HASH_A), cell(HASH_B), true),
        ].join('\n'),
        '',
        '<details open><summary>Evidence changes: 1 added · 0 removed · 1 changed</summary>',
        '',
        '**Added**',
        '',
        '- mcpServers `search` — `openclaw.jsonc:22`',
        '',
        '**Changed**',
        '',
        '- tools `deploy`: risk `critical` → `low` — `TOOLS.md:7`',
        '',
        '</details>',
        '',
        '<details open><summary>Policy changes: 0 rules added · 1 removed</summary>',
        '',
        '**Rules removed**',
        '',
        '- `mcp.servers.deny`: `shell`',
        '',
        '</details>',
        '',
        howToAccept(HASH_B),
        '',
        FOOTER,
      ].join('\n'),
    );
  });

  it('renders findings as new / still present / resolved with locations', () => {
    const body = renderComment(findingsResult(), context);
    expect(body.split('\n')[1]).toBe(
      '❌ **findings** — the policy check reports 2 findings on this PR (1 new)',
    );
    expect(body).toContain(
      [
        '<details open><summary>Findings: 1 new · 1 still present · 1 resolved</summary>',
        '',
        '**New**',
        '',
        "- `policy/channels-denied-provider` (error) Channel 'ops' uses denied provider 'slack'. — `openclaw.jsonc:14`",
        '',
        '**Still present**',
        '',
        "- `policy/tools-missing-owner` (warning) Tool 'deploy' is missing owner metadata. — `TOOLS.md:7`",
        '',
        '**Resolved**',
        '',
        "- `policy/mcp-denied-server` (error) MCP server 'shell' is denied. — `openclaw.jsonc:30`",
        '',
        '</details>',
      ].join('\n'),
    );
    expect(body).toContain(
      howToAccept(HASH_C, 'Accepting does not clear findings: fix them first, then accept.\n\n'),
    );
  });

  it('renders a stale proposed file: which file, both hashes, what to commit', () => {
    const body = renderComment(staleResult('proposed'), context);
    expect(body.split('\n')[1]).toBe(
      "❌ **stale** — the attestation file on this PR does not attest the PR's current state",
    );
    expect(body).toContain(
      [
        '**Stale attestation file** (proposed on this PR)',
        '',
        '```',
        'file:          policy.attestation.json',
        `recorded hash: ${HASH_A}`,
        `current state: ${HASH_B}`,
        '```',
        '',
        'The attestation file `policy.attestation.json` on this PR records a different state than the PR now has (it went stale with later commits). Regenerate it with the command under **How to accept** and commit `policy.attestation.json`.',
      ].join('\n'),
    );
    expect(body).toContain(howToAccept(HASH_B, ''));
  });

  it('renders a stale accepted file', () => {
    const body = renderComment(staleResult('accepted'), context);
    expect(body.split('\n')[1]).toBe(
      "❌ **stale** — the attestation accepted on `main` no longer attests `main`'s own files",
    );
    expect(body).toContain('**Stale attestation file** (accepted on `main`)');
    expect(body).toContain(
      '`main` was changed without re-accepting, so its attestation file `policy.attestation.json` no longer attests its own files. Re-accept on this PR with the command under **How to accept** and commit `policy.attestation.json`, so the new attestation is reviewed like any other.',
    );
  });

  it('renders an error with its reason and nothing to accept', () => {
    expect(renderComment(errorResult(), context)).toBe(
      [
        MARKER,
        '⚠️ **error** — the gate could not evaluate this workspace, so it fails until the problem below is fixed',
        '',
        '**What went wrong**',
        '',
        '> policy.attestation.json on the base branch does not verify: its attestationHash does not match its recorded parts.',
        '',
        FOOTER,
      ].join('\n'),
    );
  });

  it('renders bootstrap with instructions for the first attestation', () => {
    const body = renderComment(bootstrapResult(), context);
    expect(body.split('\n')[1]).toBe(
      '❌ **bootstrap** — `main` has no accepted attestation for this workspace yet',
    );
    expect(body).toContain(
      'There is no accepted attestation on `main` for this workspace, so there is nothing to compare this PR with. Add the first one in this PR: run the command under **How to accept**, commit `policy.attestation.json`, and merge once it is approved. Later pull requests are then gated against it.',
    );
    expect(body).toContain(row('policy', '—', cell(HASH_A), true));
    expect(body).toContain(howToAccept(HASH_A, ''));
  });

  it('renders awaiting acceptance (its own verdict) with who is required and why', () => {
    const body = renderComment(reacceptedResult('awaiting'), context);
    expect(body.split('\n')[1]).toBe(
      '⏳ **awaiting-acceptance** — everything else holds, but this PR needs an approval by an acceptor on this commit: The PR proposes a new attestation. (and 1 more reason)',
    );
    expect(body).toContain(
      [
        '<details open><summary>Acceptance: awaiting approval</summary>',
        '',
        "- **Status:** awaiting an approval of this PR's head commit by one of the acceptors",
        '- **Acceptors:** `alice`, `acme/security`',
        '- **Why acceptance is needed:**',
        '  - The PR proposes a new attestation.',
        '  - Policy weakening: mcp.servers.deny no longer lists shell.',
        '',
        '</details>',
      ].join('\n'),
    );
  });

  it('renders reaccepted and accepted, without how-to-accept', () => {
    const body = renderComment(reacceptedResult('accepted'), context);
    expect(body.split('\n')[1]).toBe(
      '✅ **reaccepted** — this PR proposes a new attestation, accepted by `alice`',
    );
    expect(body).toContain('<details><summary>Acceptance: accepted</summary>');
    expect(body).toContain('- **Approved by:** `alice`');
    expect(body).not.toContain('How to accept');
  });

  it('renders reaccepted with no acceptors configured', () => {
    const body = renderComment(reacceptedResult('nobody-required'), context);
    expect(body.split('\n')[1]).toBe(
      '✅ **reaccepted** — this PR proposes a new attestation that matches its state',
    );
    expect(body).toContain('- **Status:** not required: no acceptors are configured');
  });

  it('renders unchanged as the verdict and the table only', () => {
    expect(renderComment(unchangedResult(), { repository: 'acme/agents', headSha: HEAD_SHA })).toBe(
      [
        MARKER,
        '✅ **unchanged** — this PR matches the attestation accepted on the base branch',
        '',
        [
          TABLE_HEAD,
          row('result', 'true', 'true', false),
          row('policy', cell(HASH_A), cell(HASH_A), false),
          row('evidence', cell(HASH_B), cell(HASH_B), false),
          row('findings', cell(HASH_C), cell(HASH_C), false),
          row('attestation', cell(HASH_A), cell(HASH_A), false),
        ].join('\n'),
        '',
        FOOTER,
      ].join('\n'),
    );
  });

  it('says when a failing PR turned green, and when a passing one turned red', () => {
    const green = renderComment(unchangedResult(), {
      ...context,
      previous: { verdict: 'drift', passed: false },
    });
    expect(green.split('\n').slice(1, 4)).toEqual([
      '✅ **unchanged** — this PR matches the attestation accepted on `main`',
      '',
      '🟢 Turned green: this PR was **drift** on an earlier commit and passes now.',
    ]);
    const red = renderComment(driftResult(), {
      ...context,
      previous: { verdict: 'unchanged', passed: true },
    });
    expect(red.split('\n')[3]).toBe('🔴 This PR passed (**unchanged**) on an earlier commit and fails now.');
    const same = renderComment(driftResult(), {
      ...context,
      previous: { verdict: 'findings', passed: false },
    });
    expect(same).not.toMatch(/Turned green|fails now/);
  });

  it('names the workspace when it is not the repository root', () => {
    const body = renderComment(driftResult({ workspaceId: 'packages/a' }), context);
    expect(body.split('\n')[0]).toBe(`<!-- policy-gate:v1 workspace=packages/a head=${HEAD_SHA} -->`);
    expect(body.split('\n')[1]).toBe(
      '❌ **drift** in `packages/a` — the attestation on this PR differs from the one accepted on `main`',
    );
    expect(body).toContain('- tools `deploy`: risk `critical` → `low` — `packages/a/TOOLS.md:7`');
  });
});

describe('comment marker', () => {
  it('round-trips and encodes what could close the comment or end the field', () => {
    const marker = commentMarker('packages/my app-->--!><!--', HEAD_SHA);
    expect(marker).toBe(
      `<!-- policy-gate:v1 workspace=packages/my%20app--%3E--%21%3E%3C%21-- head=${HEAD_SHA} -->`,
    );
    expect(parseCommentMarker(`${marker}\nbody`)).toEqual({
      version: 1,
      workspaceId: 'packages/my app-->--!><!--',
      headSha: HEAD_SHA,
    });
    expect(commentMarker('é~', 'abc')).toBe('<!-- policy-gate:v1 workspace=%C3%A9%7E head=abc -->');
  });

  it('finds the marker in a rendered comment, and nothing in other text', () => {
    expect(parseCommentMarker(renderComment(driftResult({ workspaceId: 'ws/one' }), context))).toEqual({
      version: 1,
      workspaceId: 'ws/one',
      headSha: HEAD_SHA,
    });
    expect(parseCommentMarker('<!-- policy-gate:v1 --> forged')).toBeUndefined();
    expect(parseCommentMarker('<!-- policy-gate:v1 workspace=%E0%A4 head=x -->')).toBeUndefined();
  });

  it('carries a digest for a workspace id too long to carry', () => {
    const longId = 'w'.repeat(5000);
    const parsed = parseCommentMarker(commentMarker(longId, HEAD_SHA));
    expect(parsed?.workspaceId).toBe(markerWorkspaceId(longId));
    expect(parsed?.workspaceId).toMatch(/^~sha256-[0-9a-f]{64}$/);
    expect(markerWorkspaceId('packages/a')).toBe('packages/a');
  });
});

describe('comment marker position', () => {
  it('is read only from the start of the body', () => {
    expect(parseCommentMarker(`quoted:\n${commentMarker('.', HEAD_SHA)}`)).toBeUndefined();
  });

  it('round-trips a workspace id with a lone surrogate as U+FFFD', () => {
    expect(parseCommentMarker(commentMarker('a\uD800b', 'x'))?.workspaceId).toBe(
      markerWorkspaceId('a\uD800b'),
    );
    expect(markerWorkspaceId('a\uD800b')).toBe('a\uFFFDb');
  });
});
