// How to fix, shown: each finding's fix recommendation in the comment, the annotations and the
// job summary, with the keys to change linked to the head's lines.
import { describe, expect, it } from 'vitest';
import type { LocatedFinding, LocatedFix } from '../../src/gate/report.js';
import { annotationsFor } from '../../src/render/annotations.js';
import { COMMENT_BODY_LIMIT, renderComment } from '../../src/render/comment.js';
import { findingItem, findingSection } from '../../src/render/finding-section.js';
import { fixClassLabel, fixTerminalLines } from '../../src/render/fix-recommendation.js';
import { headLinks, lineUrl, type HeadLinks } from '../../src/render/head-links.js';
import { renderJobSummary } from '../../src/render/job-summary.js';
import { currentResult, LISTED_AGENT_CONFIG, POSTURE_POLICY } from './current-results.js';
import { finding, findingsResult, HEAD_SHA, report } from './fixtures.js';
import { isWellNested, tagsIn, toHtml, visibleText } from './html-inspect.js';

const LINKS = headLinks({ repository: 'acme/agents', headSha: HEAD_SHA }) as HeadLinks;
const BLOB = `https://github.com/acme/agents/blob/${HEAD_SHA}`;

const ELEVATED_FIX: LocatedFix = {
  fixClass: 'automatic',
  summary: 'Set tools elevated mode to disabled.',
  configTargets: [
    { key: 'tools.elevated.enabled', location: { file: 'openclaw.json', line: 12, column: 7 } },
  ],
  policyRule: { key: 'tools.elevated.allow', location: { file: 'policy.jsonc', line: 4, column: 5 } },
};

function elevated(fix: LocatedFix = ELEVATED_FIX): LocatedFinding {
  return {
    finding: finding({
      checkId: 'policy/tools-elevated-enabled',
      message: 'global tools config permits elevated tool mode.',
      ocPath: 'oc://openclaw.config/tools/elevated/enabled',
      target: 'oc://openclaw.config/tools/elevated/enabled',
      requirement: 'oc://policy.jsonc/tools/elevated/allow',
      fixHint: 'Set tools.elevated.enabled=false or update policy after review.',
    }),
    location: { file: 'openclaw.json', line: 12, column: 7 },
    fix,
  };
}

