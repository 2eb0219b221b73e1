import { describe, expect, it } from 'vitest';
import {
  CHECK_RUN_SUMMARY_LIMIT,
  CHECK_RUN_TEXT_LIMIT,
  CHECK_RUN_TITLE_LIMIT,
  conclusionFor,
  renderCheckRunOutput,
} from '../../src/render/check-run.js';
import { renderComment } from '../../src/render/comment.js';
import { abusiveResult } from './abuse.js';
import { ALLOWED_TAGS, unexpectedAttributes } from './allowed-html.js';
import {
  bootstrapResult,
  driftResult,
  errorResult,
  finding,
  findingsResult,
  HEAD_SHA,
  located,
  reacceptedResult,
  report,
  staleResult,
  unchangedResult,
} from './fixtures.js';
import { isWellNested, tagsIn, toHtml } from './html-inspect.js';

describe('conclusionFor', () => {
  it('is success when passed, failure when not, neutral when failing in advisory mode', () => {
    expect(conclusionFor(unchangedResult())).toBe('success');
    expect(conclusionFor(driftResult())).toBe('failure');
    expect(conclusionFor(driftResult(), 'advisory')).toBe('neutral');
    expect(conclusionFor(report([unchangedResult(), driftResult({ workspaceId: 'b' })]))).toBe('failure');
    expect(
      conclusionFor(report([unchangedResult(), driftResult({ workspaceId: 'b' })], { mode: 'advisory' })),
    ).toBe('neutral');
    expect(conclusionFor(report([unchangedResult()], { mode: 'advisory' }))).toBe('success');
    expect(conclusionFor(report([reacceptedResult('awaiting')]))).toBe('failure');
  });
});

describe('renderCheckRunOutput', () => {
  it.each([
    [unchangedResult(), 'unchanged: matches the accepted attestation'],
    [driftResult(), 'drift: differs from the accepted attestation'],
    [findingsResult(), 'findings: 2 findings'],
    [staleResult('proposed'), 'stale: the proposed attestation is stale'],
    [staleResult('accepted'), 'stale: the accepted attestation is stale'],
    [errorResult(), 'error: could not be evaluated'],
    [bootstrapResult(), 'bootstrap: no accepted attestation yet'],
    [reacceptedResult('awaiting'), "awaiting-acceptance: needs an acceptor's approval of the head"],
    [
      reacceptedResult('accepted', { workspaceId: 'packages/a' }),
      'reaccepted in packages/a: new attestation accepted',
    ],
  ])('titles %#', (result, title) => {
    expect(renderCheckRunOutput(result).title).toBe(title);
  });

  it('puts the overview and how to accept in the summary, the collapsible sections in the text', () => {
    const output = renderCheckRunOutput(driftResult(), { baseRef: 'main' });
    const comment = renderComment(driftResult(), {
      repository: 'acme/agents',
      headSha: HEAD_SHA,
      baseRef: 'main',
    });
    const howTo = comment.slice(
      comment.indexOf('<details open><summary>How to accept'),
      comment.lastIndexOf('\n\n<sub>'),
    );
    const evidence = comment.slice(
      comment.indexOf('<details open><summary>Evidence'),
      comment.indexOf('\n\n<details open><summary>How to accept'),
    );
    expect(
      output.summary.startsWith(
        '❌ **drift** — the attestation on this PR differs from the one accepted on `main`\n\n| Component |',
      ),
    ).toBe(true);
    expect(output.summary.endsWith(howTo)).toBe(true);
    expect(output.text).toBe(evidence);
    expect(renderCheckRunOutput(unchangedResult()).text).toBeUndefined();
  });

  it('covers every workspace of a report under its own heading', () => {
    const output = renderCheckRunOutput(
      report([driftResult({ workspaceId: 'packages/a' }), unchangedResult({ workspaceId: 'packages/b' })]),
    );
    expect(output.title).toBe('1 of 2 workspaces fail: packages/a (drift)');
    expect(output.summary).toMatch(
      /^❌ 1 of 2 workspaces fail the gate\.\n\n### Workspace `packages\/a`\n\n❌ \*\*drift\*\* in `packages\/a` — /,
    );
    expect(output.summary).toContain('\n\n### Workspace `packages/b`\n\n✅ **unchanged** in `packages/b` — ');
    expect(
      output.text?.startsWith('### Workspace `packages/a`\n\n<details open><summary>Evidence changes'),
    ).toBe(true);
    expect(output.text).not.toContain('packages/b');
  });

  it('says so in advisory mode', () => {
    const output = renderCheckRunOutput(report([driftResult()], { mode: 'advisory' }));
    expect(output.title).toBe('advisory: drift: differs from the accepted attestation');
    expect(output.summary.split('\n')[0]).toBe(
      '❌ 1 of 1 workspace fails the gate. _Advisory mode: the job passes anyway._',
    );
  });

  it('stays within the Checks API limits for huge and hostile reports', () => {
    const huge = '<@x`|\u202E&'.repeat(150_000);
    const many = Array.from({ length: 100_000 }, (_, index) =>
      located(finding({ checkId: `policy/c${index}` })),
    );
    const workspaces = Array.from({ length: 30 }, (_, index) =>
      abusiveResult(`${index}${huge}`, { findings: { new: many, stillPresent: many, resolved: many } }),
    );
    const output = renderCheckRunOutput(report(workspaces), { baseRef: huge });
    expect(output.title.length).toBeLessThanOrEqual(CHECK_RUN_TITLE_LIMIT);
    expect(output.summary.length).toBeLessThanOrEqual(CHECK_RUN_SUMMARY_LIMIT);
    expect(output.text?.length ?? 0).toBeLessThanOrEqual(CHECK_RUN_TEXT_LIMIT);
    for (const markdown of [output.summary, output.text ?? '']) {
      const html = toHtml(markdown);
      expect(isWellNested(html)).toBe(true);
      expect(tagsIn(html).filter((tag) => !ALLOWED_TAGS.has(tag.name))).toEqual([]);
      expect(unexpectedAttributes(html)).toEqual([]);
    }
  });

  it('falls back to one line per workspace when even the overviews do not fit', () => {
    const workspaces = Array.from({ length: 2000 }, (_, index) =>
      driftResult({ workspaceId: `packages/p${index}` }),
    );
    const output = renderCheckRunOutput(report(workspaces));
    expect(output.summary.length).toBeLessThanOrEqual(CHECK_RUN_SUMMARY_LIMIT);
    expect(output.summary).toContain(
      '- ❌ **drift** in `packages/p99` — the attestation on this PR differs from the one accepted on the base branch\n- … and 1,900 more',
    );
    expect(
      output.summary.endsWith(
        '_The full report does not fit here; the JSON report (`report` output) has it._',
      ),
    ).toBe(true);
  });
});
