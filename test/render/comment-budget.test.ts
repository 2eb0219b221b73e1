// The comment's size budget: lists capped first, then sections dropped whole, never a cut in the
// middle; the marker, the verdict and how to accept always stay.
import { describe, expect, it } from 'vitest';
import type { LocatedFinding, WorkspaceGateResult } from '../../src/gate/report.js';
import { COMMENT_BODY_LIMIT, renderComment } from '../../src/render/comment.js';
import { abusiveResult } from './abuse.js';
import { driftResult, finding, findingsResult, HEAD_SHA, located } from './fixtures.js';
import { htmlComments, isWellNested, toHtml } from './html-inspect.js';

const context = { repository: 'acme/agents', headSha: HEAD_SHA, baseRef: 'main' };

function manyFindings(
  count: number,
  message = "Channel 'ops' uses denied provider 'slack'.",
): LocatedFinding[] {
  return Array.from({ length: count }, (_, index) =>
    located(finding({ checkId: `policy/check-${index}`, message }), 'openclaw.jsonc', index + 1),
  );
}

function expectIntact(body: string, result: WorkspaceGateResult): void {
  const html = toHtml(body);
  expect(body.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
  expect(isWellNested(html)).toBe(true);
  expect(htmlComments(html)).toHaveLength(1);
  expect(body.split('\n')[1]).toMatch(new RegExp(`^\\S+ \\*\\*${result.verdict}\\*\\*`));
  if (result.howToAccept !== undefined)
    expect(body).toContain('<details open><summary>How to accept</summary>');
}

describe('comment budget', () => {
  it('lists 100 of 100,000 findings and says how many more', () => {
    const result = findingsResult({
      findings: { new: manyFindings(100_000), stillPresent: [], resolved: [] },
    });
    const body = renderComment(result, context);
    expectIntact(body, result);
    expect(body).toContain(
      '<details open><summary>Findings: 100,000 new · 0 still present · 0 resolved</summary>',
    );
    expect(body).toContain(
      "- `policy/check-99` (error) Channel 'ops' uses denied provider 'slack'. — `openclaw.jsonc:100`\n- … and 99,900 more",
    );
    expect(body).not.toContain('policy/check-100`');
  });

  it('caps lists harder when each item is long', () => {
    const long = '&'.repeat(400); // 2,000 characters escaped
    const result = findingsResult({
      findings: { new: manyFindings(100_000, long), stillPresent: manyFindings(100_000, long), resolved: [] },
    });
    const body = renderComment(result, context);
    expectIntact(body, result);
    expect(body).toContain('- … and 99,990 more');
  });

  it('drops the least important sections first, each for a one-line note', () => {
    const longValue = '\u{E0041}'.repeat(120); // each shown as \u{E0041}: about 1,000 characters a value
    const changed = Array.from({ length: 1000 }, (_, index) => ({
      slice: 'tools',
      source: `oc://TOOLS.md/tools/t${index}`,
      entry: { id: `t${index}` },
      changes: Array.from({ length: 10 }, (__, field) => ({
        field: `f${field}`,
        before: `${longValue}${field}`,
        after: `${field}${longValue}`,
      })),
    }));
    const result = driftResult({
      findings: { new: manyFindings(1000, '&'.repeat(400)), stillPresent: [], resolved: [] },
      explanation: {
        findings: { added: [], resolved: [] },
        evidence: { added: [], removed: [], changed },
        policy: { added: [], removed: [] },
      },
    });
    const body = renderComment(result, context);
    expectIntact(body, result);
    expect(body).toContain(
      "_Evidence changes (0 added · 0 removed · 1,000 changed) are not listed here, to stay within GitHub's size limit; the job summary and the JSON report list them._",
    );
    // Findings rank above evidence, so they are still listed (capped).
    expect(body).toContain('<details><summary>Findings: 1,000 new · 0 still present · 0 resolved</summary>');
    expect(body).toContain('- … and 997 more');
  });

  it('shortens fixes with their findings: a listed finding keeps its fix, a hidden one loses both', () => {
    const long = '&'.repeat(1_000_000);
    const findings = manyFindings(10_000).map((item) => ({
      ...item,
      fix: {
        fixClass: 'reviewRequired' as const,
        summary: long,
        configTargets: Array.from({ length: 50 }, () => ({
          key: long,
          location: { file: `${long}.json`, line: 2, column: 1 },
        })),
        policyRule: { key: long, location: { file: 'policy.jsonc', line: 1, column: 1 } },
      },
    }));
    const result = findingsResult({ findings: { new: findings, stillPresent: [], resolved: [] } });
    const body = renderComment(result, context);
    expectIntact(body, result);
    const items = body.split('\n').filter((line) => line.startsWith('- `policy/check-'));
    const fixes = body.split('\n').filter((line) => line.startsWith('  - Fix (review required): &amp;'));
    expect(items.length).toBeGreaterThan(0);
    expect(fixes).toHaveLength(items.length);
    expect(body).toContain(`- … and ${(10_000 - items.length).toLocaleString('en-US')} more`);
  });

  it.each([
    ['plain', 'x'],
    ['entities', '&'],
    ['mentions', '@a'],
    ['tag characters', '\u{E0041}'],
    ['backticks', '`'],
    ['mixed', '<@`|\u202E&'],
  ])('keeps the essentials within the limit for megabyte-long %s in every field', (_name, unit) => {
    const huge = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const many = Array.from({ length: 1000 }, () => huge);
    const result = abusiveResult(huge, {
      acceptance: { status: 'awaiting', acceptors: many, approvedBy: huge, reasons: many },
    });
    const body = renderComment(result, { repository: huge, headSha: HEAD_SHA, baseRef: huge });
    expectIntact(body, result);
    expect(body).toContain('**Note**\n\n> ');
    expect(body).toContain('**Stale attestation file** (proposed on this PR)');
  });
});
