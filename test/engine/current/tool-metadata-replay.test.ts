// Replays every recorded 2026.9.6 case whose report carries `tools` evidence: the AGENTS.md
// scanner on the workspace's AGENTS.md must give the recorded slice byte for byte, and the tool
// metadata block on the recorded evidence the recorded findings of its checks, in order.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanAgentsMarkdownTools } from '../../../src/engine/agents-markdown.js';
import { requiredToolMetadata, toolMetadataFamily } from '../../../src/engine/families/tool-metadata.js';
import type { Finding } from '../../../src/engine/types.js';
import { recordedCases } from './ingress-gateway-replay-cases.js';

// The recorded folders, and any named in FAMILY_REPLAY_CASES (as `recordedCases` reads them).
const ROOTS = [
  new URL('../../fixtures/conformance-2026.9/', import.meta.url).pathname,
  ...(process.env.FAMILY_REPLAY_CASES ?? '').split(':').filter(Boolean),
];

const cases = recordedCases()
  .filter((c) => c.evidence.tools !== undefined)
  .flatMap((c) => {
    const root = ROOTS.find((folder) => existsSync(join(folder, c.name, 'workspace')));
    return root === undefined ? [] : [{ ...c, dir: join(root, c.name) }];
  })
  .map((c) => {
    const workspace = join(c.dir, 'workspace');
    const agents = join(workspace, 'AGENTS.md');
    return {
      ...c,
      agentsMarkdown: existsSync(agents) ? readFileSync(agents, 'utf8') : '',
      legacyToolsFile: existsSync(join(workspace, 'TOOLS.md')),
    };
  });

/** The block's checks: the requireMetadata shape finding, the migration, the tool findings. */
function isToolMetadataFinding(f: Finding): boolean {
  return (
    /^policy\/tools-(md-migration-required|missing-|unknown-)/.test(f.checkId) ||
    (f.checkId === 'policy/policy-jsonc-invalid' && (f.target ?? '').includes('/tools/requireMetadata'))
  );
}

describe.skipIf(cases.length === 0)('tool metadata replay of the recorded 2026.9.6 cases', () => {
  it('covers the tool cases recorded so far', () => {
    expect(cases.map((c) => c.name)).toEqual(
      expect.arrayContaining(['tools-agents-md-metadata', 'tools-md-migration-required']),
    );
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: evidence', (_name, recorded) => {
    expect(requiredToolMetadata(recorded.policy).size).toBeGreaterThan(0);
    expect(JSON.stringify(scanAgentsMarkdownTools(recorded.agentsMarkdown))).toBe(
      JSON.stringify(recorded.evidence.tools),
    );
  });

  const withFindings = cases.filter((c) => !c.findingsHidden);
  it.each(withFindings.map((c) => [c.name, c] as const))('%s: findings', (_name, recorded) => {
    const findings = toolMetadataFamily.findings({
      policy: recorded.policy,
      name: recorded.policyName,
      evidence: recorded.evidence,
      execApprovalsFile: undefined,
      execApprovalsLocator: '',
      legacyToolsFile: recorded.legacyToolsFile,
    });
    expect(JSON.stringify(findings)).toBe(JSON.stringify(recorded.findings.filter(isToolMetadataFinding)));
  });
});