describe('fixes in the comment', () => {
  it('nests the fix under its finding, the keys linked to the head’s lines', () => {
    expect(findingItem(elevated(), 'packages/a', LINKS)).toBe(
      [
        `\`policy/tools-elevated-enabled\` (error) global tools config permits elevated tool mode. — [packages/a/openclaw.json:12](${BLOB}/packages/a/openclaw.json#L12)`,
        '  - Fix (automatic): Set tools elevated mode to disabled.',
        `  - Change: \`tools.elevated.enabled\` ([packages/a/openclaw.json:12](${BLOB}/packages/a/openclaw.json#L12)); policy rule: \`tools.elevated.allow\` ([packages/a/policy.jsonc:4](${BLOB}/packages/a/policy.jsonc#L4))`,
      ].join('\n'),
    );
  });

  it('shows locations as code spans without links, and an unwritten key without a location', () => {
    const unlocated: LocatedFix = {
      fixClass: 'reviewRequired',
      summary: 'Set the tool profile to an allowed profile.',
      configTargets: [{ key: 'tools.profile' }],
      policyRule: { key: 'tools.profiles.allow', location: { file: 'policy.jsonc', line: 3, column: 5 } },
    };
    expect(findingItem(elevated(unlocated), '.')).toBe(
      [
        '`policy/tools-elevated-enabled` (error) global tools config permits elevated tool mode. — `openclaw.json:12`',
        '  - Fix (review required): Set the tool profile to an allowed profile.',
        '  - Change: `tools.profile`; policy rule: `tools.profiles.allow` (`policy.jsonc:3`)',
      ].join('\n'),
    );
    const bare: LocatedFix = { fixClass: 'manual', summary: 'Restore the policy.', configTargets: [] };
    expect(findingItem(elevated(bare), '.')).toBe(
      '`policy/tools-elevated-enabled` (error) global tools config permits elevated tool mode. — `openclaw.json:12`\n  - Fix (manual): Restore the policy.',
    );
  });

  it('renders a real 2026.9.6 workspace: the listed agent’s own key, and the default nobody wrote', async () => {
    const { result } = await currentResult(
      { 'openclaw.json': LISTED_AGENT_CONFIG, 'policy.jsonc': POSTURE_POLICY },
      { workspaceId: 'agents/ops' },
    );
    const body = renderComment(result, { repository: 'acme/agents', headSha: HEAD_SHA });
    expect(body).toContain(
      [
        "- `policy/tools-profile-unapproved` (error) agent 'solo' uses unapproved tool profile 'coding'. — `agents/ops/openclaw.json:8`",
        '  - Fix (review required): Set the tool profile to an allowed profile.',
        '  - Change: `agents.list[0].tools.profile` (`agents/ops/openclaw.json:8`); policy rule: `tools.profiles.allow` (`agents/ops/policy.jsonc:4`)',
        "- `policy/tools-profile-unapproved` (error) global tools config uses unapproved tool profile 'full'. — `agents/ops/openclaw.json:3`",
        '  - Fix (review required): Set the tool profile to an allowed profile.',
        '  - Change: `tools.profile`; policy rule: `tools.profiles.allow` (`agents/ops/policy.jsonc:4`)',
      ].join('\n'),
    );
    // The nested items render as a list inside the finding's item.
    const html = toHtml(body);
    expect(isWellNested(html)).toBe(true);
    expect(html).toContain('<li>Fix (review required): Set the tool profile to an allowed profile.</li>');
  });

  it('escapes a hostile summary, key and path, and builds links only from encoded parts', () => {
    const hostile: LocatedFix = {
      fixClass: 'automatic',
      summary: 'Close <b>it</b> @octocat #1 [x](javascript:alert(1))',
      configTargets: [
        { key: 'a](javascript:x)', location: { file: 'evil](x) (1).json', line: 2, column: 1 } },
      ],
      policyRule: { key: '<img src=x>', location: { file: '../../etc/passwd', line: 1, column: 1 } },
    };
    const item = findingItem(elevated(hostile), 'ws', LINKS);
    expect(item.split('\n').slice(1)).toEqual([
      '  - Fix (automatic): Close &lt;b&gt;it&lt;/b&gt; @&#8203;octocat #&#8203;1 \\[x\\](javascript:alert(1))',
      // The policy's path leaves the repository: shown as text, never linked.
      `  - Change: \`a](javascript:x)\` ([ws/evil\\](x) (1).json:2](${BLOB}/ws/evil%5D%28x%29%20%281%29.json#L2)); policy rule: \`<img src=x>\` (\`../../etc/passwd:1\`)`,
    ]);
    const html = toHtml(`- ${item}`);
    const anchors = tagsIn(html).filter((tag) => tag.name === 'a' && !tag.closing);
    expect(anchors.map((tag) => tag.attributes.href)).toEqual([
      `${BLOB}/ws/openclaw.json#L12`,
      `${BLOB}/ws/evil%5D%28x%29%20%281%29.json#L2`,
    ]);
    expect(tagsIn(html).map((tag) => tag.name)).not.toContain('img');
    expect(visibleText(html, [])).not.toMatch(/@[A-Za-z0-9]|#\d/);
  });

  it('lists fixes in the job summary too, and drops them with their findings when the list is capped', () => {
    const many = Array.from({ length: 100_000 }, () => elevated());
    const result = findingsResult({ findings: { new: many, stillPresent: [], resolved: [] } });
    const body = renderComment(result, { repository: 'acme/agents', headSha: HEAD_SHA });
    expect(body.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    const fixes = body
      .split('\n')
      .filter((line) => line === '  - Fix (automatic): Set tools elevated mode to disabled.');
    expect(fixes).toHaveLength(100);
    expect(body).toContain(
      '  - Change: `tools.elevated.enabled` (`openclaw.json:12`); policy rule: `tools.elevated.allow` (`policy.jsonc:4`)\n- … and 99,900 more',
    );
    const summary = renderJobSummary(
      report([findingsResult({ findings: { new: [elevated()], stillPresent: [], resolved: [] } })]),
    );
    expect(summary).toContain('\n  - Fix (automatic): Set tools elevated mode to disabled.\n');
  });

  it('caps the targets a forged report lists', () => {
    const forged: LocatedFix = {
      fixClass: 'manual',
      summary: 's',
      configTargets: Array.from({ length: 8 }, (_, index) => ({ key: `k${index}` })),
    };
    expect(
      findingSection(
        findingsResult({ findings: { new: [elevated(forged)], stillPresent: [], resolved: [] } }),
      )?.render(10),
    ).toContain('  - Change: `k0`, `k1`, `k2`, `k3`, `k4`, … and 3 more');
  });
});

describe('fixes in annotations', () => {
  it('adds the fix, where to change it and the hint to the message', () => {
    const [annotation] = annotationsFor(
      findingsResult({ findings: { new: [elevated()], stillPresent: [], resolved: [] } }),
      'packages/a',
    );
    expect(annotation?.message).toBe(
      [
        'global tools config permits elevated tool mode.',
        'Fix (automatic): Set tools elevated mode to disabled.',
        'Change: tools.elevated.enabled (packages/a/openclaw.json:12); policy rule: tools.elevated.allow (packages/a/policy.jsonc:4)',
        'Hint: Set tools.elevated.enabled=false or update policy after review.',
      ].join('\n'),
    );
  });

  it('keeps the fix when the message is huge, within the limit', () => {
    const item = elevated();
    item.finding = { ...item.finding, message: 'x'.repeat(100_000) };
    const [annotation] = annotationsFor(
      findingsResult({ findings: { new: [item], stillPresent: [], resolved: [] } }),
      '.',
    );
    expect(annotation?.message.length).toBeLessThanOrEqual(4000);
    expect(annotation?.message).toMatch(
      /^x+…\nFix \(automatic\): Set tools elevated mode to disabled\.\nChange: /,
    );
  });

  it('puts a finding without a location of its own where its fix points', () => {
    const lock: LocatedFinding = {
      finding: finding({
        checkId: 'policy/attestation-hash-mismatch',
        message: 'The current policy check no longer matches the accepted policy attestation.',
        path: 'policy attestation',
        ocPath: undefined,
        target: 'oc://policy/attestation/current',
        requirement: 'oc://openclaw.config/plugins/entries/policy/config/expectedAttestationHash',
        fixHint: undefined,
      }),
      fix: {
        fixClass: 'manual',
        summary: 'Review the current attestation and update accepted hashes after approval.',
        configTargets: [
          {
            key: 'plugins.entries.policy.config.expectedAttestationHash',
            location: { file: 'openclaw.json', line: 9, column: 11 },
          },
        ],
      },
    };
    const [annotation] = annotationsFor(
      findingsResult({ findings: { new: [lock], stillPresent: [], resolved: [] } }),
      'ws',
    );
    expect(annotation).toMatchObject({
      path: 'ws/openclaw.json',
      start_line: 9,
      start_column: 11,
      message:
        'The current policy check no longer matches the accepted policy attestation.\nFix (manual): Review the current attestation and update accepted hashes after approval.\nChange: plugins.entries.policy.config.expectedAttestationHash (ws/openclaw.json:9)',
    });
  });

  it('shows no control characters of a hostile key', () => {
    const fix: LocatedFix = {
      fixClass: 'reviewRequired',
      summary: 'ok\u001B[31m red',
      configTargets: [{ key: 'mcp.servers.a\nb\u202E' }],
    };
    const [annotation] = annotationsFor(
      findingsResult({ findings: { new: [elevated(fix)], stillPresent: [], resolved: [] } }),
      '.',
    );
    expect(annotation?.message.split('\n').slice(1, 3)).toEqual([
      'Fix (review required): ok[31m red',
      'Change: mcp.servers.a b\\u{202E}',
    ]);
  });
});

describe('terminal lines', () => {
  it('are lower-case like the release’s, with paths as read', () => {
    expect(fixTerminalLines(ELEVATED_FIX)).toEqual([
      'fix (automatic): Set tools elevated mode to disabled.',
      'change: tools.elevated.enabled (openclaw.json:12); policy rule: tools.elevated.allow (policy.jsonc:4)',
    ]);
    expect(
      fixTerminalLines({ fixClass: 'manual', summary: 's', configTargets: [], policyRule: { key: 'r' } }),
    ).toEqual(['fix (manual): s', 'policy rule: r']);
    expect(fixClassLabel('reviewRequired')).toBe('review required');
    expect(fixClassLabel('toString')).toBe('toString');
  });
});

describe('head links', () => {
  it('are built only from a well-formed server, repository and commit', () => {
    expect(headLinks({ repository: 'acme/agents', headSha: HEAD_SHA.toUpperCase() })).toEqual({
      serverUrl: 'https://github.com',
      repository: 'acme/agents',
      headSha: HEAD_SHA,
    });
    expect(
      headLinks({ serverUrl: 'https://ghes.example/some/path?q#h', repository: 'a/b', headSha: HEAD_SHA })
        ?.serverUrl,
    ).toBe('https://ghes.example');
    for (const bad of [
      { serverUrl: 'javascript:alert(1)', repository: 'a/b', headSha: HEAD_SHA },
      { serverUrl: 'https://user:pw@ghes.example', repository: 'a/b', headSha: HEAD_SHA },
      { serverUrl: 'not a url', repository: 'a/b', headSha: HEAD_SHA },
      { repository: 'a/b/c', headSha: HEAD_SHA },
      { repository: 'a/b)', headSha: HEAD_SHA },
      { repository: 'a/b', headSha: 'main' },
    ])
      expect(headLinks(bad)).toBeUndefined();
  });

  it('link no line that is not a positive integer, and no unencodable path', () => {
    expect(lineUrl(LINKS, 'a b/c#d.json', 3)).toBe(`${BLOB}/a%20b/c%23d.json#L3`);
    expect(lineUrl(LINKS, 'a.json', 0)).toBeUndefined();
    expect(lineUrl(LINKS, 'a.json', 1.5)).toBeUndefined();
    expect(lineUrl(LINKS, 'lone\uD800.json', 1)).toBeUndefined();
  });
});
