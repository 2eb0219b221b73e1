// Representative gate results, one per verdict, for the renderer tests.
import type { Finding } from '../../src/engine/types.js';
import type { ComponentRow, GateReport, LocatedFinding, WorkspaceGateResult } from '../../src/gate/report.js';

export const HASH_A = `sha256:${'a'.repeat(64)}`;
export const HASH_B = `sha256:${'b'.repeat(64)}`;
export const HASH_C = `sha256:${'c'.repeat(64)}`;
export const HEAD_SHA = '0123456789abcdef0123456789abcdef01234567';

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    checkId: 'policy/channels-denied-provider',
    severity: 'error',
    message: "Channel 'ops' uses denied provider 'slack'.",
    source: 'policy',
    path: 'openclaw config',
    ocPath: 'oc://openclaw.config/channels/ops',
    target: 'oc://openclaw.config/channels/ops',
    requirement: 'oc://policy.jsonc/channels/denyRules/#0',
    fixHint: 'Disable this channel.',
    ...overrides,
  };
}

export function located(f: Finding, file = 'openclaw.jsonc', line = 14, column = 5): LocatedFinding {
  return { finding: f, location: { file, line, column } };
}

export function components(
  changed: Partial<Record<ComponentRow['component'], [string | undefined, string | undefined]>> = {},
): ComponentRow[] {
  const same: Record<ComponentRow['component'], [string | undefined, string | undefined]> = {
    result: ['true', 'true'],
    policy: [HASH_A, HASH_A],
    evidence: [HASH_B, HASH_B],
    findings: [HASH_C, HASH_C],
    attestation: [HASH_A, HASH_A],
  };
  return (Object.keys(same) as ComponentRow['component'][]).map((component) => {
    const [accepted, candidate] = changed[component] ?? same[component];
    return { component, accepted, candidate, changed: accepted !== candidate };
  });
}

const HOW_TO_ACCEPT = {
  command: 'npx policy-gate accept --cwd .',
  attestationPath: 'policy.attestation.json',
  resultingHash: HASH_B,
};

export function unchangedResult(overrides: Partial<WorkspaceGateResult> = {}): WorkspaceGateResult {
  return {
    workspaceId: '.',
    verdict: 'unchanged',
    passed: true,
    components: components(),
    findings: { new: [], stillPresent: [], resolved: [] },
    acceptance: { status: 'not-needed', acceptors: [], reasons: [] },
    howToAccept: undefined,
    candidateHash: HASH_A,
    acceptedHash: HASH_A,
    changeLocations: {},
    ...overrides,
  };
}

export function driftResult(overrides: Partial<WorkspaceGateResult> = {}): WorkspaceGateResult {
  return unchangedResult({
    verdict: 'drift',
    passed: false,
    components: components({ evidence: [HASH_B, HASH_C], attestation: [HASH_A, HASH_B] }),
    explanation: {
      findings: { added: [], resolved: [] },
      evidence: {
        added: [
          {
            slice: 'mcpServers',
            source: 'oc://openclaw.config/mcp/servers/search',
            entry: { id: 'search', source: 'oc://openclaw.config/mcp/servers/search', transport: 'stdio' },
          },
        ],
        removed: [],
        changed: [
          {
            slice: 'tools',
            source: 'oc://TOOLS.md/tools/deploy',
            entry: { id: 'deploy', source: 'oc://TOOLS.md/tools/deploy', line: 7, risk: 'low' },
            changes: [{ field: 'risk', before: 'critical', after: 'low' }],
          },
        ],
      },
      policy: { added: [], removed: [{ rule: 'mcp.servers.deny', value: 'shell' }] },
    },
    acceptance: { status: 'not-needed', acceptors: ['alice', 'acme/security'], reasons: [] },
    howToAccept: HOW_TO_ACCEPT,
    candidateHash: HASH_B,
    changeLocations: {
      'oc://TOOLS.md/tools/deploy': { file: 'TOOLS.md', line: 7, column: 1 },
      'oc://openclaw.config/mcp/servers/search': { file: 'openclaw.jsonc', line: 22, column: 7 },
    },
    ...overrides,
  });
}

