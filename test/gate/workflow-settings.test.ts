// Settings a pull request could have written into the workflow (issue 12, item 2).
import { describe, expect, it } from 'vitest';
import type { SettingSource } from '../../src/gate/gate-settings.js';
import type { GateReport, WorkspaceGateResult } from '../../src/gate/report.js';
import { SETTING_KEYS, type SettingKey } from '../../src/gate/settings-file.js';
import {
  changedWorkflowFiles,
  withWorkflowSettingsRefused,
  workflowFileOf,
  workflowRisk,
  workflowSettingsRefusal,
} from '../../src/gate/workflow-settings.js';

function sources(
  overrides: Partial<Record<SettingKey, SettingSource>> = {},
): Record<SettingKey, SettingSource> {
  return {
    ...(Object.fromEntries(SETTING_KEYS.map((key) => [key, 'default'])) as Record<SettingKey, SettingSource>),
    ...overrides,
  };
}

function result(
  status: WorkspaceGateResult['acceptance']['status'],
  passed = true,
  workspaceId = '.',
): WorkspaceGateResult {
  return {
    workspaceId,
    verdict: status === 'not-needed' ? 'unchanged' : 'reaccepted',
    passed,
    components: [],
    findings: { new: [], stillPresent: [], resolved: [] },
    acceptance: { status, acceptors: [], reasons: status === 'not-needed' ? [] : ['x'] },
    howToAccept: undefined,
    candidateHash: undefined,
    acceptedHash: undefined,
    changeLocations: {},
  };
}

function report(workspaces: WorkspaceGateResult[], mode: GateReport['mode'] = 'enforce'): GateReport {
  return {
    repository: 'o/r',
    event: 'pull_request',
    headSha: 'a',
    baseSha: 'b',
    mode,
    workspaces,
    passed: workspaces.every((w) => w.passed),
  };
}

describe('workflowRisk', () => {
  it('only events whose workflow comes from the pull request', () => {
    const needing = report([result('nobody-required')]);
    expect(workflowRisk('pull_request', needing, sources())).toEqual({
      acceptorsOf: ['.'],
      advisoryMode: false,
    });
    expect(workflowRisk('pull_request_review', needing, sources({ acceptors: 'input' }))).toBeDefined();
    expect(workflowRisk('pull_request_target', needing, sources())).toBeUndefined();
    expect(workflowRisk('push', needing, sources())).toBeUndefined();
  });

  it('acceptors from the base file, or no acceptance needed: nothing at risk', () => {
    expect(
      workflowRisk('pull_request', report([result('accepted')]), sources({ acceptors: 'file' })),
    ).toBeUndefined();
    expect(workflowRisk('pull_request', report([result('not-needed')]), sources())).toBeUndefined();
  });

  it('mode advisory from the input matters when the gate fails or acceptors are refused', () => {
    expect(
      workflowRisk(
        'pull_request',
        report([result('not-needed', false)], 'advisory'),
        sources({ mode: 'input' }),
      ),
    ).toEqual({
      acceptorsOf: [],
      advisoryMode: true,
    });
    expect(
      workflowRisk(
        'pull_request',
        report([result('not-needed', true)], 'advisory'),
        sources({ mode: 'input' }),
      ),
    ).toBeUndefined();
    expect(
      workflowRisk(
        'pull_request',
        report([result('not-needed', false)], 'advisory'),
        sources({ mode: 'file' }),
      ),
    ).toBeUndefined();
    expect(
      workflowRisk(
        'pull_request',
        report([result('accepted', true)], 'advisory'),
        sources({ mode: 'input' }),
      ),
    ).toEqual({
      acceptorsOf: ['.'],
      advisoryMode: true,
    });
  });
});

it('workflowFileOf reads GITHUB_WORKFLOW_REF', () => {
  expect(
    workflowFileOf('octo-org/octo-repo/.github/workflows/gate.yml@refs/pull/7/merge', 'octo-org/octo-repo'),
  ).toBe('.github/workflows/gate.yml');
  expect(
    workflowFileOf('Octo-Org/octo-repo/.github/workflows/a@b.yml@refs/heads/main', 'octo-org/octo-repo'),
  ).toBe('.github/workflows/a@b.yml');
  expect(workflowFileOf(undefined, 'o/r')).toBeUndefined();
});

describe('changedWorkflowFiles', () => {
  it('any file under .github/workflows, renamed from or to', () => {
    expect(
      changedWorkflowFiles([
        { filename: 'README.md' },
        { filename: '.github/workflows/ci.yml' },
        { filename: 'old-gate.yml', previousFilename: '.github/workflows/gate.yml' },
        { filename: '.github/policy-gate.yml' },
      ]),
    ).toEqual({ files: ['.github/workflows/ci.yml', '.github/workflows/gate.yml'] });
  });

  it('a listing GitHub cut at 3000 files cannot show there is none', () => {
    expect(changedWorkflowFiles(Array.from({ length: 3000 }, (_, i) => ({ filename: `f${i}` })))).toEqual({
      truncated: true,
    });
  });
});

describe('the refusal', () => {
  const options = {
    runningWorkflow: '.github/workflows/gate.yml',
    acceptors: ['mallory'],
    settingsFile: '.github/policy-gate.yml',
    baseLabel: 'main',
  };

  it('no workflow change: no refusal', () => {
    expect(workflowSettingsRefusal({ ...options, changed: { files: [] } })).toBeUndefined();
  });

  it('names the running workflow, the acceptors and the fix', () => {
    const refusal = workflowSettingsRefusal({
      ...options,
      changed: { files: ['.github/workflows/gate.yml'] },
    });
    expect(refusal?.acceptors).toBe(
      "this pull request changes the workflow file .github/workflows/gate.yml (the running workflow), and `acceptors` comes from the workflow's inputs (which today names mallory), not from .github/policy-gate.yml on main: a pull request may not decide who accepts it. To accept this change, set it in .github/policy-gate.yml on main (a pull request cannot change that for itself), or run the gate on pull_request_target; see the README.",
    );
    expect(workflowSettingsRefusal({ ...options, changed: { truncated: true } })?.mode).toMatch(
      /^this pull request changes 3000 files or more, more than GitHub lists, so policy-gate cannot tell whether it changes the workflow, and `mode: advisory` comes from/,
    );
  });

  it('turns the workspaces that needed acceptance into errors and advisory into enforce', () => {
    const before = report([result('accepted', true, 'a'), result('not-needed', true, 'b')], 'advisory');
    const after = withWorkflowSettingsRefused(
      before,
      { acceptorsOf: ['a'], advisoryMode: true },
      { acceptors: 'refused', mode: 'enforced' },
    );
    expect(after.mode).toBe('enforce');
    expect(after.passed).toBe(false);
    expect(after.workspaces.map((w) => [w.workspaceId, w.verdict, w.passed, w.reason])).toEqual([
      ['a', 'error', false, 'refused'],
      ['b', 'unchanged', true, undefined],
    ]);
  });
});
