// The section validators families call to skip themselves (SPEC-2026.9 §6.3–§6.7) and
// `hasValidScopedPolicy` (§9.1): top level and scope overlays, and the release behaviours that
// are easy to get wrong (a non-object top-level `tools` is not the tools shape's business; the
// exec-approvals finding is reported twice).
import { describe, expect, it } from 'vitest';
import {
  agentsPostureShapeFinding,
  execApprovalsShapeFinding,
  gatewayPostureShapeFinding,
  hasValidScopedPolicy,
  ingressShapeFinding,
  policyContainerShapeFindings,
  policySegment,
  routingShapeFinding,
  sandboxPostureShapeFinding,
  toolsPostureShapeFinding,
} from '../../../src/engine/current/shape/index.js';

const NAME = { display: 'policy.jsonc', document: 'policy.jsonc' };
const brief = (f: { message: string; target?: string; fixHint?: string } | undefined) =>
  f === undefined ? undefined : [f.message, f.target, f.fixHint];

describe('section validators at the top level', () => {
  it('accept an absent section', () => {
    for (const validator of [
      ingressShapeFinding,
      toolsPostureShapeFinding,
      sandboxPostureShapeFinding,
      agentsPostureShapeFinding,
      gatewayPostureShapeFinding,
      routingShapeFinding,
      execApprovalsShapeFinding,
    ])
      expect(validator(undefined, NAME)).toBeUndefined();
  });

  it('tools: a non-object value is left to the container check, as in the release', () => {
    expect(toolsPostureShapeFinding(5, NAME)).toBeUndefined();
    expect(
      brief(toolsPostureShapeFinding({ requireMetadata: ['risk'], exec: { allowHosts: ['cloud'] } }, NAME)),
    ).toEqual([
      'policy.jsonc tools.exec.allowHosts[0] must be a supported exec host.',
      'oc://policy.jsonc/tools/exec/allowHosts/#0',
      'Use non-empty exec host entries. Supported values: auto, sandbox, gateway, node.',
    ]);
  });

  it('sandbox, gateway, agents and ingress report a non-object section', () => {
    expect(sandboxPostureShapeFinding([], NAME)?.message).toBe('policy.jsonc sandbox must be an object.');
    expect(gatewayPostureShapeFinding('x', NAME)?.message).toBe('policy.jsonc gateway must be an object.');
    expect(agentsPostureShapeFinding(1, NAME)?.message).toBe('policy.jsonc agents must be an object.');
    expect(ingressShapeFinding(true, NAME)?.message).toBe('policy.jsonc ingress must be an object.');
  });

  it('gateway booleans use the "Fix … is true or false." hint', () => {
    expect(brief(gatewayPostureShapeFinding({ controlUi: { allowInsecure: 'no' } }, NAME))).toEqual([
      'policy.jsonc gateway.controlUi.allowInsecure must be a boolean.',
      'oc://policy.jsonc/gateway/controlUi/allowInsecure',
      'Fix policy.jsonc so gateway.controlUi.allowInsecure is true or false.',
    ]);
  });

  it('ingress allows session rules at the top level', () => {
    expect(ingressShapeFinding({ session: { requireDmScope: 'per-peer' } }, NAME)).toBeUndefined();
    expect(ingressShapeFinding({ session: { requireDmScope: 5 } }, NAME)?.fixHint).toBe(
      'Use supported DM scopes: main, per-peer, per-channel-peer, per-account-channel-peer.',
    );
  });

  it('routing reports unknown keys with a JSON-quoted target segment', () => {
    expect(brief(routingShapeFinding({ 'probe list': [] }, NAME))).toEqual([
      'policy.jsonc routing.probe list is not supported.',
      'oc://policy.jsonc/routing/"probe list"',
      'Fix policy.jsonc so routing uses the documented policy syntax.',
    ]);
  });
});