export function findingsResult(overrides: Partial<WorkspaceGateResult> = {}): WorkspaceGateResult {
  return unchangedResult({
    verdict: 'findings',
    passed: false,
    components: components({
      result: ['true', 'false'],
      findings: [HASH_C, HASH_A],
      attestation: [HASH_A, HASH_C],
    }),
    findings: {
      new: [located(finding())],
      stillPresent: [
        {
          finding: finding({
            checkId: 'policy/tools-missing-owner',
            severity: 'warning',
            message: "Tool 'deploy' is missing owner metadata.",
            path: 'TOOLS.md',
            line: 7,
            ocPath: 'oc://TOOLS.md/tools/deploy',
            target: 'oc://TOOLS.md/tools/deploy',
            fixHint: 'Add owner: to the tool entry.',
          }),
        },
      ],
      resolved: [
        located(
          finding({ checkId: 'policy/mcp-denied-server', message: "MCP server 'shell' is denied." }),
          'openclaw.jsonc',
          30,
          3,
        ),
      ],
    },
    howToAccept: { ...HOW_TO_ACCEPT, resultingHash: HASH_C },
    candidateHash: HASH_C,
    ...overrides,
  });
}

export function staleResult(
  which: 'proposed' | 'accepted',
  overrides: Partial<WorkspaceGateResult> = {},
): WorkspaceGateResult {
  return unchangedResult({
    verdict: 'stale',
    passed: false,
    stale: { which, path: 'policy.attestation.json', fileHash: HASH_A, actualHash: HASH_B },
    components: components({ attestation: [HASH_A, HASH_B] }),
    howToAccept: HOW_TO_ACCEPT,
    candidateHash: HASH_B,
    ...overrides,
  });
}

export function errorResult(overrides: Partial<WorkspaceGateResult> = {}): WorkspaceGateResult {
  return unchangedResult({
    verdict: 'error',
    passed: false,
    reason:
      'policy.attestation.json on the base branch does not verify: its attestationHash does not match its recorded parts.',
    components: [],
    candidateHash: undefined,
    acceptedHash: undefined,
    ...overrides,
  });
}

export function bootstrapResult(overrides: Partial<WorkspaceGateResult> = {}): WorkspaceGateResult {
  return unchangedResult({
    verdict: 'bootstrap',
    passed: false,
    components: components({
      result: [undefined, 'true'],
      policy: [undefined, HASH_A],
      evidence: [undefined, HASH_B],
      findings: [undefined, HASH_C],
      attestation: [undefined, HASH_A],
    }),
    howToAccept: { ...HOW_TO_ACCEPT, resultingHash: HASH_A },
    acceptedHash: undefined,
    ...overrides,
  });
}

export function reacceptedResult(
  status: 'awaiting' | 'accepted' | 'nobody-required',
  overrides: Partial<WorkspaceGateResult> = {},
): WorkspaceGateResult {
  return unchangedResult({
    verdict: status === 'awaiting' ? 'awaiting-acceptance' : 'reaccepted',
    passed: status !== 'awaiting',
    components: components({ attestation: [HASH_A, HASH_B], evidence: [HASH_B, HASH_C] }),
    acceptance: {
      status,
      acceptors: status === 'nobody-required' ? [] : ['alice', 'acme/security'],
      ...(status === 'accepted' ? { approvedBy: 'alice' } : {}),
      reasons: [
        'The PR proposes a new attestation.',
        'Policy weakening: mcp.servers.deny no longer lists shell.',
      ],
    },
    howToAccept: status === 'awaiting' ? HOW_TO_ACCEPT : undefined,
    candidateHash: HASH_B,
    ...overrides,
  });
}

export function report(workspaces: WorkspaceGateResult[], overrides: Partial<GateReport> = {}): GateReport {
  return {
    repository: 'acme/agents',
    event: 'pull_request',
    headSha: HEAD_SHA,
    baseSha: 'fedcba9876543210fedcba9876543210fedcba98',
    mode: 'enforce',
    workspaces,
    passed: workspaces.every((w) => w.passed),
    ...overrides,
  };
}
