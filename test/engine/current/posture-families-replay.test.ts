// Replays the per-agent posture families (agentWorkspace, toolPosture, sandboxPosture) against
// goldens recorded from the real OpenClaw 2026.9.6: each scanner on the config the plugin saw
// (loaded-config.json; the raw file for `plugin-command-unvalidated` cases)
// must print the recorded slice byte for byte (key order included), and each findings block, run
// on the recorded evidence and policy, must give the recorded findings of its check ids.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { hashOf } from '../../../src/engine/canonical-json.js';
import { attestedShape } from '../../../src/engine/findings.js';
import { isRecord } from '../../../src/engine/record.js';
import type { PolicyName } from '../../../src/engine/rule-family.js';
import type { Evidence, Finding } from '../../../src/engine/types.js';
import type { PolicyFamily } from '../../../src/engine/current/policy-family.js';
import { agentWorkspaceFamily } from '../../../src/engine/families/agent-workspace.js';
import { sandboxFamily } from '../../../src/engine/families/sandbox.js';
import { toolPostureFamily } from '../../../src/engine/families/tool-posture.js';

/** Every folder of goldens recorded from 2026.9.6 (`test/fixtures/*-2026.9`). */
const FIXTURE_DIRS = readdirSync('test/fixtures')
  .filter((name) => name.endsWith('-2026.9'))
  .sort()
  .map((name) => join('test/fixtures', name));

const FAMILIES: { family: PolicyFamily; slice: string; checkPrefixes: string[] }[] = [
  { family: agentWorkspaceFamily, slice: 'agentWorkspace', checkPrefixes: ['policy/agents-'] },
  {
    family: toolPostureFamily,
    slice: 'toolPosture',
    checkPrefixes: [
      'policy/tools-profile-',
      'policy/tools-fs-',
      'policy/tools-exec-',
      'policy/tools-elevated-',
      'policy/tools-also-allow-',
      'policy/tools-required-deny-',
    ],
  },
  { family: sandboxFamily, slice: 'sandboxPosture', checkPrefixes: ['policy/sandbox-'] },
];

interface RecordedCase {
  name: string;
  dir: string;
  config: Record<string, unknown>;
  report: {
    evidence: Record<string, unknown>;
    findings: Finding[];
    attestation: { policy?: { hash: string }; workspace: { hash: string } };
  };
}

function recordedCases(): RecordedCase[] {
  const cases: RecordedCase[] = [];
  for (const root of FIXTURE_DIRS) {
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root).sort()) {
      const dir = join(root, name);
      const caseFile = join(dir, 'case.json');
      const loadedFile = join(dir, 'loaded-config.json');
      if (!existsSync(caseFile)) continue;
      const spec = JSON.parse(readFileSync(caseFile, 'utf8'));
      const report = spec.stdout;
      if (!isRecord(report) || !isRecord(report.evidence)) continue;
      if (!FAMILIES.some(({ slice }) => slice in (report.evidence as object))) continue;
      const config =
        spec.oracle === 'plugin-command-unvalidated' ? rawConfig(dir, spec.args) : loadedConfig(loadedFile);
      if (config === undefined) continue;
      cases.push({ name: `${basename(root)}/${name}`, dir, config, report: report as never });
    }
  }
  return cases;
}

/** What OpenClaw's config reader handed the plugin. */
function loadedConfig(loadedFile: string): Record<string, unknown> | undefined {
  if (!existsSync(loadedFile)) return undefined;
  const loaded = JSON.parse(readFileSync(loadedFile, 'utf8'));
  return isRecord(loaded.config) ? loaded.config : undefined;
}

/** `plugin-command-unvalidated` cases: the plugin saw the raw JSON5 parse of the config file. */
function rawConfig(dir: string, args: string[]): Record<string, unknown> | undefined {
  const flag = args.indexOf('--config');
  const file =
    flag >= 0
      ? args[flag + 1]
      : ['openclaw.jsonc', 'openclaw.json'].find((f) => existsSync(join(dir, 'workspace', f)));
  if (file === undefined) return undefined;
  const config = JSON5.parse(readFileSync(join(dir, 'workspace', file), 'utf8'));
  return isRecord(config) ? config : undefined;
}

/**
 * The policy the real CLI evaluated: among the case's files with the policy's name (under
 * workspace/ and home/, since `--agent` may pick another agent's workspace), the one whose hash
 * the report attests.
 */
function policyOf(recorded: RecordedCase): { name: PolicyName; value: unknown } | undefined {
  const configured = (
    recorded.config as { plugins?: { entries?: { policy?: { config?: { path?: unknown } } } } }
  ).plugins?.entries?.policy?.config?.path;
  const path =
    typeof configured === 'string' && configured.trim() !== '' ? configured.trim() : 'policy.jsonc';
  const display = isAbsolute(path) ? basename(path) : path;
  const attested = recorded.report.attestation.policy?.hash;
  for (const file of filesNamed(recorded.dir, basename(path))) {
    let value: unknown;
    try {
      value = JSON5.parse(readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    if (hashOf(value) === attested) return { name: { display, document: basename(display) }, value };
  }
  return undefined;
}

function filesNamed(dir: string, fileName: string): string[] {
  const found: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const child = join(at, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.name === fileName) found.push(child);
    }
  };
  for (const root of ['workspace', 'home']) if (existsSync(join(dir, root))) walk(join(dir, root));
  return found;
}

const CASES = recordedCases();

describe('posture families replay the recorded goldens', () => {
  it('has recorded cases to replay', () => {
    expect(CASES.length).toBeGreaterThan(0);
  });

  for (const recorded of CASES) {
    describe(recorded.name, () => {
      const { evidence, findings } = recorded.report;
      for (const { family, slice, checkPrefixes } of FAMILIES) {
        if (!(slice in evidence)) continue;
        const scanner = family.evidence.find((candidate) => candidate.key === slice)!;
        const source = {
          config: recorded.config,
          policy: undefined,
          execApprovalsRaw: undefined,
          agentsMarkdown: undefined,
        };

        it(`${slice} evidence`, () => {
          expect(JSON.stringify(scanner.collect(source))).toBe(JSON.stringify(evidence[slice]));
        });

        const policy = policyOf(recorded);
        it.skipIf(policy === undefined)(`${family.name} findings`, () => {
          if (policy === undefined) return;
          const ours = family.findings({
            policy: policy.value,
            name: policy.name,
            evidence: evidence as unknown as Evidence,
            execApprovalsFile: undefined,
            execApprovalsLocator: '',
            legacyToolsFile: false,
          });
          const expected = findings
            .filter((f) => checkPrefixes.some((prefix) => f.checkId.startsWith(prefix)))
            .map(attestedShape);
          expect(JSON.stringify(ours)).toBe(JSON.stringify(expected));
        });
      }

      it('workspace hash with our slices in place of the recorded ones', () => {
        const ours: Record<string, unknown> = { ...evidence };
        for (const { family, slice } of FAMILIES) {
          if (!(slice in evidence)) continue;
          const scanner = family.evidence.find((candidate) => candidate.key === slice)!;
          ours[slice] = scanner.collect({
            config: recorded.config,
            policy: undefined,
            execApprovalsRaw: undefined,
            agentsMarkdown: undefined,
          });
        }
        expect(hashOf(ours)).toBe(recorded.report.attestation.workspace.hash);
      });
    });
  }
});
