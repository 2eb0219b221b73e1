import { describe, expect, it } from 'vitest';
import { toolDocumentOf } from '../../src/engine/tool-changes.js';
import { reviewChanges, type PolicySide } from '../../src/gate/review-changes.js';

const NAME = { display: 'policy.jsonc', document: 'policy.jsonc' };
const TOOLS = '# Tools\n### deploy risk:critical owner:@release\n### search risk:low owner:@docs\n';
const AGENTS = `# Agent\n\n## Tools\n\n${TOOLS.replace('# Tools\n', '')}`;

function side(value: unknown, file: 'TOOLS.md' | 'AGENTS.md', text: string): PolicySide {
  return { value, name: NAME, tools: toolDocumentOf(file, text) };
}

describe('reviewChanges: what a pull request loosens, in the head release', () => {
  it('2026.9.6: claim weakenings and AGENTS.md downgrades, each a reason for acceptance', () => {
    const review = reviewChanges(
      side({ sandbox: { requireMode: ['all'] } }, 'AGENTS.md', AGENTS),
      side({ sandbox: { requireMode: ['off', 'all'] } }, 'AGENTS.md', AGENTS.replace('critical', 'low')),
      '2026.9.6',
    );
    expect(review.reasons).toEqual([
      "the policy is weakened: sandbox.requireMode allows 'off' (not allowed on the base)",
      'AGENTS.md downgrades or removes 1 governed tool declaration(s) (deploy)',
    ]);
  });

  it('2026.5.20 keeps its own comparison (policy-gate compare)', () => {
    const review = reviewChanges(
      side({ mcp: { servers: { allow: ['docs'] } } }, 'TOOLS.md', TOOLS),
      side({ mcp: { servers: { allow: ['docs', 'shell'] } } }, 'TOOLS.md', TOOLS),
      '2026.5.20',
    );
    expect(review.weakenings.map((w) => w.rule)).toEqual(['mcp.servers.allow']);
    expect(review.toolChanges).toEqual([]);
  });

  it('an upgrade that migrates TOOLS.md into AGENTS.md without loss loosens nothing', () => {
    const policy = { tools: { requireMetadata: ['risk', 'owner'] } };
    const review = reviewChanges(
      side(policy, 'TOOLS.md', TOOLS),
      side(policy, 'AGENTS.md', AGENTS),
      '2026.9.6',
    );
    expect(review).toEqual({ weakenings: [], toolChanges: [], reasons: [] });
  });

  it("doctor's migration (tools under a skipped heading) removes every tool from governance", () => {
    const policy = { tools: { requireMetadata: ['risk'] } };
    const doctor = `# Agent\n\n## Tools\n\n### Local notes (migrated from TOOLS.md)\n\n${TOOLS}`;
    const review = reviewChanges(
      side(policy, 'TOOLS.md', TOOLS),
      side(policy, 'AGENTS.md', doctor),
      '2026.9.6',
    );
    expect(review.toolChanges.map((c) => [c.toolId, c.kind, c.file, c.downgrade])).toEqual([
      ['deploy', 'tool-removed', 'TOOLS.md', true],
      ['search', 'tool-removed', 'TOOLS.md', true],
    ]);
    expect(review.reasons).toEqual([
      'AGENTS.md downgrades or removes 2 governed tool declaration(s) (deploy, search)',
    ]);
  });

  it('policies that cannot be compared need acceptance: the gate cannot tell they are as strict', () => {
    const review = reviewChanges(
      side({ sandbox: { requireMode: ['all'] } }, 'AGENTS.md', AGENTS),
      side({ sandbox: { requireMode: 'all' } }, 'AGENTS.md', AGENTS),
      '2026.9.6',
    );
    expect(review.reasons).toHaveLength(1);
    expect(review.reasons[0]).toMatch(
      /^the policy could not be compared rule by rule with the base's: .*sandbox/,
    );
  });
});
