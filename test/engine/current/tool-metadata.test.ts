import { describe, expect, it } from 'vitest';
import { evaluateCurrentPolicy } from '../../../src/engine/current/evaluate-policy.js';
import type { FindingsInput } from '../../../src/engine/current/policy-family.js';
import { requiredToolMetadata, toolMetadataFamily } from '../../../src/engine/families/tool-metadata.js';
import { pluginSettings } from '../../../src/engine/plugin-settings.js';
import type { Evidence, Finding, ToolEvidence } from '../../../src/engine/types.js';

const name = { display: 'policies/gate.jsonc', document: 'gate.jsonc' };
const REQUIREMENT = 'oc://gate.jsonc/tools/requireMetadata';

const tool = (id: string, line: number, fields: Partial<ToolEvidence> = {}): ToolEvidence => ({
  id,
  source: `oc://AGENTS.md/tools/${id}`,
  line,
  ...fields,
});

function findingsFor(policy: unknown, tools: ToolEvidence[], legacyToolsFile = false): Finding[] {
  const evidence: Evidence = {
    channels: [],
    mcpServers: [],
    modelProviders: [],
    modelRefs: [],
    network: [],
    tools,
  };
  const input: FindingsInput = {
    policy,
    name,
    evidence,
    execApprovalsFile: undefined,
    execApprovalsLocator: '',
    legacyToolsFile,
  };
  return toolMetadataFamily.findings(input);
}

const about = (t: ToolEvidence, checkId: string, message: string, fixHint: string): Finding => ({
  checkId,
  severity: 'error',
  message,
  source: 'policy',
  path: 'AGENTS.md',
  line: t.line,
  ocPath: t.source,
  target: t.source,
  requirement: REQUIREMENT,
  fixHint,
});

describe('requiredToolMetadata', () => {
  it('is the trimmed, lowercased keys of a valid list', () => {
    expect([...requiredToolMetadata({ tools: { requireMetadata: [' Risk', 'OWNER ', 'risk'] } })]).toEqual([
      'risk',
      'owner',
    ]);
  });

  it.each([
    ['no policy object', []],
    ['no tools', {}],
    ['tools not an object', { tools: ['risk'] }],
    ['no list', { tools: {} }],
    ['not a list', { tools: { requireMetadata: 'risk' } }],
    ['an unsupported key', { tools: { requireMetadata: ['risk', 'team'] } }],
    ['a blank entry', { tools: { requireMetadata: ['risk', ' '] } }],
    ['a non-string entry', { tools: { requireMetadata: ['risk', 1] } }],
    ['an empty list', { tools: { requireMetadata: [] } }],
  ])('is empty for %s', (_case, policy) => {
    expect(requiredToolMetadata(policy).size).toBe(0);
  });
});