describe('section validators in a scope', () => {
  it('ingress: session rules are not supported by the channelIds selector', () => {
    expect(brief(ingressShapeFinding({ session: { requireDmScope: 'main' } }, NAME, 'chat room'))).toEqual([
      'policy.jsonc scopes.chat room.ingress.session is not supported by the channelIds selector.',
      'oc://policy.jsonc/scopes/"chat room"/ingress/session',
      'Move session ingress rules to top-level ingress; scoped ingress currently supports ingress.channels.*.',
    ]);
  });

  it('tools: a non-object overlay and unscopable rules are reported', () => {
    expect(brief(toolsPostureShapeFinding('x', NAME, 'ops'))).toEqual([
      'policy.jsonc scopes.ops.tools must be an object.',
      'oc://policy.jsonc/scopes/ops/tools',
      'Fix policy.jsonc so the scoped tools policy overlay is an object.',
    ]);
    expect(brief(toolsPostureShapeFinding({ requireMetadata: ['risk'] }, NAME, 'ops'))).toEqual([
      'policy.jsonc scopes.ops.tools.requireMetadata is not supported in agent-scoped tools policy.',
      'oc://policy.jsonc/scopes/ops/tools/requireMetadata',
      'Move scopes.ops.tools.requireMetadata to top-level tools or use a supported scoped tools posture rule.',
    ]);
  });

  it('sandbox: property and target follow the scope', () => {
    expect(
      brief(sandboxPostureShapeFinding({ browser: { requireCdpSourceRange: 'yes' } }, NAME, 'ops')),
    ).toEqual([
      'policy.jsonc scopes.ops.sandbox.browser.requireCdpSourceRange must be a boolean.',
      'oc://policy.jsonc/scopes/ops/sandbox/browser/requireCdpSourceRange',
      'Set scopes.ops.sandbox.browser.requireCdpSourceRange to true or false.',
    ]);
  });

  it('agents: only workspace, then the workspace rules', () => {
    expect(agentsPostureShapeFinding({ workspace: { denyTools: ['exec'] } }, NAME, 'ops')).toBeUndefined();
    expect(brief(agentsPostureShapeFinding({ list: [] }, NAME, 'ops'))).toEqual([
      'policy.jsonc scopes.ops.agents.list is not supported by the agentIds selector.',
      'oc://policy.jsonc/scopes/ops/agents/list',
      'Move the rule under agents.workspace or a supported scoped top-level section.',
    ]);
    expect(brief(agentsPostureShapeFinding({ workspace: { denyTools: ['rm'] } }, NAME, 'ops'))).toEqual([
      'policy.jsonc scopes.ops.agents.workspace.denyTools[0] must be a supported agent workspace tool id.',
      'oc://policy.jsonc/scopes/ops/agents/workspace/denyTools/#0',
      'Use supported tool ids: exec, process, write, edit, apply_patch.',
    ]);
  });

  it('exec approvals: no defaults, and the hints name execApprovals literally', () => {
    expect(execApprovalsShapeFinding({ requireFile: true }, NAME, 'ops')?.message).toBe(
      'policy.jsonc scopes.ops.execApprovals.requireFile is not supported in exec approvals policy.',
    );
    expect(brief(execApprovalsShapeFinding({ agents: { allowAutoAllowSkills: 'no' } }, NAME, 'ops'))).toEqual(
      [
        'policy.jsonc scopes.ops.execApprovals.agents.allowAutoAllowSkills must be a boolean.',
        'oc://policy.jsonc/scopes/ops/execApprovals/agents/allowAutoAllowSkills',
        'Set execApprovals.agents.allowAutoAllowSkills to true or false.',
      ],
    );
    expect(brief(execApprovalsShapeFinding({ agents: { allowlist: { expected: 5 } } }, NAME, 'ops'))).toEqual(
      [
        'policy.jsonc scopes.ops.execApprovals.agents.allowlist.expected must be an array.',
        'oc://policy.jsonc/scopes/ops/execApprovals/agents/allowlist/expected',
        'Fix policy.jsonc so scopes.ops.execApprovals.agents.allowlist.expected is an array of exec approval allowlist entries.',
      ],
    );
  });
});

