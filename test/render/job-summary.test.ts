import { describe, expect, it } from 'vitest';
import { renderComment } from '../../src/render/comment.js';
import { JOB_SUMMARY_LIMIT_BYTES, renderJobSummary } from '../../src/render/job-summary.js';
import { abusiveResult } from './abuse.js';
import { ALLOWED_TAGS, unexpectedAttributes } from './allowed-html.js';
import {
  driftResult,
  errorResult,
  finding,
  findingsResult,
  HEAD_SHA,
  located,
  report,
  unchangedResult,
} from './fixtures.js';
import { isWellNested, tagsIn, toHtml, visibleText } from './html-inspect.js';

/** The comment's sections, without its marker line and its footer. */
function commentSections(body: string): string {
  return body.split('\n').slice(1, -2).join('\n');
}

describe('renderJobSummary', () => {
  it('renders a one-workspace report as the comment does, under a header', () => {
    const result = driftResult();
    const summary = renderJobSummary(report([result]));
    const header =
      '## policy-gate\n\n❌ 1 of 1 workspace fails the gate.\n\n<sub>`acme/agents` · `pull_request` · head `0123456789ab`</sub>';
    expect(summary).toBe(
      `${header}\n\n${commentSections(renderComment(result, { repository: 'acme/agents', headSha: HEAD_SHA }))}\n`,
    );
  });

  it('covers every workspace under its own heading, with the same sections as its comment', () => {
    const workspaces = [
      driftResult({ workspaceId: 'packages/a' }),
      findingsResult({ workspaceId: 'packages/b' }),
      errorResult({ workspaceId: 'c' }),
      unchangedResult({ workspaceId: 'd' }),
    ];
    const summary = renderJobSummary(report(workspaces, { mode: 'advisory' }));
    expect(summary.split('\n\n')[1]).toBe(
      '❌ 3 of 4 workspaces fail the gate. _Advisory mode: the job passes anyway._',
    );
    for (const result of workspaces) {
      const sections = commentSections(
        renderComment(result, { repository: 'acme/agents', headSha: HEAD_SHA }),
      );
      expect(summary).toContain(`### Workspace \`${result.workspaceId}\`\n\n${sections}`);
    }
    expect(summary).not.toContain('<!-- policy-gate');
  });

  it('passes when every workspace passes', () => {
    expect(renderJobSummary(report([unchangedResult()])).split('\n\n')[1]).toBe(
      '✅ The workspace passes the gate.',
    );
    expect(
      renderJobSummary(report([unchangedResult(), unchangedResult({ workspaceId: 'b' })])).split('\n\n')[1],
    ).toBe('✅ All 2 workspaces pass the gate.');
  });

  it('lists up to 1,000 items per list, then fewer as the mebibyte fills', () => {
    const many = Array.from({ length: 100_000 }, (_, index) =>
      located(finding({ checkId: `policy/c${index}` })),
    );
    const summary = renderJobSummary(
      report([findingsResult({ findings: { new: many, stillPresent: [], resolved: [] } })]),
    );
    expect(summary).toContain('- … and 99,000 more');
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT_BYTES);
  });

  it('stays within 1 MiB (in UTF-8 bytes) and inert for huge, hostile reports', () => {
    const huge = '<@x`|\u202E&é😀'.repeat(100_000);
    const many = Array.from({ length: 100_000 }, (_, index) =>
      located(finding({ checkId: `policy/c${index}`, message: huge })),
    );
    const workspaces = Array.from({ length: 8 }, (_, index) =>
      abusiveResult(`${index}${huge}`, { findings: { new: many, stillPresent: many, resolved: many } }),
    );
    const summary = renderJobSummary(report(workspaces, { repository: huge, headSha: huge }));
    const html = toHtml(summary);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT_BYTES);
    expect(isWellNested(html)).toBe(true);
    expect(tagsIn(html).filter((tag) => !ALLOWED_TAGS.has(tag.name))).toEqual([]);
    expect(unexpectedAttributes(html)).toEqual([]);
    expect(visibleText(html)).not.toMatch(/@[A-Za-z0-9]/);
  });

  it('falls back to one line per workspace when even the overviews do not fit', () => {
    const workspaces = Array.from({ length: 5000 }, (_, index) =>
      driftResult({ workspaceId: `p${index}`, reason: 'x'.repeat(1000) }),
    );
    const summary = renderJobSummary(report(workspaces));
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT_BYTES);
    expect(summary).toContain(
      '- ❌ **drift** in `p4999` — the attestation on this PR differs from the one accepted on the base branch\n\n_The full report',
    );
  });
});
