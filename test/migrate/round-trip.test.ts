// The promise, on every TOOLS.md in the repository's fixtures and examples: after
// `policy-gate migrate`, `check` with OpenClaw 2026.9.6 (AGENTS.md) gives the same tools evidence
// — ids, risk, sensitivity, owner, capabilities, in order — and the same tool findings as `check`
// with 2026.5.20 (TOOLS.md) gave before; only the file in each source and line changes. Each
// TOOLS.md is migrated twice: into a workspace without AGENTS.md, and into one holding a copy of
// OpenClaw's AGENTS.md template, which must keep every byte.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseToolsMarkdown } from '../../src/engine/tools-markdown.js';
import { freshHome, runWithHome } from '../cli/run-with-home.js';
import { makeWorkspace } from '../support/cli-harness.js';
import { comparable, withoutAdditions } from './migration-helpers.js';

const REPOSITORY = new URL('../../', import.meta.url).pathname;
const TEMPLATE = readFileSync(new URL('./fixtures/AGENTS.template.md', import.meta.url), 'utf8');
// Every metadata key required, so the evidence carries the tools and every tool finding fires.
const POLICY = '{ tools: { requireMetadata: ["risk", "sensitivity", "owner"] } }';

function toolsFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return toolsFiles(file);
    return entry.name === 'TOOLS.md' ? [path.relative(REPOSITORY, file)] : [];
  });
}

const FIXTURES = ['test/fixtures', 'examples']
  .map((folder) => path.join(REPOSITORY, folder))
  .filter((folder) => existsSync(folder))
  .flatMap(toolsFiles)
  .sort();

interface ToolFinding {
  checkId: string;
  target?: string;
}

/** The tool findings, each target without its file: `policy/tools-missing-owner tools/fetch`. */
function toolFindings(report: Record<string, unknown>): string[] {
  return (report.findings as ToolFinding[])
    .filter((finding) => /^policy\/tools-(missing|unknown)-/.test(finding.checkId))
    .map(
      (finding) => `${finding.checkId} ${(finding.target ?? '').replace(/^oc:\/\/(TOOLS|AGENTS)\.md\//, '')}`,
    );
}

type Tool = { id: string; source: string };

async function roundTrip(file: string, agents: string | undefined) {
  const home = freshHome();
  const cwd = makeWorkspace({
    'openclaw.json': '{}',
    'policy.jsonc': POLICY,
    'TOOLS.md': readFileSync(path.join(REPOSITORY, file)),
    ...(agents === undefined ? {} : { 'AGENTS.md': agents }),
  });
  const run = (args: string[]) => runWithHome(args, { home, cwd });
  const before = await run(['check', '--json', '--openclaw', '2026.5.20']);
  const planned = await run(['migrate', '--json', '--dry-run']);
  const migrated = await run(['migrate', '--json']);
  const after = await run(['check', '--json']);
  return { cwd, before, planned, migrated, after };
}

describe('migrate keeps the tools evidence of every TOOLS.md fixture', () => {
  it('finds the fixtures, most of them declaring tools', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(25);
    const declaring = FIXTURES.filter(
      (file) => parseToolsMarkdown(readFileSync(path.join(REPOSITORY, file), 'utf8')).length > 0,
    );
    expect(declaring.length).toBeGreaterThanOrEqual(20);
  });

  describe.each([
    ['without AGENTS.md', undefined],
    ["into OpenClaw's AGENTS.md template", TEMPLATE],
  ] as const)('%s', (_label, agents) => {
    it.each(FIXTURES)('%s', async (file) => {
      const { cwd, before, planned, migrated, after } = await roundTrip(file, agents);
      if (before.code === 2) {
        // `check` refuses this TOOLS.md (a field written twice): there is no evidence to keep,
        // and migrate refuses it for the same reason, changing nothing.
        expect(planned.code).toBe(2);
        expect(migrated.code).toBe(2);
        expect(migrated.stderr).toBe(
          `${before.stderr.trimEnd().replace('policy-gate check:', 'policy-gate migrate:')} Nothing was changed.\n`,
        );
        expect(existsSync(path.join(cwd, 'TOOLS.md'))).toBe(true);
        return;
      }
      expect(before.code, before.stderr).not.toBe(2);
      expect(migrated.code, migrated.stderr).toBe(0);
      expect(after.code, after.stderr).not.toBe(2);
      expect(existsSync(path.join(cwd, 'TOOLS.md'))).toBe(false);

      const toolsBefore = (before.json().evidence as { tools: Tool[] }).tools;
      const toolsAfter = (after.json().evidence as { tools: Tool[] }).tools;
      expect(comparable(toolsAfter)).toEqual(comparable(toolsBefore));
      expect(toolsAfter.map((tool) => tool.source)).toEqual(
        toolsAfter.map((tool) => `oc://AGENTS.md/tools/${tool.id}`),
      );
      expect(toolFindings(after.json())).toEqual(toolFindings(before.json()));
      const checkIds = (after.json().findings as ToolFinding[]).map((finding) => finding.checkId);
      expect(checkIds).not.toContain('policy/tools-md-migration-required');

      // The dry run announced exactly what was written, and AGENTS.md lost no byte of its own.
      const agentsNow = existsSync(path.join(cwd, 'AGENTS.md'))
        ? readFileSync(path.join(cwd, 'AGENTS.md'), 'utf8')
        : undefined;
      const plan = planned.json() as { additions: { line: number; lines: string[] }[]; moved: unknown[] };
      expect(plan.moved).toEqual(migrated.json().moved);
      expect(withoutAdditions(agentsNow ?? '', plan.additions)).toBe(agents ?? '');
    });
  });
});