describe('tool metadata findings', () => {
  const fetch = tool('fetch', 7, { risk: 'low', sensitivity: 'internal', owner: 'platform' });
  const deploy = tool('deploy-prod', 12, { risk: 'extreme', sensitivity: 'secret' });
  const shell = tool('shell', 16);
  const tools = [fetch, deploy, shell];

  it('reports missing risks of all tools, then unknown risks, then sensitivity per tool, then owners', () => {
    expect(findingsFor({ tools: { requireMetadata: ['owner', 'sensitivity', 'risk'] } }, tools)).toEqual([
      about(
        shell,
        'policy/tools-missing-risk-level',
        "AGENTS.md tool 'shell' has no explicit risk classification.",
        'Declare risk:low, risk:medium, risk:high, risk:critical, or an R0-R5 review alias.',
      ),
      about(
        deploy,
        'policy/tools-unknown-risk-level',
        "AGENTS.md tool 'deploy-prod' declares unknown risk 'extreme'.",
        'Use one of: low, medium, high, critical.',
      ),
      about(
        deploy,
        'policy/tools-unknown-sensitivity-token',
        "AGENTS.md tool 'deploy-prod' declares unknown sensitivity 'secret'.",
        'Use one of: public, internal, confidential, restricted.',
      ),
      about(
        shell,
        'policy/tools-missing-sensitivity-token',
        "AGENTS.md tool 'shell' has no declared artifact sensitivity.",
        'Declare sensitivity as one of: public, internal, confidential, restricted.',
      ),
      about(
        deploy,
        'policy/tools-missing-owner',
        "AGENTS.md tool 'deploy-prod' has no declared owner.",
        'Declare owner:<team-or-person> for this tool.',
      ),
      about(
        shell,
        'policy/tools-missing-owner',
        "AGENTS.md tool 'shell' has no declared owner.",
        'Declare owner:<team-or-person> for this tool.',
      ),
    ]);
  });

  it('checks only the required fields', () => {
    expect(findingsFor({ tools: { requireMetadata: ['owner'] } }, tools).map((f) => f.checkId)).toEqual([
      'policy/tools-missing-owner',
      'policy/tools-missing-owner',
    ]);
  });

  it('puts the TOOLS.md migration finding before the tool findings', () => {
    const findings = findingsFor({ tools: { requireMetadata: ['risk'] } }, [shell], true);
    expect(findings[0]).toEqual({
      checkId: 'policy/tools-md-migration-required',
      severity: 'error',
      message:
        'TOOLS.md contains unmigrated governed tool declarations; run `openclaw doctor --fix` to migrate them into the AGENTS.md `## Tools` section before policy evaluation can pass.',
      source: 'policy',
      path: 'TOOLS.md',
      target: 'oc://TOOLS.md/tools',
      requirement: REQUIREMENT,
      fixHint: 'Run `openclaw doctor --fix` to migrate TOOLS.md into the AGENTS.md `## Tools` section.',
    });
    expect(findings.map((f) => f.checkId)).toEqual([
      'policy/tools-md-migration-required',
      'policy/tools-missing-risk-level',
    ]);
  });

  it('reports an invalid requirement alone', () => {
    expect(findingsFor({ tools: { requireMetadata: ['risk', 'team'] } }, tools)).toEqual([
      {
        checkId: 'policy/policy-jsonc-invalid',
        severity: 'error',
        message: 'policies/gate.jsonc tools.requireMetadata[1] must be a supported metadata key.',
        source: 'policy',
        path: 'policies/gate.jsonc',
        target: 'oc://gate.jsonc/tools/requireMetadata/#1',
        fixHint: 'Use supported metadata keys: risk, sensitivity, owner.',
      },
    ]);
  });
});

describe('tool metadata in the 2026.9.6 evaluation', () => {
  const config = { plugins: { entries: { policy: { enabled: true } } } };
  const agentsMarkdown = '# Agents\n## Tools\n### fetch\nrisk: R9\n- shell: R5 owner: ops\n';
  const evaluate = (policy: unknown, legacyToolsFile = false, expectedAttestationHash?: string) =>
    evaluateCurrentPolicy({
      name: { display: 'policy.jsonc', document: 'policy.jsonc' },
      policy: { state: 'parsed', value: policy },
      config,
      settings: { ...pluginSettings(config), expectedAttestationHash },
      agentsMarkdown,
      legacyToolsFile,
    });

  it('collects AGENTS.md tools only when metadata is required', () => {
    expect(evaluate({ tools: { requireMetadata: ['risk'] } }).evidence.tools).toEqual([
      // `risk:` takes any word, case folded: R9 is no alias but an unknown risk.
      { id: 'fetch', source: 'oc://AGENTS.md/tools/fetch', line: 3, risk: 'r9' },
      { id: 'shell', source: 'oc://AGENTS.md/tools/shell', line: 5, risk: 'critical', owner: 'ops' },
    ]);
    expect(evaluate({}).evidence.tools).toBeUndefined();
    expect(evaluate({ tools: { requireMetadata: ['risky'] } }).evidence.tools).toBeUndefined();
  });

  it('keeps the migration finding visible over an attestation mismatch', () => {
    const result = evaluate({ tools: { requireMetadata: ['risk'] } }, true, 'sha256:accepted');
    expect(result.visibleFindings.map((f) => f.checkId)).toEqual([
      'policy/tools-md-migration-required',
      'policy/tools-unknown-risk-level',
    ]);
  });
});
