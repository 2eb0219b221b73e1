// The workflows this repository ships for others: the reusable gate must pass every input of the
// action through (an input added to action.yml and forgotten here would be unreachable for every
// organisation that requires the reusable workflow), and the release workflow must keep its tokens
// narrow (only the publishing job may mint an OIDC token, only the tagging jobs may write).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const load = (file: string) => YAML.parse(readFileSync(path.join(root, file), 'utf8')) as Workflow;

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}
interface Job {
  if?: string;
  permissions?: Record<string, string>;
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown> & {
    workflow_call?: { inputs: Record<string, unknown>; secrets: Record<string, unknown> };
    push?: { tags?: string[] };
  };
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

describe('.github/workflows/policy-gate-reusable.yml', () => {
  const action = YAML.parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
    inputs: Record<string, unknown>;
    outputs: Record<string, unknown>;
  };
  const workflow = load('.github/workflows/policy-gate-reusable.yml');
  const gate = workflow.jobs.gate!.steps!.find((step) => step.id === 'gate')!;

  it('is a reusable workflow that runs this repository’s action at the called commit', () => {
    expect(Object.keys(workflow.on)).toEqual(['workflow_call']);
    expect(gate.uses).toBe('$/.');
    expect(workflow.jobs.gate!.steps!.some((step) => step.uses?.startsWith('actions/checkout'))).toBe(false);
  });

  it('takes every input of action.yml (the token as a secret) and passes each one through', () => {
    const actionInputs = Object.keys(action.inputs).sort();
    expect(Object.keys(workflow.on.workflow_call!.inputs).sort()).toEqual(
      actionInputs.filter((name) => name !== 'token'),
    );
    expect(Object.keys(workflow.on.workflow_call!.secrets)).toEqual(['token']);
    expect(Object.keys(gate.with!).sort()).toEqual(actionInputs);
    for (const name of actionInputs.filter((input) => input !== 'token'))
      expect(gate.with![name], name).toBe(`\${{ inputs.${name} }}`);
    expect(gate.with!.token).toBe('${{ secrets.token || github.token }}');
  });
});

describe('.github/workflows/release.yml', () => {
  const workflow = load('.github/workflows/release.yml');

  it('runs on version tags only, with no permission unless a job asks for it', () => {
    expect(workflow.on.push).toEqual({ tags: ['v[0-9]+.[0-9]+.[0-9]+', 'v[0-9]+.[0-9]+.[0-9]+-*'] });
    expect(workflow.permissions).toEqual({});
  });

  it('lets only the publishing job mint an OIDC token, and only the tagging jobs write', () => {
    const granted = Object.fromEntries(
      Object.entries(workflow.jobs).map(([name, job]) => [name, job.permissions]),
    );
    expect(granted).toEqual({
      verify: { contents: 'read' },
      publish: { contents: 'read', 'id-token': 'write' },
      tags: { contents: 'write' },
      rollback: { contents: 'write' },
    });
  });

  it('refuses a tag whose dist/ is stale before it publishes, and publishes with provenance', () => {
    const verify = workflow.jobs.verify!.steps!.map((step) => step.run ?? '').join('\n');
    expect(verify).toContain('npm run bundle');
    expect(verify).toContain('git status --porcelain --untracked-files=all -- dist');
    expect(verify).toContain('npm test');
    const publish = workflow.jobs.publish!.steps!.map((step) => step.run ?? '').join('\n');
    expect(publish).toContain('npm publish --provenance --access public');
  });
});