describe('exec approvals: the container finding and the family finding are the same', () => {
  it('duplicates exactly', () => {
    const policy = { execApprovals: { requireFile: 'yes' } };
    const [container] = policyContainerShapeFindings(policy, NAME);
    expect(execApprovalsShapeFinding(policy.execApprovals, NAME)).toEqual(container);
  });
});

describe('hasValidScopedPolicy', () => {
  it('is true without scopes and for valid scopes', () => {
    expect(hasValidScopedPolicy({}, NAME)).toBe(true);
    expect(
      hasValidScopedPolicy(
        {
          tools: { denyTools: ['exec'] },
          scopes: { ops: { agentIds: ['ops'], tools: { denyTools: ['group:runtime'] } } },
        },
        NAME,
      ),
    ).toBe(true);
  });

  it('is false for a policy that is not an object', () => {
    expect(hasValidScopedPolicy([], NAME)).toBe(false);
  });

  it('is false for a shape error inside a scope, even when the rest of the policy is fine', () => {
    expect(hasValidScopedPolicy({ scopes: { ops: { agentIds: [] } } }, NAME)).toBe(false);
  });

  it('is false for a scoped value weaker than the top level', () => {
    const policy = {
      tools: { denyTools: ['group:runtime'] },
      scopes: { ops: { agentIds: ['ops'], tools: { denyTools: ['exec'] } } },
    };
    expect(hasValidScopedPolicy(policy, NAME)).toBe(false);
  });

  it('compares overrides per normalised selector value, the later scope judged against the last effective one', () => {
    const scopes = (later: string[]) => ({
      scopes: {
        a: { agentIds: ['Ops'], sandbox: { requireMode: ['all', 'non-main'] } },
        b: { agentIds: ['ops'], sandbox: { requireMode: ['all'] } },
        c: { agentIds: [' OPS'], sandbox: { requireMode: later } },
      },
    });
    expect(hasValidScopedPolicy(scopes(['all']), NAME)).toBe(true);
    // Stricter than a, but weaker than b, which replaced a as the effective value.
    const found = policyContainerShapeFindings(scopes(['all', 'non-main']), NAME);
    expect(found.map((f) => [f.message, f.fixHint])).toEqual([
      [
        "policy.jsonc scopes.c.sandbox.requireMode is not an equally or more restrictive override of scopes.b.sandbox.requireMode for agent 'ops'.",
        'Use one effective scoped value per agent, or make later scoped values stricter according to policy metadata.',
      ],
    ]);
  });

  it('judges agent selectors before channel selectors', () => {
    const policy = {
      scopes: {
        c1: { channelIds: ['tg'], ingress: { channels: { denyOpenGroups: true } } },
        c2: { channelIds: ['TG'], ingress: { channels: { denyOpenGroups: false } } },
        a1: { agentIds: ['x'], tools: { elevated: { allow: false } } },
        a2: { agentIds: ['x'], tools: { elevated: { allow: true } } },
      },
    };
    expect(policyContainerShapeFindings(policy, NAME)[0]?.message).toBe(
      "policy.jsonc scopes.a2.tools.elevated.allow is not an equally or more restrictive override of scopes.a1.tools.elevated.allow for agent 'x'.",
    );
  });
});

describe('policySegment', () => {
  it('keeps words and #indexes raw and JSON-quotes the rest', () => {
    expect(policySegment('ops_team-1')).toBe('ops_team-1');
    expect(policySegment('#12')).toBe('#12');
    expect(policySegment('a.b')).toBe('"a.b"');
    expect(policySegment('say "hi"')).toBe('"say \\"hi\\""');
    expect(policySegment('')).toBe('""');
  });
});
